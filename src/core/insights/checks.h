// Checks on one record: what a reader of the jobname book would trip over. Dates out of order or
// not in the calendar, a rejection dated before the last interview, a status row that disagrees
// with the flowchart, a missing score or company link, a question asked twice, broken link
// syntax, and active content (see active_content.h) that would run in a published book. The
// editor lists them live; `jobname check` prints them.
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/model/record.h"
#include "core/work_meter.h"

namespace jobname::insights {

// A change that mends a problem with no choice to make, offered as the editor's "Fix" button.
enum class Fix {
  None,
  // The status row and the flowchart made to agree: an outcome only the row has (❌ ✅ ❎) is
  // written into a chain (mermaid/progress.h), then the row is the one the chart says
  // (mermaid::statusRowForChart).
  StatusWithChart,
};

struct Problem {
  Severity severity = Severity::Warning;
  std::string message;
  std::string field;  // where to jump in the editor: "record.date.2.date", "record.score", ...
  std::size_t sourceOffset = std::string::npos;  // where it stands in the imported file, when known
  Fix fix = Fix::None;
};

std::vector<Problem> checkRecord(const model::Record& record);

// Makes a problem's fix; false when it changes nothing.
bool applyFix(model::Record& record, Fix fix);

// Markdown link syntax left open in a piece of text, "[text](" with no ')' on its line or an
// empty "()": the first, or empty. One pass, however long the line.
std::string brokenLink(std::string_view text, WorkMeter* meter = nullptr);

}  // namespace jobname::insights
