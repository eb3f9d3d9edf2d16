// Folding text for searching what people type: ASCII case, Persian (۱۴۰۴) and Arabic-Indic (١٤٠٤)
// digits as Latin ones, Arabic letter variants as the Persian letters (ي/ی, ك/ک, ة/ه, أ/ا...),
// and marks that change nothing one reads (tatweel, harakat, ZWNJ) left out. Not Unicode case
// mapping or normalisation; the stored text is never changed, only compared folded.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jobname::text {

// The character `cp` stands for when searching, or 0 when it is left out.
char32_t foldForSearch(char32_t cp);

// "Snapp ۱۴۰۴ كار" -> "snapp 1404 کار".
std::string foldForSearch(std::string_view text);

// The folded text with, for each of its bytes, the offset in the original of the character it
// came from (one more entry: the original's size), so a hit found in the folded text can be
// shown where it was written.
struct FoldedText {
  std::string text;
  std::vector<std::size_t> source;
};
FoldedText foldForSearchMapped(std::string_view text);

// Where `needle` occurs in `text`, both folded: the byte span in `text` as written (covering
// whole characters), or offset npos when it does not.
struct SearchHit {
  std::size_t offset = std::string_view::npos;
  std::size_t length = 0;
  bool found() const { return offset != std::string_view::npos; }
};
SearchHit findFolded(std::string_view text, std::string_view needle);

}  // namespace jobname::text
