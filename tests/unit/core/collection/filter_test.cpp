#include "core/collection/filter.h"

#include <doctest/doctest.h>

using namespace jobname;
using namespace jobname::collection;

namespace {
model::Record record(std::vector<std::string> status, std::vector<std::string> dates, std::string platform = {}) {
  model::Record r;
  r.status = std::move(status);
  for (auto& d : dates) r.dates.push_back({"Stage", d, "", model::kNew});
  r.platform = std::move(platform);
  return r;
}
}  // namespace

TEST_CASE("collection filter: the first real date gives the year, the last real date the sort day") {
  const model::Record r = record({"resume"}, {"", "1403.12.28", "not a date", "1404.01.10"});
  CHECK(firstYear(r) == 1403);
  CHECK(lastDay(r) > lastDay(record({"resume"}, {"1403.12.28"})));
  CHECK(firstYear(record({"resume"}, {"IDK"})) == 0);
  CHECK(lastDay(record({"resume"}, {})) == 0);
}

TEST_CASE("collection filter: an empty filter lets every record through") {
  CHECK(passes("a", record({}, {}), Filter{}));
}

TEST_CASE("collection filter: each filter narrows on its own") {
  const model::Record r = record({"resume", "hr_call", "technical", "rejected"}, {"1404.04.09"}, "Google Meet");
  Filter f;
  f.outcome = model::Outcome::Rejected;
  CHECK(passes("a", r, f));
  f.outcome = model::Outcome::Pending;
  CHECK_FALSE(passes("a", r, f));

  f = {};
  f.year = 1404;
  CHECK(passes("a", r, f));
  f.year = 1403;
  CHECK_FALSE(passes("a", r, f));

  f = {};
  f.platform = "google meet";  // any case
  CHECK(passes("a", r, f));
  f.platform = "Skype";
  CHECK_FALSE(passes("a", r, f));

  f = {};
  f.stage = "technical";
  CHECK(passes("a", r, f));
  f.stage = "task";
  CHECK_FALSE(passes("a", r, f));

  f = {};
  f.ids = {"b", "a"};  // picked on a chart
  CHECK(passes("a", r, f));
  CHECK_FALSE(passes("c", r, f));
}

TEST_CASE("collection filter: two filters are equal when they show the same rows, whatever the chart's label") {
  Filter a, b;
  b.idsLabel = "Technical interview (3)";
  CHECK(a == b);
  b.sort = SortOrder::Score;
  CHECK_FALSE(a == b);
}

TEST_CASE("collection filter: an invalid date (1405.13.40) is never the record's date; persian-digit dates show normalised") {
  const model::Record r = record({"resume"}, {"1404.01.10", "1405.13.40"});
  CHECK(lastDateText(r) == "1404.01.10");
  CHECK(lastDay(r) == lastDay(record({"resume"}, {"1404.01.10"})));
  CHECK(firstYear(record({"resume"}, {"1405.13.40", "1403.02.01"})) == 1403);
  CHECK(lastDateText(record({"resume"}, {"۱۴۰۴/۰۴/۰۹"})) == "1404.04.09");
  CHECK(lastDateText(record({"resume"}, {"1405.13.40"})).empty());
}
