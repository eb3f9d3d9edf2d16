#include "core/insights/question_bank.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

#include "core/text/utf8.h"

namespace jobname::insights {

namespace {
// Persian is written with Arabic letter variants and spacing habits that mean nothing.
char32_t foldPersian(char32_t cp) {
  switch (cp) {
    case 0x064A: case 0x0649: return 0x06CC;  // Arabic yeh, alef maksura -> Persian yeh
    case 0x0643: return 0x06A9;               // Arabic kaf -> Persian keheh
    case 0x0629: return 0x0647;               // teh marbuta -> heh
    case 0x200C: case 0x200D: case 0x00A0: return U' ';  // ZWNJ, ZWJ, no-break space -> space
    default: return cp;
  }
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

// Edit distance between two word sequences.
std::size_t wordDistance(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}
}  // namespace

std::string questionKey(const std::string& question) {
  std::string key;
  for (std::size_t pos = 0; pos < question.size();) {
    char32_t cp = foldPersian(text::decodeUtf8(question, pos));
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
  return wordDistance(wa, wb) <= 1;
}

std::vector<QuestionGroup> buildQuestionBank(const std::vector<model::CollectionEntry>& entries) {
  std::vector<QuestionGroup> groups;
  std::vector<std::string> keys;             // one per group: the first wording's key
  std::unordered_map<std::string, std::size_t> exact;  // key -> group
  std::map<std::size_t, std::vector<std::size_t>> byLength;  // word count -> groups, for the near matches
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
          const std::size_t n = words(key).size();
          for (std::size_t length = n > 0 ? n - 1 : 0; length <= n + 1 && group == groups.size(); ++length) {
            for (std::size_t g : byLength[length]) {
              if (sameQuestion(key, keys[g])) { group = g; break; }
            }
          }
          if (group == groups.size()) {
            groups.emplace_back();
            keys.push_back(key);
            byLength[n].push_back(group);
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
