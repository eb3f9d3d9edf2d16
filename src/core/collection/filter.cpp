#include "core/collection/filter.h"

#include <algorithm>

#include "core/calendar/jalali.h"
#include "core/text/ascii_case.h"

namespace jobname::collection {

int firstYear(const model::Record& record) {
  for (const auto& d : record.dates) {
    if (const auto parsed = calendar::parseDate(d.date); parsed.date) return parsed.date->jalali.year;
  }
  return 0;
}

long lastDay(const model::Record& record) {
  long last = 0;
  for (const auto& d : record.dates) {
    if (const auto parsed = calendar::parseDate(d.date); parsed.date) last = std::max(last, calendar::julianDayFromJalali(parsed.date->jalali));
  }
  return last;
}

std::string lastDateText(const model::Record& record) {
  const long last = lastDay(record);
  return last ? calendar::formatJalali(calendar::jalaliFromJulianDay(last)) : std::string();
}

bool passes(const std::string& id, const model::Record& r, const Filter& f) {
  if (!f.ids.empty() && std::find(f.ids.begin(), f.ids.end(), id) == f.ids.end()) return false;
  if (f.outcome && *f.outcome != model::outcomeOfStatus(r.status)) return false;
  if (f.year && firstYear(r) != f.year) return false;
  if (!f.platform.empty() && text::lowerAscii(r.platform) != text::lowerAscii(f.platform)) return false;
  if (!f.stage.empty() && std::find(r.status.begin(), r.status.end(), f.stage) == r.status.end()) return false;
  return true;
}

}  // namespace jobname::collection
