#include "core/insights/question_bank.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <map>
#include <unordered_map>

#include "core/text/search_fold.h"
#include "core/text/utf8.h"

namespace jobname::insights {

namespace {
// Persian is written with Arabic letter variants and spacing habits that mean nothing: letters
// fold as a search does; the joiners and no-break space part words.
char32_t foldPersian(char32_t cp) {
  if (cp == 0x200C || cp == 0x200D || cp == 0x00A0) return U' ';
  return text::foldForSearch(cp);
}

std::vector<std::string> words(const std::string& key) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < key.size()) {
    const std::size_t end = std::min(key.find(' ', start), key.size());
    if (end > start) out.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Whether two word sequences are at most one word apart (one changed, added or left out): a
// linear walk, however long the questions.
bool withinOneWord(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() < b.size()) return withinOneWord(b, a);
  if (a.size() - b.size() > 1) return false;
  std::size_t head = 0;
  while (head < b.size() && a[head] == b[head]) ++head;
  if (head == b.size()) return true;
  // Past the first difference: the rest equal once the differing word is skipped in the longer
  // one (one added or left out), or in both (one changed).
  const std::size_t skipB = a.size() == b.size() ? 1 : 0;
  return std::equal(a.begin() + static_cast<std::ptrdiff_t>(head) + 1, a.end(), b.begin() + static_cast<std::ptrdiff_t>(head + skipB));
}

// Signatures of a question's words for finding near matches without comparing every pair of
// questions: a hash of the whole sequence, of the sequence with one word replaced by a
// placeholder (two questions one word changed apart share one of these), and of the sequence
// with one word left out (it equals the whole hash of a question one word shorter). Polynomial
// hashes over the words' hashes, prefix and suffix, so all of them take time linear in the words.
struct WordSignatures {
  std::uint64_t whole = 0;
  std::vector<std::uint64_t> replaced, leftOut;
};

WordSignatures signatures(const std::vector<std::string>& words) {
  constexpr std::uint64_t kBase = 0x100000001b3ull, kPlaceholder = 0x9e3779b97f4a7c15ull;
  const std::size_t n = words.size();
  std::vector<std::uint64_t> prefix(n + 1, 0), power(n + 1, 1);
  for (std::size_t i = 0; i < n; ++i) {
    prefix[i + 1] = prefix[i] * kBase + std::hash<std::string>()(words[i]) + 1;
    power[i + 1] = power[i] * kBase;
  }
  auto suffixFrom = [&](std::size_t j) { return prefix[n] - prefix[j] * power[n - j]; };
  WordSignatures out;
  out.whole = prefix[n] ^ (n * kPlaceholder);
  for (std::size_t i = 0; i < n; ++i) {
    out.replaced.push_back((prefix[i] * power[n - i] + kPlaceholder * power[n - 1 - i] + suffixFrom(i + 1)) ^ (n * kPlaceholder));
    out.leftOut.push_back((prefix[i] * power[n - 1 - i] + suffixFrom(i + 1)) ^ ((n - 1) * kPlaceholder));
  }
  return out;
}
}  // namespace

std::string questionKey(const std::string& question) {
  std::string key;
  for (std::size_t pos = 0; pos < question.size();) {
    char32_t cp = foldPersian(text::decodeUtf8(question, pos));
    if (cp == 0) continue;  // a mark left out
    if (cp < 0x80) {
      if (std::isalnum(static_cast<int>(cp))) key += static_cast<char>(std::tolower(static_cast<int>(cp)));
      else if (!key.empty() && key.back() != ' ') key += ' ';
    } else if (cp == 0x061F || cp == 0x060C || cp == 0x061B) {  // Persian ? , ;
      if (!key.empty() && key.back() != ' ') key += ' ';
    } else {
      text::appendUtf8(key, cp);
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

bool sameQuestion(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const auto wa = words(a), wb = words(b);
  // One word changed in a question of four words or more ("tell me" / "tell us").
  if (std::min(wa.size(), wb.size()) < 4) return false;
  return withinOneWord(wa, wb);
}

std::vector<QuestionGroup> buildQuestionBank(const std::vector<model::CollectionEntry>& entries, WorkMeter* meter) {
  std::vector<QuestionGroup> groups;
  std::vector<std::string> keys;                        // one per group: the first wording's key
  std::vector<std::size_t> keyWords;                    // its number of words
  std::unordered_map<std::string, std::size_t> exact;  // key -> group
  // Near matches (sameQuestion) are looked up by signature, never by comparing a question with
  // every group: 5,000 distinct questions took a minute. Only groups of four words or more can
  // be matched nearly, so only they are indexed.
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> byWhole, byReplaced, byLeftOut;
  for (const auto& entry : entries) {
    const auto& r = entry.record;
    for (std::size_t s = 0; s < r.sections.size(); ++s) {
      for (std::size_t q = 0; q < r.sections[s].items.size(); ++q) {
        const auto& item = r.sections[s].items[q];
        if (item.kind != model::ItemKind::Question || item.text.empty()) continue;
        const std::string key = questionKey(item.text);
        if (key.empty()) continue;
        std::size_t group = groups.size();
        if (auto it = exact.find(key); it != exact.end()) {
          group = it->second;
        } else {
          const auto keyWordList = words(key);
          const std::size_t n = keyWordList.size();
          WordSignatures sig;
          if (n >= 4) {
            sig = signatures(keyWordList);
            // Candidates: groups one word longer with one left out, as long with one changed,
            // one shorter. As before, the first match among the shorter groups wins, then the
            // same length, then the longer; among those, the group made first.
            auto consider = [&](const auto& index, std::uint64_t signature) {
              const auto found = index.find(signature);
              if (found == index.end()) return;
              for (std::size_t g : found->second) {
                countSteps(meter);
                const bool earlier = group == groups.size() || keyWords[g] < keyWords[group] ||
                                     (keyWords[g] == keyWords[group] && g < group);
                if (earlier && sameQuestion(key, keys[g])) group = g;
              }
            };
            for (std::uint64_t leftOut : sig.leftOut) consider(byWhole, leftOut);
            for (std::uint64_t replaced : sig.replaced) consider(byReplaced, replaced);
            consider(byLeftOut, sig.whole);
          }
          if (group == groups.size()) {
            groups.emplace_back();
            keys.push_back(key);
            keyWords.push_back(n);
            if (n >= 4) {
              byWhole[sig.whole].push_back(group);
              for (std::uint64_t replaced : sig.replaced) byReplaced[replaced].push_back(group);
              for (std::uint64_t leftOut : sig.leftOut) byLeftOut[leftOut].push_back(group);
            }
          }
          exact.emplace(key, group);
        }
        groups[group].asked.push_back({entry.id, r.company.name, item.text, item.answer, s, q});
      }
    }
  }
  for (auto& g : groups) {
    std::map<std::string, int> wordings;
    for (const auto& a : g.asked) {
      ++wordings[a.question];
      if (std::find(g.companies.begin(), g.companies.end(), a.company) == g.companies.end()) g.companies.push_back(a.company);
    }
    g.text = std::max_element(wordings.begin(), wordings.end(), [](const auto& x, const auto& y) { return x.second < y.second; })->first;
  }
  std::stable_sort(groups.begin(), groups.end(), [](const QuestionGroup& a, const QuestionGroup& b) {
    if (a.asked.size() != b.asked.size()) return a.asked.size() > b.asked.size();
    return a.text < b.text;
  });
  return groups;
}

std::string questionBankMarkdown(const std::vector<QuestionGroup>& groups) {
  std::string out = "# FAQ\n\nQuestions asked in more than one interview, most asked first.\n";
  for (const auto& g : groups) {
    if (g.asked.size() < 2) continue;
    out += "\n**_" + g.text + "_**<br />\n(" + std::to_string(g.asked.size()) + " times - ";
    for (std::size_t i = 0; i < g.companies.size(); ++i) out += (i ? ", " : "") + g.companies[i];
    out += ")\n";
  }
  return out;
}

}  // namespace jobname::insights
