// The reading view's core: HTML tags and references, wrapping (the long Persian note line that
// ran off its box), the block layout's placing and visible range, and what a copy takes.
#include <doctest/doctest.h>

#include "core/markdown/import.h"
#include "core/reading/html_tags.h"
#include "core/reading/layout.h"
#include "core/reading/markdown_blocks.h"
#include "core/reading/record_blocks.h"
#include "core/text/utf8.h"

using namespace jobname;
using namespace jobname::reading;

namespace {
float oneColumnPerLetter(std::u32string_view s, FontStyle font) {
  float n = 0;
  for (char32_t cp : s) n += text::isInvisibleForDisplay(cp) ? 0 : 1;
  return n * font.scale;
}

ReadingDocument fragment(const std::string& markdown) {
  ReadingDocument doc;
  appendMarkdown(doc, markdown);
  return doc;
}
}  // namespace

TEST_CASE("reading html: tags with quoted, unquoted and bare attributes") {
  HtmlTag tag;
  REQUIRE(readHtmlTag(R"(<A HREF="https://x.example/?a=1&amp;b=2" target=_blank download>)", 0, tag));
  CHECK(tag.name == "a");
  CHECK_FALSE(tag.closing);
  REQUIRE(tag.attribute("href"));
  CHECK(*tag.attribute("href") == "https://x.example/?a=1&b=2");
  CHECK(*tag.attribute("target") == "_blank");
  CHECK(tag.attribute("download"));
  REQUIRE(readHtmlTag("<br />", 0, tag));
  CHECK(tag.selfClosing);
  REQUIRE(readHtmlTag("</details>", 0, tag));
  CHECK(tag.closing);
  CHECK(tag.name == "details");
  REQUIRE(readHtmlTag("<!-- note -->", 0, tag));
  CHECK(tag.name == "!--");
  CHECK_FALSE(readHtmlTag("< b", 0, tag));
  CHECK_FALSE(readHtmlTag("<a href=\"never closed", 0, tag));
}

TEST_CASE("reading html: character references") {
  CHECK(decodeCharacterReferences("a&nbsp;b &amp; &lt;&gt; &#1601;&#x6F4; &bogus; & x") == "a\u00A0b & <> \u0641\u06F4 &bogus; & x");
  CHECK(decodeCharacterReferences("&#0;&#xD800;&#x110000;") == "\uFFFD\uFFFD\uFFFD");
}

TEST_CASE("reading html: only http(s), mailto and relative addresses are links") {
  CHECK(isSafeLinkTarget("https://go.dev/"));
  CHECK(isSafeLinkTarget("http://x"));
  CHECK(isSafeLinkTarget("mailto:a@b.c"));
  CHECK(isSafeLinkTarget("./task.pdf"));
  CHECK(isSafeLinkTarget("#section"));
  CHECK(isSafeLinkTarget("VOD Scraper.pdf"));
  CHECK_FALSE(isSafeLinkTarget("javascript:alert(1)"));
  CHECK_FALSE(isSafeLinkTarget(" JaVaScRiPt:alert(1)"));
  CHECK_FALSE(isSafeLinkTarget("java\tscript:alert(1)"));
  CHECK_FALSE(isSafeLinkTarget("data:text/html,<script>"));
  CHECK_FALSE(isSafeLinkTarget("vbscript:x"));
}

TEST_CASE("reading: a javascript: link is shown as inert text, never as a link") {
  const ReadingDocument doc = fragment("[x](javascript:alert(1)) <a href=\"javascript:alert(2)\">y</a>\n");
  REQUIRE(doc.blocks.size() == 1);
  CHECK(doc.annotations.empty());
  bool marked = false;
  for (const Run& run : doc.blocks[0].text.runs) marked |= (run.style & kInert) && run.text.find("javascript:") != std::string::npos;
  CHECK(marked);
}

TEST_CASE("reading: the long Persian note line wraps inside its box, right-aligned, ZWNJ kept") {
  // The second line of a corpus-style note, which ran off the left edge of the note's box.
  const std::string note =
      "<p dir=\"rtl\">\nمصاحبه خوبی بود.\nاین از اون مصاحبه‌هایی بود که به قول خارجیا I bombed it. بعضی از سوالا جوری بود که "
      "افتادم گوشه رینگ، خیلی سناریومحور بود.\n</p>\n";
  const ReadingDocument doc = fragment(note);
  REQUIRE(doc.blocks.size() == 1);
  CHECK(doc.blocks[0].text.direction == text::BaseDirection::RightToLeft);
  const float width = 30;
  const WrappedText wrapped = wrapParagraph(doc.blocks[0].text, width, FontStyle{}, oneColumnPerLetter);
  REQUIRE(wrapped.lines.size() > 3);
  CHECK(wrapped.rightToLeft);
  for (const TextLine& line : wrapped.lines) {
    const std::string logical(wrapped.text(line));
    CAPTURE(logical);
    CHECK(line.width <= width);
    REQUIRE_FALSE(line.segments.empty());
    CHECK(line.segments.front().x >= 0);
    CHECK(line.segments.back().x + line.segments.back().width == doctest::Approx(width));  // right-aligned
    CHECK(logical.front() != ' ');
  }
  // No word is cut: every line break falls on a space of the note.
  std::string joined;
  for (const TextLine& line : wrapped.lines) joined += (joined.empty() ? "" : " ") + std::string(wrapped.text(line));
  CHECK(joined.find("مصاحبه‌هایی") != std::string::npos);  // with its ZWNJ
}

TEST_CASE("reading: a word wider than the line is cut between letters, nothing lost") {
  Paragraph p;
  p.direction = text::BaseDirection::LeftToRight;
  p.runs.push_back({"see https://example.org/a/very/long/path ok", kPlain, -1});
  const WrappedText wrapped = wrapParagraph(p, 12, FontStyle{}, oneColumnPerLetter);
  std::string all;
  for (const TextLine& line : wrapped.lines) {
    CHECK(line.width <= 12);
    all += wrapped.text(line);
  }
  CHECK(all == "seehttps://example.org/a/very/long/pathok");
}

TEST_CASE("reading: plain text lines take their own direction (text fields)") {
  const WrappedText wrapped = wrapPlainText("hello\nسلام دنیا", 20, FontStyle{}, oneColumnPerLetter);
  REQUIRE(wrapped.lines.size() == 2);
  CHECK(wrapped.lines[0].segments[0].x == 0);
  CHECK(wrapped.lines[1].segments[0].x == doctest::Approx(20 - wrapped.lines[1].width));
  CHECK(wrapPlainText("", 20, FontStyle{}, oneColumnPerLetter).lines.size() == 1);
}

TEST_CASE("reading: an opened answer moves what follows; the visible range is what meets the view") {
  const ReadingDocument doc = fragment(
      "- Q1\n    <details>\n    <summary>Answer</summary>\n    <div>\n\n    line one\n\n    line two\n    </div>\n    </details>\n\n- Q2\n");
  REQUIRE(doc.details.size() == 1);
  LayoutMetrics m;
  ReadingLayout layout = layoutReading(doc, 40, oneColumnPerLetter, m);
  const std::size_t last = doc.blocks.size() - 1;
  const float closedY = layout.blocks[last].y;
  CHECK_FALSE(layout.blocks[2].shown);
  placeBlocks(doc, layout, {true}, m);
  CHECK(layout.blocks[2].shown);
  CHECK(layout.blocks[last].y > closedY);
  const auto [first, end] = visibleBlocks(layout, layout.blocks[2].y, layout.blocks[2].y + 0.5f);
  CHECK(first <= 2);
  CHECK(end > 2);
  CHECK(end <= last);
}

TEST_CASE("reading: copying a block takes its text as written, a table as tab-separated rows") {
  const ReadingDocument doc = fragment("**Bold** and `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
  REQUIRE(doc.blocks.size() == 2);
  CHECK(doc.blocks[0].plainText() == "Bold and code");
  CHECK(doc.blocks[1].plainText() == "a\tb\n1\t2\n");
}

TEST_CASE("reading: an edited question is shown as export writes it, with its answer") {
  auto imported = markdown::importMarkdown("# [x](https://x.example)\n\n## Dev\n\n### Technical\n- Old question\n", "x.md");
  REQUIRE(imported.record);
  model::Record r = *imported.record;
  r.sections[0].items[0].text = "New question";
  r.sections[0].items[0].answer = "The answer";
  const ReadingDocument doc = buildReadingDocument(r);
  bool question = false, answer = false;
  for (const Block& b : doc.blocks) {
    question |= b.kind == BlockKind::ListItem && b.text.plainText() == "New question";
    answer |= b.kind == BlockKind::Paragraph && b.details >= 0 && b.text.plainText() == "The answer";
  }
  CHECK(question);
  CHECK(answer);
}
