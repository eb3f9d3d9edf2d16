// Stage codes of the status row and the emoji the jobname format writes for each. Unknown emoji
// are kept as they were written (the code is then the emoji itself), never dropped. Where a row
// ended (its outcome) is outcome.h's.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace jobname::model {

struct StageKind {
  const char* code;   // "resume"
  const char* emoji;  // "📜"
  const char* label;  // "Resume sent"
};

const std::vector<StageKind>& knownStages();
const StageKind* stageByCode(std::string_view code);

// Splits a status row ("📜📞🔧❌") into codes ("resume", "hr_call", "technical", "rejected").
// Whitespace between emoji is ignored; anything unknown becomes a code of its own raw text.
std::vector<std::string> parseStatusRow(std::string_view row);

std::string writeStatusRow(const std::vector<std::string>& codes);

// The status code a stage of the flowchart stands for, by its name, as the book pairs them:
// "Send resume" resume, "HR call" hr_call, "HR Interview" hr_interview, "Technical Interview"
// (or "Live code") technical, "Task"/"Technical Task" task, "Task Review" task_review. Empty for a
// name with no emoji of its own ("Offer", "Screening Interview", "New stage").
std::string stageCodeOfName(std::string_view name);

}  // namespace jobname::model
