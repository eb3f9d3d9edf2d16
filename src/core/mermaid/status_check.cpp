#include "core/mermaid/status_check.h"

#include <algorithm>

#include "core/model/outcome.h"
#include "core/text/ascii_case.h"

namespace jobname::mermaid {

namespace {
bool has(const std::vector<std::string>& status, const char* code) {
  return std::find(status.begin(), status.end(), code) != status.end();
}
}  // namespace

std::vector<std::string> checkStatusAgainstChart(const std::vector<std::string>& status,
                                                 const std::optional<Flowchart>& chart) {
  std::vector<std::string> warnings;
  if (!chart) return warnings;
  bool chartRejected = false, chartAccepted = false;
  std::vector<std::string> reachedLabels;
  // Walk the stages reached: from the first stage along arrows that are neither dotted nor crossed.
  std::vector<std::string> frontier;
  if (!chart->nodes.empty()) frontier.push_back(chart->nodes.front().id);
  for (std::size_t i = 0; i < frontier.size(); ++i) {
    const auto node = chart->findNode(frontier[i]);
    if (node) reachedLabels.push_back(text::lowerAscii(chart->nodes[*node].label));
    for (const auto& e : chart->edges) {
      if (e.from != frontier[i]) continue;
      const model::Outcome outcome = model::outcomeOfArrow(e.label, e.head == HeadKind::Cross);
      if (outcome == model::Outcome::Rejected || outcome == model::Outcome::Declined) { chartRejected = true; continue; }
      if (outcome == model::Outcome::Accepted) chartAccepted = true;
      if (e.line == LineKind::Dotted) continue;
      if (std::find(frontier.begin(), frontier.end(), e.to) == frontier.end()) frontier.push_back(e.to);
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

}  // namespace jobname::mermaid
