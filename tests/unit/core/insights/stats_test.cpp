#include "core/insights/stats.h"

#include <doctest/doctest.h>

using namespace jobname;
using namespace jobname::insights;

namespace {
model::CollectionEntry entry(const std::string& id, std::vector<std::string> status, std::vector<model::DatedStage> dates,
                             std::string way, std::string platform, std::optional<double> score, std::string position = "Go developer") {
  model::CollectionEntry e;
  e.id = id;
  e.record.status = std::move(status);
  e.record.dates = std::move(dates);
  e.record.applyWays = {way};
  e.record.platform = std::move(platform);
  if (score) e.record.score.set(*score, 10);
  e.record.position = std::move(position);
  return e;
}

// A hand-made journal with known answers.
std::vector<model::CollectionEntry> journal() {
  return {
      entry("a", {"resume", "hr_call", "technical", "rejected"},
            {{"Sent Resume", "1404.01.10", "", -1}, {"HR Call", "1404.01.14", "", -1}, {"Technical Interview", "1404.01.20", "", -1},
             {"Rejection Email", "1404.01.27", "", -1}},
            "LinkedIn", "Google Meet", 7.5),
      entry("b", {"resume", "hr_call", "technical", "task", "accepted"},
            {{"Sent Resume", "1404.02.01", "", -1}, {"HR Call", "1404.02.03", "", -1}, {"Task", "1404.02.10", "", -1},
             {"Offer", "1404.02.15", "", -1}},
            "Jobinja", "Skype", 9),
      entry("c", {"resume"}, {{"Sent Resume", "1403.11.05", "", -1}}, "LinkedIn", "", std::nullopt, "Data engineer"),
      entry("d", {"resume", "ghosted"}, {{"Sent Resume", "1404.02.20", "", -1}}, "LinkedIn", "Google Meet", 2),
  };
}
}  // namespace

TEST_CASE("stats: the funnel counts stages reached and converts stage to stage") {
  const Stats s = computeStats(journal());
  CHECK(s.records == 4);
  CHECK(s.funnel[0].count() == 4);  // resume
  CHECK(s.funnel[1].count() == 2);  // HR call
  CHECK(s.funnel[2].count() == 2);  // technical
  CHECK(s.funnel[3].count() == 1);  // task
  CHECK(s.funnel[5].count() == 1);  // offer
  CHECK(s.conversion[1] == doctest::Approx(0.5));
  CHECK(s.funnel[5].ids == std::vector<std::string>{"b"});
}

TEST_CASE("stats: outcomes, months, platforms, apply ways and response rates") {
  const Stats s = computeStats(journal());
  CHECK(s.outcomes[0].label == "In progress");
  CHECK(s.outcomes[0].ids == std::vector<std::string>{"c"});
  CHECK(s.outcomes[1].count() == 1);  // offer
  CHECK(s.outcomes[2].count() == 1);  // not this time
  CHECK(s.outcomes[4].count() == 1);  // ghosted
  REQUIRE(s.perMonth.size() == 3);
  CHECK(s.perMonth[0].label == "1403.11");
  CHECK(s.perMonth[2].label == "1404.02");
  CHECK(s.perMonth[2].count() == 2);
  CHECK(s.platforms[0].label == "Google Meet");
  CHECK(s.platforms[0].count() == 2);
  CHECK(s.applyWays[0].label == "LinkedIn");
  CHECK(s.responseByApplyWay[0] == doctest::Approx(2.0 / 3));  // a and d got past the resume, c did not
  CHECK(s.scores[7].ids == std::vector<std::string>{"a"});
  CHECK(s.scores[9].count() == 1);
}

TEST_CASE("stats: days between stages, median and range") {
  const Stats s = computeStats(journal());
  CHECK(s.gaps[0].samples == 2);
  CHECK(s.gaps[0].median == doctest::Approx(3));  // 4 days and 2 days
  CHECK(s.gaps[0].min == 2);
  CHECK(s.gaps[0].max == 4);
  CHECK(s.gaps[1].samples == 2);   // interview to rejection 7, task to offer 5
  CHECK(s.gaps[1].median == doctest::Approx(6));
}

TEST_CASE("stats: filters by year and position keyword apply to everything") {
  CHECK(computeStats(journal(), {1403, ""}).records == 1);
  CHECK(computeStats(journal(), {0, "data"}).records == 1);
  CHECK(computeStats(journal(), {1404, "go"}).funnel[0].count() == 3);
}

TEST_CASE("stats: flows from the deepest stage reached to the outcome, and replies by position") {
  const Stats s = computeStats(journal());
  auto flow = [&](const std::string& from, const std::string& to) {
    for (const auto& f : s.flows) {
      if (f.from == from && f.to == to) return static_cast<int>(f.ids.size());
    }
    return 0;
  };
  CHECK(flow("Technical interview", "Not this time") == 1);  // a
  CHECK(flow("Offer", "Offer") == 1);                        // b
  CHECK(flow("Resume sent", "In progress") == 1);            // c
  CHECK(flow("Resume sent", "Ghosted") == 1);                // d
  CHECK(s.positions[0].label == "Go developer");
  CHECK(s.responseByPosition[0] == doctest::Approx(1.0));   // a, b, d all got a reply
}

TEST_CASE("stats: apply ways and platforms count case- and spelling-insensitively (jobinja/Jobinja, LinkedIn/Linkedin)") {
  auto entries = journal();
  entries.push_back(entry("e", {"resume", "hr_call"}, {}, "jobinja", "google meet", std::nullopt));
  entries.push_back(entry("f", {"resume"}, {}, "Linkedin", "Google meet", std::nullopt));
  entries.push_back(entry("g", {"resume"}, {}, "linked-in", "", std::nullopt));
  const Stats s = computeStats(entries);
  REQUIRE(s.applyWays.size() == 2);
  CHECK(s.applyWays[0].label == "LinkedIn");  // the spelling used most often
  CHECK(s.applyWays[0].count() == 5);
  CHECK(s.applyWays[1].label == "Jobinja");   // one each: the first written
  CHECK(s.applyWays[1].count() == 2);
  CHECK(s.responseByApplyWay[1] == doctest::Approx(1.0));
  CHECK(s.responseByApplyWay[0] == doctest::Approx(0.4));  // a and d of a, c, d, f, g
  REQUIRE(s.platforms.size() == 2);
  CHECK(s.platforms[0].label == "Google Meet");
  CHECK(s.platforms[0].count() == 4);
}
