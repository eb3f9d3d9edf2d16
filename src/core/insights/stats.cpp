#include "core/insights/stats.h"

#include <algorithm>
#include <map>
#include <optional>

#include "core/calendar/jalali.h"
#include "core/model/outcome.h"
#include "core/model/stages.h"
#include "core/text/ascii_case.h"
#include "core/text/search_fold.h"

namespace jobname::insights {

namespace {
bool has(const model::Record& r, const char* code) { return std::find(r.status.begin(), r.status.end(), code) != r.status.end(); }

const char* outcome(const model::Record& r) { return model::outcomeWord(model::outcomeOfStatus(r.status)); }

std::optional<calendar::JalaliDate> dateOf(const model::DatedStage& d) {
  const auto parsed = calendar::parseDate(d.date);
  if (!parsed.date) return std::nullopt;
  return parsed.date->jalali;
}

void add(std::vector<Count>& counts, const std::string& label, const std::string& id) {
  for (auto& c : counts) {
    if (c.label == label) { c.ids.push_back(id); return; }
  }
  counts.push_back({label, {id}});
}

// What two spellings of one platform or apply way share: "LinkedIn", "Linkedin" and "linked-in"
// are one, as are "jobinja" and "Jobinja" (folded as a search is, without spaces and dashes).
std::string spellingKey(const std::string& label) {
  std::string key;
  for (char c : text::foldForSearch(label)) {
    if (c != ' ' && c != '-' && c != '_' && c != '.') key += c;
  }
  return key.empty() ? label : key;
}

// Counts of labels written in several spellings: one count per spelling key, shown with the
// spelling used most often (the first written among equals).
struct SpelledCounts {
  std::vector<Count> counts;
  std::vector<std::string> keys;                       // one per count
  std::vector<std::map<std::string, int>> spellings;   // one per count
  std::vector<std::string> firstSpelling;              // one per count

  std::size_t add(const std::string& label, const std::string& id) {
    const std::string key = spellingKey(label);
    std::size_t i = 0;
    while (i < keys.size() && keys[i] != key) ++i;
    if (i == keys.size()) {
      keys.push_back(key);
      counts.push_back({label, {}});
      spellings.emplace_back();
      firstSpelling.push_back(label);
    }
    counts[i].ids.push_back(id);
    ++spellings[i][label];
    return i;
  }

  std::vector<Count> labelled() {
    for (std::size_t i = 0; i < counts.size(); ++i) {
      int best = spellings[i][firstSpelling[i]];
      counts[i].label = firstSpelling[i];
      for (const auto& [spelling, n] : spellings[i]) {
        if (n > best) { best = n; counts[i].label = spelling; }
      }
    }
    return counts;
  }
};

void sortByCount(std::vector<Count>& counts) {
  std::stable_sort(counts.begin(), counts.end(), [](const Count& a, const Count& b) { return a.count() > b.count(); });
}

Gap gap(std::string label, std::vector<long> days) {
  Gap g;
  g.label = std::move(label);
  g.samples = static_cast<int>(days.size());
  if (days.empty()) return g;
  std::sort(days.begin(), days.end());
  const std::size_t n = days.size();
  g.median = n % 2 ? static_cast<double>(days[n / 2]) : (days[n / 2 - 1] + days[n / 2]) / 2.0;
  g.min = days.front();
  g.max = days.back();
  return g;
}

bool isReply(const std::string& label) {
  const std::string l = text::lowerAscii(label);
  return l.find("resume") == std::string::npos && l.find("sent") == std::string::npos;
}
bool isInterview(const std::string& label) {
  const std::string l = text::lowerAscii(label);
  return l.find("interview") != std::string::npos || l.find("task") != std::string::npos;
}
bool isAnswer(const std::string& label) {
  const std::string l = text::lowerAscii(label);
  return l.find("reject") != std::string::npos || l.find("offer") != std::string::npos || l.find("answer") != std::string::npos;
}
}  // namespace

Stats computeStats(const std::vector<model::CollectionEntry>& entries, const StatsFilter& filter) {
  Stats s;
  const struct { const char* code; const char* label; } kFunnel[] = {
      {"resume", "Resume sent"}, {"hr_call", "HR call"}, {"technical", "Technical interview"},
      {"task", "Task"}, {"hr_interview", "HR interview"}, {"accepted", "Offer"}};
  for (const auto& f : kFunnel) s.funnel.push_back({f.label, {}});
  for (model::Outcome o : model::kOutcomes) s.outcomes.push_back({model::outcomeWord(o), {}});
  for (int score = 0; score <= 10; ++score) s.scores.push_back({std::to_string(score), {}});
  std::map<std::string, Count> months;
  std::map<std::string, int> positionResponded;
  SpelledCounts platforms, applyWays;
  std::vector<int> wayResponded;  // one per apply way
  std::vector<long> toReply, toAnswer;
  const std::string keyword = text::lowerAscii(filter.positionKeyword);

  for (const auto& e : entries) {
    const model::Record& r = e.record;
    std::optional<calendar::JalaliDate> first;
    for (const auto& d : r.dates) {
      if ((first = dateOf(d))) break;
    }
    if (filter.year && (!first || first->year != filter.year)) continue;
    if (!keyword.empty() && text::lowerAscii(r.position).find(keyword) == std::string::npos) continue;
    ++s.records;
    // A stage counts as reached when the status row has it, or a later stage of the funnel.
    int deepest = -1;
    for (int i = 0; i < 6; ++i) {
      if (has(r, kFunnel[i].code) || (i == 0 && !r.status.empty())) deepest = i;
    }
    for (int i = 0; i < 6; ++i) {
      if (has(r, kFunnel[i].code) || (i == 0 && deepest >= 0)) s.funnel[i].ids.push_back(e.id);
    }
    add(s.outcomes, outcome(r), e.id);
    if (deepest >= 0) {
      const std::string from = kFunnel[deepest].label, to = outcome(r);
      auto flow = std::find_if(s.flows.begin(), s.flows.end(), [&](const Stats::Flow& f) { return f.from == from && f.to == to; });
      if (flow == s.flows.end()) s.flows.push_back({from, to, {e.id}});
      else flow->ids.push_back(e.id);
    }
    if (first) {
      char month[16];
      std::snprintf(month, sizeof month, "%d.%02d", first->year, first->month);
      months[month].label = month;
      months[month].ids.push_back(e.id);
    }
    if (!r.platform.empty()) platforms.add(r.platform, e.id);
    const bool responded = r.status.size() > 1 || (!r.status.empty() && r.status[0] != "resume");
    if (!r.position.empty()) {
      add(s.positions, r.position, e.id);
      positionResponded[r.position] += responded ? 1 : 0;
    }
    for (const auto& way : r.applyWays) {
      const std::size_t i = applyWays.add(way, e.id);
      wayResponded.resize(applyWays.counts.size());
      wayResponded[i] += responded ? 1 : 0;
    }
    if (const auto outOfTen = r.score.numbers().outOfTen()) {  // out of range: flagged by the checks
      const int bucket = std::clamp(static_cast<int>(*outOfTen), 0, 10);
      s.scores[static_cast<std::size_t>(bucket)].ids.push_back(e.id);
    }
    // Days from the resume to the first reply, and from the last interview to the answer.
    std::optional<calendar::JalaliDate> sent, reply, lastInterview, answer;
    for (const auto& d : r.dates) {
      const auto date = dateOf(d);
      if (!date) continue;
      if (!sent && !isReply(d.label)) sent = date;
      else if (sent && !reply && isReply(d.label)) reply = date;
      if (isInterview(d.label)) lastInterview = date;
      if (isAnswer(d.label)) answer = date;
    }
    if (sent && reply) toReply.push_back(calendar::daysBetween(*sent, *reply));
    if (lastInterview && answer) toAnswer.push_back(calendar::daysBetween(*lastInterview, *answer));
  }
  for (auto& [key, count] : months) s.perMonth.push_back(count);
  for (std::size_t i = 0; i < s.funnel.size(); ++i) {
    const int before = i == 0 ? s.funnel[0].count() : s.funnel[i - 1].count();
    s.conversion.push_back(before ? static_cast<double>(s.funnel[i].count()) / before : 0);
  }
  s.platforms = platforms.labelled();
  sortByCount(s.platforms);
  // Apply ways sorted with their reply counts.
  std::vector<std::size_t> ways(applyWays.counts.size());
  for (std::size_t i = 0; i < ways.size(); ++i) ways[i] = i;
  const std::vector<Count> wayCounts = applyWays.labelled();
  std::stable_sort(ways.begin(), ways.end(), [&](std::size_t a, std::size_t b) { return wayCounts[a].count() > wayCounts[b].count(); });
  for (std::size_t i : ways) {
    s.applyWays.push_back(wayCounts[i]);
    s.responseByApplyWay.push_back(static_cast<double>(wayResponded[i]) / wayCounts[i].count());
  }
  sortByCount(s.positions);
  for (const auto& position : s.positions) {
    s.responseByPosition.push_back(position.count() ? static_cast<double>(positionResponded[position.label]) / position.count() : 0);
  }
  s.gaps.push_back(gap("Resume to first reply", toReply));
  s.gaps.push_back(gap("Last interview to answer", toAnswer));
  return s;
}

}  // namespace jobname::insights
