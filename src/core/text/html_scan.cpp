#include "core/text/html_scan.h"

#include <algorithm>
#include <cstring>

#include "core/text/utf8.h"

namespace jobname::text {

namespace {
bool isAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiAlnum(char c) { return isAsciiAlpha(c) || isAsciiDigit(c); }
char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool endsTagName(char c) { return isHtmlSpace(c) || c == '/' || c == '>'; }

constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD: what the tokenizer makes of NUL

void appendNameChar(std::string& name, char c) {
  if (c == '\0') name += kReplacement;
  else name += asciiLower(c);
}

// The named references (of the 2,231 HTML5 has) whose text holds an ASCII character: the only ones
// that can spell a scheme, a colon or CSS syntax. Names without ';' are the legacy forms.
struct NamedReference {
  const char* name;
  const char* text;
};
constexpr NamedReference kNamedReferences[] = {
    {"AMP", "&"}, {"AMP;", "&"}, {"DiacriticalGrave;", "`"}, {"GT", ">"}, {"GT;", ">"}, {"Hat;", "^"},
    {"LT", "<"}, {"LT;", "<"}, {"NewLine;", "\n"}, {"QUOT", "\""}, {"QUOT;", "\""}, {"Tab;", "\t"},
    {"UnderBar;", "_"}, {"VerticalLine;", "|"}, {"amp", "&"}, {"amp;", "&"}, {"apos;", "'"}, {"ast;", "*"},
    {"bne;", "=\xE2\x83\xA5"}, {"bsol;", "\\"}, {"colon;", ":"}, {"comma;", ","}, {"commat;", "@"},
    {"dollar;", "$"}, {"equals;", "="}, {"excl;", "!"}, {"fjlig;", "fj"}, {"grave;", "`"}, {"gt", ">"},
    {"gt;", ">"}, {"lbrace;", "{"}, {"lbrack;", "["}, {"lcub;", "{"}, {"lowbar;", "_"}, {"lpar;", "("},
    {"lsqb;", "["}, {"lt", "<"}, {"lt;", "<"}, {"midast;", "*"}, {"num;", "#"}, {"nvgt;", ">\xE2\x83\x92"},
    {"nvlt;", "<\xE2\x83\x92"}, {"percnt;", "%"}, {"period;", "."}, {"plus;", "+"}, {"quest;", "?"},
    {"quot", "\""}, {"quot;", "\""}, {"rbrace;", "}"}, {"rbrack;", "]"}, {"rcub;", "}"}, {"rpar;", ")"},
    {"rsqb;", "]"}, {"semi;", ";"}, {"sol;", "/"}, {"verbar;", "|"}, {"vert;", "|"},
};

// The longest named reference written at `at` (just after '&'), or null.
const NamedReference* namedReferenceAt(std::string_view text, std::size_t at) {
  const NamedReference* best = nullptr;
  std::size_t bestLength = 0;
  for (const auto& reference : kNamedReferences) {
    const std::size_t length = std::strlen(reference.name);
    if (length > bestLength && text.compare(at, length, reference.name) == 0) {
      best = &reference;
      bestLength = length;
    }
  }
  return best;
}

// A numeric reference at `at` ("&#..."): appends what it stands for and returns where it ends, or
// returns `at` when no digit follows (then it is text).
std::size_t decodeNumericReference(std::string_view text, std::size_t at, std::string& out) {
  std::size_t p = at + 2;
  const bool hex = p < text.size() && (text[p] == 'x' || text[p] == 'X');
  if (hex) ++p;
  const std::size_t digits = p;
  std::uint32_t value = 0;
  for (; p < text.size(); ++p) {
    const char c = text[p];
    int digit = -1;
    if (isAsciiDigit(c)) digit = c - '0';
    else if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    else if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
    if (digit < 0) break;
    value = std::min<std::uint32_t>(value * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit), 0x110000);
  }
  if (p == digits) return at;
  if (p < text.size() && text[p] == ';') ++p;
  // Zero, beyond Unicode and surrogates become U+FFFD, as in a browser. (Browsers also map
  // &#128;..&#159; through Windows-1252; none of those is ASCII, so it makes no difference here.)
  const bool invalid = value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF);
  appendUtf8(out, invalid ? kReplacementChar : static_cast<char32_t>(value));
  return p;
}
}  // namespace

bool isHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

std::string decodeCharacterReferences(std::string_view text) {
  std::string out;
  appendDecoded(out, text);
  return out;
}

void appendDecoded(std::string& out, std::string_view text) {
  out.reserve(out.size() + text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, amp - i));
    i = amp + 1;
    if (i < text.size() && text[i] == '#') {
      const std::size_t end = decodeNumericReference(text, amp, out);
      if (end != amp) {
        i = end;
        continue;
      }
    } else if (i < text.size() && isAsciiAlnum(text[i])) {
      if (const NamedReference* reference = namedReferenceAt(text, i)) {
        const std::size_t length = std::strlen(reference->name);
        const std::size_t next = i + length;
        const bool legacy = reference->name[length - 1] != ';';
        if (!(legacy && next < text.size() && (text[next] == '=' || isAsciiAlnum(text[next])))) {
          out += reference->text;
          i = next;
          continue;
        }
      }
    }
    out += '&';
  }
}

std::string urlScheme(std::string_view url) {
  std::string scheme;
  for (const char c : url) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F) continue;
    if (c == ':') return scheme;
    const bool fits = scheme.empty() ? isAsciiAlpha(c) : (isAsciiAlnum(c) || c == '+' || c == '-' || c == '.');
    if (!fits) return {};
    scheme += asciiLower(c);
  }
  return {};
}

HtmlTagReader::HtmlTagReader(std::string_view text, bool joinEarlierReads)
    : text_(text), join_(joinEarlierReads), attributeSeen_(joinEarlierReads ? text.size() : 0, 0) {}

// A tag name runs to the first space, '/' or '>' wherever it starts, so the end found for one name
// serves every name that starts inside it ("<a<a<a<a..." is read once, not once per '<').
std::size_t HtmlTagReader::tagNameEnd(std::size_t from) {
  if (!nameEndCached_ || from < nameStartCache_ || from > nameEndCache_) {
    std::size_t end = from;
    while (end < text_.size() && !endsTagName(text_[end])) ++end;
    work_ += end - from;
    nameStartCache_ = from;
    nameEndCache_ = end;
    nameEndCached_ = true;
  }
  return nameEndCache_;
}

std::optional<HtmlTag> HtmlTagReader::read(std::size_t lt, const AttributeVisitor& visit) {
  const std::string_view t = text_;
  const std::size_t n = t.size();
  if (lt + 1 >= n || t[lt] != '<') return std::nullopt;
  HtmlTag tag;
  tag.begin = lt;
  std::size_t p = lt + 1;
  if (t[p] == '/') {
    tag.endTag = true;
    ++p;
  }
  if (p >= n || !isAsciiAlpha(t[p])) return std::nullopt;

  const std::size_t nameStart = p;
  while (p < n && !endsTagName(t[p]) && p - nameStart < kMaxKeptTagName) ++p;
  work_ += p - nameStart;
  tag.name.assign(t.substr(nameStart, p - nameStart));
  for (char& c : tag.name) c = asciiLower(c);
  if (tag.name.find('\0') != std::string::npos) {  // rare: each NUL is U+FFFD to the tokenizer
    std::string name;
    for (const char c : tag.name) appendNameChar(name, c);
    tag.name = std::move(name);
  }
  if (p < n && !endsTagName(t[p])) {
    tag.nameCut = true;
    p = tagNameEnd(p);
  }

  // One attribute at a time, handed to `visit` (or kept in the tag) once it is complete.
  HtmlAttribute& attribute = current_;
  bool pending = false;
  auto finishAttribute = [&] {
    if (!pending) return;
    pending = false;
    if (visit) visit(tag, attribute);
    else tag.attributes.push_back(attribute);
  };
  auto startAttribute = [&](std::size_t at) {
    finishAttribute();
    if (join_) {
      if (attributeSeen_[at]) {
        tag.joinedAt = at;
        tag.end = at;
        return false;
      }
      attributeSeen_[at] = 1;
    }
    attribute.name.clear();
    attribute.value.clear();
    attribute.hasValue = false;
    attribute.offset = at;
    pending = true;
    return true;
  };
  auto closeAt = [&](std::size_t end) {
    finishAttribute();
    tag.end = end;
    return std::move(tag);
  };
  auto setValue = [&](std::string_view raw) {
    appendDecoded(attribute.value, raw);
    for (std::size_t at = attribute.value.find('\0'); at != std::string::npos; at = attribute.value.find('\0', at)) {
      attribute.value.replace(at, 1, kReplacement);
    }
  };

  enum class State { BeforeName, Name, AfterName, BeforeValue, AfterQuotedValue, SelfClosing };
  State state = State::BeforeName;
  while (p < n) {
    const char c = t[p];
    ++work_;
    switch (state) {
      case State::BeforeName:
        if (isHtmlSpace(c)) { ++p; break; }
        if (c == '/') { state = State::SelfClosing; ++p; break; }
        if (c == '>') return closeAt(p + 1);
        if (!startAttribute(p)) return tag;
        if (c == '=') { attribute.name += '='; ++p; }  // "=x" is an attribute named "=x"
        state = State::Name;
        break;
      case State::Name:
        if (endsTagName(c)) { state = State::AfterName; break; }
        if (c == '=') { attribute.hasValue = true; state = State::BeforeValue; ++p; break; }
        appendNameChar(attribute.name, c);
        ++p;
        break;
      case State::AfterName:
        if (isHtmlSpace(c)) { ++p; break; }
        if (c == '/') { state = State::SelfClosing; ++p; break; }
        if (c == '=') { attribute.hasValue = true; state = State::BeforeValue; ++p; break; }
        if (c == '>') return closeAt(p + 1);
        if (!startAttribute(p)) return tag;
        state = State::Name;
        break;
      case State::BeforeValue:
        if (isHtmlSpace(c)) { ++p; break; }
        if (c == '>') return closeAt(p + 1);  // "x=>": an empty value
        if (c == '"' || c == '\'') {
          const std::size_t close = t.find(c, p + 1);
          const std::size_t valueEnd = close == std::string_view::npos ? n : close;
          setValue(t.substr(p + 1, valueEnd - p - 1));
          work_ += valueEnd - p;
          p = close == std::string_view::npos ? n : close + 1;
          state = State::AfterQuotedValue;
        } else {  // unquoted: to the next space or '>'
          std::size_t valueEnd = p;
          while (valueEnd < n && !isHtmlSpace(t[valueEnd]) && t[valueEnd] != '>') ++valueEnd;
          setValue(t.substr(p, valueEnd - p));
          work_ += valueEnd - p;
          p = valueEnd;
          state = State::BeforeName;
        }
        break;
      case State::AfterQuotedValue:
        if (isHtmlSpace(c)) { state = State::BeforeName; ++p; break; }
        if (c == '/') { state = State::SelfClosing; ++p; break; }
        if (c == '>') return closeAt(p + 1);
        state = State::BeforeName;  // '<a x="1"y=2>': y starts right here
        break;
      case State::SelfClosing:
        if (c == '>') return closeAt(p + 1);
        state = State::BeforeName;
        break;
    }
  }
  return closeAt(n);
}

namespace {
bool startsWith(std::string_view text, std::size_t at, std::string_view prefix) { return text.compare(at, prefix.size(), prefix) == 0; }

// Where the raw text of a script, style... ends: at its end tag ("</style" then a space, '/' or
// '>', in any case), or at the end of the text.
std::size_t rawTextEnd(std::string_view text, std::size_t from, const std::string& name) {
  for (std::size_t at = text.find("</", from); at != std::string_view::npos; at = text.find("</", at + 2)) {
    const std::size_t after = at + 2 + name.size();
    if (after > text.size()) break;
    bool same = true;
    for (std::size_t i = 0; i < name.size() && same; ++i) same = asciiLower(text[at + 2 + i]) == name[i];
    if (same && (after == text.size() || endsTagName(text[after]))) return at;
  }
  return text.size();
}

std::size_t pastNext(std::string_view text, std::size_t from, char c) {
  const std::size_t at = text.find(c, from);
  return at == std::string_view::npos ? text.size() : at + 1;
}

// A comment opened at `at` ("<!--"): where it ends, as the tokenizer's comment states decide.
std::size_t commentEnd(std::string_view text, std::size_t at) {
  std::size_t p = at + 4;
  if (startsWith(text, p, ">")) return p + 1;   // "<!-->"
  if (startsWith(text, p, "->")) return p + 2;  // "<!--->"
  for (std::size_t dash = text.find("--", p); dash != std::string_view::npos; dash = text.find("--", dash + 1)) {
    if (startsWith(text, dash + 2, ">")) return dash + 3;
    if (startsWith(text, dash + 2, "!>")) return dash + 4;
  }
  return text.size();
}
}  // namespace

std::vector<HtmlTag> readHtmlTags(std::string_view text) {
  static const char* const kRawText[] = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"};
  std::vector<HtmlTag> tags;
  HtmlTagReader reader(text);
  std::size_t p = 0;
  while (p < text.size()) {
    const std::size_t lt = text.find('<', p);
    if (lt == std::string_view::npos || lt + 1 >= text.size()) break;
    const char next = text[lt + 1];
    if (next == '!') {
      p = startsWith(text, lt, "<!--") ? commentEnd(text, lt) : pastNext(text, lt + 2, '>');
    } else if (next == '?') {
      p = pastNext(text, lt + 2, '>');
    } else if (auto tag = reader.read(lt)) {
      p = tag->end;
      if (!tag->endTag) {
        if (tag->name == "plaintext") p = text.size();
        for (const char* raw : kRawText) {
          if (tag->name == raw) p = rawTextEnd(text, p, tag->name);
        }
      }
      tags.push_back(std::move(*tag));
    } else if (next == '/') {  // "</>" is dropped; "</" then anything but a letter is a bogus comment
      p = lt + 2 < text.size() ? pastNext(text, lt + 2, '>') : text.size();
    } else {
      p = lt + 1;
    }
  }
  return tags;
}

}  // namespace jobname::text
