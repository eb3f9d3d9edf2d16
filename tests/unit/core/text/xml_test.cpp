#include "core/text/xml.h"

#include <doctest/doctest.h>

#include "core/insights/chart_svg.h"
#include "core/mermaid/layout.h"
#include "core/mermaid/svg.h"
#include "core/text/utf8.h"

using namespace jobname;
using namespace std::literals;

namespace {
// Every character of `xml` is one XML 1.0 allows.
bool onlyXmlChars(std::string_view xml) {
  if (text::firstInvalidUtf8(xml) != std::string_view::npos) return false;
  for (std::size_t pos = 0; pos < xml.size();) {
    if (!text::isXmlChar(text::decodeUtf8(xml, pos))) return false;
  }
  return true;
}
}  // namespace

TEST_CASE("xml: markup escaped, characters XML 1.0 does not allow written as U+FFFD") {
  struct Case {
    std::string_view input;
    std::string_view escaped;
  };
  const Case cases[] = {
      {"a<b & \"c\">", "a&lt;b &amp; &quot;c&quot;&gt;"},
      {"tab\tline\ncr\r", "tab\tline\ncr\r"},
      {"U+0001 \x01 U+001B \x1B U+0000 \0 end"sv, "U+0001 \xEF\xBF\xBD U+001B \xEF\xBF\xBD U+0000 \xEF\xBF\xBD end"},
      {"U+FFFE \xEF\xBF\xBE U+FFFF \xEF\xBF\xBF", "U+FFFE \xEF\xBF\xBD U+FFFF \xEF\xBF\xBD"},
      {"broken \xFF\xC3", "broken \xEF\xBF\xBD\xEF\xBF\xBD"},
      {"مصاحبه 🎉 \xC2\x85", "مصاحبه 🎉 \xC2\x85"},  // U+0085 is allowed in XML 1.0
  };
  for (const auto& c : cases) {
    CAPTURE(std::string(c.input));
    CHECK(text::escapeXml(c.input) == c.escaped);
    CHECK(onlyXmlChars(text::escapeXml(c.input)));
  }
}

TEST_CASE("xml: a chart whose labels hold U+0001, U+001B and U+FFFE exports as well-formed SVG") {
  const auto parsed = mermaid::parseFlowchart("flowchart LR\n a(one \x01 two) --\x1B[31m--> b(\xEF\xBF\xBE three)");
  REQUIRE(parsed.chart);
  const std::string svg = mermaid::writeSvg(mermaid::layoutFlowchart(*parsed.chart));
  CHECK(onlyXmlChars(svg));
  CHECK(svg.find("one \xEF\xBF\xBD two") != std::string::npos);
  const std::string bars = insights::barChartSvg("title \x01", {{"label \x1B", {"id"}}}, {"note \xEF\xBF\xBE"});
  CHECK(onlyXmlChars(bars));
}
