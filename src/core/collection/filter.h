// Which records the journal's list shows and in what order: the filters (records picked on a
// chart, outcome, year, platform, stage reached) and the sort orders. Searching the text and
// keeping the rows is list_rows.h's; drawing the list and its combos is the collection view's.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/model/outcome.h"
#include "core/model/record.h"

namespace jobname::collection {

enum class SortOrder { LastDate, Company, Score, Edited };

struct Filter {
  std::vector<std::string> ids;  // only these records (picked on a chart); empty: all
  std::string idsLabel;          // what they are: "Technical interview (12)"
  std::optional<model::Outcome> outcome;  // none: all
  int year = 0;          // Jalali year of the first date; 0 all
  std::string platform;  // "" all; any case
  std::string stage;     // a status code the record must have; "" all
  SortOrder sort = SortOrder::LastDate;
  friend bool operator==(const Filter& a, const Filter& b) {
    return a.ids == b.ids && a.outcome == b.outcome && a.year == b.year && a.platform == b.platform && a.stage == b.stage && a.sort == b.sort;
  }
};

// The Jalali year of a record's first real date (0 when none): what the year filter compares.
int firstYear(const model::Record& record);
// The last real date of a record, as a day number for sorting (0 when none).
long lastDay(const model::Record& record);
// That date as the list shows it, normalised ("1404.04.09" however it was written, Persian digits
// or slashes); "" when no date is real. A date not in the calendar (1405.13.40) is never it.
std::string lastDateText(const model::Record& record);

bool passes(const std::string& id, const model::Record& record, const Filter& filter);

}  // namespace jobname::collection
