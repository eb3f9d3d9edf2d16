#include "core/insights/active_content.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>

#include "core/text/utf8.h"

namespace jobname::insights {

namespace {
// What the jobname format writes, as the corpus of the public book shows it, and a few text-level
// tags that cannot load or run anything. Everything else is reported.
constexpr std::string_view kAllowedTags[] = {
    "a",  "b",  "blockquote", "br", "code", "del", "details", "div",   "em",    "h1",    "h2",    "h3",      "h4",
    "h5", "h6", "hr",         "i",  "img",  "ins", "kbd",     "li",    "mark",  "ol",    "p",     "pre",     "s",
    "small", "source", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "th", "thead", "tr",
    "u",  "ul", "video"};
// Attributes allowed on any of those tags: each is inert or checked (href, src, style).
constexpr std::string_view kAllowedAttributes[] = {
    "align", "alt", "autoplay", "colspan", "controls", "dir", "height", "href", "lang", "loop", "muted",
    "open", "rel", "reversed", "rowspan", "src", "start", "style", "target", "title", "type", "width"};
// style= as the format writes it (the score's <mark>, coloured answers, image sizes): colours,
// spacing, sizes and alignment; nothing that positions, loads or binds.
constexpr std::string_view kAllowedStyleProperties[] = {
    "background-color", "border-radius", "color", "display", "font-size", "font-style", "font-weight", "height",
    "margin", "margin-bottom", "margin-left", "margin-right", "margin-top", "max-width", "padding", "padding-bottom",
    "padding-left", "padding-right", "padding-top", "text-align", "text-decoration", "vertical-align", "width"};
constexpr std::string_view kAllowedStyleFunctions[] = {"hsl", "hsla", "rgb", "rgba"};

template <std::size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

bool isAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiAlnum(char c) { return isAsciiAlpha(c) || (c >= '0' && c <= '9'); }
char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// A name a browser could give meaning to: a letter, then letters, digits and '-'. Any other name
// ("color:#fff;", "https:", "john@x.com") is an element or attribute nothing knows: inert.
bool isMeaningfulName(std::string_view name) {
  if (name.empty() || !(name[0] >= 'a' && name[0] <= 'z')) return false;
  return std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool isBidiControl(char32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// A piece of hostile text fit to print in a message: one line, at most `maxBytes`, no control or
// bidi characters (they would reorder or hide the message around it), cut on a character boundary.
std::string printable(std::string_view text, std::size_t maxBytes = 48) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size() && out.size() < maxBytes) {
    const char32_t c = text::decodeUtf8(text, pos);
    if (c == '\n' || c == '\r') break;
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) out += ' ';
    else if (isBidiControl(c)) text::appendUtf8(out, text::kReplacementChar);
    else text::appendUtf8(out, c);
  }
  if (pos < text.size() && text[pos] != '\n' && text[pos] != '\r') out += "…";
  return out;
}

std::string trimmed(std::string_view s) {
  const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
  return std::string(s);
}

// One style value: words, numbers, #colours, percentages and rgb()/hsl() colours only. That leaves
// out url(), expression(), image-set(), CSS escapes ('\'), comments, quotes and at-rules.
std::string styleValueProblem(std::string_view value) {
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c == '(') {
      std::size_t start = i;
      while (start > 0 && (isAsciiAlnum(value[start - 1]) || value[start - 1] == '-')) --start;
      std::string function(value.substr(start, i - start));
      for (char& f : function) f = asciiLower(f);
      if (!contains(kAllowedStyleFunctions, function)) return "the CSS function '" + printable(function) + "(' is not allowed";
      const std::size_t close = value.find(')', i);
      if (close == std::string_view::npos || value.substr(i + 1, close - i - 1).find('(') != std::string_view::npos) {
        return "unbalanced parentheses";
      }
      continue;
    }
    const bool plain = isAsciiAlnum(c) || c == ' ' || c == '\t' || c == '#' || c == '%' || c == '.' || c == ',' ||
                       c == ')' || c == '+' || c == '-' || c == '!';
    if (!plain) return "the character '" + printable(value.substr(i, 1)) + "' in '" + printable(value, 32) + "' is not allowed";
  }
  return {};
}

std::string styleProblem(std::string_view style) {
  std::size_t start = 0;
  while (start <= style.size()) {
    const std::size_t end = std::min(style.find(';', start), style.size());
    const std::string declaration = trimmed(style.substr(start, end - start));
    start = end + 1;
    if (declaration.empty()) continue;
    const std::size_t colon = declaration.find(':');
    if (colon == std::string::npos) return "'" + printable(declaration, 32) + "' is not a CSS declaration";
    std::string property = trimmed(std::string_view(declaration).substr(0, colon));
    for (char& c : property) c = asciiLower(c);
    if (!contains(kAllowedStyleProperties, property)) return "the CSS property '" + printable(property, 32) + "' is not one the jobname format uses";
    if (std::string why = styleValueProblem(trimmed(std::string_view(declaration).substr(colon + 1))); !why.empty()) return why;
  }
  return {};
}

bool isAllowedLinkScheme(const std::string& scheme) { return scheme.empty() || scheme == "http" || scheme == "https" || scheme == "mailto"; }
bool isAllowedSourceScheme(const std::string& scheme) { return scheme.empty() || scheme == "http" || scheme == "https"; }

// Whether an attribute breaks the allow-list, and why in `why` when asked (a text built to hold a
// million attributes makes the reason worth building only for those reported).
bool attributeProblem(const text::HtmlAttribute& attribute, std::string* why) {
  const std::string& name = attribute.name;
  auto problem = [&](const std::function<std::string()>& reason) {
    if (why) *why = reason();
    return true;
  };
  if (name.size() >= 2 && name.compare(0, 2, "on") == 0) return problem([&] { return "the " + printable(name, 32) + " attribute runs a script"; });
  if (!isMeaningfulName(name)) return false;
  if (!contains(kAllowedAttributes, name)) return problem([&] { return "the " + name + " attribute is not one the jobname format uses"; });
  if (name == "href") {
    const std::string scheme = text::urlScheme(attribute.value);
    if (!isAllowedLinkScheme(scheme)) return problem([&] { return "a " + scheme + ": link (only http, https and mailto links are allowed)"; });
  } else if (name == "src") {
    const std::string scheme = text::urlScheme(attribute.value);
    if (!isAllowedSourceScheme(scheme)) return problem([&] { return "a " + scheme + ": source (only http and https are allowed)"; });
  } else if (name == "style") {
    if (std::string reason = styleProblem(attribute.value); !reason.empty()) return problem([&] { return "style=: " + reason; });
  }
  return false;
}

bool tagNameProblem(const text::HtmlTag& tag, std::string* why) {
  if (tag.endTag || !isMeaningfulName(tag.name) || contains(kAllowedTags, tag.name)) return false;
  if (why) *why = "the <" + printable(tag.name, 32) + (tag.nameCut ? "…" : "") + "> tag is not one the jobname format uses";
  return true;
}

// What neutralising does at a byte of the text.
enum class Edit : std::uint8_t {
  None,
  EscapeLessThan,   // '<' -> "&lt;": the tag (or autolink) shows as text
  BackslashBefore,  // '\' inserted: "](" -> "]\(", "]:" -> "]\:", "{{#" -> "\{{#"
  BraceReference,   // '{' -> "&#123;": "{{ #include" that mdBook's escape cannot reach
};

// One pass over a text that reports, or records edits, or both.
class Scanner {
 public:
  Scanner(std::string_view text, ActiveContentScan* report, std::vector<Edit>* edits)
      : text_(text), report_(report), edits_(edits) {}

  void run() {
    scanTags();
    scanMarkdownLinks();
    scanMdbookDirectives();
    if (report_) {
      std::stable_sort(report_->found.begin(), report_->found.end(),
                       [](const ActiveContent& a, const ActiveContent& b) { return a.offset < b.offset; });
    }
  }

 private:
  // Whether a finding now would be reported with its message (the first hundred are).
  bool reporting() const { return report_ && report_->found.size() < kMaxActiveContentReported; }
  void found(std::size_t offset, const std::function<std::string()>& message) {
    if (!report_) return;
    ++report_->count;
    if (report_->found.size() < kMaxActiveContentReported) report_->found.push_back({offset, message()});
  }
  void edit(std::size_t offset, Edit what) {
    if (edits_) (*edits_)[offset] = what;
  }
  std::string excerpt(std::size_t offset) const { return printable(text_.substr(offset)); }

  // "<scheme:...>" as Markdown reads an autolink: a scheme of 2 to 32 characters, then no space or
  // control up to the '>'. Returns the scheme, or empty when it is not one. (Markdown also stops
  // at a '<'; this does not, so that writing a tag inside as "&lt;" cannot make an autolink.)
  std::string autolinkScheme(std::size_t lt) const {
    std::size_t p = lt + 1;
    std::string scheme;
    while (p < text_.size() && scheme.size() <= 32 && (isAsciiAlnum(text_[p]) || text_[p] == '+' || text_[p] == '.' || text_[p] == '-')) {
      scheme += asciiLower(text_[p++]);
    }
    if (scheme.size() < 2 || scheme.size() > 32 || p >= text_.size() || text_[p] != ':') return {};
    for (++p; p < text_.size(); ++p) {
      const auto c = static_cast<unsigned char>(text_[p]);
      if (c == '>') return scheme;
      if (c <= 0x20 || c == 0x7F) return {};
    }
    return {};
  }

  // Every '<' followed by a letter is read as the tag a browser would read there, whatever comes
  // before it: inside another tag's attribute, a comment or code, it is a tag to some reader (a
  // Markdown renderer passes raw HTML on and escapes what it does not take for a tag).
  void scanTags() {
    text::HtmlTagReader reader(text_, /*joinEarlierReads=*/true);
    std::vector<std::uint8_t> problemAfter(text_.size(), 0);  // at attribute starts: a problem from there to the tag's end
    bool problem = false;         // in the tag being read
    std::size_t lastProblem = 0;  // the start of its last attribute with a problem, + 1 (0: none)
    const text::HtmlTagReader::AttributeVisitor checkAttribute = [&](const text::HtmlTag& tagSoFar, const text::HtmlAttribute& attribute) {
      attributeStarts_.push_back(attribute.offset);
      std::string why;
      if (!attributeProblem(attribute, reporting() ? &why : nullptr)) return;
      found(attribute.offset, [&] { return why + " (in <" + printable(tagSoFar.name, 32) + (tagSoFar.nameCut ? "…" : "") + ">): " + excerpt(attribute.offset); });
      lastProblem = attribute.offset + 1;
      problem = true;
    };
    const std::size_t budget = 32 * text_.size() + 65536;
    for (std::size_t lt = text_.find('<'); lt != std::string_view::npos && lt + 1 < text_.size(); lt = text_.find('<', lt + 1)) {
      if (!isAsciiAlpha(text_[lt + 1])) continue;
      // An autolink is a link to Markdown, and a tag to a browser that gets it raw (inside an
      // HTML block): "<https://x/onclick=alert(1)>" has an onclick attribute there.
      const std::string scheme = autolinkScheme(lt);
      const bool badAutolink = !scheme.empty() && !isAllowedLinkScheme(scheme);
      if (badAutolink) {
        found(lt, [&] { return "a Markdown autolink to " + scheme + ": (only http, https and mailto links are allowed): " + excerpt(lt); });
        edit(lt, Edit::EscapeLessThan);
      }
      if (reader.work() > budget) {
        // Only a text built to overlap tags gets here; what cannot be read in time counts as active.
        found(lt, [&] { return "too many overlapping HTML tags to check: every tag from here on counts as active: " + excerpt(lt); });
        for (std::size_t rest = lt; rest != std::string_view::npos && rest + 1 < text_.size(); rest = text_.find('<', rest + 1)) {
          if (isAsciiAlpha(text_[rest + 1])) edit(rest, Edit::EscapeLessThan);
        }
        return;
      }
      problem = false;
      lastProblem = 0;
      attributeStarts_.clear();
      const auto tag = reader.read(lt, checkAttribute);
      if (!tag || tag->endTag) continue;
      if (std::string why; tagNameProblem(*tag, reporting() ? &why : nullptr)) {
        found(lt, [&] { return why + ": " + excerpt(lt); });
        problem = true;
      }
      // A tag that joined an earlier read has that read's attributes from there on.
      const bool inherited = tag->joinedAt != std::string_view::npos && problemAfter[tag->joinedAt];
      problem |= inherited;
      for (const std::size_t start : attributeStarts_) problemAfter[start] = inherited || start < lastProblem;
      if (problem || badAutolink) edit(lt, Edit::EscapeLessThan);
    }
  }

  // A link destination's scheme as a Markdown renderer reads it, starting at `at`: spaces and one
  // line break skipped, an optional '<', backslash escapes and character references decoded. Read
  // only as far as a scheme can go, so that each "](" costs the length of its own scheme.
  std::string destinationScheme(std::size_t at) const {
    std::size_t p = at;
    bool newline = false;
    while (p < text_.size() && (text_[p] == ' ' || text_[p] == '\t' || (!newline && (text_[p] == '\n' || text_[p] == '\r')))) {
      newline |= text_[p] == '\n';
      ++p;
    }
    const bool angled = p < text_.size() && text_[p] == '<';
    if (angled) ++p;
    std::string raw;
    for (; p < text_.size(); ++p) {
      char c = text_[p];
      if (c == '\\' && p + 1 < text_.size() && std::ispunct(static_cast<unsigned char>(text_[p + 1]))) c = text_[++p];
      const auto u = static_cast<unsigned char>(c);
      // What can still spell a scheme: its characters, references (&#106; &colon;), and the
      // controls (and, between <>, spaces) a URL parser skips.
      const bool mayBeScheme = isAsciiAlnum(c) || c == '+' || c == '.' || c == '-' || c == '&' || c == '#' || c == ';' ||
                               c == ':' || (u < 0x20 && c != '\n' && c != '\r') || u == 0x7F || (angled && c == ' ');
      if (!mayBeScheme) break;
      raw += c;
      if (c == ':') break;
    }
    return text::urlScheme(text::decodeCharacterReferences(raw));
  }

  // "[text](url)", "![alt](url)" and reference definitions "[label]: url".
  void scanMarkdownLinks() {
    for (const char* opener : {"](", "]:"}) {
      for (std::size_t at = text_.find(opener); at != std::string_view::npos; at = text_.find(opener, at + 1)) {
        const std::string scheme = destinationScheme(at + 2);
        if (isAllowedLinkScheme(scheme)) continue;
        found(at + 2, [&] { return "a Markdown link to " + scheme + ": (only http, https and mailto links are allowed): " + excerpt(at); });
        edit(at + 1, Edit::BackslashBefore);
      }
    }
  }

  // mdBook reads "{{#include path}}" (also {{ #include }}, and #rustdoc_include, #playground,
  // #title) in every page before Markdown does, code blocks included: it would copy a file of the
  // machine that builds the book into it. Only "\{{#" is left alone by mdBook.
  void scanMdbookDirectives() {
    for (std::size_t at = text_.find("{{"); at != std::string_view::npos; at = text_.find("{{", at + 1)) {
      std::size_t p = at + 2;
      while (p < text_.size()) {  // mdBook's pattern allows any Unicode space here
        std::size_t next = p;
        const char32_t c = text::decodeUtf8(text_, next);
        const bool space = c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
                           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
        if (!space) break;
        p = next;
      }
      if (p + 1 >= text_.size() || text_[p] != '#' || !(isAsciiAlnum(text_[p + 1]) || text_[p + 1] == '_')) continue;
      const bool direct = p == at + 2;
      if (direct && at > 0 && text_[at - 1] == '\\') continue;
      found(at, [&] { return "an mdBook directive, which would copy files of the computer that builds the book into it: " + excerpt(at); });
      edit(direct ? at : at + 1, direct ? Edit::BackslashBefore : Edit::BraceReference);
    }
  }

  std::string_view text_;
  ActiveContentScan* report_;
  std::vector<Edit>* edits_;
  std::vector<std::size_t> attributeStarts_;  // of the tag being read
};
}  // namespace

std::vector<std::string> htmlTagProblems(const text::HtmlTag& tag) {
  std::vector<std::string> problems;
  if (tag.endTag) return problems;
  if (std::string why; tagNameProblem(tag, &why)) problems.push_back(std::move(why));
  for (const auto& attribute : tag.attributes) {
    if (std::string why; attributeProblem(attribute, &why)) problems.push_back(std::move(why));
  }
  return problems;
}

ActiveContentScan findActiveContent(std::string_view markdown) {
  ActiveContentScan scan;
  Scanner(markdown, &scan, nullptr).run();
  return scan;
}

std::string neutraliseActiveContent(std::string_view markdown) {
  std::vector<Edit> edits(markdown.size(), Edit::None);
  Scanner(markdown, nullptr, &edits).run();
  std::string out;
  out.reserve(markdown.size());
  for (std::size_t i = 0; i < markdown.size(); ++i) {
    switch (edits[i]) {
      case Edit::EscapeLessThan: out += "&lt;"; continue;
      case Edit::BackslashBefore: out += '\\'; break;
      case Edit::BraceReference: out += "&#123;"; continue;
      case Edit::None: break;
    }
    out += markdown[i];
  }
  return out;
}

}  // namespace jobname::insights
