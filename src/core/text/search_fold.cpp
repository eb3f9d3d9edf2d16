#include "core/text/search_fold.h"

#include "core/text/utf8.h"

namespace jobname::text {

char32_t foldForSearch(char32_t cp) {
  if (cp >= U'A' && cp <= U'Z') return cp - U'A' + U'a';
  if (cp >= 0x06F0 && cp <= 0x06F9) return U'0' + (cp - 0x06F0);  // Persian digits
  if (cp >= 0x0660 && cp <= 0x0669) return U'0' + (cp - 0x0660);  // Arabic-Indic digits
  if (cp >= 0x064B && cp <= 0x065F) return 0;                       // harakat: vowel marks
  switch (cp) {
    case 0x064A: case 0x0649: case 0x0626: return 0x06CC;  // Arabic yeh, alef maksura, yeh with hamza -> Persian yeh
    case 0x0643: return 0x06A9;                            // Arabic kaf -> Persian keheh
    case 0x0629: case 0x06C0: case 0x06D5: return 0x0647;  // teh marbuta, heh with yeh, ae -> heh
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 0x0627;  // alef with hamza, madda, wasla -> alef
    case 0x0624: return 0x0648;                            // waw with hamza -> waw
    case 0x00A0: return U' ';                              // no-break space
    case 0x0640: case 0x0670: case 0x200C: case 0x200D: case 0x200E: case 0x200F: return 0;  // tatweel, superscript alef, ZWNJ, ZWJ, marks
    default: return cp;
  }
}

FoldedText foldForSearchMapped(std::string_view text) {
  FoldedText out;
  out.text.reserve(text.size());
  out.source.reserve(text.size() + 1);
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const char32_t cp = foldForSearch(decodeUtf8(text, pos));
    if (cp == 0) continue;
    const std::size_t before = out.text.size();
    appendUtf8(out.text, cp);
    out.source.insert(out.source.end(), out.text.size() - before, start);
  }
  out.source.push_back(text.size());
  return out;
}

std::string foldForSearch(std::string_view text) {
  // The common case, plain ASCII, without decoding.
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      out += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte);
      ++pos;
      continue;
    }
    if (const char32_t cp = foldForSearch(decodeUtf8(text, pos))) appendUtf8(out, cp);
  }
  return out;
}

SearchHit findFolded(std::string_view text, std::string_view needle) {
  const std::string foldedNeedle = foldForSearch(needle);
  if (foldedNeedle.empty()) return {};
  const FoldedText folded = foldForSearchMapped(text);
  const std::size_t at = folded.text.find(foldedNeedle);
  if (at == std::string::npos) return {};
  // The hit ends with the character its last folded byte came from.
  std::size_t sourceEnd = folded.source[at + foldedNeedle.size() - 1];
  decodeUtf8(text, sourceEnd);
  return {folded.source[at], sourceEnd - folded.source[at]};
}

}  // namespace jobname::text
