// The process panel's stage edits on the parsed chart. What issue 17 found wrong ("Building the
// process": several stages added in a row, the text written after a removal, the outcome of a new
// record's dotted chain) is pinned in progress_test.cpp, where the chain is written as text.
#include "core/mermaid/edit.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "core/mermaid/reorder.h"

using namespace jobname;
using namespace jobname::mermaid;

namespace {
Flowchart chart(const std::string& source) {
  const auto parsed = parseFlowchart(source);
  REQUIRE(parsed.chart);
  return *parsed.chart;
}

bool hasArrow(const Flowchart& c, const std::string& from, const std::string& to) {
  return std::any_of(c.edges.begin(), c.edges.end(), [&](const Edge& e) { return e.from == from && e.to == to; });
}
}  // namespace

TEST_CASE("edit: the last stage reached is the end of the solid path") {
  CHECK(lastReachedStage(layoutFlowchart(chart("flowchart LR\n a(A) --> b(B) --> c(C) -.-> d(D)"))) == 2);
  CHECK(lastReachedStage(layoutFlowchart(chart("flowchart LR\n a(A) --> b(B) --rejected--x c(C)"))) == 1);
  CHECK(lastReachedStage(FlowchartLayout{}) == 0);
}

TEST_CASE("edit: a new stage gets an id no stage has") {
  CHECK(freshStageId(chart("flowchart LR\n a --> b")) == "s1");
  CHECK(freshStageId(chart("flowchart LR\n s1 --> s2 --> s4")) == "s3");
}

TEST_CASE("edit: a stage added after the last one extends the chain") {
  Flowchart c = chart("flowchart LR\n sr(Send Resume) --> hr(HR Call)");
  const std::string id = addStageAfter(c, 1);
  CHECK(id == "s1");
  REQUIRE(c.nodes.size() == 3);
  CHECK(c.nodes[2].id == "s1");
  CHECK(hasArrow(c, "hr", "s1"));
  CHECK(chainOrder(c) == std::vector<std::string>{"sr", "hr", "s1"});
}

TEST_CASE("edit: a stage added after a middle one takes over the arrows that left it") {
  Flowchart c = chart("flowchart LR\n a(A) --> b(B) --rejected--x c(C)");
  addStageAfter(c, 1);
  CHECK(chainOrder(c) == std::vector<std::string>{"a", "b", "s1", "c"});
  const auto leaving = std::find_if(c.edges.begin(), c.edges.end(), [](const Edge& e) { return e.from == "s1"; });
  REQUIRE(leaving != c.edges.end());
  CHECK(leaving->head == HeadKind::Cross);  // the outcome moves on with the arrow
}

TEST_CASE("edit: removing a stage joins what led in to what came after") {
  Flowchart c = chart("flowchart LR\n a(A) --> b(B) --rejected--x c(C)");
  REQUIRE(removeStage(c, 1));
  REQUIRE(c.nodes.size() == 2);
  CHECK(std::none_of(c.nodes.begin(), c.nodes.end(), [](const Node& n) { return n.id == "b"; }));
  REQUIRE(c.edges.size() == 1);
  CHECK(c.edges[0].from == "a");
  CHECK(c.edges[0].to == "c");
  CHECK(c.edges[0].head == HeadKind::Cross);  // the arrow that left the stage keeps its kind

  Flowchart last = chart("flowchart LR\n a --> b --> c");
  REQUIRE(removeStage(last, 2));
  CHECK(chainOrder(last) == std::vector<std::string>{"a", "b"});
}

TEST_CASE("edit: the only stage is not removed") {
  Flowchart c = chart("flowchart LR\n a(Only)");
  CHECK_FALSE(removeStage(c, 0));
  CHECK(c.nodes.size() == 1);
  CHECK_FALSE(removeStage(c, 5));
}

TEST_CASE("edit: the outcome is on the arrow that leaves the stage") {
  Flowchart c = chart("flowchart LR\n a(A) --> b(B) --rejected--x c(C)");
  Edge* arrow = outcomeArrow(c, 1);
  REQUIRE(arrow);
  CHECK(arrow->to == "c");
  CHECK(arrowOutcome(*arrow) == model::Outcome::Rejected);
  CHECK(outcomeArrow(c, 2) == nullptr);  // the last stage has no arrow leaving it
  CHECK(outcomeArrow(c, 9) == nullptr);
}

TEST_CASE("edit: an outcome written on an arrow reads back as that outcome") {
  Flowchart c = chart("flowchart LR\n a(A) --> b(B) -.-> c(C)");
  Edge& arrow = *outcomeArrow(c, 1);
  setArrowOutcome(arrow, model::Outcome::Rejected);
  CHECK(arrow.label == "rejected");
  CHECK(arrow.head == HeadKind::Cross);
  CHECK(arrow.line == LineKind::Solid);
  CHECK(arrowOutcome(arrow) == model::Outcome::Rejected);
  setArrowOutcome(arrow, model::Outcome::Declined);
  CHECK(arrow.label == "declined");
  CHECK(arrowOutcome(arrow) == model::Outcome::Declined);
  setArrowOutcome(arrow, model::Outcome::Accepted);
  CHECK(arrow.head == HeadKind::Arrow);
  CHECK(arrowOutcome(arrow) == model::Outcome::Accepted);
  setArrowOutcome(arrow, model::Outcome::Pending);
  CHECK(arrow.label.empty());
  CHECK(arrowOutcome(arrow) == model::Outcome::Pending);
}
