#include "core/text/xml.h"

#include "core/text/utf8.h"

namespace jobname::text {

bool isXmlChar(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

std::string escapeXml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = decodeUtf8(text, pos);  // broken UTF-8 reads as U+FFFD
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: appendUtf8(out, isXmlChar(c) ? c : kReplacementChar);
    }
  }
  return out;
}

}  // namespace jobname::text
