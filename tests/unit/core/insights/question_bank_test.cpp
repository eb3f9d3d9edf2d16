#include "core/insights/question_bank.h"

#include <doctest/doctest.h>

#include "core/markdown/import.h"
#include "../../support/corpus.h"

using namespace jobname;
using namespace jobname::insights;

TEST_CASE("question bank: wordings that must be one question") {
  CHECK(sameQuestion(questionKey("Tell me about yourself."), questionKey("Tell us about yourself")));
  CHECK(questionKey("What is  SOLID?") == questionKey("what is solid"));
  CHECK(questionKey("چرا گو؟") == questionKey("چرا گو"));
  CHECK(questionKey("نرم‌افزار") == questionKey("نرم افزار"));  // ZWNJ or space
  CHECK(questionKey("كيف") == questionKey("کیف"));              // Arabic kaf and yeh
}

TEST_CASE("question bank: wordings that must stay apart") {
  CHECK_FALSE(sameQuestion(questionKey("What is REST?"), questionKey("What is gRPC?")));
  CHECK_FALSE(sameQuestion(questionKey("What is polymorphism?"), questionKey("What is inheritance?")));
  CHECK_FALSE(sameQuestion(questionKey("What is your salary expectation?"), questionKey("What is your notice period?")));
}

TEST_CASE("question bank: over the corpus, the most asked question and where") {
  std::vector<model::CollectionEntry> entries;
  for (const auto& path : jobname::testing::corpusFiles()) {
    entries.push_back({path.stem().string(), 0, 0, *markdown::importMarkdown(jobname::testing::readFile(path)).record});
  }
  const auto bank = buildQuestionBank(entries);
  REQUIRE_FALSE(bank.empty());
  CHECK(bank[0].text == "Tell me about yourself.");
  CHECK(bank[0].asked.size() >= 22);  // 14 "Tell me" + 8 "Tell us"
  CHECK(bank[0].companies.size() > 10);
  const std::string faq = questionBankMarkdown(bank);
  CHECK(faq.find("**_Tell me about yourself._**<br />\n(") != std::string::npos);
  CHECK(faq.find(" times - ") != std::string::npos);
}
