#include "core/text/utf8.h"

#include <cstring>

namespace jobname::text {

namespace {
bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the well-formed sequence starting at pos, or 0 when it is malformed.
std::size_t sequenceLength(std::string_view s, std::size_t pos) {
  const auto c0 = static_cast<unsigned char>(s[pos]);
  std::size_t len = 0;
  char32_t min = 0;
  if (c0 < 0x80) return 1;
  if ((c0 & 0xE0) == 0xC0) { len = 2; min = 0x80; }
  else if ((c0 & 0xF0) == 0xE0) { len = 3; min = 0x800; }
  else if ((c0 & 0xF8) == 0xF0) { len = 4; min = 0x10000; }
  else return 0;
  if (pos + len > s.size()) return 0;
  char32_t cp = c0 & (0x7F >> len);
  for (std::size_t i = 1; i < len; ++i) {
    const auto c = static_cast<unsigned char>(s[pos + i]);
    if (!isContinuation(c)) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}
}  // namespace

char32_t decodeUtf8(std::string_view s, std::size_t& pos) {
  const std::size_t len = sequenceLength(s, pos);
  if (len == 0) { ++pos; return kReplacementChar; }
  const auto c0 = static_cast<unsigned char>(s[pos]);
  char32_t cp = len == 1 ? c0 : (c0 & (0x7F >> len));
  for (std::size_t i = 1; i < len; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  pos += len;
  return cp;
}

void appendUtf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::u32string toUtf32(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) out += decodeUtf8(s, pos);
  return out;
}

std::string toUtf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 2);
  for (char32_t cp : s) appendUtf8(out, cp);
  return out;
}

std::size_t firstInvalidUtf8(std::string_view s) { return scanUtf8(s).firstInvalid; }

Utf8Scan scanUtf8(std::string_view s) {
  Utf8Scan scan;
  // The well-formed byte sequences of Unicode 6.0+ (Table 3-7), checked by ranges.
  const auto* b = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  auto cont = [&](std::size_t i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return i < n && b[i] >= lo && b[i] <= hi;
  };
  std::size_t pos = 0;
  while (pos < n) {
    // Runs of ASCII, eight bytes at a time: most of a record is ASCII Markdown.
    while (pos + 8 <= n) {
      std::uint64_t block;
      std::memcpy(&block, b + pos, 8);
      if (block & 0x8080808080808080ull) break;
      pos += 8;
    }
    if (pos >= n) break;
    const unsigned char c = b[pos];
    if (c < 0x80) {
      ++pos;
    } else if (c >= 0xC2 && c <= 0xDF) {
      if (!cont(pos + 1)) { scan.firstInvalid = pos; return scan; }
      // U+00C0..U+00FF, and Windows-1254's Ğ ğ (C4 9E, C4 9F), İ (C4 B0), Ş (C5 9E)
      const unsigned char next = b[pos + 1];
      scan.mayBeMisdecoded |= c == 0xC3 || (c == 0xC4 && (next == 0x9E || next == 0x9F || next == 0xB0)) ||
                              (c == 0xC5 && next == 0x9E);
      pos += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
      if (!cont(pos + 1, lo, hi) || !cont(pos + 2)) { scan.firstInvalid = pos; return scan; }
      pos += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      const unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
      if (!cont(pos + 1, lo, hi) || !cont(pos + 2) || !cont(pos + 3)) { scan.firstInvalid = pos; return scan; }
      pos += 4;
    } else {
      scan.firstInvalid = pos;
      return scan;
    }
  }
  return scan;
}

}  // namespace jobname::text
