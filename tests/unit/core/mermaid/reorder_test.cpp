#include "core/mermaid/reorder.h"

#include <doctest/doctest.h>

#include "core/mermaid/write.h"

using namespace jobname::mermaid;

TEST_CASE("reorder: a stage moved earlier swaps places; arrows keep their kinds by position") {
  Flowchart c = *parseFlowchart("flowchart LR\n    sr(Send Resume) --> hr(HR Call) --> task(Task) --rejected--x ti(Technical Interview)").chart;
  REQUIRE(moveStage(c, "task", -1));
  CHECK(writeFlowchart(c) == "flowchart LR\n    sr(Send Resume) --> task(Task) --> hr(HR Call) --rejected--x ti(Technical Interview)");
  CHECK_FALSE(moveStage(c, "sr", -1));
  CHECK_FALSE(moveStage(c, "ti", 1));
}

TEST_CASE("reorder: a chart with branches is not a chain") {
  const Flowchart c = *parseFlowchart("flowchart LR\n a --> b\n a --> c").chart;
  CHECK(chainOrder(c).empty());
  Flowchart d = c;
  CHECK_FALSE(moveStage(d, "b", 1));
}
