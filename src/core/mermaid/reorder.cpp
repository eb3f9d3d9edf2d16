#include "core/mermaid/reorder.h"

#include <algorithm>

namespace jobname::mermaid {

std::vector<std::string> chainOrder(const Flowchart& chart) {
  if (chart.nodes.empty() || chart.edges.size() + 1 != chart.nodes.size()) return {};
  std::vector<std::string> order{chart.nodes.front().id};
  for (std::size_t step = 0; step < chart.edges.size(); ++step) {
    const Edge* next = nullptr;
    for (const auto& e : chart.edges) {
      if (e.from != order.back()) continue;
      if (next) return {};  // a branch
      next = &e;
    }
    if (!next || std::find(order.begin(), order.end(), next->to) != order.end()) return {};
    order.push_back(next->to);
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
  std::vector<Edge> arrows;
  for (std::size_t k = 0; k + 1 < order.size(); ++k) {
    for (const auto& e : chart.edges) {
      if (e.from == order[k] && e.to == order[k + 1]) { arrows.push_back(e); break; }
    }
  }
  std::swap(order[from], order[to]);
  for (std::size_t k = 0; k < arrows.size(); ++k) {
    arrows[k].from = order[k];
    arrows[k].to = order[k + 1];
  }
  chart.edges = arrows;
  std::vector<Node> nodes;
  for (const auto& nodeId : order) nodes.push_back(chart.nodes[*chart.findNode(nodeId)]);
  chart.nodes = nodes;
  return true;
}

}  // namespace jobname::mermaid
