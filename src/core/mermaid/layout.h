// A layered (Sugiyama-style) layout of a flowchart: ranks along the chart's direction (cycles
// broken by reversing back edges), crossings reduced by barycentre sweeps, coordinates from the
// measured size of each label, edges as polylines clipped to the node borders, edge labels in
// the gaps between ranks where no node stands. Plain geometry, so that the screen and the SVG
// exporter draw the same picture. Deterministic: same chart and sizes, same numbers. Near-linear
// in the chart's size (layout_phases.h has the phases); a chart beyond what a person draws is
// not laid out at all, and the layout says so in a sentence to show in its place.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "core/mermaid/flowchart.h"

namespace jobname::mermaid {

struct Point {
  float x = 0, y = 0;
};
struct Size {
  float w = 0, h = 0;
};

// Measures a label (lines separated by '\n') at the chart's font size.
using MeasureText = std::function<Size(const std::string&)>;
// An estimate for 16 px Noto Sans when no renderer is at hand (the CLI, tests).
Size estimateTextSize(const std::string& text);

struct NodeBox {
  std::string id, label;
  NodeShape shape = NodeShape::Rect;
  float x = 0, y = 0, w = 0, h = 0;  // top-left corner and size
  bool reached = true;  // false for stages after the outcome (drawn muted)
  Point center() const { return {x + w / 2, y + h / 2}; }
};

struct EdgePath {
  std::size_t from = 0, to = 0;  // indices into nodes
  std::string label;
  LineKind line = LineKind::Solid;
  HeadKind head = HeadKind::Arrow;
  bool bothWays = false;
  std::vector<Point> points;  // from the source's border to the target's border
  Point labelCenter;
  Size labelSize;
};

struct FlowchartLayout {
  Direction direction = Direction::LeftRight;
  std::vector<NodeBox> nodes;
  std::vector<EdgePath> edges;
  float width = 0, height = 0;
  // Instead of nodes and edges, for a chart beyond what a person draws: the sentence to show in
  // its place, "This chart is too large to draw (300 stages, 22,500 arrows)". Empty when drawn.
  std::string notDrawn;
};

struct LayoutOptions {
  float rankGap = 56;     // between rank columns (grows to fit edge labels)
  float nodeGap = 28;     // between nodes of one rank
  float margin = 12;
  float labelPadding = 6;
  // Beyond these the chart is not drawn (FlowchartLayout::notDrawn). The app and tools keep
  // them; benchmarks raise them to measure the layout itself on huge charts.
  std::size_t maxStages = kMaxDrawnStages;
  std::uint64_t maxArrows = kMaxDrawnArrows;
  WorkMeter* meter = nullptr;  // counts the steps taken (tests of the bounds)
};

FlowchartLayout layoutFlowchart(const Flowchart& chart, const MeasureText& measure = estimateTextSize,
                                const LayoutOptions& options = {});

// The size a node takes for a label of the given size, by shape.
Size nodeSize(NodeShape shape, Size label);

// The cap: "This chart is too large to draw (N stages, M arrows)" for a chart over the limits,
// else empty.
std::string tooLargeMessage(const Flowchart& chart, std::size_t maxStages = kMaxDrawnStages,
                           std::uint64_t maxArrows = kMaxDrawnArrows);

}  // namespace jobname::mermaid
