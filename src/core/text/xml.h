// Text made safe to place in XML/SVG content and attribute values: markup characters escaped, and
// the characters XML 1.0 does not allow (controls other than tab and line breaks, U+FFFE, U+FFFF,
// broken UTF-8) written as U+FFFD, so the document stays well-formed and every reader opens it.
#pragma once
#include <string>
#include <string_view>

namespace jobname::text {

std::string escapeXml(std::string_view text);

// Whether XML 1.0 allows the character in a document (its Char production).
bool isXmlChar(char32_t c);

}  // namespace jobname::text
