// Building the process from the stage list (issue 17, "Building the process"): stages added and
// removed keep one chain in the book's style, written as the smallest change to the text; the
// reached stages and the outcome are one edit of the chain's arrows, and the status row follows.
#include "core/mermaid/progress.h"

#include <doctest/doctest.h>

#include "core/markdown/import.h"
#include "core/mermaid/edit.h"
#include "core/mermaid/reorder.h"
#include "core/mermaid/status_check.h"
#include "core/mermaid/write.h"
#include "../../support/corpus.h"

using namespace jobname;
using namespace jobname::mermaid;
using model::Outcome;

namespace {
// A new record's chart, as the app makes it.
const char* const kNewRecord = "flowchart LR\n    sr(Send Resume) -.-> hr(HR Call) -.-> ti(Technical Interview) -.-> o(Offer)";

Flowchart chart(const std::string& source) {
  const auto parsed = parseFlowchart(source);
  REQUIRE(parsed.chart);
  return *parsed.chart;
}

std::size_t nodeIndex(const Flowchart& c, const std::string& id) { return *c.findNode(id); }

// What the panel does on "Add a stage after the last one reached": the edit, then the text written
// and read back, as the next frame sees it.
std::string addAfterLastReached(const std::string& source, const std::string& name) {
  Flowchart c = chart(source);
  const auto progress = readProgress(c);
  REQUIRE(progress);
  const std::string id = addStageAfter(c, nodeIndex(c, progress->order[progress->lastReached]));
  c.nodes[nodeIndex(c, id)].label = name;
  return writeFlowchart(c);
}

std::string withProgress(const std::string& source, std::size_t lastReached, Outcome outcome) {
  Flowchart c = chart(source);
  REQUIRE(writeProgress(c, lastReached, outcome));
  return writeFlowchart(c);
}
}  // namespace

TEST_CASE("progress: three stages added after the last one reached come out in the order added, one chain") {
  std::string source = kNewRecord;
  for (const char* name : {"Screening", "Live Coding", "Task"}) source = addAfterLastReached(source, name);
  CHECK(source ==
        "flowchart LR\n    sr(Send Resume) --> s1(Screening) --> s2(Live Coding) --> s3(Task) -.-> hr(HR Call) -.-> ti(Technical Interview) "
        "-.-> o(Offer)");
  CHECK(chainOrder(chart(source)) == std::vector<std::string>{"sr", "s1", "s2", "s3", "hr", "ti", "o"});
  CHECK(readProgress(chart(source))->lastReached == 3);
}

TEST_CASE("progress: a stage added after the chain's end is written after it, the rest of the text kept") {
  CHECK(addAfterLastReached("flowchart LR\n    sr(Send Resume) --> hr(HR Call)\n    %% mine", "Task") ==
        "flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> s1(Task)\n    %% mine");
  // The outcome moves on with the arrow that carried it.
  CHECK(addAfterLastReached("flowchart LR\n  a(A) --> b(B) --rejected--x c(C)", "D") == "flowchart LR\n  a(A) --> b(B) --> s1(D) --rejected--x c(C)");
}

TEST_CASE("progress: removing a middle stage keeps the chain in order") {
  Flowchart c = chart("flowchart LR\n    sr(Send Resume) --> s1(Screening) --> s2(Live Coding) --> s3(Task) -.-> o(Offer)");
  REQUIRE(removeStage(c, nodeIndex(c, "s2")));
  CHECK(writeFlowchart(c) == "flowchart LR\n    sr(Send Resume) --> s1(Screening) --> s3(Task) -.-> o(Offer)");
  // Across lines, as QuizOfKings writes it; and the first and the last stage.
  Flowchart quiz = chart("flowchart LR\n    sr(Send resume) --> hr(HR call)\n    hr(HR call) --> ti(Technical Interview) --rejected--x o(Offer)");
  REQUIRE(removeStage(quiz, nodeIndex(quiz, "hr")));
  CHECK(writeFlowchart(quiz) == "flowchart LR\n    sr(Send resume) --> ti(Technical Interview) --rejected--x o(Offer)");
  Flowchart first = chart("flowchart LR\n    sr(Send Resume) --> hr(HR Call) -.-> o(Offer)");
  REQUIRE(removeStage(first, 0));
  CHECK(writeFlowchart(first) == "flowchart LR\n    hr(HR Call) -.-> o(Offer)");
  Flowchart last = chart("flowchart LR\n    sr(Send Resume) --> hr(HR Call) -.-> o(Offer)\n");
  REQUIRE(removeStage(last, 2));
  CHECK(writeFlowchart(last) == "flowchart LR\n    sr(Send Resume) --> hr(HR Call)\n");
}

TEST_CASE("progress: a chain whose arrows were written out of order is written again as one line from its first stage") {
  Flowchart c = chart("flowchart LR\n    s1(New stage) -.-> o(Offer)\n    sr(Send Resume) --> s1");
  CHECK(chainOrder(c) == std::vector<std::string>{"sr", "s1", "o"});
  c.nodes[0].label = "Task";
  c.edges.push_back({"o", "x", "", LineKind::Dotted, HeadKind::Arrow, false, {}});
  c.nodes.push_back({"x", "X", NodeShape::Round, {}, {}});
  c.source.clear();
  CHECK(writeFlowchart(c) == "flowchart LR\n    sr(Send Resume) --> s1(Task) -.-> o(Offer) -.-> x(X)");
}

TEST_CASE("progress: read from the book's charts") {
  const auto rejected = readProgress(chart("flowchart LR\n sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --rejected--x hri(HR Interview) -.-> o(Offer)"));
  REQUIRE(rejected);
  CHECK(rejected->lastReached == 2);
  CHECK(rejected->outcome == Outcome::Rejected);
  const auto accepted = readProgress(chart("flowchart LR\n sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --Accepted--> o(Offer)"));
  CHECK(accepted->lastReached == 3);
  CHECK(accepted->outcome == Outcome::Accepted);
  const auto waiting = readProgress(chart(kNewRecord));
  CHECK(waiting->lastReached == 0);
  CHECK(waiting->outcome == Outcome::Pending);
  const auto declinedOffer = readProgress(chart("flowchart LR\n sr --> hr --> o(Offer) --rejected--> r((\" \"))"));
  CHECK(declinedOffer->lastReached == 2);
  CHECK(declinedOffer->outcome == Outcome::Rejected);
  CHECK_FALSE(readProgress(chart("flowchart LR\n a --> b\n a --> c")));
}

TEST_CASE("progress: Rejected here with HR Call, Technical Interview and Task reached puts the rejection after Task") {
  const std::string reached = withProgress(addAfterLastReached(withProgress(kNewRecord, 2, Outcome::Pending), "Task"), 3, Outcome::Pending);
  CHECK(reached == "flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --> s1(Task) -.-> o(Offer)");
  const std::string rejected = withProgress(reached, 3, Outcome::Rejected);
  CHECK(rejected == "flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --> s1(Task) --rejected--x o(Offer)");
  CHECK(statusRowForChart({"resume"}, chart(rejected)) == std::vector<std::string>{"resume", "hr_call", "technical", "task", "rejected"});
  CHECK(checkStatusAgainstChart(statusRowForChart({"resume"}, chart(rejected)), chart(rejected)).empty());
}

TEST_CASE("progress: switching back to Still waiting leaves no crossed or labelled arrow") {
  const std::string rejected = "flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --rejected--x o(Offer)";
  const std::string waiting = withProgress(rejected, 2, Outcome::Pending);
  CHECK(waiting == "flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) -.-> o(Offer)");
  CHECK(statusRowForChart({"resume", "hr_call", "technical", "rejected"}, chart(waiting)) ==
        std::vector<std::string>{"resume", "hr_call", "technical"});
}

TEST_CASE("progress: an offer and a withdrawal as the book writes them") {
  const std::string chain = "flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) -.-> o(Offer)";
  const std::string accepted = withProgress(chain, 2, Outcome::Accepted);
  CHECK(accepted == "flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --Accepted--> o(Offer)");
  CHECK(statusRowForChart({"resume"}, chart(accepted)) == std::vector<std::string>{"resume", "hr_call", "technical", "accepted"});
  CHECK(readProgress(chart(accepted))->outcomeStage() == 2);
  CHECK(withProgress(accepted, 2, Outcome::Pending) == chain);
  const std::string withdrew = withProgress(chain, 2, Outcome::Declined);
  CHECK(withdrew == "flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --declined--x o(Offer)");
  CHECK(statusRowForChart({"resume"}, chart(withdrew)) == std::vector<std::string>{"resume", "hr_call", "technical", "declined"});
  // An outcome at the chain's end adds the stage its arrow leads to.
  CHECK(withProgress("flowchart LR\n    sr(Send Resume) --> ti(Technical Interview)", 1, Outcome::Rejected) ==
        "flowchart LR\n    sr(Send Resume) --> ti(Technical Interview) --rejected--x o(Offer)");
  CHECK(withProgress("flowchart LR\n    sr(Send Resume) --> o(Offer)", 1, Outcome::Declined) ==
        "flowchart LR\n    sr(Send Resume) --> o(Offer) --declined--x r((\" \"))");
}

TEST_CASE("progress: marking a stage reached or not moves the outcome with the last stage reached") {
  const std::string rejected = "flowchart LR\n    sr(Send Resume) --> hr(HR Call) --rejected--x ti(Technical Interview) -.-> o(Offer)";
  CHECK(withProgress(rejected, 2, Outcome::Rejected) ==
        "flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --rejected--x o(Offer)");
  CHECK(withProgress(rejected, 0, Outcome::Pending) ==
        "flowchart LR\n    sr(Send Resume) -.-> hr(HR Call) -.-> ti(Technical Interview) -.-> o(Offer)");
}

TEST_CASE("progress: the status row the corpus charts say is the row their records wrote") {
  int same = 0, compared = 0;
  std::string differing;
  for (const auto& file : testing::corpusFiles()) {
    const auto imported = markdown::importMarkdown(testing::readFile(file), file.filename().string());
    if (!imported.record) continue;
    const auto parsed = parseFlowchart(imported.record->process);
    if (!parsed.chart || !readProgress(*parsed.chart)) continue;
    ++compared;
    if (statusRowForChart(imported.record->status, *parsed.chart) == imported.record->status) ++same;
    else differing += file.filename().string() + " ";
  }
  // Where the authors' rows say more than their charts: 🔧 for a task (mori), a screening interview
  // (saraf), 👱🏻‍♀️ for an on-site interview (sternx), no ⚖️ for a task review (tabdeal), and a
  // row that goes on past its rejection (postex).
  CHECK(differing == "mori__mori.md postex__postex-interview.md saraf.md sternx__sternx.md tabdeal__tabdeal.md ");
  CHECK(compared >= 30);
  CHECK(same == compared - 5);
}

TEST_CASE("progress: a stage moved up or down trades places with its neighbour in the text, the rest as written") {
  Flowchart spaced = chart("flowchart LR\n    sr(Send resume) -->   hr(HR call) --> ti(Technical Interview)  --rejected--x o(Offer)\n    %% kept");
  REQUIRE(moveStage(spaced, "ti", -1));
  CHECK(writeFlowchart(spaced) == "flowchart LR\n    sr(Send resume) -->   ti(Technical Interview) --> hr(HR call)  --rejected--x o(Offer)\n    %% kept");
  // A stage named twice (QuizOfKings' "hr(HR call)" ends one line and starts the next) is written
  // again as one chain.
  Flowchart quiz = chart("flowchart LR\n    sr(Send resume) --> hr(HR call)\n    hr(HR call) --> ti(Technical Interview) --rejected--x o(Offer)");
  REQUIRE(moveStage(quiz, "ti", -1));
  CHECK(writeFlowchart(quiz) == "flowchart LR\n    sr(Send resume) --> ti(Technical Interview) --> hr(HR call) --rejected--x o(Offer)");
  Flowchart first = chart("flowchart LR\n    sr(Send Resume) --> hr(HR Call) -.-> o(Offer)");
  REQUIRE(moveStage(first, "sr", 1));
  CHECK(writeFlowchart(first) == "flowchart LR\n    hr(HR Call) --> sr(Send Resume) -.-> o(Offer)");
}
