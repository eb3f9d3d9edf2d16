// Every question across the journal in one list, the same question written differently grouped
// together (case, punctuation, spacing, Persian letter variants, small wording changes such as
// "Tell me"/"Tell us"), with how often and where it was asked and the answers written. Exported
// as a Markdown FAQ in the style of the jobname book's ("(3 times - a, b, c)").
#pragma once
#include <string>
#include <vector>

#include "core/model/record.h"
#include "core/work_meter.h"

namespace jobname::insights {

struct QuestionOccurrence {
  std::string recordId, company, question, answer;
  std::size_t section = 0, item = 0;
};

struct QuestionGroup {
  std::string text;                     // the wording used most often
  std::vector<QuestionOccurrence> asked;
  std::vector<std::string> companies;   // each once, in the order first asked
};

// The key two wordings share when they are the same question.
std::string questionKey(const std::string& question);
// Whether two keys differ by so little that they are one question ("tell me"/"tell us").
bool sameQuestion(const std::string& keyA, const std::string& keyB);

// Groups, most asked first (then alphabetical). Near-linear in the questions: `meter` counts the
// groups a question is compared with.
std::vector<QuestionGroup> buildQuestionBank(const std::vector<model::CollectionEntry>& entries, WorkMeter* meter = nullptr);
std::string questionBankMarkdown(const std::vector<QuestionGroup>& groups);

}  // namespace jobname::insights
