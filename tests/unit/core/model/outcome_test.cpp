#include "core/model/outcome.h"

#include <doctest/doctest.h>

#include "core/insights/stats.h"
#include "core/mermaid/edit.h"
#include "core/mermaid/layout.h"
#include "core/mermaid/status_check.h"
#include "core/mermaid/svg.h"

using namespace jobname;
using model::Outcome;

namespace {
mermaid::FlowchartLayout layoutOf(const std::string& source) {
  const auto parsed = mermaid::parseFlowchart(source);
  REQUIRE(parsed.chart);
  return mermaid::layoutFlowchart(*parsed.chart);
}
}  // namespace

TEST_CASE("outcome: a status row ends where its last outcome emoji is") {
  CHECK(model::outcomeOfStatus({"resume", "hr_call", "technical", "rejected"}) == Outcome::Rejected);
  CHECK(model::outcomeOfStatus({"resume", "accepted", "declined"}) == Outcome::Declined);
  CHECK(model::outcomeOfStatus({"resume", "ghosted"}) == Outcome::Ghosted);
  CHECK(model::outcomeOfStatus({"resume", "technical"}) == Outcome::Pending);
  CHECK(model::outcomeOfStatus({}) == Outcome::Pending);
}

TEST_CASE("outcome: codes and words, one each, in the order the list and the statistics show them") {
  const char* codes[] = {"pending", "accepted", "rejected", "declined", "ghosted"};
  const char* words[] = {"In progress", "Offer", "Not this time", "I declined", "Ghosted"};
  for (std::size_t i = 0; i < model::kOutcomes.size(); ++i) {
    CHECK(std::string(model::outcomeCode(model::kOutcomes[i])) == codes[i]);
    CHECK(std::string(model::outcomeWord(model::kOutcomes[i])) == words[i]);
  }
  CHECK(model::outcomeOfCode("rejected") == Outcome::Rejected);
  CHECK_FALSE(model::outcomeOfCode("resume"));
  CHECK_FALSE(model::outcomeOfCode("pending"));  // not a status code: a row without an outcome is pending
  // The statistics count outcomes under the list's words.
  const auto stats = insights::computeStats({});
  REQUIRE(stats.outcomes.size() == 5);
  CHECK(stats.outcomes[1].label == "Offer");
}

TEST_CASE("outcome: what an arrow says, from its label in any case and its head") {
  CHECK(model::outcomeOfArrow("rejected", true) == Outcome::Rejected);
  CHECK(model::outcomeOfArrow(" rejected ", true) == Outcome::Rejected);   // -- rejected --x
  CHECK(model::outcomeOfArrow("", true) == Outcome::Rejected);             // --x: a cross is a rejection
  CHECK(model::outcomeOfArrow("Rejected", false) == Outcome::Rejected);
  CHECK(model::outcomeOfArrow("declined", true) == Outcome::Declined);
  CHECK(model::outcomeOfArrow("accepted :)", false) == Outcome::Accepted);  // --accepted :) -->
  CHECK(model::outcomeOfArrow("Accepted", false) == Outcome::Accepted);     // --Accepted-->
  CHECK(model::outcomeOfArrow("offer", false) == Outcome::Accepted);
  CHECK(model::outcomeOfArrow("", false) == Outcome::Pending);
  CHECK(model::outcomeOfArrow("after a week", false) == Outcome::Pending);
}

TEST_CASE("outcome: the label written for an outcome reads back as that outcome") {
  for (Outcome o : {Outcome::Rejected, Outcome::Declined}) CHECK(model::outcomeOfArrow(model::arrowLabel(o), true) == o);
  CHECK(model::outcomeOfArrow(model::arrowLabel(Outcome::Accepted), false) == Outcome::Accepted);
  CHECK(std::string(model::arrowLabel(Outcome::Pending)).empty());
}

TEST_CASE("outcome: an arrow labelled offer does not draw green while the panel says Still waiting") {
  // The SVG, the screen's chart (both edgeColour), the record checks and the process panel
  // (outcomeOfArrow, outcomeAtStageWord) read the same arrow the same way.
  // The offer came, the stage after it not yet taken: a dotted arrow leaves the last stage reached.
  const std::string source = "flowchart LR\n ti(Technical Interview) -. offer .-> o(Start)";
  const auto layout = layoutOf(source);
  REQUIRE(layout.edges.size() == 1);
  CHECK(mermaid::edgeColour(layout.edges[0]) == mermaid::EdgeColour::Accepted);
  CHECK(mermaid::writeSvg(layout).find("class=\"edge dotted accepted\"") != std::string::npos);
  auto chart = *mermaid::parseFlowchart(source).chart;
  const mermaid::Edge* arrow = mermaid::outcomeArrow(chart, mermaid::lastReachedStage(layout));
  REQUIRE(arrow);
  CHECK(std::string(model::outcomeAtStageWord(mermaid::arrowOutcome(*arrow))) == "Accepted here");
  const auto warnings = mermaid::checkStatusAgainstChart({"resume", "technical"}, chart);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("acceptance") != std::string::npos);
}

TEST_CASE("outcome: a decline draws red like a rejection, a cross with any label too") {
  CHECK(mermaid::edgeColour(layoutOf("flowchart LR\n a --declined--x b").edges[0]) == mermaid::EdgeColour::Rejected);
  CHECK(mermaid::edgeColour(layoutOf("flowchart LR\n a --x b").edges[0]) == mermaid::EdgeColour::Rejected);
  CHECK(mermaid::edgeColour(layoutOf("flowchart LR\n a -.-> b").edges[0]) == mermaid::EdgeColour::Neutral);
}
