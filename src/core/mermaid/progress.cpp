#include "core/mermaid/progress.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "core/mermaid/edit.h"
#include "core/mermaid/reorder.h"
#include "core/text/ascii_case.h"

namespace jobname::mermaid {

namespace {
// The arrows of a chain in its order: the k-th leaves order[k] (each stage but the last has one).
std::vector<std::size_t> chainArrows(const Flowchart& chart, const std::vector<std::string>& order) {
  std::unordered_map<std::string_view, std::size_t> leaving;
  for (std::size_t e = 0; e < chart.edges.size(); ++e) leaving.emplace(chart.edges[e].from, e);
  std::vector<std::size_t> arrows;
  for (std::size_t k = 0; k + 1 < order.size(); ++k) arrows.push_back(leaving.at(order[k]));
  return arrows;
}

bool hasOffer(const Flowchart& chart) {
  return std::any_of(chart.nodes.begin(), chart.nodes.end(),
                     [](const Node& n) { return text::lowerAscii(n.label).find("offer") != std::string::npos; });
}

// A stage after the chain's end, for an outcome that needs an arrow there: "o(Offer)" as the
// book's charts end, or its blank circle (r((" "))) after an offer.
void appendFinalStage(Flowchart& chart, const std::string& last) {
  const bool offer = hasOffer(chart);
  std::string id = offer ? "r" : "o";
  if (chart.findNode(id)) id = freshStageId(chart);
  chart.nodes.push_back({id, offer ? " " : "Offer", offer ? NodeShape::Circle : NodeShape::Round, {}, {}});
  chart.edges.push_back({last, id, "", LineKind::Dotted, HeadKind::Arrow, false, {}});
}

// What a label alone says ("rejected", "Accepted"), whatever the arrow's head.
bool outcomeLabel(const Edge& e) { return model::outcomeOfArrow(e.label, false) != model::Outcome::Pending; }
}  // namespace

std::optional<ChainProgress> readProgress(const Flowchart& chart) {
  ChainProgress progress;
  progress.order = chainOrder(chart);
  if (progress.order.empty()) return std::nullopt;
  bool accepted = false;
  const std::vector<std::size_t> arrows = chainArrows(chart, progress.order);
  for (std::size_t k = 0; k < arrows.size(); ++k) {
    const Edge* e = &chart.edges[arrows[k]];
    const model::Outcome said = arrowOutcome(*e);
    // A rejection ends the journey, crossed (--rejected--x) or not (the book's --rejected--> r((" "))).
    if (said == model::Outcome::Rejected || said == model::Outcome::Declined) {
      progress.outcome = said;
      return progress;
    }
    if (e->line == LineKind::Dotted) break;
    progress.lastReached = k + 1;
    accepted = accepted || said == model::Outcome::Accepted;
  }
  if (accepted) progress.outcome = model::Outcome::Accepted;
  return progress;
}

bool writeProgress(Flowchart& chart, std::size_t stage, model::Outcome outcome) {
  std::vector<std::string> order = chainOrder(chart);
  if (order.empty() || stage >= order.size()) return false;
  if (outcome != model::Outcome::Pending && stage + 1 == order.size()) {
    appendFinalStage(chart, order.back());
    order.push_back(chart.nodes.back().id);
  }
  const bool ends = outcome == model::Outcome::Rejected || outcome == model::Outcome::Declined;
  const std::size_t lastReached = outcome == model::Outcome::Accepted ? stage + 1 : stage;
  const std::vector<std::size_t> arrows = chainArrows(chart, order);
  for (std::size_t k = 0; k < arrows.size(); ++k) {
    Edge& e = chart.edges[arrows[k]];
    if (k == stage && outcome != model::Outcome::Pending) {
      e.line = LineKind::Solid;
      e.head = ends ? HeadKind::Cross : HeadKind::Arrow;
      e.label = model::arrowLabel(outcome);
      continue;
    }
    if (outcomeLabel(e)) e.label.clear();
    if (e.head == HeadKind::Cross) e.head = HeadKind::Arrow;
    if (k < lastReached) {
      if (e.line == LineKind::Dotted) e.line = LineKind::Solid;
    } else {
      e.line = LineKind::Dotted;
    }
  }
  return true;
}

}  // namespace jobname::mermaid
