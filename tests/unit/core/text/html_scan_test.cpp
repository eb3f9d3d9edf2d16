#include "core/text/html_scan.h"

#include <doctest/doctest.h>

using namespace jobname::text;

namespace {
// "name" or "name=value" for each attribute, joined by ' '.
std::string attributesOf(const HtmlTag& tag) {
  std::string out;
  for (const auto& a : tag.attributes) out += (out.empty() ? "" : " ") + a.name + (a.hasValue ? "=" + a.value : "");
  return out;
}
}  // namespace

TEST_CASE("html scan: a tag's attributes are split the way a browser splits them") {
  struct Case {
    const char* input;
    const char* name;
    const char* attributes;
  };
  const Case cases[] = {
      {"<img src=x onerror=alert(1)>", "img", "src=x onerror=alert(1)"},
      {"<img src=x\tonerror=alert(1)>", "img", "src=x onerror=alert(1)"},     // a tab splits
      {"<img src=x\fonerror=alert(1)>", "img", "src=x onerror=alert(1)"},     // a form feed too
      {"<svg/onload=alert(1)>", "svg", "onload=alert(1)"},                    // '/' splits
      {"<img/src=x/onerror=alert(1)>", "img", "src=x/onerror=alert(1)"},     // not inside an unquoted value
      {"<img src=\"x\"onerror=alert(1)>", "img", "src=x onerror=alert(1)"},  // no space after a quoted value
      {"<img alt=\">\" onerror=alert(1)>", "img", "alt=> onerror=alert(1)"},  // '>' inside quotes
      {"<IMG SRC=x ONERROR=alert(1)>", "img", "src=x onerror=alert(1)"},      // names are lower-cased
      {"<a title='it\"s' href = \"x\">", "a", "title=it\"s href=x"},
      {"<p dir = \"rtl\">", "p", "dir=rtl"},
      {"<details open ontoggle=alert(1)", "details", "open ontoggle=alert(1)"},  // never closed
      {"<a =x>", "a", "=x"},
      {"<br/>", "br", ""},
      {"<a x=>", "a", "x="},
      {"<mark style=\"background-color:#DC3545\"; color:#ffffff; padding:4px 8px\">", "mark",
       "style=background-color:#DC3545 ; color:#ffffff; padding:4px 8px\""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.input);
    HtmlTagReader reader(c.input);
    const auto tag = reader.read(0);
    REQUIRE(tag);
    CHECK(tag->name == c.name);
    CHECK(attributesOf(*tag) == c.attributes);
    CHECK(tag->end <= std::string_view(c.input).size());
  }
}

TEST_CASE("html scan: what is no tag") {
  for (const char* input : {"< script>", "<1>", "<", "a<b", "<!-- x -->", "<?x>"}) {
    CAPTURE(input);
    HtmlTagReader reader(input);
    CHECK_FALSE(reader.read(0));
  }
}

TEST_CASE("html scan: the browser's pass skips comments and reads raw text as text") {
  const auto tags = readHtmlTags("<!-- <script> --><p>a<style>b<i>c</style><b>x</b><?php <i> ?><!DOCTYPE html><textarea><img></TEXTAREA >");
  std::string names;
  for (const auto& t : tags) names += (t.endTag ? "/" : "") + t.name + " ";
  CHECK(names == "p style /style b /b textarea /textarea ");
}

TEST_CASE("html scan: character references decoded as in an attribute") {
  struct Case {
    const char* input;
    const char* decoded;
  };
  const Case cases[] = {
      {"jav&#x61;script:", "javascript:"},
      {"&#106;avascript:", "javascript:"},
      {"&#0000106avascript:", "javascript:"},  // leading zeros, no ';'
      {"&#x6A&#x61vascript:", "javascript:"},
      {"javascript&colon;", "javascript:"},
      {"java&Tab;script", "java\tscript"},
      {"java&NewLine;script", "java\nscript"},
      {"&lpar;&rpar;&sol;&bsol;", "()/\\"},
      {"a&amp;b &lt;&gt;&quot;", "a&b <>\""},
      {"&ampx &amp=", "&ampx &amp="},  // a legacy name before a letter or '=' stays
      {"&amp x", "& x"},
      {"&eacute; &unknown; & &#; &#x;", "&eacute; &unknown; & &#; &#x;"},
      {"&#0; &#x110000; &#xD800;", "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD"},
      {"&#99999999999999999999;", "\xEF\xBF\xBD"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.input);
    CHECK(decodeCharacterReferences(c.input) == c.decoded);
  }
}

TEST_CASE("html scan: a URL's scheme as a URL parser reads it") {
  using namespace std::literals;
  struct Case {
    std::string_view url;
    const char* scheme;
  };
  const Case cases[] = {
      {"javascript:alert(1)", "javascript"}, {"JaVaScRiPt:x", "javascript"}, {"  javascript:x", "javascript"},
      {"java\tscript:x", "javascript"},     {"java\nscript:x", "javascript"}, {"java\x01script:x", "javascript"},
      {"\0javascript:x"sv, "javascript"},    {"https://x.org", "https"},       {"mailto:a@b.c", "mailto"},
      {"data:text/html,x", "data"},          {"/javascript:x", ""},            {"./a:b", ""},
      {"#top", ""},                          {"1javascript:x", ""},            {"java script", ""},
      {"", ""},                              {"x+y.z-w:q", "x+y.z-w"},         {"caf\xC3\xA9:x", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(std::string(c.url));
    CHECK(urlScheme(c.url) == c.scheme);
  }
}

TEST_CASE("html scan: a tag at every '<' of a hostile text is read in linear time") {
  // "<a<a<a..." and a long quoted value holding tags: each read joins the earlier ones.
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "<a";
  text += " x=\"";
  for (int i = 0; i < 100000; ++i) text += "<b y ";
  HtmlTagReader reader(text, /*joinEarlierReads=*/true);
  for (std::size_t at = text.find('<'); at != std::string::npos; at = text.find('<', at + 1)) reader.read(at);
  CHECK(reader.work() < 16 * text.size());  // not once per tag: that would be 10^10
}
