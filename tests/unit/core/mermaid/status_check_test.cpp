#include "core/mermaid/status_check.h"

#include <doctest/doctest.h>

using namespace jobname::mermaid;

namespace {
std::optional<Flowchart> chart(const std::string& text) { return parseFlowchart(text).chart; }
}  // namespace

TEST_CASE("status check: a row and a chart that agree give no warning") {
  CHECK(checkStatusAgainstChart({"resume", "hr_call", "technical", "rejected"},
                                chart("flowchart LR\n sr(Send Resume) --> hr(HR Call) --> ti(Technical Interview) --rejected--x hri(HR Interview) -.-> o(Offer)"))
            .empty());
}

TEST_CASE("status check: an outcome in one and not the other is reported") {
  const auto c = chart("flowchart LR\n sr(Send Resume) --> hr(HR Call) -.-> o(Offer)");
  REQUIRE(checkStatusAgainstChart({"resume", "rejected"}, c).size() == 1);
  const auto rejected = chart("flowchart LR\n sr(Send Resume) --rejected--x hr(HR Call)");
  CHECK(checkStatusAgainstChart({"resume"}, rejected).size() == 1);
  CHECK(checkStatusAgainstChart({"resume", "hr_call"}, chart("flowchart LR\n a --accepted--> b")).size() == 1);
}

TEST_CASE("status check: a stage reached in the chart and missing from the row is reported") {
  const auto c = chart("flowchart LR\n sr(Send Resume) --> t(Task) --> ti(Technical Interview) -.-> o(Offer)");
  const auto warnings = checkStatusAgainstChart({"resume"}, c);
  CHECK(warnings.size() == 2);
  CHECK(checkStatusAgainstChart({"resume"}, std::nullopt).empty());
}

TEST_CASE("status check: a technical task is a task, not a technical interview (graph.md)") {
  CHECK(checkStatusAgainstChart({"resume", "hr_call", "hr_interview", "task", "rejected"},
                                chart("flowchart LR\n sr(Send resume) --> hr(HR Call) --> hri(HR Interview) --> task(Technical Task) --rejected--x ti(Technical Interview) -.-> o(Offer)"))
            .empty());
}

TEST_CASE("status check: a chain of 5,000 arrows is walked once, not every arrow per stage (freeze)") {
  std::string text = "flowchart LR\n s0";
  for (int i = 1; i <= 5000; ++i) text += " --> s" + std::to_string(i);
  const auto c = chart(text);
  REQUIRE(c);
  REQUIRE(c->edges.size() == 5000);
  jobname::WorkMeter meter;
  CHECK(checkStatusAgainstChart({"resume"}, c, &meter).empty());
  CHECK(meter.steps <= 3 * (c->nodes.size() + c->edges.size()));
}

TEST_CASE("status check: a chart too large to keep its arrows is not compared") {
  std::string text = "flowchart LR\n a0";
  for (int i = 1; i < 80; ++i) text += " & a" + std::to_string(i);
  text += " --rejected--x b0";
  for (int i = 1; i < 80; ++i) text += " & b" + std::to_string(i);
  const auto c = chart(text);
  REQUIRE(c);
  REQUIRE(c->arrowsNotKept == 6400);
  CHECK(checkStatusAgainstChart({"resume", "accepted"}, c).empty());
}
