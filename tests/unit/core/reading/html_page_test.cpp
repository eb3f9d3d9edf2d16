// The reading view as a standalone HTML page: every corpus record written whole with its chart
// and no script; a hostile record's HTML, links and directives shown as text, never passed on;
// answers as <details> nested as in the record.
#include <doctest/doctest.h>

#include "core/insights/active_content.h"
#include "core/markdown/import.h"
#include "core/mermaid/flowchart.h"
#include "core/reading/html_page.h"
#include "core/reading/record_blocks.h"
#include "core/text/xml.h"
#include "../../support/corpus.h"

using namespace jobname;
using namespace jobname::reading;

namespace {
model::Record recordOf(const std::string& markdown) {
  auto imported = markdown::importMarkdown(markdown, "test.md");
  REQUIRE(imported.record);
  return *imported.record;
}

std::string pageOf(const std::string& markdown) {
  const HtmlPage page = recordHtmlPage(recordOf(markdown));
  REQUIRE(page.problem.empty());
  return page.html;
}

std::string bodyOf(const std::string& page) {
  const std::size_t begin = page.find("<body>"), end = page.find("</body>");
  REQUIRE(begin != std::string::npos);
  REQUIRE(end != std::string::npos);
  return page.substr(begin + 6, end - begin - 6);
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// Every '<' of the body starts a tag (text has its '<' escaped): each tag's name and attributes.
std::vector<std::string> tagsOf(const std::string& body) {
  std::vector<std::string> tags;
  for (std::size_t at = body.find('<'); at != std::string::npos; at = body.find('<', at + 1)) {
    tags.push_back(body.substr(at + 1, body.find('>', at) - at - 1));
  }
  return tags;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}
}  // namespace

TEST_CASE("reading html page: every corpus record whole, its chart inline, no script") {
  const auto files = testing::corpusFiles();
  REQUIRE(files.size() >= 30);
  for (const auto& file : files) {
    CAPTURE(file.filename().string());
    const model::Record record = recordOf(testing::readFile(file));
    const HtmlPage page = recordHtmlPage(record);
    REQUIRE(page.problem.empty());
    CHECK(page.html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(lower(page.html).find("<script") == std::string::npos);
    CHECK(page.html.find("default-src 'none'") != std::string::npos);
    const bool hasChart = mermaid::parseFlowchart(record.process).chart.has_value();
    CHECK((page.html.find("<svg") != std::string::npos) == hasChart);
    // Nothing is left out: every run of every block stands in the page as text.
    const ReadingDocument doc = buildReadingDocument(record);
    for (const Block& block : doc.blocks) {
      for (const Run& run : block.text.runs) {
        const std::string firstLine = run.text.substr(0, run.text.find('\n'));
        if (firstLine.find_first_of("[]{") != std::string::npos) continue;  // written as references
        CHECK_MESSAGE(page.html.find(text::escapeXml(firstLine)) != std::string::npos, firstLine);
      }
      if (block.kind == BlockKind::Code && block.code.find_first_of("[]{") == std::string::npos) {
        CHECK(page.html.find(text::escapeXml(block.code)) != std::string::npos);
      }
    }
  }
}

TEST_CASE("reading html page: a hostile record's active content is shown as text, never passed on") {
  const std::string page = pageOf(
      "# [<script>alert(1)</script>](javascript:alert(2))\n\n"
      "## Dev <img src=x onerror=alert(3)>\n\n"
      "### Technical\n"
      "- Q <iframe src=\"//evil.example\"></iframe> [x](javascript:alert(4)) <a href=\"javascript:alert(5)\">y</a>\n"
      "  <details open ontoggle=alert(6)><summary>Answer</summary>\n"
      "  <svg onload=alert(7)></svg> <style>body{background:url(//evil.example/t)}</style> {{#include /etc/passwd}}\n"
      "  <object data=x></object> <form action=//evil.example><input></form> <base href=//evil.example/>\n"
      "  </details>\n"
      "- ![pixel](https://evil.example/track.png) and <img src=\"https://evil.example/t2.png\">\n");
  const std::string body = bodyOf(page);
  for (const std::string& tag : tagsOf(lower(body))) {
    CAPTURE(tag);
    const std::string name = tag.substr(tag[0] == '/' ? 1 : 0, tag.find_first_of(" />", 1) - (tag[0] == '/' ? 1 : 0));
    CHECK(std::string(" a b i p h1 h2 h3 h4 h5 h6 br del mark code pre span details summary table tr th td blockquote hr ").find(" " + name + " ") != std::string::npos);
    CHECK(tag.find(" on") == std::string::npos);
    CHECK(tag.find("javascript:") == std::string::npos);
    CHECK(tag.find("src=") == std::string::npos);
  }
  CHECK(body.find("{{#include") == std::string::npos);
  // Shown as the text it is.
  CHECK(body.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(body.find("&lt;iframe") != std::string::npos);
  // The images are links with their alt text: the page loads nothing.
  CHECK(body.find("<a href=\"https://evil.example/track.png\"") != std::string::npos);
  CHECK_FALSE(insights::findActiveContent(body).any());
}

// Found by fuzz_reading_html: text holding "](scheme:" read as a Markdown link by the check, and
// the page refused.
TEST_CASE("reading html page: text that looks like a Markdown link in the page is not one") {
  for (const char* markdown : {"# [a](https://a.example)\n\n## Dev\n\n### Technical\n- Q ](httpsize:14px\n",
                               "# [a](https://a.example)\n\n## Dev\n\n### Technical\n- Q `[x](javascript:alert(1))` {{#include x}}\n",
                               "# [a](https://a.example)\n\n## Dev\n\n### Technical\n- Q\n  ```\n  [x](javascript:alert(1))\n  ```\n"}) {
    CAPTURE(markdown);
    const HtmlPage page = recordHtmlPage(recordOf(markdown));
    CHECK(page.problem.empty());
    CHECK(page.html.find("](") == std::string::npos);
  }
}

TEST_CASE("reading html page: answers as details, nested as in the record, closed as the book shows them") {
  const std::string page = pageOf(testing::readFile(std::filesystem::path(JN_TEST_DATA_DIR).parent_path() / "golden/reading/cases/details.md"));
  const std::string body = bodyOf(page);
  CHECK(count(body, "<details") == 4);
  CHECK(count(body, "</details>") == 4);
  CHECK(count(body, "<details open") == 0);
  // "More" opens inside the second answer: two closing tags in a row after its text.
  const std::size_t more = body.find("<summary>More</summary>");
  REQUIRE(more != std::string::npos);
  CHECK(body.find("A nested answer.</p>\n</details>\n</details>", more) != std::string::npos);
  CHECK(body.find("<a href=\"https://go.dev/ref/spec\" rel=\"noopener noreferrer\" target=\"_blank\">The spec</a>") != std::string::npos);
}

TEST_CASE("reading html page: right-to-left paragraphs carry dir=rtl and keep their ZWNJ") {
  const std::string page = pageOf("# [a](https://a.example)\n\n## Dev\n\n### Technical\n- سوال اول درباره‌ی Go بود\n");
  CHECK(page.find("<p dir=\"rtl\" style=\"margin-right:1.5em;\">•&nbsp;سوال اول درباره‌ی Go بود</p>") != std::string::npos);
}
