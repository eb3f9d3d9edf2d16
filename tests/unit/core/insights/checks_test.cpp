#include "core/insights/checks.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "core/markdown/import.h"
#include "../../support/corpus.h"

using namespace jobname;
using namespace jobname::insights;

namespace {
model::Record base() {
  model::Record r;
  r.company = {"Acme", "", "https://acme.example"};
  r.status = {"resume", "technical", "rejected"};
  r.process = "flowchart LR\n a(Send Resume) --> b(Technical Interview) --rejected--x c(Offer)";
  r.dates = {{"Sent Resume", "1404.01.10", "", model::kNew}, {"Technical Interview", "1404.01.20", "", model::kNew},
             {"Rejection Email", "1404.01.25", "", model::kNew}};
  r.score.set(7, 10);
  return r;
}

bool has(const std::vector<Problem>& problems, const std::string& words) {
  for (const auto& p : problems) {
    if (p.message.find(words) != std::string::npos) return true;
  }
  return false;
}
}  // namespace

TEST_CASE("checks: a sound record has no problem") { CHECK(checkRecord(base()).empty()); }

TEST_CASE("checks: dates out of order, not in the calendar, and a rejection before the last interview") {
  auto r = base();
  r.dates[1].date = "1404.01.05";
  const auto problems = checkRecord(r);
  CHECK(has(problems, "earlier than the date before it"));
  r = base();
  r.dates[0].date = "1404.12.30";
  CHECK(has(checkRecord(r), "no such Jalali date"));
  CHECK(checkRecord(r).front().field == "record.date.0.date");
  r = base();
  r.dates[2].date = "1404.01.15";
  CHECK(has(checkRecord(r), "rejection is dated before the last interview"));
}

TEST_CASE("checks: status row against the flowchart, missing score and link") {
  auto r = base();
  r.status = {"resume", "technical"};
  CHECK(has(checkRecord(r), "flowchart shows a rejection"));
  r = base();
  r.score.text.clear();
  r.company.url.clear();
  const auto problems = checkRecord(r);
  CHECK(has(problems, "no score"));
  CHECK(has(problems, "no link to the company"));
}

TEST_CASE("checks: a question asked twice, broken links, active content") {
  auto r = base();
  model::Section s;
  s.title = "Technical Interview";
  s.items = {{model::ItemKind::Question, "What is a goroutine?", "", model::kNew},
             {model::ItemKind::Question, "what is a  Goroutine", "see [docs](", model::kNew},
             {model::ItemKind::Note, "<img src=x onerror=alert(1)>", "", model::kNew},
             {model::ItemKind::Other, "[click](javascript:alert(1))", "", model::kNew}};
  r.sections = {s};
  const auto problems = checkRecord(r);
  CHECK(has(problems, "asked twice"));
  CHECK(has(problems, "broken link syntax"));
  int active = 0;
  for (const auto& p : problems) active += p.message.find("active content") != std::string::npos && p.severity == Severity::Error;
  CHECK(active == 2);
  for (const auto& p : problems) {
    if (p.message.find("onerror") != std::string::npos) CHECK(p.field == "record.section.0.item.2");
    if (p.message.find("javascript:") != std::string::npos) CHECK(p.field == "record.section.0.item.3");
  }
}

TEST_CASE("checks: the corpus's own invalid date is found where it stands") {
  const std::string text = jobname::testing::readCorpus("hamkaransystem__1402.md");
  const auto record = *markdown::importMarkdown(text).record;
  const auto problems = checkRecord(record);
  REQUIRE(has(problems, "1402.03.00"));
  for (const auto& p : problems) {
    if (p.message.find("1402.03.00") != std::string::npos) CHECK(text.substr(p.sourceOffset, 10) == "1402.03.00");
  }
}

TEST_CASE("checks: a score that is no number in range is flagged and kept as written") {
  for (const std::string score : {"nan/10", "inf/10", "1e999/10", "2000/10", "-3/10", "7/0", "7/abc"}) {
    CAPTURE(score);
    auto r = base();
    r.score.text = score;
    const auto problems = checkRecord(r);
    CHECK(has(problems, "the score '" + score + "'"));
    CHECK(has(problems, "(kept as written)"));
    CHECK(r.score.text == score);
  }
  auto r = base();
  r.score.text = "3/5";
  CHECK(checkRecord(r).empty());
}

TEST_CASE("checks: a status row that disagrees with the chart offers the row the chart says as its fix") {
  model::Record r = base();
  r.status = {"resume"};
  const auto problems = checkRecord(r);
  const auto fixable = std::count_if(problems.begin(), problems.end(), [](const Problem& p) { return p.fix == Fix::StatusWithChart; });
  CHECK(fixable == 2);  // no ❌, no 🔧
  REQUIRE(applyFix(r, Fix::StatusWithChart));
  CHECK(r.status == std::vector<std::string>{"resume", "technical", "rejected"});
  for (const auto& p : checkRecord(r)) CHECK(p.fix == Fix::None);
  CHECK_FALSE(applyFix(r, Fix::StatusWithChart));  // nothing left to change
}

TEST_CASE("checks: a rejection only the status row has is written into the chart by the fix, not taken off the row") {
  model::Record r = base();
  r.process = "flowchart LR\n a(Send Resume) --> b(Technical Interview) -.-> c(Offer)";
  const auto problems = checkRecord(r);
  CHECK(std::any_of(problems.begin(), problems.end(), [](const Problem& p) { return p.fix == Fix::StatusWithChart; }));
  REQUIRE(applyFix(r, Fix::StatusWithChart));
  CHECK(r.process == "flowchart LR\n a(Send Resume) --> b(Technical Interview) --rejected--x c(Offer)");
  CHECK(r.status == std::vector<std::string>{"resume", "technical", "rejected"});
}

TEST_CASE("checks: an invalid date (1405.13.40) is flagged with its label") {
  auto r = base();
  r.dates[2].date = "1405.13.40";
  const auto problems = checkRecord(r);
  REQUIRE_FALSE(problems.empty());
  CHECK(problems.front().message.find("'Rejection Email'") == 0);
  CHECK(problems.front().field == "record.date.2.date");
}
