// The items of a stage section: questions (with their <details> answers), right-to-left notes
// (<p dir="rtl">) and everything else kept as raw Markdown. Shared by the importer (parse) and
// the writer (the canonical text of an item).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/markdown/lines.h"
#include "core/markdown/source_document.h"

namespace jobname::markdown {

// What in a section's items reads one way here and may read another once items move around
// it; the importer warns of each.
struct ItemWarning {
  std::size_t line;  // 0-based
  std::string message;
};

void parseSectionItems(std::string_view text, const std::vector<Line>& lines, std::size_t from, std::size_t to,
                       std::vector<model::SectionItem>& items, model::SectionSpans& spans,
                       std::vector<ItemWarning>& warnings);

// The answer inside a <details> block: the text in its <div>, without the block's indentation.
std::string answerFromDetails(std::string_view details, std::string_view indent);
std::string detailsBlock(const std::string& answer, const std::string& indent);
std::string canonicalItem(const model::SectionItem& item);
std::string noteBlock(const std::string& text);

}  // namespace jobname::markdown
