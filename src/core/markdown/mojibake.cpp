#include "core/markdown/mojibake.h"

#include <array>
#include <map>
#include <optional>

#include "core/markdown/lines.h"
#include "core/model/stages.h"
#include "core/text/utf8.h"

namespace jobname::markdown {

namespace {
using Finding = MojibakeFinding;
constexpr std::size_t kNone = std::string::npos;
// Stands, in a line's bytes, for a character no Windows code page produces: genuine UTF-8 text.
// (A NUL never reaches here: the importer refuses it.)
constexpr char kGenuine = '\0';
// What came before a character, when it was no letter at all (genuine text, an undecodable byte).
constexpr char32_t kNoLetter = 0x10FFFF;

enum CodePage { kWindows1252, kWindows1254, kCodePages };

// The byte that Windows-1252 (or, for its six Turkish letters, Windows-1254) decodes to `cp`;
// -1 for a character neither produces. C1 controls stand for the undefined bytes that some
// decoders pass through (the WHATWG decoder, Windows' own).
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

// Characters only one of the two code pages produces: they tell which one mis-decoded a line.
bool only1254(char32_t cp) {
  return cp == 0x011E || cp == 0x0130 || cp == 0x015E || cp == 0x011F || cp == 0x0131 || cp == 0x015F;
}
bool only1252(char32_t cp) {
  return cp == 0xD0 || cp == 0xDD || cp == 0xDE || cp == 0xF0 || cp == 0xFD || cp == 0xFE || cp == 0x017D || cp == 0x017E;
}

// Bytes each code page leaves undefined: decoders that drop them leave no trace of them.
const std::vector<unsigned char>& undefinedBytes(CodePage page) {
  static const std::vector<unsigned char> k1252 = {0x81, 0x8D, 0x8F, 0x90, 0x9D};
  static const std::vector<unsigned char> k1254 = {0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E};
  return page == kWindows1252 ? k1252 : k1254;
}

bool isContinuation(unsigned char b) { return b >= 0x80 && b <= 0xBF; }

// What a mis-decoded text spells once repaired: letters and signs of the scripts people write,
// punctuation, emoji. Anything else (IPA, NKo, Syriac, C1 controls...) is a coincidence of
// legitimate text: "É’" would spell "ɒ", "ß“" "ߓ".
bool isOrdinaryText(char32_t cp) {
  return (cp >= 0xA0 && cp <= 0x17F)                                   // Latin-1, Latin Extended-A (ğ ş ő š)
         || (cp >= 0x218 && cp <= 0x21B)                               // Romanian ș ț
         || (cp >= 0x370 && cp <= 0x4FF)                               // Greek, Cyrillic
         || (cp >= 0x5D0 && cp <= 0x5EA)                               // Hebrew letters
         || (cp >= 0x621 && cp <= 0x65F) || (cp >= 0x66E && cp <= 0x6D5)  // Arabic, Persian letters, vowel marks
         || (cp >= 0x6F0 && cp <= 0x6F9)                               // Persian digits
         || cp == 0x60C || cp == 0x61B || cp == 0x61F                  // Arabic comma, semicolon, question mark
         || (cp >= 0x2000 && cp <= 0x206F)                             // punctuation, ZWNJ, ZWJ, marks
         || (cp >= 0x20A0 && cp <= 0x20CF)                             // currency
         || (cp >= 0x2100 && cp <= 0x2BFF)                             // symbols, arrows, shapes, dingbats
         || (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3)
         || (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF)  // Arabic forms, BOM
         || (cp >= 0xFE00 && cp <= 0xFE0F)                             // variation selectors
         || (cp >= 0x1F000 && cp <= 0x1FAFF)                           // emoji
         || (cp >= 0xE0020 && cp <= 0xE007F);                          // emoji tags
}

// Letters of an alphabet that never shares a word with Latin letters in ordinary text. (Arabic
// script does: Persian writers glue suffixes to English words, "stringها".)
bool isForeignAlphabetLetter(char32_t cp) { return (cp >= 0x370 && cp <= 0x4FF) || (cp >= 0x5D0 && cp <= 0x5EA); }

bool isAsciiLetter(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }

// Arabic letters and the vowel marks that sit on them.
bool isArabicLetterOrMark(char32_t cp) {
  return (cp >= 0x620 && cp <= 0x65F) || (cp >= 0x66E && cp <= 0x6D3) || cp == 0x6D5 || (cp >= 0x6FA && cp <= 0x6FF);
}

std::size_t sequenceLength(unsigned char lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

std::string hexByte(unsigned char b) {
  static const char* kDigits = "0123456789ABCDEF";
  return std::string("0x") + kDigits[b >> 4] + kDigits[b & 15];
}

// A line as the bytes it was before the mis-decoding.
struct ReversedLine {
  std::string bytes;               // kGenuine for a character no code page produces
  std::vector<std::size_t> from;   // for each byte, the offset in the line of its character
  bool pageFits[kCodePages] = {true, true};
};

ReversedLine reverseLine(std::string_view line) {
  ReversedLine r;
  for (std::size_t pos = 0; pos < line.size();) {
    const std::size_t at = pos;
    const char32_t cp = text::decodeUtf8(line, pos);
    const int b = windowsByte(cp);
    r.bytes += b < 0 ? kGenuine : static_cast<char>(b);
    r.from.push_back(at);
    if (only1254(cp)) r.pageFits[kWindows1252] = false;
    if (only1252(cp)) r.pageFits[kWindows1254] = false;
  }
  return r;
}

struct DecodedLine {
  std::string text;            // the line repaired, when `complete`
  bool complete = true;        // every character is part of ordinary text once decoded
  int evidence = 0;            // continuation bytes that fell into place
  std::size_t firstFormed = kNone;
  std::vector<Finding> restored;  // line numbers filled in by the caller
};

// Decodes the bytes as UTF-8, keeping only what spells ordinary text, and restoring the one
// dropped byte that is certain: ف (D9 81) where a vowel mark cannot stand.
DecodedLine decodeLine(const ReversedLine& r) {
  DecodedLine d;
  const std::string& b = r.bytes;
  char32_t previous = 0;
  for (std::size_t i = 0; i < b.size();) {
    const auto lead = static_cast<unsigned char>(b[i]);
    if (lead < 0x80) {
      if (b[i] == kGenuine) d.complete = false;
      else d.text += b[i];
      previous = lead == 0 ? kNoLetter : lead;
      ++i;
      continue;
    }
    const std::size_t length = sequenceLength(lead);
    std::size_t present = 1;
    while (length && present < length && i + present < b.size() && isContinuation(static_cast<unsigned char>(b[i + present]))) {
      ++present;
    }
    if (length && present == length) {
      const std::string_view bytes = std::string_view(b).substr(i, length);
      std::size_t pos = 0;
      const char32_t cp = text::firstInvalidUtf8(bytes) == kNone ? text::decodeUtf8(bytes, pos) : text::kReplacementChar;
      const char32_t next = i + length < b.size() ? static_cast<unsigned char>(b[i + length]) : 0;
      const bool foreignInLatinWord = (isForeignAlphabetLetter(cp) && (isAsciiLetter(previous) || isAsciiLetter(next))) ||
                                      (isArabicLetterOrMark(cp) && isAsciiLetter(previous) && isAsciiLetter(next));
      if (cp != text::kReplacementChar && isOrdinaryText(cp) && !foreignInLatinWord) {
        d.text.append(bytes);
        d.evidence += static_cast<int>(length - 1);
        if (d.firstFormed == kNone) d.firstFormed = r.from[i];
        previous = cp;
      } else {
        d.complete = false;
        previous = kNoLetter;
      }
      i += length;
      continue;
    }
    const char32_t after = i + 1 < b.size() ? static_cast<unsigned char>(b[i + 1]) : 0;
    if (lead == 0xD9 && present == 1 && !isArabicLetterOrMark(previous) && !isAsciiLetter(previous) && !isAsciiLetter(after)) {
      // "Ù" alone: its second byte was undefined in the code page and dropped. Of the characters
      // D9 and an undefined byte spell, only ف (0x81) is a letter; the others are vowel marks,
      // which cannot begin a word.
      d.text += "\xD9\x81";
      d.restored.push_back({Finding::Kind::Restored, 0, static_cast<int>(r.from[i]) + 1,
                            "restored 'ف': the mis-decoding had dropped its byte 0x81, and at the start of a word "
                            "no other character fits"});
      previous = 0x641;
      ++i;
      continue;
    }
    d.complete = false;  // a stray continuation, or a sequence cut short where no choice is certain
    previous = kNoLetter;
    i += present;
  }
  return d;
}

// ---- the status row: emoji of the format, with their undefined bytes dropped ----------------

struct RowToken {
  std::string output;   // the emoji as the format writes it
  bool ambiguous = false;  // two emoji read the same once their bytes were dropped
};

using RowTokens = std::map<std::string, RowToken>;

// The byte strings each known stage emoji leaves after mis-decoding with `page` and dropping.
RowTokens buildRowTokens(CodePage page) {
  RowTokens t;
  auto add = [&](const std::string& bytes, const std::string& output) {
    auto [it, inserted] = t.emplace(bytes, RowToken{output});
    if (!inserted && it->second.output != output) it->second.ambiguous = true;
  };
  constexpr std::string_view kVariation = "\xEF\xB8\x8F";
  for (const auto& stage : model::knownStages()) {
    std::vector<std::string> forms = {stage.emoji};
    const std::string_view emoji = stage.emoji;
    if (emoji.size() > kVariation.size() && emoji.substr(emoji.size() - kVariation.size()) == kVariation) {
      forms.emplace_back(emoji.substr(0, emoji.size() - kVariation.size()));
    }
    for (const std::string& form : forms) {
      std::string dropped;
      for (char c : form) {
        bool undefined = false;
        for (unsigned char u : undefinedBytes(page)) undefined |= static_cast<unsigned char>(c) == u;
        if (!undefined) dropped += c;
      }
      add(dropped, form);
    }
  }
  return t;
}

const RowTokens& rowTokens(CodePage page) {
  static const std::array<RowTokens, kCodePages> tokens = {buildRowTokens(kWindows1252), buildRowTokens(kWindows1254)};
  return tokens[page];
}

// The bytes of `whole` missing from `part`, a subsequence of it: "0x9D", "0x8D, 0x8F".
std::string droppedBytes(std::string_view whole, std::string_view part) {
  std::string out;
  for (std::size_t i = 0, j = 0; i < whole.size(); ++i) {
    if (j < part.size() && whole[i] == part[j]) { ++j; continue; }
    out += (out.empty() ? "" : ", ") + hexByte(static_cast<unsigned char>(whole[i]));
  }
  return out;
}

struct RowSegmentation {
  int ways = 0;  // 0, 1, or 2 for "more than one"
  std::string text;
  struct Restored {
    std::size_t at;  // byte index
    std::string emoji, dropped;
  };
  std::vector<Restored> restored;
  int evidence = 0;
};

// Reads the line's bytes as ASCII and known emoji whose undefined bytes were dropped.
RowSegmentation segmentStatusRow(const std::string& b, CodePage page) {
  const auto& tokens = rowTokens(page);
  const std::size_t n = b.size();
  std::vector<int> ways(n + 1, 0);
  std::vector<const std::pair<const std::string, RowToken>*> choice(n + 1, nullptr);
  ways[n] = 1;
  for (std::size_t i = n; i-- > 0;) {
    const auto c = static_cast<unsigned char>(b[i]);
    if (c < 0x80) {
      ways[i] = c == 0 ? 0 : ways[i + 1];
      continue;
    }
    for (const auto& token : tokens) {
      if (token.first.empty() || b.compare(i, token.first.size(), token.first) != 0) continue;
      const int w = ways[i + token.first.size()] * (token.second.ambiguous ? 2 : 1);
      if (w > 0 && !choice[i]) choice[i] = &token;
      ways[i] = std::min(2, ways[i] + w);
    }
  }
  RowSegmentation s;
  s.ways = ways[0];
  if (s.ways != 1) return s;
  for (std::size_t i = 0; i < n;) {
    if (static_cast<unsigned char>(b[i]) < 0x80) { s.text += b[i++]; continue; }
    const auto& [bytes, token] = *choice[i];
    if (bytes != token.output) s.restored.push_back({i, token.output, droppedBytes(token.output, bytes)});
    for (char c : bytes) s.evidence += isContinuation(static_cast<unsigned char>(c)) ? 1 : 0;
    s.text += token.output;
    i += bytes.size();
  }
  return s;
}

// The status row, when every code page the line could come from reads it one and the same way.
bool restoreStatusRow(const ReversedLine& r, DecodedLine& d) {
  std::optional<RowSegmentation> agreed;
  for (CodePage page : {kWindows1252, kWindows1254}) {
    if (!r.pageFits[page]) continue;
    RowSegmentation s = segmentStatusRow(r.bytes, page);
    if (s.ways == 0) continue;
    if (s.ways > 1 || (agreed && agreed->text != s.text)) return false;
    agreed = std::move(s);
  }
  if (!agreed) return false;
  d = DecodedLine{};
  d.text = agreed->text;
  d.evidence = agreed->evidence;
  for (std::size_t i = 0; i < r.bytes.size() && d.firstFormed == kNone; ++i) {
    if (static_cast<unsigned char>(r.bytes[i]) >= 0x80) d.firstFormed = r.from[i];
  }
  for (const auto& restored : agreed->restored) {
    d.restored.push_back({Finding::Kind::Restored, 0, static_cast<int>(r.from[restored.at]) + 1,
                          "restored the status emoji " + restored.emoji + ": the mis-decoding had dropped its " +
                              (restored.dropped.find(',') == std::string::npos ? "byte " : "bytes ") + restored.dropped +
                              ", and no other stage fits"});
  }
  return true;
}

bool isStatusHeading(std::string_view line) {
  std::string_view t = trim(line);
  std::size_t hashes = 0;
  while (hashes < t.size() && t[hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6) return false;
  t = trim(t.substr(hashes));
  return t.size() == 6 && startsWithIgnoringCase(t, "status");
}

// The code page a line was mis-decoded with, as far as its characters tell, or else the file's.
const char* codePageName(const bool lineFits[kCodePages], const bool fileFits[kCodePages]) {
  const bool* fits = lineFits[kWindows1252] && lineFits[kWindows1254] && fileFits[kWindows1252] != fileFits[kWindows1254]
                         ? fileFits
                         : lineFits;
  if (fits[kWindows1252] && fits[kWindows1254]) return "Windows-1252 or Windows-1254";
  return fits[kWindows1252] ? "Windows-1252" : "Windows-1254";
}

struct LineResult {
  std::size_t begin = 0, end = 0;
  int number = 0;
  ReversedLine reversed;
  DecodedLine decoded;
};
}  // namespace

MojibakeRepair repairMojibake(std::string_view text) { return repairMojibake(text, text::scanUtf8(text).mayBeMisdecoded); }

MojibakeRepair repairMojibake(std::string_view text, bool mayBeMisdecoded) {
  MojibakeRepair result;
  // Without a lead byte's character (Â..ô, Ğ İ Ş ğ), no line needs a look: the common case, and
  // most of the importer's time otherwise.
  if (!mayBeMisdecoded) {
    result.text = std::string(text);
    return result;
  }
  std::vector<LineResult> lines;
  int total = 0;
  bool fileFits[kCodePages] = {true, true};  // by the lines that decode
  bool statusRowNext = false;
  int number = 0;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t newline = text.find('\n', start);
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    const std::string_view line = text.substr(start, end - start);
    ++number;
    const bool isStatusRow = statusRowNext && !isBlank(line);
    if (isStatusRow) statusRowNext = false;
    if (isStatusHeading(line)) statusRowNext = true;
    bool nonAscii = false;
    for (char c : line) nonAscii |= static_cast<unsigned char>(c) >= 0x80;
    if (nonAscii) {
      LineResult l{start, end, number, reverseLine(line), {}};
      l.decoded = decodeLine(l.reversed);
      if (!l.decoded.complete && isStatusRow) restoreStatusRow(l.reversed, l.decoded);
      if (l.decoded.complete && l.decoded.evidence > 0) {
        total += l.decoded.evidence;
        for (int page = 0; page < kCodePages; ++page) fileFits[page] &= l.reversed.pageFits[page];
      }
      lines.push_back(std::move(l));
    }
    if (newline == std::string_view::npos) break;
    start = newline + 1;
  }

  std::size_t copied = 0;
  for (LineResult& l : lines) {
    const DecodedLine& d = l.decoded;
    if (d.evidence == 0) continue;  // nothing fell into place: ordinary text
    const int column = static_cast<int>(d.firstFormed) + 1;
    if (!d.complete) {
      if (d.evidence < 2) continue;  // one coincidence in a line that does not decode: ordinary text
      result.findings.push_back({Finding::Kind::Unrecoverable, l.number, column,
                                 "text looks mis-decoded (mojibake) but cannot be recovered; kept as it was"});
      continue;
    }
    if (total < kMinimumEvidence) {
      result.findings.push_back({Finding::Kind::TooLittleEvidence, l.number, column,
                                 "text may be mis-decoded (mojibake), but the file holds too little evidence to "
                                 "repair it; kept as it was"});
      continue;
    }
    result.findings.push_back({Finding::Kind::Repaired, l.number, column,
                               std::string("repaired text that had been mis-decoded as ") + codePageName(l.reversed.pageFits, fileFits) +
                                   " (mojibake)"});
    for (Finding f : d.restored) {
      f.line = l.number;
      result.findings.push_back(std::move(f));
    }
    result.text.append(text.substr(copied, l.begin - copied));
    result.text += d.text;
    copied = l.end;
    result.changed = true;
  }
  result.text.append(text.substr(copied));
  return result;
}

}  // namespace jobname::markdown
