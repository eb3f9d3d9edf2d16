// HTML read the way a browser's tokenizer reads it (the tag and attribute states of the HTML5
// tokenizer): a tag's name, its attributes split on any whitespace or '/', quoted values that may
// hold '>', character references decoded; and the scheme of a URL as a URL parser reads it. Not a
// tree builder (no nesting, no implied tags) and no policy: what is allowed is insights/active_content.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jobname::text {

// Tab, line feed, form feed, carriage return (a line feed once the browser has read it) and space.
bool isHtmlSpace(char c);

struct HtmlAttribute {
  std::string name;         // ASCII lower-cased, as the browser keeps it
  std::string value;        // character references decoded
  std::size_t offset = 0;   // where the name begins in the text
  bool hasValue = false;
};

struct HtmlTag {
  std::size_t begin = 0;  // the '<'
  std::size_t end = 0;    // past the '>', or the end of the text when none closes it (a page around
                          // the text would close it later, so it still counts as a tag)
  std::string name;       // ASCII lower-cased; at most kMaxKeptTagName bytes of a longer name
  bool nameCut = false;   // the name is longer than `name`
  bool endTag = false;
  // Reading stopped at `joinedAt`, where an attribute starts that an earlier read of the same
  // reader already read: from there on this tag is that one (see HtmlTagReader).
  std::size_t joinedAt = std::string_view::npos;
  std::vector<HtmlAttribute> attributes;
};

// The longest tag the format allows has 10 letters; 10 bytes also stay inside a std::string's own
// room (no allocation for each '<' of a text) in wasm's libc++.
constexpr std::size_t kMaxKeptTagName = 10;

// Reads tags out of one text. Each `read` is on its own, except that with `joinEarlierReads` a
// read stops where it reaches an attribute start an earlier read has passed: the tokenizer's state
// there (a new attribute begins) does not depend on how it got there, so the rest is the same.
// That keeps reading a tag at every '<' of a text linear in its size overall.
class HtmlTagReader {
 public:
  explicit HtmlTagReader(std::string_view text, bool joinEarlierReads = false);

  // The tag at `lt`: '<' then an ASCII letter (a start tag), or "</" then one (an end tag). With
  // `visit`, each attribute goes to it as it is read instead of into the tag (a tag can hold a
  // million of them; the attribute passed is reused for the next).
  using AttributeVisitor = std::function<void(const HtmlTag& tagSoFar, const HtmlAttribute&)>;
  std::optional<HtmlTag> read(std::size_t lt, const AttributeVisitor& visit = nullptr);
  // Characters looked at so far, for callers that bound their work.
  std::size_t work() const { return work_; }

 private:
  std::size_t tagNameEnd(std::size_t from);
  std::string_view text_;
  bool join_;
  std::vector<std::uint8_t> attributeSeen_;
  // The last long tag name run found: nothing in [start, end) ends a name, so any name starting
  // in it ends at `end`.
  std::size_t nameStartCache_ = 0, nameEndCache_ = 0;
  bool nameEndCached_ = false;
  HtmlAttribute current_;  // the attribute being read, its strings' room kept from read to read
  std::size_t work_ = 0;
};

// The tags a browser reads from `text`, in order: comments, doctypes, processing instructions and
// bogus comments skipped; the contents of script, style, textarea, title, xmp, iframe, noembed,
// noframes and noscript read as text; plaintext to the end.
std::vector<HtmlTag> readHtmlTags(std::string_view text);

// Character references decoded as in an attribute value: numeric ones (&#106; &#x6A;, with or
// without ';'), and the named ones that stand for ASCII characters (&colon; &Tab; &NewLine; &lpar;
// &amp;...). Named references to other characters are left as written: they can never make a
// scheme or CSS syntax. A legacy name without ';' (&amp &lt) followed by '=' or a letter or digit is
// not decoded, as browsers do. Markdown (link destinations) decodes a subset of this.
std::string decodeCharacterReferences(std::string_view text);
void appendDecoded(std::string& out, std::string_view text);

// The scheme of a URL, lower-cased ("javascript"), or empty when the URL is relative. Read as a
// URL parser reads it, and then some: leading and trailing spaces and control characters dropped,
// and every control character and space inside ignored (a parser drops tab and newline; older ones
// dropped more). `url` is already decoded of character references.
std::string urlScheme(std::string_view url);

}  // namespace jobname::text
