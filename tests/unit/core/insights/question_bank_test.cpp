#include "core/insights/question_bank.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "core/markdown/import.h"
#include "../../support/corpus.h"
#include "../../support/hostile_input.h"

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

TEST_CASE("question bank: one word changed, added or left out, in any place") {
  const std::string base = questionKey("how does the garbage collector work");
  CHECK(sameQuestion(base, questionKey("how does the garbage collector run")));        // last changed
  CHECK(sameQuestion(base, questionKey("why does the garbage collector work")));       // first changed
  CHECK(sameQuestion(base, questionKey("how does the java garbage collector work")));  // one added
  CHECK(sameQuestion(base, questionKey("how does garbage collector work")));           // one left out
  CHECK(sameQuestion(base, questionKey("does the garbage collector work")));           // the first left out
  CHECK_FALSE(sameQuestion(base, questionKey("how does the garbage collector not work now")));  // two added
  CHECK_FALSE(sameQuestion(base, questionKey("why does the garbage collector run")));          // two changed
  CHECK_FALSE(sameQuestion(base, questionKey("does the garbage collector work how")));         // moved
}

namespace {
// The grouping as it was first written: each new wording compared with every group, the first
// match among groups a word shorter, then as long, then a word longer. The bank must agree.
std::vector<std::vector<std::string>> groupsPairByPair(const std::vector<std::string>& questions) {
  std::vector<std::string> keys;
  std::vector<std::vector<std::string>> groups;
  std::map<std::string, std::size_t> exact;
  auto wordCount = [](const std::string& key) { return key.empty() ? 0 : 1 + std::count(key.begin(), key.end(), ' '); };
  for (const auto& q : questions) {
    const std::string key = questionKey(q);
    std::size_t group = groups.size();
    if (const auto it = exact.find(key); it != exact.end()) {
      group = it->second;
    } else {
      const long n = wordCount(key);
      for (long length = n - 1; length <= n + 1 && group == groups.size(); ++length) {
        for (std::size_t g = 0; g < keys.size(); ++g) {
          if (wordCount(keys[g]) == length && sameQuestion(key, keys[g])) { group = g; break; }
        }
      }
      if (group == groups.size()) { groups.emplace_back(); keys.push_back(key); }
      exact.emplace(key, group);
    }
    groups[group].push_back(q);
  }
  return groups;
}

std::vector<std::vector<std::string>> groupsOf(const std::vector<QuestionGroup>& bank) {
  std::vector<std::vector<std::string>> out;
  for (const auto& g : bank) {
    out.emplace_back();
    for (const auto& a : g.asked) out.back().push_back(a.question);
  }
  std::sort(out.begin(), out.end());
  return out;
}

model::CollectionEntry recordOfQuestions(const std::vector<std::string>& questions) {
  model::CollectionEntry entry{"r", 0, 0, {}};
  entry.record.sections.emplace_back();
  for (const auto& q : questions) entry.record.sections[0].items.push_back({model::ItemKind::Question, q, "", model::kNew});
  return entry;
}
}  // namespace

TEST_CASE("question bank: groups near wordings as comparing every pair did") {
  // Wordings of three to six words over a vocabulary of four, so that most are a word apart
  // from several others, in chains ("a b c d" ~ "a b c e" ~ "a b f e").
  std::vector<std::string> questions;
  unsigned state = 7;
  for (int i = 0; i < 3000; ++i) {
    state = state * 1103515245u + 12345u;
    const int length = 3 + static_cast<int>((state >> 16) % 4);
    std::string q;
    for (int w = 0; w < length; ++w) {
      state = state * 1103515245u + 12345u;
      q += (w ? " w" : "w") + std::to_string((state >> 16) % 4);
    }
    questions.push_back(q + "?");
  }
  auto expected = groupsPairByPair(questions);
  std::sort(expected.begin(), expected.end());
  CHECK(groupsOf(buildQuestionBank({recordOfQuestions(questions)})) == expected);
}

TEST_CASE("question bank: 5,000 distinct questions are grouped without comparing every pair (freeze: a book took a minute)") {
  std::vector<std::string> questions;
  const std::string text = jobname::testing::distinctQuestions(5000);
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = text.find('\n', at);
    questions.push_back(text.substr(at + 2, end - at - 2));
    at = end + 1;
  }
  WorkMeter meter;
  const auto bank = buildQuestionBank({recordOfQuestions(questions)}, &meter);
  CHECK(bank.size() == 5000);
  CHECK(meter.steps <= 5000);  // pair by pair: 12.5 million comparisons
}
