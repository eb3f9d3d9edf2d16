// Edits change only what was edited: users keep these files in git.
#include "core/markdown/export.h"

#include <doctest/doctest.h>

#include "core/markdown/import.h"
#include "../../support/corpus.h"

using namespace jobname;
using jobname::testing::corpusFiles;
using jobname::testing::readCorpus;
using jobname::testing::readFile;

namespace {
std::vector<std::string> linesOf(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

// The lines that differ, for texts whose edit kept the line count; the count of lines of the
// longer text outside the common prefix and suffix otherwise.
struct LineDiff {
  std::size_t changed = 0;
  std::vector<std::string> before, after;
};
LineDiff lineDiff(const std::string& a, const std::string& b) {
  const auto la = linesOf(a), lb = linesOf(b);
  std::size_t prefix = 0;
  while (prefix < la.size() && prefix < lb.size() && la[prefix] == lb[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < la.size() - prefix && suffix < lb.size() - prefix &&
         la[la.size() - 1 - suffix] == lb[lb.size() - 1 - suffix]) {
    ++suffix;
  }
  LineDiff d;
  d.before.assign(la.begin() + prefix, la.end() - suffix);
  d.after.assign(lb.begin() + prefix, lb.end() - suffix);
  d.changed = std::max(d.before.size(), d.after.size());
  return d;
}

// True when `b` is `a` with lines added and none removed or changed.
bool onlyLinesAdded(const std::string& a, const std::string& b) {
  const auto la = linesOf(a), lb = linesOf(b);
  std::size_t i = 0;
  for (const auto& line : lb) {
    if (i < la.size() && la[i] == line) ++i;
  }
  return i == la.size();
}

model::Record load(const std::string& name) { return *markdown::importMarkdown(readCorpus(name), name).record; }
}  // namespace

TEST_CASE("export: changing the score changes only the score line, in every corpus record") {
  for (const auto& path : corpusFiles()) {
    CAPTURE(path.filename().string());
    const std::string input = readFile(path);
    auto record = *markdown::importMarkdown(input).record;
    if (!record.score.numbers().value) continue;
    record.score.set(record.score.numbers().value == 9.5 ? 9.0 : 9.5, 10);
    const LineDiff d = lineDiff(input, markdown::exportMarkdown(record));
    CHECK(d.changed == 1);
    REQUIRE(d.after.size() == 1);
    CHECK(d.after[0].find(record.score.text + "</mark>") != std::string::npos);
  }
}

TEST_CASE("export: a score that changes colour band takes the band's colour on the same line") {
  auto record = load("gharar.md");  // 7/10, green of the old palette
  record.score.set(3.5, 10);
  const LineDiff d = lineDiff(readCorpus("gharar.md"), markdown::exportMarkdown(record));
  REQUIRE(d.after.size() == 1);
  CHECK(d.after[0] == "<h4><mark style=\"background-color:#f44336\">3.5/10</mark></h4>");
}

TEST_CASE("export: one-field edits are one-line diffs") {
  auto record = load("doctoreto.md");
  const std::string original = readCorpus("doctoreto.md");

  SUBCASE("position") {
    record.position = "Staff Engineer";
    const LineDiff d = lineDiff(original, markdown::exportMarkdown(record));
    CHECK(d.changed == 1);
    CHECK(d.after[0] == "## Staff Engineer");
  }
  SUBCASE("company's Persian name") {
    record.company.localName = "دکتر تو";
    const LineDiff d = lineDiff(original, markdown::exportMarkdown(record));
    CHECK(d.after == std::vector<std::string>{"# [doctoreto | دکتر تو](https://doctoreto.com/)"});
  }
  SUBCASE("a date") {
    record.dates[1].date = "1404.04.11";
    const LineDiff d = lineDiff(original, markdown::exportMarkdown(record));
    CHECK(d.after == std::vector<std::string>{"- **HR Call**<br />1404.04.11"});
  }
  SUBCASE("status row") {
    record.status.push_back("declined");
    const LineDiff d = lineDiff(original, markdown::exportMarkdown(record));
    CHECK(d.after == std::vector<std::string>{"#### 📜📞🔧❌❎"});
  }
  SUBCASE("a question's text") {
    record.sections[0].items[0].text = "Tell me about yourself.";
    const LineDiff d = lineDiff(original, markdown::exportMarkdown(record));
    CHECK(d.after == std::vector<std::string>{"- Tell me about yourself."});
  }
  SUBCASE("apply ways") {
    record.applyWays.push_back("LinkedIn");
    const LineDiff d = lineDiff(original, markdown::exportMarkdown(record));
    CHECK(d.after == std::vector<std::string>{"Jobinja & Jobvision & LinkedIn"});
  }
  SUBCASE("score comment") {
    record.score.comment = "خوب بود";
    const LineDiff d = lineDiff(original, markdown::exportMarkdown(record));
    CHECK(d.after == std::vector<std::string>{"خوب بود"});
  }
}

TEST_CASE("export: adding, removing and reordering keep the untouched lines") {
  auto record = load("doctoreto.md");
  const std::string original = readCorpus("doctoreto.md");
  auto& items = record.sections[0].items;

  SUBCASE("a new question at the end of a section") {
    model::SectionItem question;
    question.kind = model::ItemKind::Question;
    question.text = "What is a goroutine leak?";
    items.insert(items.end() - 1, question);  // before the closing note
    const std::string out = markdown::exportMarkdown(record);
    const LineDiff d = lineDiff(original, out);
    CHECK(d.after.size() == d.before.size() + 2);  // the question and a blank line
    CHECK(out.find("- What is a goroutine leak?") != std::string::npos);
    const auto again = *markdown::importMarkdown(out).record;
    CHECK(again.sections[0].items[items.size() - 2].text == "What is a goroutine leak?");
  }
  SUBCASE("removing a question with its answer") {
    const std::string removed = items[2].text;
    items.erase(items.begin() + 2);
    const std::string out = markdown::exportMarkdown(record);
    CHECK(out.find(removed) == std::string::npos);
    CHECK(out.find("Transactional outbox") == std::string::npos);
    const auto again = *markdown::importMarkdown(out).record;
    CHECK(again.sections[0].items.size() == items.size());
    CHECK(again.sections[0].items[2].text == items[2].text);
  }
  SUBCASE("swapping two questions moves their lines and nothing else") {
    std::swap(items[0], items[1]);
    const std::string out = markdown::exportMarkdown(record);
    const LineDiff d = lineDiff(original, out);
    CHECK(d.changed == 3);  // two question lines and the blank between them
    const auto again = *markdown::importMarkdown(out).record;
    CHECK(again.sections[0].items[0].text == items[0].text);
  }
  SUBCASE("an answer added to a question without one") {
    items[0].answer = "Scaling the matching engine.";
    const std::string out = markdown::exportMarkdown(record);
    const auto again = *markdown::importMarkdown(out).record;
    CHECK(again.sections[0].items[0].answer == "Scaling the matching engine.");
    CHECK(onlyLinesAdded(original, out));
  }
  SUBCASE("an answer removed") {
    items[2].answer.clear();
    const std::string out = markdown::exportMarkdown(record);
    const auto again = *markdown::importMarkdown(out).record;
    CHECK(again.sections[0].items[2].answer.empty());
    CHECK(again.sections[0].items[2].text == items[2].text);
    CHECK(again.sections[0].items.size() == items.size());
  }
  SUBCASE("an answer edited keeps its indentation") {
    items[2].answer = "Outbox, idempotent consumers\nand retries.";
    const std::string out = markdown::exportMarkdown(record);
    CHECK(out.find("    Outbox, idempotent consumers\n    and retries.") != std::string::npos);
    CHECK(markdown::importMarkdown(out).record->sections[0].items[2].answer == items[2].answer);
  }
  SUBCASE("a new dated stage") {
    record.dates.push_back({"Offer", "1404.05.01", "", model::kNew});
    const std::string out = markdown::exportMarkdown(record);
    CHECK(onlyLinesAdded(original, out));
    CHECK(linesOf(out).size() == linesOf(original).size() + 2);
    CHECK(out.find("- **Rejection Email**<br />1404.04.23\n\n- **Offer**<br />1404.05.01\n") != std::string::npos);
  }
  SUBCASE("a new section") {
    model::Section section;
    section.title = "HR Interview";
    section.items.push_back({model::ItemKind::Question, "Why do you want to leave?", "", model::kNew});
    record.sections.push_back(section);
    const std::string out = markdown::exportMarkdown(record);
    const auto again = *markdown::importMarkdown(out).record;
    REQUIRE(again.sections.size() == 2);
    CHECK(again.sections[1].title == "HR Interview");
    CHECK(again.score.text == "8/10");
  }
}

TEST_CASE("export: fields missing from a file are inserted where the format puts them") {
  auto record = load("siztel__internship.md");  // no Interview Date, no Platform
  const std::string original = readCorpus("siztel__internship.md");
  record.platform = "Skype";
  record.dates.push_back({"Sent Resume", "1400.01.10", "", model::kNew});
  const std::string out = markdown::exportMarkdown(record);
  const auto again = *markdown::importMarkdown(out).record;
  CHECK(again.platform == "Skype");
  REQUIRE(again.dates.size() == 1);
  CHECK(again.dates[0].date == "1400.01.10");
  CHECK(again.sections.size() == record.sections.size());
  CHECK(out.find("### Interview Platform\nSkype") < out.find("### Technical Interview"));
  CHECK(onlyLinesAdded(original, out));
}

TEST_CASE("export: a new record is written in the canonical layout and reads back the same") {
  model::Record record;
  record.company = {"doctoreto", "دکترتو", "https://doctoreto.com/"};
  record.position = "Senior Back-End Developer (Golang)";
  record.status = {"resume", "hr_call", "technical", "rejected"};
  record.process = "flowchart LR\n    sr(Send Resume) --> hr(HR Call)";
  record.applyWays = {"Jobinja", "Jobvision"};
  record.dates = {{"Sent Resume", "1404.04.09", "", model::kNew}, {"HR Call", "1404.04.10", "At 5 PM", model::kNew}};
  record.durations = {{"Technical Interview", "1 hour", model::kNew}};
  record.platform = "Google Meet";
  model::Section section;
  section.title = "Technical Interview";
  section.items = {{model::ItemKind::Question, "What is consistency?", "Every read sees the latest write.", model::kNew},
                   {model::ItemKind::Question, "Any questions?", "", model::kNew},
                   {model::ItemKind::Note, "مصاحبه خوبی بود", "", model::kNew}};
  record.sections = {section};
  record.score = {"7.5/10", "تجربه خوبی بود"};

  const std::string out = markdown::exportMarkdown(record);
  CHECK(out.rfind("# [doctoreto | دکترتو](https://doctoreto.com/)\n\n### Status\n#### 📜📞🔧❌\n\n## Senior", 0) == 0);
  CHECK(out.find("- **HR Call**<br />1404.04.10 At 5 PM") != std::string::npos);
  CHECK(out.find("background-color:#ff9800; color:#ffffff; padding:4px 8px; border-radius:4px\">7.5/10</mark>") != std::string::npos);

  const auto result = markdown::importMarkdown(out);
  REQUIRE(result.record);
  const auto& again = *result.record;
  CHECK(again.company == record.company);
  CHECK(again.position == record.position);
  CHECK(again.status == record.status);
  CHECK(again.process == record.process);
  CHECK(again.applyWays == record.applyWays);
  CHECK(again.dates == record.dates);
  CHECK(again.durations == record.durations);
  CHECK(again.platform == record.platform);
  REQUIRE(again.sections.size() == 1);
  CHECK(again.sections[0].items == record.sections[0].items);
  CHECK(again.score == record.score);
  CHECK(markdown::exportMarkdown(again) == out);
}

TEST_CASE("export: the canonical layout is stable: write, read, write gives the same text for every corpus record") {
  for (const auto& path : corpusFiles()) {
    CAPTURE(path.filename().string());
    model::Record record = *markdown::importMarkdown(readFile(path)).record;
    record.source.reset();
    const std::string first = markdown::exportMarkdown(record);
    model::Record again = *markdown::importMarkdown(first).record;
    again.source.reset();
    CHECK(markdown::exportMarkdown(again) == first);
    CHECK(again.dates == record.dates);
    CHECK(again.score == record.score);
    REQUIRE(again.sections.size() == record.sections.size());
    for (std::size_t i = 0; i < record.sections.size(); ++i) CHECK(again.sections[i].items == record.sections[i].items);
  }
}
