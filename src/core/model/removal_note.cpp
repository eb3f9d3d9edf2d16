#include "core/model/removal_note.h"

#include <cstddef>

namespace jobname::model {

namespace {
std::string counted(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}
}  // namespace

std::string describeRemovedRecord(const Record& record) {
  std::string name = record.company.name.empty() ? std::string("(no company)") : record.company.name;
  if (!record.position.empty()) name += ", " + record.position;
  return "Deleted the record " + name + ".";
}

std::string describeRemovedSection(const Section& section) {
  std::size_t questions = 0, answers = 0, others = 0;
  for (const SectionItem& item : section.items) {
    if (item.kind == ItemKind::Question) {
      ++questions;
      if (!item.answer.empty()) ++answers;
    } else {
      ++others;
    }
  }
  std::string contents;
  const auto add = [&](std::size_t n, const char* one, const char* many) {
    if (n) contents += (contents.empty() ? "" : ", ") + counted(n, one, many);
  };
  add(questions, "question", "questions");
  add(answers, "answer", "answers");
  add(others, "note", "notes");
  const std::string title = section.title.empty() ? std::string("(untitled)") : section.title;
  return "Removed the stage section " + title + (contents.empty() ? std::string(" (empty)") : " (" + contents + ")") + ".";
}

}  // namespace jobname::model
