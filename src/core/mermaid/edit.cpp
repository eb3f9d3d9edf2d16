#include "core/mermaid/edit.h"

#include <algorithm>

namespace jobname::mermaid {

std::size_t lastReachedStage(const FlowchartLayout& layout) {
  std::size_t last = 0;
  for (std::size_t i = 0; i < layout.nodes.size(); ++i) {
    if (layout.nodes[i].reached) last = i;
  }
  return last;
}

std::string freshStageId(const Flowchart& chart) {
  for (int n = 1;; ++n) {
    const std::string id = "s" + std::to_string(n);
    if (!chart.findNode(id)) return id;
  }
}

std::string addStageAfter(Flowchart& chart, std::size_t after) {
  const std::string from = after < chart.nodes.size() ? chart.nodes[after].id : "";
  Node node{freshStageId(chart), "New stage", NodeShape::Round, {}, {}};
  // The arrows that left the stage now leave the new one.
  for (auto& e : chart.edges) {
    if (e.from == from) e.from = node.id;
  }
  if (!from.empty()) chart.edges.push_back({from, node.id, "", LineKind::Solid, HeadKind::Arrow, false, {}});
  chart.nodes.insert(chart.nodes.begin() + static_cast<std::ptrdiff_t>(std::min(after + 1, chart.nodes.size())), node);
  return node.id;
}

bool removeStage(Flowchart& chart, std::size_t index) {
  if (chart.nodes.size() <= 1 || index >= chart.nodes.size()) return false;
  const std::string id = chart.nodes[index].id;
  // Join the arrows around the stage: what led in now leads to what came after.
  std::vector<Edge> incoming, outgoing, rest;
  for (const auto& e : chart.edges) (e.to == id ? incoming : e.from == id ? outgoing : rest).push_back(e);
  for (const auto& in : incoming) {
    for (const auto& out : outgoing) {
      Edge joined = out;
      joined.from = in.from;
      rest.push_back(joined);
    }
  }
  chart.edges = rest;
  chart.nodes.erase(chart.nodes.begin() + static_cast<std::ptrdiff_t>(index));
  return true;
}

Edge* outcomeArrow(Flowchart& chart, std::size_t index) {
  if (index >= chart.nodes.size()) return nullptr;
  for (auto& e : chart.edges) {
    if (e.from == chart.nodes[index].id) return &e;
  }
  return nullptr;
}

model::Outcome arrowOutcome(const Edge& arrow) { return model::outcomeOfArrow(arrow.label, arrow.head == HeadKind::Cross); }

void setArrowOutcome(Edge& arrow, model::Outcome outcome) {
  const bool ends = outcome == model::Outcome::Rejected || outcome == model::Outcome::Declined;
  arrow.line = outcome == model::Outcome::Pending ? LineKind::Dotted : LineKind::Solid;
  arrow.head = ends ? HeadKind::Cross : HeadKind::Arrow;
  arrow.label = model::arrowLabel(outcome);
}

}  // namespace jobname::mermaid
