// Reading the HTML that jobname records hold, for display: one tag at a time (name, attributes,
// opening or closing) and character references (&nbsp; &#x6F4;). Not an HTML parser: no tree,
// no error recovery beyond "this is not a tag, it is text"; what a tag means is up to the caller.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jobname::reading {

struct HtmlTag {
  std::string name;  // lower case: "details", "br"; "!--" for a comment
  bool closing = false;      // </p>
  bool selfClosing = false;  // <br />
  std::vector<std::pair<std::string, std::string>> attributes;  // names lower case, values decoded
  std::string_view source;   // the tag as written
  const std::string* attribute(std::string_view name) const;
};

// Reads the tag (or comment) that starts at `pos` (text[pos] == '<'). Returns false when what
// stands there is not a tag (a lone '<', "a < b"): the caller shows it as text.
bool readHtmlTag(std::string_view text, std::size_t pos, HtmlTag& tag);

// Decodes the character reference at `pos` (text[pos] == '&') into `out`, returning its length
// in `text`; 0 when it is not one (the '&' is then plain text).
std::size_t decodeCharacterReference(std::string_view text, std::size_t pos, std::string& out);

// All character references in `text` decoded.
std::string decodeCharacterReferences(std::string_view text);

// An address a reader may be offered: http(s), mailto, or relative to the book. Never
// javascript:, data:, vbscript: or any other scheme.
bool isSafeLinkTarget(std::string_view target);

}  // namespace jobname::reading
