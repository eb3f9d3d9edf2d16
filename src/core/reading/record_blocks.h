// A record as the published book shows it, in reading blocks: the company heading with its link,
// the status row (emoji with their stage names), the position, the chart, apply way, the dates as
// a table (Jalali, Gregorian, days between), durations, platform, each stage section (questions,
// answers that open, notes, code, tables...) and the score in its colour.
#pragma once
#include "core/model/record.h"
#include "core/reading/document.h"

namespace jobname::reading {

ReadingDocument buildReadingDocument(const model::Record& record);

}  // namespace jobname::reading
