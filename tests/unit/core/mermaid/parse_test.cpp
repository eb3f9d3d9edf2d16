#include <doctest/doctest.h>

#include "core/markdown/import.h"
#include "core/mermaid/flowchart.h"
#include "../../support/corpus.h"
#include "../../support/hostile_input.h"

using namespace jobname;
using namespace jobname::mermaid;

namespace {
Flowchart parse(const std::string& text) {
  auto r = parseFlowchart(text);
  for (const auto& d : r.diagnostics) MESSAGE(formatDiagnostic(d));
  REQUIRE(r.chart);
  return *r.chart;
}
const Edge& edge(const Flowchart& c, std::size_t i) {
  REQUIRE(i < c.edges.size());
  return c.edges[i];
}
}  // namespace

TEST_CASE("mermaid: every corpus chart parses into its stages and arrows") {
  for (const auto& path : jobname::testing::corpusFiles()) {
    CAPTURE(path.filename().string());
    const auto record = *markdown::importMarkdown(jobname::testing::readFile(path)).record;
    const Flowchart c = parse(record.process);
    CHECK(c.direction == Direction::LeftRight);
    CHECK(c.nodes.size() >= 2);
    CHECK(c.edges.size() >= 1);
    for (const auto& e : c.edges) {
      CHECK(c.findNode(e.from));
      CHECK(c.findNode(e.to));
    }
  }
}

TEST_CASE("mermaid: the doctoreto chart, stage by stage") {
  const Flowchart c = parse("flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --rejected--x hri(HR Interview) -.-> o(Offer)");
  REQUIRE(c.nodes.size() == 5);
  CHECK(c.nodes[0].id == "sr");
  CHECK(c.nodes[0].label == "Send Resume");
  CHECK(c.nodes[0].shape == NodeShape::Round);
  CHECK(c.nodes[4].id == "o");
  REQUIRE(c.edges.size() == 4);
  CHECK(edge(c, 0).line == LineKind::Solid);
  CHECK(edge(c, 0).head == HeadKind::Arrow);
  CHECK(edge(c, 2).label == "rejected");
  CHECK(edge(c, 2).head == HeadKind::Cross);
  CHECK(edge(c, 3).line == LineKind::Dotted);
  CHECK(edge(c, 3).from == "hri");
  CHECK(edge(c, 3).to == "o");
}

TEST_CASE("mermaid: headers and directions") {
  CHECK(parse("graph TD\na-->b").direction == Direction::TopBottom);
  CHECK(parse("flowchart TB\na-->b").direction == Direction::TopBottom);
  CHECK(parse("flowchart BT\na-->b").direction == Direction::BottomTop);
  CHECK(parse("flowchart RL\na-->b").direction == Direction::RightLeft);
  CHECK(parse("graph TD\na-->b").keyword == "graph");
}

TEST_CASE("mermaid: every node shape") {
  const Flowchart c = parse("flowchart LR\n a\n b(round)\n c[rect]\n d([stadium])\n e((circle))\n f{diamond}\n"
                            " g[[subroutine]]\n h>flag]\n i[(db)]\n j{{hex}}\n k(((double)))");
  REQUIRE(c.nodes.size() == 11);
  CHECK(c.nodes[0].label == "a");
  CHECK(c.nodes[0].shape == NodeShape::Rect);
  CHECK(c.nodes[1].shape == NodeShape::Round);
  CHECK(c.nodes[2].shape == NodeShape::Rect);
  CHECK(c.nodes[3].shape == NodeShape::Stadium);
  CHECK(c.nodes[3].label == "stadium");
  CHECK(c.nodes[4].shape == NodeShape::Circle);
  CHECK(c.nodes[5].shape == NodeShape::Diamond);
  CHECK(c.nodes[6].shape == NodeShape::Subroutine);
  CHECK(c.nodes[7].shape == NodeShape::Asymmetric);
  CHECK(c.nodes[8].shape == NodeShape::Cylinder);
  CHECK(c.nodes[9].shape == NodeShape::Hexagon);
  CHECK(c.nodes[10].shape == NodeShape::DoubleCircle);
}

TEST_CASE("mermaid: quoted labels keep newlines and parentheses; emoji labels") {
  const Flowchart c = parse("flowchart LR\n    ti(\"Technical Interview\n(On-site)\") --> r((\"🎉\")) --> s((\" \"))");
  CHECK(c.nodes[0].label == "Technical Interview\n(On-site)");
  CHECK(c.nodes[1].label == "🎉");
  CHECK(c.nodes[1].shape == NodeShape::Circle);
  CHECK(c.nodes[2].label == " ");
}

TEST_CASE("mermaid: every arrow kind") {
  const Flowchart c = parse("flowchart LR\n a-->b\n a---b\n a-.->b\n a==>b\n a--xb2\n a--o b\n a<-->b\n a-.-b\n a===b");
  REQUIRE(c.edges.size() == 9);
  CHECK((edge(c, 0).line == LineKind::Solid && edge(c, 0).head == HeadKind::Arrow));
  CHECK((edge(c, 1).line == LineKind::Solid && edge(c, 1).head == HeadKind::None));
  CHECK((edge(c, 2).line == LineKind::Dotted && edge(c, 2).head == HeadKind::Arrow));
  CHECK((edge(c, 3).line == LineKind::Thick && edge(c, 3).head == HeadKind::Arrow));
  CHECK(edge(c, 4).head == HeadKind::Cross);  // "--xb2": a cross to b2, like Mermaid's "A--xB"
  CHECK(edge(c, 4).to == "b2");
  CHECK(edge(c, 5).head == HeadKind::Circle);
  CHECK(edge(c, 6).bothWays);
  CHECK((edge(c, 7).line == LineKind::Dotted && edge(c, 7).head == HeadKind::None));
  CHECK((edge(c, 8).line == LineKind::Thick && edge(c, 8).head == HeadKind::None));
}

TEST_CASE("mermaid: arrow labels in all their forms") {
  const Flowchart c = parse("flowchart LR\n a --rejected--x b\n a -- rejected --x c\n a -->|yes| d\n"
                            " a --accepted :) --> r((\" \"))\n a -. maybe .-> e\n a == sure ==> f\n a --Accepted--> o(Offer)");
  CHECK(edge(c, 0).label == "rejected");
  CHECK(edge(c, 0).head == HeadKind::Cross);
  CHECK(edge(c, 1).label == "rejected");
  CHECK(edge(c, 1).head == HeadKind::Cross);
  CHECK(edge(c, 2).label == "yes");
  CHECK(edge(c, 3).label == "accepted :)");
  CHECK(edge(c, 4).label == "maybe");
  CHECK(edge(c, 4).line == LineKind::Dotted);
  CHECK(edge(c, 5).label == "sure");
  CHECK(edge(c, 5).line == LineKind::Thick);
  CHECK(edge(c, 6).label == "Accepted");
}

TEST_CASE("mermaid: chains over many lines, & groups, comments and kept statements") {
  const Flowchart c = parse("flowchart LR\n  %% the process\n  sr(Send resume) --> hr(HR call)\n"
                            "  hr(HR call) --> ti(Technical) & task(Task) --> o(Offer); o --> done\n"
                            "  classDef red fill:#f00\n  class o red\n  style done stroke:#0f0\n");
  CHECK(c.nodes.size() == 6);
  // hr --> ti, hr --> task, ti --> o, task --> o
  int toOffer = 0;
  for (const auto& e : c.edges) toOffer += e.to == "o";
  CHECK(toOffer == 2);
  CHECK(c.edges.size() == 6);
  CHECK(c.verbatim == std::vector<std::string>{"classDef red fill:#f00", "class o red", "style done stroke:#0f0"});
}

TEST_CASE("mermaid: errors say where, by line and column") {
  auto errorOf = [](const std::string& text) {
    const auto r = parseFlowchart(text);
    CHECK_FALSE(r.chart);
    REQUIRE_FALSE(r.diagnostics.empty());
    return formatDiagnostic(r.diagnostics[0]);
  };
  CHECK(errorOf("pie title x").find(":1:1: error: expected 'flowchart' or 'graph'") != std::string::npos);
  CHECK(errorOf("flowchart LR\n  a --> b(open").find(":2:10: error: label not closed") != std::string::npos);
  CHECK(errorOf("flowchart LR\n  a --> b c").find(":2:11: error: expected an arrow") != std::string::npos);
  CHECK(errorOf("flowchart LR\n  a -- no end b").find(":2:5: error: arrow label not closed") != std::string::npos);
  CHECK(errorOf("flowchart XY\n a-->b").find("unknown direction") != std::string::npos);
  // Found by the fuzzer: a keyword as a node id, which would read back as a statement.
  CHECK(errorOf("flowchart LR\n a --> b & subgraph(x)").find("'subgraph' is a Mermaid keyword") != std::string::npos);
}

TEST_CASE("mermaid: '&' groups make an arrow from each on the left to each on the right") {
  const Flowchart c = parse("flowchart LR\n a & b & c --> d & e");
  REQUIRE(c.edges.size() == 6);
  CHECK(c.arrowCount() == 6);
  CHECK((edge(c, 0).from == "a" && edge(c, 0).to == "d"));
  CHECK((edge(c, 5).from == "c" && edge(c, 5).to == "e"));
}

TEST_CASE("mermaid: the 150 x 150 fan of the 2,119-character share link is counted, not expanded (freeze)") {
  // 22,500 arrows from a line of 2 KB: kept as text and counted, with work in proportion to the text.
  const std::string text = jobname::testing::fanChart(150);
  WorkMeter meter;
  const auto r = parseFlowchart(text, &meter);
  REQUIRE(r.chart);
  CHECK(r.chart->nodes.size() == 300);
  CHECK(r.chart->edges.empty());
  CHECK(r.chart->arrowsNotKept == 22500);
  CHECK(r.chart->arrowCount() == 22500);
  CHECK(meter.steps <= 4 * text.size());
  // A text of 1 MB asking for billions of arrows only counts them.
  const std::string huge = jobname::testing::fanChart(60000);
  const auto counted = parseFlowchart(huge);
  REQUIRE(counted.chart);
  CHECK(counted.chart->arrowCount() == 3600000000ull);
  CHECK(counted.chart->edges.empty());
}

TEST_CASE("mermaid: a one-line chart of 20,000 labelled arrows reads each character a bounded number of times (freeze)") {
  // Every arrow once looked for the end of its line: quadratic on one long line.
  std::string text = "flowchart LR\n s0";
  const char* arrows[] = {" -->|yes| ", " -- maybe --> ", " -. later .-> ", " == sure ==> ", " --x "};
  for (int i = 1; i <= 20000; ++i) text += arrows[i % 5] + std::string("s") + std::to_string(i);
  WorkMeter meter;
  const auto r = parseFlowchart(text, &meter);
  REQUIRE(r.chart);
  CHECK(r.chart->nodes.size() == 20001);
  CHECK(r.chart->arrowCount() == 20000);
  CHECK(meter.steps <= 4 * text.size());
  // Under the limit, every arrow is kept with its label.
  const auto kept = parseFlowchart(text, nullptr, 20000);
  REQUIRE(kept.chart);
  REQUIRE(kept.chart->edges.size() == 20000);
  CHECK(kept.chart->edges[0].label == "maybe");
  CHECK(kept.chart->edges[1].label == "later");
  CHECK(kept.chart->edges[2].label == "sure");
  CHECK(kept.chart->edges[3].head == HeadKind::Cross);
  CHECK(kept.chart->edges[4].label == "yes");
  CHECK(NodeIndex(*kept.chart).find("s20000") == 20000u);
}
