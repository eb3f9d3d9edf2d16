#include "core/reading/document.h"

namespace jobname::reading {

std::string Paragraph::plainText() const {
  std::string out;
  for (const Run& run : runs) out += run.text;
  return out;
}

std::string Block::plainText() const {
  switch (kind) {
    case BlockKind::Code:
    case BlockKind::Chart: return code;
    case BlockKind::Table: {
      std::string out;  // tab-separated, as a spreadsheet takes a pasted table
      for (const auto& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c) out += (c ? "\t" : "") + row[c].text.plainText();
        out += '\n';
      }
      return out;
    }
    case BlockKind::ListItem: return (marker.empty() ? "" : marker + " ") + text.plainText();
    default: return text.plainText();
  }
}

bool blockShown(const ReadingDocument& document, const Block& block, const std::vector<bool>& open) {
  for (int d = block.details; d >= 0 && static_cast<std::size_t>(d) < document.details.size(); d = document.details[d].parent) {
    if (static_cast<std::size_t>(d) >= open.size() || !open[d]) return false;
  }
  return true;
}

const char* blockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::Heading: return "heading";
    case BlockKind::Paragraph: return "paragraph";
    case BlockKind::ListItem: return "item";
    case BlockKind::Code: return "code";
    case BlockKind::Table: return "table";
    case BlockKind::Summary: return "summary";
    case BlockKind::Rule: return "rule";
    case BlockKind::Status: return "status";
    case BlockKind::Chart: return "chart";
    case BlockKind::Score: return "score";
  }
  return "?";
}

}  // namespace jobname::reading
