// Every record of the jobname corpus imports, exports byte for byte, and yields the right fields.
#include <doctest/doctest.h>

#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "core/model/stages.h"
#include "../../support/corpus.h"

using namespace jobname;
using jobname::testing::corpusFiles;
using jobname::testing::readCorpus;
using jobname::testing::readFile;

namespace {
model::Record importCorpus(const std::string& name) {
  auto result = markdown::importMarkdown(readCorpus(name), name);
  REQUIRE_MESSAGE(result.record.has_value(), name);
  return *result.record;
}
}  // namespace

TEST_CASE("corpus: the folder is there and holds the 32 records listed in tests/data") {
  REQUIRE_MESSAGE(std::filesystem::is_directory(jobname::testing::corpusDir()),
                  "missing test data: ", jobname::testing::corpusDir().string(), " (scripts/bootstrap links or fetches it)");
  std::istringstream names(readFile(std::filesystem::path(JN_TEST_DATA_DIR) / "corpus-files.txt"));
  std::size_t listed = 0;
  for (std::string name; std::getline(names, name);) {
    ++listed;
    CHECK_MESSAGE(std::filesystem::exists(jobname::testing::corpusDir() / name), "missing corpus record ", name);
  }
  CHECK(listed == 32);
  CHECK(corpusFiles().size() == 32);
}

TEST_CASE("corpus: every record imports without errors and exports byte for byte") {
  for (const auto& path : corpusFiles()) {
    CAPTURE(path.filename().string());
    const std::string input = readFile(path);
    const auto result = markdown::importMarkdown(input, path.filename().string());
    REQUIRE(result.record.has_value());
    CHECK_FALSE(hasErrors(result.diagnostics));
    CHECK(markdown::exportMarkdown(*result.record) == input);
  }
}

TEST_CASE("corpus: every record has a company, a status row and a flowchart") {
  for (const auto& path : corpusFiles()) {
    CAPTURE(path.filename().string());
    const auto record = *markdown::importMarkdown(readFile(path)).record;
    CHECK_FALSE(record.company.name.empty());
    CHECK_FALSE(record.company.url.empty());
    CHECK_FALSE(record.status.empty());
    CHECK(record.process.rfind("flowchart", record.process.find_first_not_of(" \n")) != std::string::npos);
    for (const auto& code : record.status) CHECK_MESSAGE(model::stageByCode(code) != nullptr, code);
  }
}

TEST_CASE("corpus: company names, Persian names and URLs") {
  const auto doctoreto = importCorpus("doctoreto.md");
  CHECK(doctoreto.company.name == "doctoreto");
  CHECK(doctoreto.company.localName == "دکترتو");
  CHECK(doctoreto.company.url == "https://doctoreto.com/");
  CHECK(importCorpus("digikala__digikala.md").company.name == "digikala(digicloud)");
  CHECK(importCorpus("QuizOfKings.md").company.url == "https://quizofkings.com");
  CHECK(importCorpus("snapp__snapp_cab_1.md").company.url == "snapp.ir");
  CHECK(importCorpus("cloudzy__cloudzy.md").company.localName == "ابرناک");
}

TEST_CASE("corpus: positions and status rows, the HR-interview emoji included") {
  const auto doctoreto = importCorpus("doctoreto.md");
  CHECK(doctoreto.position == "Senior Back-End Developer (Golang)");
  CHECK(doctoreto.status == std::vector<std::string>{"resume", "hr_call", "technical", "rejected"});
  CHECK(importCorpus("gharar.md").position == "Software Engineer Internship");
  CHECK(importCorpus("hermes.md").position == "Software Engineer");
  CHECK(importCorpus("tabdeal__tabdeal.md").status ==
        std::vector<std::string>{"resume", "hr_call", "technical", "task", "rejected"});
  bool sawHrInterview = false, sawTaskReview = false, sawDeclined = false, sawAccepted = false;
  for (const auto& path : corpusFiles()) {
    const auto record = *markdown::importMarkdown(readFile(path)).record;
    for (const auto& code : record.status) {
      sawHrInterview |= code == "hr_interview";
      sawTaskReview |= code == "task_review";
      sawDeclined |= code == "declined";
      sawAccepted |= code == "accepted";
    }
  }
  CHECK(sawHrInterview);
  CHECK(sawTaskReview);
  CHECK(sawDeclined);
  CHECK(sawAccepted);
}

TEST_CASE("corpus: the flowchart source is kept inside its fence") {
  const auto doctoreto = importCorpus("doctoreto.md");
  CHECK(doctoreto.process.rfind("flowchart LR\n    sr(Send Resume) --> hr(HR Call)", 0) == 0);
  CHECK(doctoreto.process.back() == ')');
  CHECK(importCorpus("hermes.md").process.back() == '\n');  // a blank line before the closing fence
}

TEST_CASE("corpus: apply ways and platforms") {
  CHECK(importCorpus("doctoreto.md").applyWays == std::vector<std::string>{"Jobinja", "Jobvision"});
  CHECK(importCorpus("siztel__internship.md").applyWays == std::vector<std::string>{"Linkedin"});
  CHECK(importCorpus("doctoreto.md").platform == "Google Meet");
  CHECK(importCorpus("gharar.md").platform == "gharar");
}

TEST_CASE("corpus: dated stages with their spelling variants") {
  const auto doctoreto = importCorpus("doctoreto.md");
  REQUIRE(doctoreto.dates.size() == 4);
  CHECK(doctoreto.dates[0].label == "Sent Resume");
  CHECK(doctoreto.dates[0].date == "1404.04.09");
  CHECK(doctoreto.dates[3].label == "Rejection Email");
  const auto gharar = importCorpus("gharar.md");
  CHECK(gharar.dates[2].date == "1400.07.11");
  CHECK(gharar.dates[2].note == "AT 2 PM");
  const auto bitex = importCorpus("bitex__bitex.md");
  CHECK(bitex.dates[1].date == "1402.02.27");
  CHECK(bitex.dates[1].note == "They sent <br /> I sent 1402.03.03");
  CHECK(importCorpus("QuizOfKings.md").dates[0].note == "IDK");
  CHECK(importCorpus("QuizOfKings.md").dates[0].date.empty());
  CHECK(importCorpus("busnet__busnet-interview.md").dates[0].date == "2026/05/16");
  CHECK(importCorpus("metazi.md").dates[0].date == "1404/07/01");
}

TEST_CASE("corpus: durations as lists and as a bare line") {
  const auto tabdeal = importCorpus("tabdeal__tabdeal.md");
  REQUIRE(tabdeal.durations.size() == 3);
  CHECK(tabdeal.durations[1].label == "Task");
  CHECK(tabdeal.durations[1].text == "5 days");
  CHECK(model::durationMinutes(tabdeal.durations[1].text) == 5 * 24 * 60);
  const auto siztel = importCorpus("siztel__internship.md");
  REQUIRE(siztel.durations.size() == 1);
  CHECK(siztel.durations[0].label.empty());
  CHECK(siztel.durations[0].text == "1 hour");
  CHECK(importCorpus("hamkaransystem__1402.md").durations.back().text == "1 hour and 30 minutes");
}

TEST_CASE("corpus: stage sections with questions, answers, notes and other Markdown") {
  const auto doctoreto = importCorpus("doctoreto.md");
  REQUIRE_FALSE(doctoreto.sections.empty());
  const auto& technical = doctoreto.sections[0];
  CHECK(technical.title == "Technical Interview");
  CHECK(technical.level == 3);
  REQUIRE(technical.items.size() > 5);
  CHECK(technical.items[0].kind == model::ItemKind::Question);
  CHECK(technical.items[0].text == "Tell me about the main challenges you faced in your recent roles.");
  CHECK(technical.items[0].answer.empty());
  CHECK(technical.items[2].text == "What mechanisms do you use to make message processing resilient?");
  CHECK(technical.items[2].answer.find("Transactional outbox") != std::string::npos);
  CHECK(technical.items[2].answer.rfind("<a href=", 0) == 0);  // dedented
  // " - Do you have ..." (one leading space) is a question too
  bool found = false;
  for (const auto& item : technical.items) found |= item.text.rfind("Do you have experience with database", 0) == 0;
  CHECK(found);
  CHECK(technical.items.back().kind == model::ItemKind::Note);

  const auto hermes = importCorpus("hermes.md");
  const auto& interview = hermes.sections[0];
  CHECK(interview.title == "Technical interview");
  CHECK(interview.level == 3);
  const auto itoll = importCorpus("itoll.md");
  CHECK(itoll.sections[0].title == "Technical interview");
  CHECK(itoll.sections[0].level == 2);
  CHECK(interview.items[0].kind == model::ItemKind::Note);
  CHECK(interview.items[0].text.rfind("یکی از عجیب‌ترین", 0) == 0);
  CHECK(interview.items[1].text == "[Game theory question (pirate game)](https://en.wikipedia.org/wiki/Pirate_game)");

  const auto gharar = importCorpus("gharar.md");
  CHECK(gharar.sections[0].items.back().kind == model::ItemKind::Other);
  CHECK(gharar.sections[0].items.back().text == "// TODO");
}

TEST_CASE("corpus: scores, their maximum and their comment") {
  const auto doctoreto = importCorpus("doctoreto.md");
  CHECK(doctoreto.score.text == "8/10");
  CHECK(doctoreto.score.numbers().value == 8.0);
  CHECK(doctoreto.score.numbers().max == 10.0);
  CHECK(doctoreto.score.comment.rfind("مصاحبه خوبی بود", 0) == 0);
  CHECK(importCorpus("gharar.md").score.numbers().value == 7.0);
  CHECK(importCorpus("gharar.md").score.comment.empty());
  bool sawHalf = false;
  for (const auto& path : corpusFiles()) {
    const auto r = *markdown::importMarkdown(readFile(path)).record;
    if (r.score.numbers().value == 6.5) sawHalf = true;
  }
  CHECK(sawHalf);
}

// The variants the corpus README lists, each pinned on a record that has it.
TEST_CASE("corpus variants: 'Interview process' and 'Interview Process' headings both hold the flowchart") {
  CHECK_FALSE(importCorpus("gharar.md").process.empty());      // ### Interview process
  CHECK_FALSE(importCorpus("doctoreto.md").process.empty());   // ### Interview Process
}

TEST_CASE("corpus variants: <br> and <br /> before a date, with or without spaces") {
  const auto gharar = importCorpus("gharar.md");
  CHECK(gharar.dates[0].date == "1400.06.31");  // "** <br /> 1400.06.31"
  CHECK(gharar.dates[2].date == "1400.07.11");  // "** <br> 1400.07.11 AT 2 PM"
  CHECK(gharar.durations[0].text == "About 1 hour");  // "<br>About 1 hour"
}

TEST_CASE("corpus variants: answers indented by two and by four spaces are both dedented") {
  const auto tabdeal = importCorpus("tabdeal__tabdeal.md");   // two spaces
  const auto& answer = tabdeal.sections[0].items[2].answer;
  CHECK(answer.rfind("If we suddenly receive a massive number of requests", 0) == 0);
  CHECK(answer.find("\n- If the database is overloaded") != std::string::npos);
  const auto doctoreto = importCorpus("doctoreto.md");        // four spaces
  CHECK(doctoreto.sections[0].items[2].answer.rfind("<a href=", 0) == 0);
}

TEST_CASE("corpus variants: multi-line flowchart labels and chains over several lines stay as written") {
  bool multiLineChain = false, quotedLabel = false;
  for (const auto& path : corpusFiles()) {
    const auto r = *markdown::importMarkdown(readFile(path)).record;
    std::size_t arrows = 0, lines = 0;
    for (std::size_t p = r.process.find("-->"); p != std::string::npos; p = r.process.find("-->", p + 1)) ++arrows;
    for (char c : r.process) lines += c == '\n';
    multiLineChain |= lines >= 2 && arrows >= 2;  // header line + two chain lines
    quotedLabel |= r.process.find("(\"") != std::string::npos;
  }
  CHECK(multiLineChain);
  CHECK(quotedLabel);
}

TEST_CASE("corpus variants: rejected edges in both spellings and the accepted outcome are kept") {
  CHECK(importCorpus("doctoreto.md").process.find("--rejected--x") != std::string::npos);
  bool spaced = false;
  for (const auto& path : corpusFiles()) {
    spaced |= markdown::importMarkdown(readFile(path)).record->process.find("-- rejected --x") != std::string::npos;
  }
  CHECK(spaced);
  CHECK(importCorpus("dpkharazmi.md").process.find("--Accepted--> o(Offer)") != std::string::npos);
  // The README's `--accepted :) --> r((" "))` is not among these 32 files: pin it on a record of its own.
  const std::string text = "# [x](y)\n\n### Interview Process\n```mermaid\nflowchart LR\n    ti(Technical) --accepted :) --> r((\" \"))\n```\n";
  const auto r = markdown::importMarkdown(text);
  REQUIRE(r.record);
  CHECK(r.record->process == "flowchart LR\n    ti(Technical) --accepted :) --> r((\" \"))");
  CHECK(markdown::exportMarkdown(*r.record) == text);
}

TEST_CASE("corpus variants: live-code sections, images and PDF links are kept as Markdown items") {
  const auto tabdeal = importCorpus("tabdeal__tabdeal.md");
  bool liveCode = false;
  for (const auto& s : tabdeal.sections) liveCode |= s.title == "Live code" && s.level == 4;
  CHECK(liveCode);
  bool image = false, pdf = false;
  for (const auto& path : corpusFiles()) {
    const auto r = *markdown::importMarkdown(readFile(path)).record;
    for (const auto& s : r.sections) {
      for (const auto& item : s.items) {
        const std::string all = item.text + item.answer;
        image |= all.find("<img") != std::string::npos || all.find("![") != std::string::npos;
        pdf |= all.find(".pdf") != std::string::npos;
      }
    }
  }
  CHECK(image);
  CHECK(pdf);
}

TEST_CASE("corpus variants: Persian paragraphs are notes with their text") {
  const auto siztel = importCorpus("siztel__internship.md");
  CHECK(siztel.score.comment.rfind("برای", 0) == 0);
}
