#include "core/mermaid/status_check.h"

#include <algorithm>

#include "core/mermaid/progress.h"
#include "core/model/outcome.h"
#include "core/model/stages.h"
#include "core/text/ascii_case.h"

namespace jobname::mermaid {

namespace {
bool has(const std::vector<std::string>& status, const char* code) {
  return std::find(status.begin(), status.end(), code) != status.end();
}
}  // namespace

std::vector<std::string> checkStatusAgainstChart(const std::vector<std::string>& status,
                                                 const std::optional<Flowchart>& chart, WorkMeter* meter) {
  std::vector<std::string> warnings;
  if (!chart || chart->arrowsNotKept > 0) return warnings;
  bool chartRejected = false, chartAccepted = false;
  std::vector<std::string> reachedLabels;
  // Walk the stages reached: from the first stage along arrows that are neither dotted nor
  // crossed, each stage and each arrow once.
  const NodeIndex index(*chart);
  std::vector<std::vector<std::size_t>> leaving(chart->nodes.size());
  for (std::size_t e = 0; e < chart->edges.size(); ++e) {
    if (const auto from = index.find(chart->edges[e].from)) leaving[*from].push_back(e);
  }
  countSteps(meter, chart->nodes.size() + chart->edges.size());
  std::vector<bool> queued(chart->nodes.size(), false);
  std::vector<std::size_t> frontier;
  if (!chart->nodes.empty()) { frontier.push_back(0); queued[0] = true; }
  for (std::size_t i = 0; i < frontier.size(); ++i) {
    reachedLabels.push_back(text::lowerAscii(chart->nodes[frontier[i]].label));
    for (std::size_t e : leaving[frontier[i]]) {
      countSteps(meter);
      const Edge& edge = chart->edges[e];
      const model::Outcome outcome = model::outcomeOfArrow(edge.label, edge.head == HeadKind::Cross);
      if (outcome == model::Outcome::Rejected || outcome == model::Outcome::Declined) { chartRejected = true; continue; }
      if (outcome == model::Outcome::Accepted) chartAccepted = true;
      if (edge.line == LineKind::Dotted) continue;
      const auto to = index.find(edge.to);
      if (to && !queued[*to]) { queued[*to] = true; frontier.push_back(*to); }
    }
  }
  const bool rowRejected = has(status, "rejected") || has(status, "declined");
  if (rowRejected && !chartRejected) warnings.push_back("The status row ends in a rejection, but the flowchart shows none (a --rejected--x arrow).");
  if (chartRejected && !rowRejected) warnings.push_back("The flowchart shows a rejection, but the status row has no ❌ or ❎.");
  if (chartAccepted && !has(status, "accepted")) warnings.push_back("The flowchart shows an acceptance, but the status row has no ✅.");
  auto reached = [&](const char* word) {
    return std::any_of(reachedLabels.begin(), reachedLabels.end(), [&](const std::string& l) { return l.find(word) != std::string::npos; });
  };
  if (reached("task") && !has(status, "task") && !has(status, "task_review")) {
    warnings.push_back("The flowchart reaches a task, but the status row has no 📝.");
  }
  // "Technical Task" is a task, not a technical interview.
  const bool technical = std::any_of(reachedLabels.begin(), reachedLabels.end(), [](const std::string& l) {
    return (l.find("technical") != std::string::npos || l.find("live cod") != std::string::npos) && l.find("task") == std::string::npos;
  });
  if (technical && !has(status, "technical")) warnings.push_back("The flowchart reaches a technical interview, but the status row has no 🔧.");
  return warnings;
}

std::vector<std::string> statusRowForChart(const std::vector<std::string>& row, const Flowchart& chart) {
  const auto progress = readProgress(chart);
  if (!progress) return row;
  std::vector<std::string> said;
  const NodeIndex index(chart);
  for (std::size_t k = 0; k <= progress->lastReached; ++k) {
    const std::string code = model::stageCodeOfName(chart.nodes[*index.find(progress->order[k])].label);
    if (!code.empty()) said.push_back(code);
  }
  // What a chart can say: the stages stageCodeOfName names and the outcomes the panel writes.
  static const char* const kSaid[] = {"resume", "hr_call", "hr_interview", "technical", "task", "task_review",
                                      "accepted", "rejected", "declined"};
  for (const std::string& code : row) {
    if (std::none_of(std::begin(kSaid), std::end(kSaid), [&](const char* s) { return code == s; })) said.push_back(code);
  }
  model::Outcome outcome = progress->outcome;
  if (outcome == model::Outcome::Rejected && model::outcomeOfStatus(row) == model::Outcome::Declined) outcome = model::Outcome::Declined;
  if (outcome != model::Outcome::Pending) said.emplace_back(model::outcomeCode(outcome));
  return said;
}

}  // namespace jobname::mermaid
