#include "core/mermaid/layout.h"

#include <algorithm>

#include "core/mermaid/layout_phases.h"
#include "core/text/utf8.h"

namespace jobname::mermaid {

Size estimateTextSize(const std::string& text) {
  float width = 0, lineWidth = 0;
  int lines = 1;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = text::decodeUtf8(text, pos);
    if (cp == U'\n') { width = std::max(width, lineWidth); lineWidth = 0; ++lines; continue; }
    lineWidth += cp < 0x80 ? (cp == U' ' ? 4.2f : (cp >= U'A' && cp <= U'Z') ? 10.2f : 8.6f) : 9.5f;
  }
  return {std::max(width, lineWidth), lines * 22.0f};
}

Size nodeSize(NodeShape shape, Size label) {
  switch (shape) {
    case NodeShape::Circle:
    case NodeShape::DoubleCircle: {
      const float d = std::max(std::max(label.w * 1.1f, label.h) + 22, 28.0f) + (shape == NodeShape::DoubleCircle ? 8 : 0);
      return {d, d};
    }
    case NodeShape::Diamond: return {label.w * 1.5f + 32, label.h * 1.5f + 28};
    case NodeShape::Hexagon: return {label.w + 48, label.h + 20};
    case NodeShape::Stadium: return {label.w + label.h + 30, label.h + 20};
    case NodeShape::Parallelogram:
    case NodeShape::ParallelogramAlt:
    case NodeShape::Trapezoid:
    case NodeShape::TrapezoidAlt: return {label.w + 50, label.h + 20};
    default: return {label.w + 30, label.h + 20};
  }
}

namespace {
// 1234567 -> "1,234,567"
std::string grouped(std::uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// Stages after the outcome: reached only across a cross-headed or dotted arrow. The journey
// starts at the stages nothing leads to, or at the first stage when every stage is on a cycle.
void markReached(FlowchartLayout& layout, WorkMeter* meter) {
  const std::size_t n = layout.nodes.size();
  std::vector<bool> reached(n, false);
  std::vector<int> incoming(n, 0);
  std::vector<std::vector<std::size_t>> leaving(n);
  for (std::size_t e = 0; e < layout.edges.size(); ++e) {
    const EdgePath& edge = layout.edges[e];
    if (edge.from != edge.to) ++incoming[edge.to];
    leaving[edge.from].push_back(e);
  }
  std::vector<std::size_t> frontier;
  for (std::size_t i = 0; i < n; ++i) {
    if (incoming[i] == 0) { reached[i] = true; frontier.push_back(i); }
  }
  if (frontier.empty() && n > 0) { reached[0] = true; frontier.push_back(0); }
  for (std::size_t q = 0; q < frontier.size(); ++q) {
    countSteps(meter, 1 + leaving[frontier[q]].size());
    for (std::size_t e : leaving[frontier[q]]) {
      const EdgePath& edge = layout.edges[e];
      if (reached[edge.to] || edge.head == HeadKind::Cross || edge.line == LineKind::Dotted) continue;
      reached[edge.to] = true;
      frontier.push_back(edge.to);
    }
  }
  for (std::size_t i = 0; i < n; ++i) layout.nodes[i].reached = reached[i];
}
}  // namespace

std::string tooLargeMessage(const Flowchart& chart, std::size_t maxStages, std::uint64_t maxArrows) {
  if (chart.nodes.size() <= maxStages && chart.arrowCount() <= maxArrows && chart.arrowsNotKept == 0) return {};
  const std::uint64_t stages = chart.nodes.size(), arrows = chart.arrowCount();
  return "This chart is too large to draw (" + grouped(stages) + (stages == 1 ? " stage, " : " stages, ") + grouped(arrows) +
         (arrows == 1 ? " arrow)" : " arrows)");
}

namespace layered {
LayoutContext::LayoutContext(const Flowchart& chart, const MeasureText& measure, const LayoutOptions& options)
    : chart(chart), options(options), horizontal(chart.direction == Direction::LeftRight || chart.direction == Direction::RightLeft) {
  const NodeIndex index(chart);
  sizes.resize(chart.nodes.size());
  for (std::size_t i = 0; i < chart.nodes.size(); ++i) sizes[i] = nodeSize(chart.nodes[i].shape, measure(chart.nodes[i].label));
  from.resize(chart.edges.size());
  to.resize(chart.edges.size());
  labelSizes.resize(chart.edges.size());
  for (std::size_t e = 0; e < chart.edges.size(); ++e) {
    const Edge& edge = chart.edges[e];
    from[e] = static_cast<int>(*index.find(edge.from));
    to[e] = static_cast<int>(*index.find(edge.to));
    if (!edge.label.empty()) {
      labelSizes[e] = measure(edge.label);
      labelSizes[e].w += 2 * options.labelPadding;
      labelSizes[e].h += options.labelPadding;
    }
  }
  count(chart.nodes.size() + chart.edges.size());
  layout.direction = chart.direction;
}
}  // namespace layered

FlowchartLayout layoutFlowchart(const Flowchart& chart, const MeasureText& measure, const LayoutOptions& options) {
  if (std::string tooLarge = tooLargeMessage(chart, options.maxStages, options.maxArrows); !tooLarge.empty()) {
    FlowchartLayout layout;
    layout.direction = chart.direction;
    layout.notDrawn = std::move(tooLarge);
    return layout;
  }
  layered::LayoutContext ctx(chart, measure, options);
  layered::breakCycles(ctx);
  layered::assignRanks(ctx);
  layered::insertDummies(ctx);
  layered::orderLayers(ctx);
  layered::placeVertices(ctx);
  layered::routeEdges(ctx);
  markReached(ctx.layout, options.meter);
  return std::move(ctx.layout);
}

}  // namespace jobname::mermaid
