// Repairs UTF-8 text that was once mis-decoded as Windows-1252 or Windows-1254 and saved again
// ("Ø¯Ú©ØªØ±ØªÙˆ" for "دکترتو", "ğŸ“œ" for "📜"), line by line. A line that looks mis-decoded but
// does not decode back cleanly is left exactly as it was and reported.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace jobname::markdown {

struct MojibakeRepair {
  std::string text;
  std::vector<int> repairedLines;       // 1-based
  std::vector<int> unrecoverableLines;  // 1-based, kept as they were
};

MojibakeRepair repairMojibake(std::string_view text);
// The same, when the caller already scanned the text (importMarkdown validates it first).
MojibakeRepair repairMojibake(std::string_view text, bool hasLatin1Letters);

}  // namespace jobname::markdown
