#include "core/markdown/mojibake.h"

#include "core/text/utf8.h"

namespace jobname::markdown {

namespace {
// The byte that Windows-1252 (or, for its six Turkish letters, Windows-1254) decodes to `cp`.
int windowsByte(char32_t cp) {
  if (cp < 0x80) return static_cast<int>(cp);
  if (cp >= 0x80 && cp <= 0xFF) return static_cast<int>(cp);  // Latin-1 and C1 controls map to themselves
  switch (cp) {
    case 0x20AC: return 0x80; case 0x201A: return 0x82; case 0x0192: return 0x83; case 0x201E: return 0x84;
    case 0x2026: return 0x85; case 0x2020: return 0x86; case 0x2021: return 0x87; case 0x02C6: return 0x88;
    case 0x2030: return 0x89; case 0x0160: return 0x8A; case 0x2039: return 0x8B; case 0x0152: return 0x8C;
    case 0x017D: return 0x8E; case 0x2018: return 0x91; case 0x2019: return 0x92; case 0x201C: return 0x93;
    case 0x201D: return 0x94; case 0x2022: return 0x95; case 0x2013: return 0x96; case 0x2014: return 0x97;
    case 0x02DC: return 0x98; case 0x2122: return 0x99; case 0x0161: return 0x9A; case 0x203A: return 0x9B;
    case 0x0153: return 0x9C; case 0x017E: return 0x9E; case 0x0178: return 0x9F;
    // Windows-1254's own letters
    case 0x011E: return 0xD0; case 0x0130: return 0xDD; case 0x015E: return 0xDE;
    case 0x011F: return 0xF0; case 0x0131: return 0xFD; case 0x015F: return 0xFE;
    default: return -1;
  }
}

// Lead bytes of multi-byte UTF-8 read as Windows-1252: Ã Â Ø Ù Ú Û ð â and friends.
bool looksMisdecoded(std::string_view line) {
  for (std::size_t pos = 0; pos < line.size();) {
    const char32_t cp = text::decodeUtf8(line, pos);
    if (cp >= 0xC2 && cp <= 0xF4) {
      // followed by a continuation-range character?
      if (pos < line.size()) {
        std::size_t next = pos;
        const int b = windowsByte(text::decodeUtf8(line, next));
        if (b >= 0x80 && b <= 0xBF) return true;
      }
    }
  }
  return false;
}

enum class LineRepair { Unchanged, Repaired, Unrecoverable };

LineRepair repairLine(std::string_view line, std::string& out) {
  if (!looksMisdecoded(line)) return LineRepair::Unchanged;
  std::string bytes;
  bytes.reserve(line.size());
  for (std::size_t pos = 0; pos < line.size();) {
    const int b = windowsByte(text::decodeUtf8(line, pos));
    if (b < 0) return LineRepair::Unrecoverable;  // a character no Windows code page produced
    bytes += static_cast<char>(b);
  }
  if (text::firstInvalidUtf8(bytes) != std::string::npos) return LineRepair::Unrecoverable;
  out = std::move(bytes);
  return LineRepair::Repaired;
}
}  // namespace

MojibakeRepair repairMojibake(std::string_view text) { return repairMojibake(text, text::scanUtf8(text).hasLatin1Letters); }

MojibakeRepair repairMojibake(std::string_view text, bool hasLatin1Letters) {
  MojibakeRepair result;
  // Mis-decoded text always holds U+00C2..U+00F4: without one, no line needs a look (the common
  // case, and most of the importer's time otherwise).
  if (!hasLatin1Letters) {
    result.text = std::string(text);
    return result;
  }
  result.text.reserve(text.size());
  int lineNumber = 1;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::string_view line = text.substr(start, end == std::string_view::npos ? end : end - start);
    std::string repaired;
    switch (repairLine(line, repaired)) {
      case LineRepair::Repaired:
        result.text += repaired;
        result.repairedLines.push_back(lineNumber);
        break;
      case LineRepair::Unrecoverable:
        result.unrecoverableLines.push_back(lineNumber);
        [[fallthrough]];
      case LineRepair::Unchanged:
        result.text.append(line);
        break;
    }
    if (end == std::string_view::npos) break;
    result.text += '\n';
    start = end + 1;
    ++lineNumber;
  }
  return result;
}

}  // namespace jobname::markdown
