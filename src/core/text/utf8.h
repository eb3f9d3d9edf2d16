// UTF-8 decoding and encoding of code points, and validation with the place of the first bad byte.
// Not a Unicode library: no normalisation, no case mapping, no grapheme clusters.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jobname::text {

constexpr char32_t kReplacementChar = 0xFFFD;
// U+FEFF at the start of a file: kept as written, read past.
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Decodes one code point at `pos`, advancing it. Malformed input yields U+FFFD and advances one byte.
char32_t decodeUtf8(std::string_view s, std::size_t& pos);
void appendUtf8(std::string& out, char32_t cp);

std::u32string toUtf32(std::string_view s);
std::string toUtf8(std::u32string_view s);

// Offset of the first byte that is not part of well-formed UTF-8, or npos when all is valid.
std::size_t firstInvalidUtf8(std::string_view s);

struct Utf8Scan {
  std::size_t firstInvalid = std::string_view::npos;
  // A character that Windows-1252 or -1254 decodes a UTF-8 lead byte to (Â..ô, Ğ İ Ş ğ): the
  // trace every mis-decoded text leaves (see markdown/mojibake).
  bool mayBeMisdecoded = false;
};
// One pass that validates and notes whether such characters occur.
Utf8Scan scanUtf8(std::string_view s);

}  // namespace jobname::text
