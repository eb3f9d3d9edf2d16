// What the Markdown edit tests share: a record read from text that must export byte for byte
// before any edit, and an export that must read back as the edited record. Doctest assertions.
#pragma once
#include <doctest/doctest.h>

#include <string>

#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "core/model/record.h"

namespace jobname::testing {

// The record `text` holds; fails the test unless its export gives `text` back unchanged.
inline model::Record loadUnchanged(const std::string& text) {
  auto result = markdown::importMarkdown(text, "acme.md");
  REQUIRE(result.record);
  REQUIRE(markdown::exportMarkdown(*result.record) == text);
  return *result.record;
}

// Exports, checks that the result reads back as the edited record, and returns it.
inline std::string exportChecked(const model::Record& record) {
  const std::string out = markdown::exportMarkdown(record);
  const auto again = markdown::importMarkdown(out, "acme.md");
  REQUIRE(again.record);
  CHECK(model::sameContent(*again.record, record));
  return out;
}

// A question written in the app: new, with its answer if any.
inline model::SectionItem question(const std::string& text, const std::string& answer = "") {
  return {model::ItemKind::Question, text, answer, model::kNew};
}

// A section added in the app ("### title") holding one question.
inline model::Section sectionWithQuestion(const std::string& title, const std::string& text) {
  model::Section section;
  section.title = title;
  section.items = {question(text)};
  return section;
}

// A record the importer reads with exactly one warning, at `line`, saying `words`; untouched, it
// is written back byte for byte.
inline void checkOneWarning(const std::string& text, int line, const std::string& words) {
  CAPTURE(text);
  const auto result = markdown::importMarkdown(text, "acme.md");
  REQUIRE(result.record);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].line == line);
  CHECK(result.diagnostics[0].message.find(words) != std::string::npos);
  CHECK(markdown::exportMarkdown(*result.record) == text);
}

}  // namespace jobname::testing
