// Structural edits (add, remove, move) keep every byte the model does not own where it stood:
// text before the company heading, under the position heading, a field block between two
// sections, follow-up lines under a question or a date. Regressions of issue 11, each named
// after the text that was lost; and CRLF records keep CRLF in every line an edit writes.
#include <doctest/doctest.h>

#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "core/markdown/source_edits.h"
#include "../../support/record_edit_checks.h"

using namespace jobname;

namespace {
// Foreign text the model does not own, everywhere the format leaves room for it; the dates
// block (with a note under its list) stands between the two sections, so the sections are not
// one contiguous run.
const std::string kRecord =
    "<!-- interview notes, kept in git -->\n"
    "\n"
    "# [Acme | آکمه](https://acme.example/)\n"
    "\n"
    "### Status\n"
    "#### 📜📞🔧\n"
    "\n"
    "## Backend Developer\n"
    "Referred by a friend; the team is small.\n"
    "\n"
    "### Interview Platform\n"
    "Google Meet\n"
    "\n"
    "### HR Interview\n"
    "- Why do you want to join?\n"
    "\n"
    "### Interview Date\n"
    "\n"
    "- **Sent Resume**<br />1403.01.10\n"
    "  through the referral\n"
    "\n"
    "- **HR Call**<br />1403.01.15\n"
    "\n"
    "- **Technical Interview**<br />1403.01.20\n"
    "\n"
    "<p dir=\"rtl\">\n"
    "یادداشتی میان دو بخش\n"
    "</p>\n"
    "\n"
    "### Technical Interview\n"
    "- Are you familiar with these technologies?\n"
    "    - docker\n"
    "    - kafka\n"
    "    TODO: add other\n"
    "\n"
    "- What is a goroutine?\n"
    "\n"
    "### Score\n"
    "<h4><mark style=\"background-color:#4caf50\">8/10</mark></h4>\n";

const std::vector<std::string> kForeign = {
    "<!-- interview notes, kept in git -->", "Referred by a friend; the team is small.", "یادداشتی میان دو بخش",
    "    - docker\n    - kafka\n    TODO: add other", "  through the referral"};

model::Record load(const std::string& text) { return testing::loadUnchanged(text); }
using testing::exportChecked;
using testing::question;

void checkForeignKept(const std::string& out) {
  for (const auto& text : kForeign) CHECK_MESSAGE(out.find(text) != std::string::npos, text);
}

// Every '\n' of `text` ends a CRLF line.
bool allCrlf(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) return false;
  }
  return true;
}

std::string replaced(std::string text, const std::string& what, const std::string& with) {
  const std::size_t at = text.find(what);
  REQUIRE(at != std::string::npos);
  return text.replace(at, what.size(), with);
}

}  // namespace

TEST_CASE("lossless: removing a section when a field block stands between sections no longer drops foreign text") {
  auto record = load(kRecord);
  record.sections.erase(record.sections.begin());  // HR Interview
  const std::string out = exportChecked(record);
  checkForeignKept(out);
  CHECK(out.find("### HR Interview") == std::string::npos);
  CHECK(out.find("## Backend Developer\nReferred by a friend; the team is small.\n\n### Interview Platform\n") != std::string::npos);
  // The dates block and the note under it stay where they stood, before the remaining section.
  CHECK(out.find("Google Meet\n\n### Interview Date\n") != std::string::npos);
  CHECK(out.find("</p>\n\n### Technical Interview\n") != std::string::npos);
}

TEST_CASE("lossless: adding a section when a field block stands between sections no longer drops foreign text") {
  auto record = load(kRecord);
  model::Section section;
  section.title = "Task";
  section.items = {question("Build a URL shortener")};
  record.sections.push_back(section);
  const std::string out = exportChecked(record);
  checkForeignKept(out);
  CHECK(out.find("- What is a goroutine?\n\n### Task\n- Build a URL shortener\n\n### Score\n") != std::string::npos);
}

TEST_CASE("lossless: moving a section when a field block stands between sections no longer drops foreign text") {
  auto record = load(kRecord);
  std::swap(record.sections[0], record.sections[1]);
  const std::string out = exportChecked(record);
  checkForeignKept(out);
  // The follow-up lines stay with their question, and the note with the dates block.
  CHECK(out.find("- Are you familiar with these technologies?\n    - docker\n    - kafka\n    TODO: add other\n") !=
        std::string::npos);
  CHECK(out.find("- **Technical Interview**<br />1403.01.20\n\n<p dir=\"rtl\">\nیادداشتی میان دو بخش\n</p>") != std::string::npos);
}

TEST_CASE("lossless: follow-up lines under a question belong to it: they move with it and stay when it is edited") {
  auto record = load(kRecord);
  auto& items = record.sections[1].items;
  SUBCASE("moved") {
    std::swap(items[0], items[1]);
    const std::string out = exportChecked(record);
    CHECK(out.find("### Technical Interview\n- What is a goroutine?\n\n- Are you familiar with these technologies?\n"
                   "    - docker\n    - kafka\n    TODO: add other\n\n### Score") != std::string::npos);
  }
  SUBCASE("answered and renamed") {
    items[0].text = "Which of these have you used?";
    items[0].answer = "Docker and Kafka.";
    const std::string out = exportChecked(record);
    CHECK(out.find("    - docker\n    - kafka\n    TODO: add other") != std::string::npos);
  }
  SUBCASE("another question added before it") {
    items.insert(items.begin(), question("Tell me about yourself."));
    const std::string out = exportChecked(record);
    checkForeignKept(out);
  }
}

TEST_CASE("lossless: removing, adding or moving a date no longer drops the line under another date") {
  auto record = load(kRecord);
  SUBCASE("removed") {
    record.dates.erase(record.dates.begin() + 1);
    CHECK(exportChecked(record) == replaced(kRecord, "- **HR Call**<br />1403.01.15\n\n", ""));
  }
  SUBCASE("added") {
    record.dates.push_back({"Offer", "1403.02.01", "", model::kNew});
    CHECK(exportChecked(record) == replaced(kRecord, "1403.01.20\n", "1403.01.20\n\n- **Offer**<br />1403.02.01\n"));
  }
  SUBCASE("moved: the line under a date goes with it") {
    std::swap(record.dates[0], record.dates[2]);
    const std::string out = exportChecked(record);
    CHECK(out.find("- **Sent Resume**<br />1403.01.10\n  through the referral\n") != std::string::npos);
  }
}

TEST_CASE("lossless: adding a date no longer copies the text between two dates into every gap") {
  const std::string text =
      "# [Acme](https://acme.example/)\n\n### Interview Date\n- **Sent Resume**<br />1403.01.10\n\nNo answer for a month.\n\n"
      "- **HR Call**<br />1403.02.15\n";
  auto record = load(text);
  record.dates.push_back({"Offer", "1403.03.01", "", model::kNew});
  const std::string out = exportChecked(record);
  CHECK(out == text + "\n- **Offer**<br />1403.03.01\n");
}

TEST_CASE("lossless: removing an item no longer rewrites the blank lines between the other items") {
  const std::string text =
      "# [Acme](https://acme.example/)\n\n### Technical Interview\n- One?\n\n\n- Two?\n- Three?\n\n- Four?\n";
  auto record = load(text);
  record.sections[0].items.erase(record.sections[0].items.begin() + 3);
  CHECK(exportChecked(record) == "# [Acme](https://acme.example/)\n\n### Technical Interview\n- One?\n\n\n- Two?\n- Three?\n");
  record.sections[0].items.erase(record.sections[0].items.begin());
  CHECK(exportChecked(record) == "# [Acme](https://acme.example/)\n\n### Technical Interview\n- Two?\n- Three?\n");
}

TEST_CASE("lossless: CRLF records stay CRLF when an edit rewrites lines") {
  const std::string text = markdown::withNewline(kRecord, "\r\n");
  auto record = load(text);
  SUBCASE("a new question with an answer, a note and a new section") {
    record.sections[0].items.push_back(question("What do you know about us?", "Payments.\nMostly B2B."));
    record.sections[0].items.push_back({model::ItemKind::Note, "خوب بود", "", model::kNew});
    model::Section section;
    section.title = "Task";
    section.items = {question("Build a URL shortener")};
    record.sections.push_back(section);
  }
  SUBCASE("dates, durations, platform, process and score") {
    record.dates.push_back({"Offer", "1403.02.01", "at noon", model::kNew});
    record.durations.push_back({"HR Interview", "30 minutes", model::kNew});
    record.platform = "Skype\nand a phone call";
    record.process += "\n    hr --> ti(Technical Interview)";
    record.score.comment = "مصاحبه خوبی بود\nدوباره می‌روم";
    record.applyWays = {"LinkedIn"};
  }
  SUBCASE("an answer added under the question with follow-up lines") {
    record.sections[1].items[0].answer = "Docker:\nyes.";
  }
  SUBCASE("an answer removed") {
    record.sections[0].items[0].answer = "Growth.";
    record = *markdown::importMarkdown(markdown::exportMarkdown(record)).record;
    record.sections[0].items[0].answer.clear();
  }
  SUBCASE("sections moved and removed") {
    std::swap(record.sections[0], record.sections[1]);
    record.dates.erase(record.dates.begin());
  }
  const std::string out = exportChecked(record);
  CHECK(allCrlf(out));
  CHECK(out.find("<!-- interview notes, kept in git -->\r\n") == 0);
}

TEST_CASE("lossless: a record with a source is never written in the canonical layout") {
  auto record = load(kRecord);
  record.sections.erase(record.sections.begin());
  CHECK(markdown::exportMarkdown(record) != markdown::writeCanonicalMarkdown(record));
  CHECK(markdown::exportMarkdown(record).rfind("<!-- interview notes", 0) == 0);
}

TEST_CASE("lossless: a paragraph moved after a code block no longer runs into the paragraph under it") {
  // Only a line ending stands between the three items: a fence interrupts a paragraph, and a
  // paragraph may follow a closing fence, but two paragraphs on neighbouring lines are one.
  const std::string text =
      "# [Acme](https://acme.example/)\n\n#### Problem 4\nWrite a function that checks a slice.\n```go\nfunc f() {}\n```\n"
      "You can run it here.\n";
  auto record = load(text);
  auto& items = record.sections[0].items;
  REQUIRE(items.size() == 3);
  std::swap(items[0], items[1]);
  CHECK(exportChecked(record) ==
        "# [Acme](https://acme.example/)\n\n#### Problem 4\n```go\nfunc f() {}\n```\n\nWrite a function that checks a slice.\n\n"
        "You can run it here.\n");
}

TEST_CASE("lossless: removing a note from between two paragraphs no longer runs them together") {
  const std::string text =
      "# [Acme](https://acme.example/)\n\n### Technical Interview\nFirst paragraph.\n<p dir=\"rtl\">\nیادداشت\n</p>\n"
      "Second paragraph.\n";
  auto record = load(text);
  auto& items = record.sections[0].items;
  REQUIRE(items.size() == 3);
  items.erase(items.begin() + 1);
  CHECK(exportChecked(record) ==
        "# [Acme](https://acme.example/)\n\n### Technical Interview\nFirst paragraph.\n\nSecond paragraph.\n");
}

TEST_CASE("lossless: removing an answer no longer makes the next <details> under the question its answer") {
  const std::string text =
      "# [Acme](https://acme.example/)\n\n### Live Coding\n- Implement a rate limiter.\n\n"
      "    <details>\n    <summary>My answer</summary>\n    <div>\n    Token bucket.\n    </div>\n    </details>\n\n"
      "    <details>\n    <summary>Their answer</summary>\n    Leaky bucket.\n    </details>\n";
  auto record = load(text);
  REQUIRE(record.sections[0].items.size() == 1);
  REQUIRE(record.sections[0].items[0].answer == "Token bucket.");
  record.sections[0].items[0].answer.clear();
  const std::string out = exportChecked(record);
  CHECK(out.find("Their answer</summary>\n    Leaky bucket.") != std::string::npos);
  CHECK(out.find("Token bucket.") == std::string::npos);
}

TEST_CASE("lossless: a note and a score comment edited in a CRLF record keep their lines") {
  const std::string text = markdown::withNewline(
      "# [Acme](https://acme.example/)\n\n### Technical Interview\n- Why Go?\n\n<p dir=\"rtl\">\nیادداشت\n</p>\n\n"
      "### Score\n<h4><mark style=\"background-color:#4caf50\">8/10</mark></h4>\n<p dir=\"rtl\">\nخوب\n</p>\n", "\r\n");
  auto record = load(text);
  record.sections[0].items[1].text = "یادداشت تازه";
  record.score.comment = "عالی";
  const std::string out = exportChecked(record);
  CHECK(out.find("<p dir=\"rtl\">\r\nیادداشت تازه\r\n</p>\r\n\r\n### Score") != std::string::npos);
  CHECK(out.find("<p dir=\"rtl\">\r\nعالی\r\n</p>\r\n") != std::string::npos);
  CHECK(allCrlf(out));
}

TEST_CASE("lossless: a block added after an unclosed code fence no longer lands inside it") {
  // A stray ``` opens a fence that never closes: it swallows the rest of the record.
  const std::string text =
      "# [Acme](https://acme.example/)\n"
      "\n"
      "### Status\n"
      "#### 📜📞\n"
      "\n"
      "### Interview Date\n"
      "\n"
      "- **HR Call**<br />1403.01.15\n"
      "\n"
      "```\n"
      "### stray heading\n";
  for (const std::string newline : {"\n", "\r\n"}) {
    const std::string input = markdown::withNewline(text, newline);
    auto durations = load(input);
    durations.durations.push_back({"Technical Interview", "1 hour", model::kNew});
    const std::string withDurations = exportChecked(durations);
    // Every byte the user wrote stays as written; the fence is closed before the added block.
    const std::string kept = input.substr(0, input.size() - newline.size());
    CHECK(withDurations.substr(0, kept.size()) == kept);
    CHECK(withDurations.find("### stray heading" + newline + "```" + newline + newline + "### Interview Duration") !=
          std::string::npos);

    auto section = load(input);
    model::Section task;
    task.title = "Task";
    task.items = {question("Build a URL shortener")};
    section.sections.push_back(task);
    const std::string withSection = exportChecked(section);
    CHECK(withSection.substr(0, kept.size()) == kept);
    CHECK(withSection.find("```" + newline + newline + "### Task") != std::string::npos);
  }
}

TEST_CASE("lossless: removing the last section no longer takes the line ending of the line above it") {
  // Found by fuzz_markdown_edits (tests/data/fuzz-findings/edits-second-finding): the platform's
  // line lost its CRLF when the one section under it, running to the end of the file, was removed.
  const std::string text =
      "# [Acme](https://acme.example/)\n"
      "\n"
      "### Interview Platform\n"
      "Skype\n"
      "\n"
      "### 1st Technical Interview\n"
      "\n"
      "- Tell me about yourself.";
  for (const std::string newline : {"\n", "\r\n"}) {
    const std::string input = markdown::withNewline(text, newline);
    auto record = load(input);
    REQUIRE(record.sections.size() == 1);
    record.sections.clear();
    const std::string out = exportChecked(record);
    CHECK(out.find("Skype" + newline) != std::string::npos);
    CHECK(out.find("Tell me") == std::string::npos);
  }
}

TEST_CASE("lossless: an indented duration given a label becomes a list entry, not a bare duration again") {
  // Found in review: "1 hour" alone under the heading becomes an entry when it gets a label, but
  // written after the line's indent, "  - **HR Call**<br />1 hour" is no entry, and read back
  // as the bare duration, without its label.
  auto record = testing::loadUnchanged("# [Acme](https://acme.example/)\n\n### Interview Duration\n  1 hour\n");
  REQUIRE(record.durations.size() == 1);
  record.durations[0].label = "HR Call";
  CHECK(testing::exportChecked(record) == "# [Acme](https://acme.example/)\n\n### Interview Duration\n- **HR Call**<br />1 hour\n");
}
