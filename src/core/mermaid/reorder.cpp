#include "core/mermaid/reorder.h"

#include <algorithm>

namespace jobname::mermaid {

namespace {
// Per stage, the arrow that leaves it when exactly one does; none when the chart is no chain.
std::vector<std::size_t> chainArrows(const Flowchart& chart, const NodeIndex& index) {
  constexpr std::size_t kNone = static_cast<std::size_t>(-1), kBranch = static_cast<std::size_t>(-2);
  std::vector<std::size_t> leaving(chart.nodes.size(), kNone);
  for (std::size_t e = 0; e < chart.edges.size(); ++e) {
    const auto from = index.find(chart.edges[e].from);
    if (!from || !index.find(chart.edges[e].to)) return {};
    leaving[*from] = leaving[*from] == kNone ? e : kBranch;
  }
  return leaving;
}
}  // namespace

std::vector<std::string> chainOrder(const Flowchart& chart) {
  if (chart.nodes.empty() || chart.edges.size() + 1 != chart.nodes.size()) return {};
  const NodeIndex index(chart);
  const std::vector<std::size_t> leaving = chainArrows(chart, index);
  if (leaving.empty()) return {};
  // The chain starts at the one stage nothing leads to, wherever the text first names it.
  std::vector<bool> seen(chart.nodes.size(), false);
  for (const auto& e : chart.edges) seen[*index.find(e.to)] = true;
  if (std::count(seen.begin(), seen.end(), false) != 1) return {};
  std::size_t at = static_cast<std::size_t>(std::find(seen.begin(), seen.end(), false) - seen.begin());
  std::fill(seen.begin(), seen.end(), false);
  std::vector<std::string> order{chart.nodes[at].id};
  seen[at] = true;
  for (std::size_t step = 0; step < chart.edges.size(); ++step) {
    if (leaving[at] >= chart.edges.size()) return {};  // a dead end or a branch
    at = *index.find(chart.edges[leaving[at]].to);
    if (seen[at]) return {};
    seen[at] = true;
    order.push_back(chart.nodes[at].id);
  }
  return order;
}

bool moveStage(Flowchart& chart, const std::string& id, int offset) {
  std::vector<std::string> order = chainOrder(chart);
  const auto it = std::find(order.begin(), order.end(), id);
  if (it == order.end()) return false;
  const long from = it - order.begin();
  const long to = from + offset;
  if (to < 0 || to >= static_cast<long>(order.size())) return false;
  // Arrows in chain order: the k-th arrow keeps its kind while its ends follow the new order.
  const NodeIndex index(chart);
  const std::vector<std::size_t> leaving = chainArrows(chart, index);
  std::vector<Edge> arrows;
  for (std::size_t k = 0; k + 1 < order.size(); ++k) arrows.push_back(chart.edges[leaving[*index.find(order[k])]]);
  std::swap(order[from], order[to]);
  for (std::size_t k = 0; k < arrows.size(); ++k) {
    arrows[k].from = order[k];
    arrows[k].to = order[k + 1];
  }
  std::vector<Node> nodes;
  for (const auto& nodeId : order) nodes.push_back(chart.nodes[*index.find(nodeId)]);
  chart.edges = arrows;
  chart.nodes = nodes;
  return true;
}

}  // namespace jobname::mermaid
