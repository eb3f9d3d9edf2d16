#include "core/mermaid/write.h"

#include <doctest/doctest.h>

#include "core/markdown/import.h"
#include "../../support/corpus.h"

using namespace jobname;
using namespace jobname::mermaid;

namespace {
const std::string kDoctoreto =
    "flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --rejected--x hri(HR Interview) -.-> o(Offer)";
Flowchart parse(const std::string& text) { return *parseFlowchart(text).chart; }
}  // namespace

TEST_CASE("mermaid write: an unedited chart gives its source back, for every corpus chart") {
  for (const auto& path : jobname::testing::corpusFiles()) {
    const auto record = *markdown::importMarkdown(jobname::testing::readFile(path)).record;
    CHECK(writeFlowchart(parse(record.process)) == record.process);
  }
}

TEST_CASE("mermaid write: renaming a stage changes only its label") {
  Flowchart c = parse(kDoctoreto);
  c.nodes[2].label = "Live Coding";
  CHECK(writeFlowchart(c) ==
        "flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Live Coding) --rejected--x hri(HR Interview) -.-> o(Offer)");
}

TEST_CASE("mermaid write: a label that needs quotes gets them") {
  Flowchart c = parse(kDoctoreto);
  c.nodes[2].label = "Technical Interview\n(On-site)";
  CHECK(writeFlowchart(c).find("ti(\"Technical Interview\n(On-site)\") --rejected--x") != std::string::npos);
  CHECK(parse(writeFlowchart(c)).nodes[2].label == "Technical Interview\n(On-site)");
}

TEST_CASE("mermaid write: changing an arrow's kind or label changes only that arrow") {
  Flowchart c = parse(kDoctoreto);
  c.edges[2].label = "accepted";
  c.edges[2].head = HeadKind::Arrow;
  CHECK(writeFlowchart(c) ==
        "flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --accepted--> hri(HR Interview) -.-> o(Offer)");
  c.edges[3].line = LineKind::Solid;
  CHECK(writeFlowchart(c).find("hri(HR Interview) --> o(Offer)") != std::string::npos);
}

TEST_CASE("mermaid write: adding and removing stages rewrites the chain in the book's style") {
  Flowchart c = parse(kDoctoreto);
  // Remove "HR Interview": the rejection now ends the journey.
  c.nodes.erase(c.nodes.begin() + 3);
  c.edges.erase(c.edges.begin() + 2, c.edges.end());
  c.edges.push_back({"ti", "o", "rejected", LineKind::Solid, HeadKind::Cross, false, {}});
  CHECK(writeFlowchart(c) == "flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --rejected--x o(Offer)");
  // Add a task stage before the interview.
  Flowchart d = parse(kDoctoreto);
  d.nodes.insert(d.nodes.begin() + 2, Node{"task", "Task", NodeShape::Round, {}});
  d.edges[1].to = "task";
  d.edges.insert(d.edges.begin() + 2, Edge{"task", "ti", "", LineKind::Solid, HeadKind::Arrow, false, {}});
  const std::string out = writeFlowchart(d);
  CHECK(out == "flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> task(Task) --> ti(Technical Interview) --rejected--x hri(HR Interview) -.-> o(Offer)");
  CHECK(parse(out).nodes.size() == 6);
}

TEST_CASE("mermaid write: a new chart is written in the canonical style and reads back the same") {
  Flowchart c;
  c.nodes = {{"sr", "Send Resume", NodeShape::Round, {}}, {"hr", "HR Call", NodeShape::Round, {}}, {"r", "🎉", NodeShape::Circle, {}}};
  c.edges = {{"sr", "hr", "", LineKind::Solid, HeadKind::Arrow, false, {}}, {"hr", "r", "accepted", LineKind::Thick, HeadKind::Arrow, false, {}}};
  const std::string out = writeFlowchart(c);
  CHECK(out == "flowchart LR\n    sr(Send Resume) --> hr(HR Call) == accepted ==> r((🎉))");
  const Flowchart back = parse(out);
  CHECK(back.edges[1].label == "accepted");
  CHECK(back.edges[1].line == LineKind::Thick);
  CHECK(back.nodes[2].label == "🎉");
}

TEST_CASE("mermaid write: labels with arrow characters use the |label| form and read back the same") {
  // Found by the fuzzer: "sr -- > hr(HR call) --> ti" reads as one arrow labelled "> hr(HR call)".
  Flowchart c = parse("flowchart LR\n    sr(Send resume) -- > hr(HR call) --> ti(Technical)");
  REQUIRE(c.edges.size() == 1);
  CHECK(c.edges[0].label == "> hr(HR call)");
  c.source.clear();
  const std::string out = writeCanonicalFlowchart(c);
  CHECK(out == "flowchart LR\n    sr(Send resume) -->|> hr(HR call)| ti(Technical)");
  CHECK(parse(out).edges[0].label == "> hr(HR call)");
  Edge e{"a", "b", "x", LineKind::Solid, HeadKind::Cross, false, {}};
  CHECK(arrowText(e) == "--x|x|");
}

TEST_CASE("mermaid write: a chart too large to keep its arrows is written back as its text") {
  std::string text = "flowchart LR\n a0";
  for (int i = 1; i < 80; ++i) text += " & a" + std::to_string(i);
  text += " --> b0";
  for (int i = 1; i < 80; ++i) text += " & b" + std::to_string(i);
  Flowchart c = parse(text);
  REQUIRE(c.arrowsNotKept == 6400);
  CHECK(writeFlowchart(c) == text);
  c.nodes[0].label = "renamed";  // nothing written from the model would be whole
  CHECK(writeFlowchart(c) == text);
}

TEST_CASE("mermaid write: an arrow shared by an '&' group changes for all its edges or is written anew") {
  Flowchart c = parse("flowchart LR\n a & b --> c");
  c.edges[0].label = "yes";
  c.edges[1].label = "yes";
  CHECK(writeFlowchart(c) == "flowchart LR\n a & b --yes--> c");
  Flowchart d = parse("flowchart LR\n a & b --> c");
  d.edges[1].label = "yes";  // only the second: the shared arrow cannot say it
  CHECK(writeFlowchart(d) == "flowchart LR\n    a --> c\n    b --yes--> c");
}
