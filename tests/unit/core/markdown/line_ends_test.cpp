// Line ends as the user wrote them: a file of mixed line ends, a line whose text ends in a stray
// '\r', a file cut after a '\r', a byte order mark before the first line. Edits keep every
// untouched line with its own end, and what reads as a line reads the same after them. Each case
// was found by fuzz_markdown_edits and is named after what went wrong.
#include <doctest/doctest.h>

#include <string>

#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "../../support/record_edit_checks.h"

using namespace jobname;

namespace {

model::Record load(const std::string& text) { return testing::loadUnchanged(text); }
using testing::exportChecked;
using testing::question;
using testing::sectionWithQuestion;

}  // namespace

TEST_CASE("line ends: an answer added to a question whose line holds a stray carriage return goes after the whole line") {
  // Found by fuzz_markdown_edits (tests/data/fuzz-findings/edits-answer-before-a-stray-carriage-return):
  // the answer went in at the first '\r' of the line, so the " " after it moved to the end of the
  // answer block. Only "\r\n" ends a line, as the importer reads lines.
  const std::string text = "# [Acme](https://acme.example/)\n\n### Technical\n\n- Why?\r \n";
  auto record = load(text);
  REQUIRE(record.sections.size() == 1);
  REQUIRE(record.sections[0].items.size() == 1);
  record.sections[0].items[0].answer = "Because.";
  const std::string out = exportChecked(record);
  CHECK(out.find("- Why?\r \n    <details>") != std::string::npos);
}

TEST_CASE("line ends: a section added to a file that ends in a carriage return without a newline goes after it") {
  // Found by fuzz_markdown_edits (tests/data/fuzz-findings/edits-section-added-after-a-carriage-return-at-the-end):
  // the last line's final '\r' is read as its line end, so a section added after the line went in
  // before that '\r', which moved to the end of the file. It now goes after the '\r', which the
  // section's first newline completes.
  const std::string text = "# [Acme](https://acme.example/)\n\n### Apply Way\nLinkedIn\r";
  auto record = load(text);
  model::Section design = sectionWithQuestion("System Design", "Why?");
  record.sections.push_back(design);
  const std::string out = exportChecked(record);
  CHECK(out.rfind("# [Acme](https://acme.example/)\n\n### Apply Way\nLinkedIn\r\n", 0) == 0);
  // A CRLF file cut after its last '\r', two sections added: every line ends in "\r\n" (checked by
  // exportChecked), the first section's completing the cut one.
  auto crlf = load("# [Acme](https://acme.example/)\r\n\r\n### Apply Way\r\nLinkedIn\r");
  crlf.sections.push_back(design);
  design.title = "Task";
  crlf.sections.push_back(design);
  CHECK(exportChecked(crlf).find("LinkedIn\r\n\r\n### System Design\r\n") != std::string::npos);
}

TEST_CASE("line ends: text added after a line of a file with mixed line ends leaves that line its own end") {
  // Found by fuzz_markdown_edits (tests/data/fuzz-findings/edits-untouched-line-moved-*): text
  // added after a line went in before the line's end, starting with the file's newline, so in a
  // file of "\n" lines a line ending in "\r\n" lost its "\r\n" to the end of the added text.
  const std::string text = "# [Acme](https://acme.example/)\n\n### Task\n\n- Why Rust?\r\n";
  auto record = load(text);
  record.sections[0].items[0].answer = "Speed.";
  const std::string answered = exportChecked(record);
  CHECK(answered.rfind(text, 0) == 0);
  auto added = load("# [Acme](https://acme.example/)\n\n### Apply Way\r\nLinkedIn\r\n");
  added.sections.push_back(sectionWithQuestion("System Design", "Why?"));
  CHECK(exportChecked(added).rfind("# [Acme](https://acme.example/)\n\n### Apply Way\r\nLinkedIn\r\n\n### System Design\n", 0) == 0);
}

TEST_CASE("line ends: an item written in place of a removed one leaves the heading line above it its own end") {
  // Found by fuzz_markdown_edits (tests/data/fuzz-findings/edits-heading-line-end-under-a-replaced-item):
  // the new item went in at the heading line's end, starting with the file's newline, and the old
  // one went from the next line on, so the heading's "\r\n" (or the stray '\r' before it, read as
  // the heading's text) moved to the end of the new item.
  for (const std::string heading : {"### Task\r\n", "### Task\r\r\n"}) {
    const std::string head = "# [Acme](https://acme.example/)\n\n" + heading;
    CAPTURE(heading);
    auto record = load(head + "Some notes");
    REQUIRE(record.sections.size() == 1);
    record.sections[0].items = {question("Why?")};
    CHECK(exportChecked(record) == head + "- Why?\n");
    auto withEnd = load(head + "Some notes\n\nMore notes\n");
    withEnd.sections[0].items = {question("Why?")};
    CHECK(exportChecked(withEnd) == head + "- Why?\n");
  }
}

TEST_CASE("line ends: an item removed after a line of its own end leaves that line its end") {
  // The same for a removal alone: an element went with the line end before it, and the line above
  // took the removed element's own end in place of its own.
  const std::string head = "# [Acme](https://acme.example/)\n\n### Task\n\n";
  auto record = load(head + "- Why?\r\n\n- How?\n\nDone.\n");
  REQUIRE(record.sections[0].items.size() == 3);
  record.sections[0].items.erase(record.sections[0].items.begin() + 1);
  CHECK(exportChecked(record) == head + "- Why?\r\n\nDone.\n");
  auto last = load(head + "- Why?\r\r\n\n- How?\n\n");
  REQUIRE(last.sections[0].items.size() == 2);
  last.sections[0].items.pop_back();
  CHECK(exportChecked(last) == head + "- Why?\r\r\n\n");
}

TEST_CASE("line ends: a byte order mark before a fence line no longer makes the export close a fence that is closed") {
  // Found by fuzz_markdown_edits (tests/data/fuzz-findings/edits-fence-after-a-byte-order-mark):
  // the importer reads the first line without the mark, a fence there that a later one closes;
  // the export read the mark as the line's text, so the later fence opened one, which it "closed"
  // before the added text with a fence that opened a new one and swallowed that text.
  const std::string mark = "\xEF\xBB\xBF";
  for (const std::string newline : {"\n", "\r\n"}) {
    const std::string text = mark + "```" + newline + "```" + newline + "# [Acme](https://acme.example/)";
    auto record = load(text);
    record.applyWays = {"LinkedIn"};
    const std::string out = exportChecked(record);
    CHECK(out == text + newline + newline + "### Apply Way" + newline + "LinkedIn");
  }
}

TEST_CASE("line ends: a block added after a line whose end text is added right after keeps that line its end") {
  // Found by fuzz_markdown_edits (tests/data/fuzz-findings/edits-chart-and-section-added-after-a-stray-carriage-return):
  // a chart added at the end of the text under the title goes before that line's end, and a
  // section added before the first section goes right after it; the chart then stayed before the
  // line end (which moved below it), and the line's stray '\r' read as its end.
  for (const std::string notes : {"Notes\r\r\n", "Notes\r\n"}) {
    const std::string text = "# [Acme](https://acme.example/)\n" + notes + "### Design\n\n- Why?\n";
    CAPTURE(notes);
    auto record = load(text);
    record.process = "flowchart LR\n    a --> b";
    record.sections.insert(record.sections.begin(), sectionWithQuestion("Task", "How?"));
    CHECK(exportChecked(record) ==
          "# [Acme](https://acme.example/)\n" + notes + "\n### Interview Process\n```mermaid\nflowchart LR\n    a --> b\n```\n"
          "### Task\n- How?\n\n### Design\n\n- Why?\n");
  }
}

TEST_CASE("line ends: a section added after an item removed below a line of its own end leaves that line its end") {
  // Found by fuzz_markdown_edits (tests/data/fuzz-findings/edits-section-added-after-a-removed-item):
  // the item went with the line end above it, and the section added after it (starting with the
  // file's newline) came next, so the heading above the item lost its own end to the section's.
  for (const std::string heading : {"### Task\r\n", "### Task\r\r\n"}) {
    CAPTURE(heading);
    auto record = load("# [Acme](https://acme.example/)\n" + heading + "Old notes\n");
    record.sections[0].items.clear();
    record.sections.push_back(sectionWithQuestion("Design", "Why?"));
    CHECK(exportChecked(record) == "# [Acme](https://acme.example/)\n" + heading + "\n### Design\n- Why?\n");
  }
}

TEST_CASE("line ends: an item and the section after it removed leave the line above them its own end") {
  // Found in review: the item went with the line end above it and the section with the item's own
  // end; that end was taken for a kept line's and the section's removal moved past it, so the line
  // above the item ended with the item's end ("\n") in place of its own.
  for (const std::string why : {"- Why?\r\r\n", "- Why?\r\n"}) {
    CAPTURE(why);
    const std::string head = "# [Acme](https://acme.example/)\r\n\r\n### Task\r\n";
    auto record = load(head + why + "- How?\n### Design\r\n### Apply Way\r\nLinkedIn\r\n");
    REQUIRE(record.sections.size() == 2);
    record.sections[0].items.pop_back();
    record.sections.pop_back();
    CHECK(exportChecked(record) == head + why + "### Apply Way\r\nLinkedIn\r\n");
  }
}
