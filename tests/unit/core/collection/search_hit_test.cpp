#include "core/collection/search_hit.h"

#include <doctest/doctest.h>

using namespace jobname;
using namespace jobname::collection;

TEST_CASE("search hit: the record opens at the first field holding the search, folded as the list searches") {
  model::Record r;
  r.company.name = "Snapp";
  r.dates.push_back({"Sent Resume", "۱۴۰۴.۰۴.۰۹", "", model::kNew});
  model::Section section;
  section.title = "Technical Interview";
  section.items.push_back({model::ItemKind::Question, "What is a goroutine?", "A light thread كه Go schedules", model::kNew});
  r.sections.push_back(section);

  const auto date = firstSearchHit(r, "1404.04");
  REQUIRE(date);
  CHECK(date->field == "record.date.0.date");
  CHECK(r.dates[0].date.substr(date->span.offset, date->span.length) == "۱۴۰۴.۰۴");

  const auto answer = firstSearchHit(r, "که go");
  REQUIRE(answer);
  CHECK(answer->field == "record.section.0.item.0.answer");

  const auto question = firstSearchHit(r, "GOROUTINE");
  REQUIRE(question);
  CHECK(question->field == "record.section.0.item.0");
  CHECK(question->span.offset == 10);

  CHECK_FALSE(firstSearchHit(r, "offer"));
  CHECK_FALSE(firstSearchHit(r, ""));
}

TEST_CASE("a field is within the part that draws it, and not within a part of a longer number") {
  CHECK(fieldWithin("record.section.1.item.3.answer", "record.section.1"));
  CHECK(fieldWithin("record.section.1.item.3.answer", "record.section.1.item.3.answer"));
  CHECK(fieldWithin("record.date.0.note", "record.date"));
  CHECK_FALSE(fieldWithin("record.section.10.item.0", "record.section.1"));
  CHECK_FALSE(fieldWithin("record.section.1.item.3", "record.section.1.item.3.answer"));
  CHECK_FALSE(fieldWithin("", "record.section"));
  CHECK_FALSE(fieldWithin("record.company", ""));
}
