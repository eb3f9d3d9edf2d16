#include "core/reading/html_tags.h"

#include <cctype>

#include "core/text/utf8.h"

extern "C" {
#include "entity.h"  // md4c's table of named character references
}

namespace jobname::reading {

namespace {
bool isNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' || c == '.'; }
bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
}  // namespace

const std::string* HtmlTag::attribute(std::string_view name) const {
  for (const auto& [key, value] : attributes) {
    if (key == name) return &value;
  }
  return nullptr;
}

bool readHtmlTag(std::string_view text, std::size_t pos, HtmlTag& tag) {
  tag = HtmlTag{};
  if (pos >= text.size() || text[pos] != '<') return false;
  if (text.substr(pos, 4) == "<!--") {
    const std::size_t end = text.find("-->", pos + 4);
    if (end == std::string_view::npos) return false;
    tag.name = "!--";
    tag.source = text.substr(pos, end + 3 - pos);
    return true;
  }
  std::size_t i = pos + 1;
  if (i < text.size() && text[i] == '/') {
    tag.closing = true;
    ++i;
  }
  if (i >= text.size() || !std::isalpha(static_cast<unsigned char>(text[i]))) return false;
  while (i < text.size() && isNameChar(text[i])) tag.name += lower(text[i++]);
  while (true) {
    while (i < text.size() && isSpace(text[i])) ++i;
    if (i >= text.size()) return false;
    if (text[i] == '>') break;
    if (text[i] == '/' && i + 1 < text.size() && text[i + 1] == '>') {
      tag.selfClosing = true;
      ++i;
      break;
    }
    if (text[i] == '<' || text[i] == '"' || text[i] == '\'' || text[i] == '=') return false;
    std::string name;
    while (i < text.size() && !isSpace(text[i]) && text[i] != '>' && text[i] != '=' && text[i] != '<' &&
           !(text[i] == '/' && i + 1 < text.size() && text[i + 1] == '>')) {
      name += lower(text[i++]);
    }
    while (i < text.size() && isSpace(text[i])) ++i;
    std::string value;
    if (i < text.size() && text[i] == '=') {
      ++i;
      while (i < text.size() && isSpace(text[i])) ++i;
      if (i >= text.size()) return false;
      if (text[i] == '"' || text[i] == '\'') {
        const char quote = text[i];
        const std::size_t end = text.find(quote, i + 1);
        if (end == std::string_view::npos) return false;
        value = decodeCharacterReferences(text.substr(i + 1, end - i - 1));
        i = end + 1;
      } else {
        const std::size_t start = i;
        while (i < text.size() && !isSpace(text[i]) && text[i] != '>') ++i;
        value = decodeCharacterReferences(text.substr(start, i - start));
      }
    }
    tag.attributes.emplace_back(std::move(name), std::move(value));
  }
  tag.source = text.substr(pos, i + 1 - pos);
  return true;
}

std::size_t decodeCharacterReference(std::string_view text, std::size_t pos, std::string& out) {
  if (pos + 2 >= text.size() || text[pos] != '&') return 0;
  const std::size_t semicolon = text.find(';', pos + 1);
  if (semicolon == std::string_view::npos || semicolon - pos > 40) return 0;
  const std::string_view body = text.substr(pos + 1, semicolon - pos - 1);
  if (body.empty()) return 0;
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return 0;
    char32_t cp = 0;
    for (char c : digits) {
      const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                    : hex && std::isxdigit(static_cast<unsigned char>(c)) ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                                                                        : -1;
      if (d < 0) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
    }
    // As HTML does: NUL, surrogates and what lies beyond Unicode become U+FFFD.
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = text::kReplacementChar;
    text::appendUtf8(out, cp);
    return semicolon + 1 - pos;
  }
  // md4c's table is keyed by the whole reference, '&' and ';' included.
  const entity* found = entity_lookup(text.data() + pos, semicolon + 1 - pos);
  if (!found) return 0;
  text::appendUtf8(out, found->codepoints[0]);
  if (found->codepoints[1]) text::appendUtf8(out, found->codepoints[1]);
  return semicolon + 1 - pos;
}

std::string decodeCharacterReferences(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '&') {
      if (const std::size_t n = decodeCharacterReference(text, i, out)) {
        i += n;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

bool isSafeLinkTarget(std::string_view target) {
  std::size_t start = 0;
  while (start < target.size() && static_cast<unsigned char>(target[start]) <= ' ') ++start;
  target.remove_prefix(start);
  // A scheme is letters up to a ':' that comes before any '/', '?' or '#'. Browsers drop tabs and
  // line breaks anywhere in an address ("java\tscript:"), so they are skipped here too.
  std::string scheme;
  for (char c : target) {
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (c == ':') {
      return scheme == "http" || scheme == "https" || scheme == "mailto";
    }
    if (c == '/' || c == '?' || c == '#') return true;  // relative: no scheme
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return true;
    scheme += lower(c);
  }
  return true;
}

}  // namespace jobname::reading
