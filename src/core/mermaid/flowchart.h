// A Mermaid flowchart as people write it in the jobname format's Interview Process block: nodes
// with shapes and labels, edges with line kinds, heads and labels. Statements we do not model
// (classDef, class, style, linkStyle, click, subgraph) are kept verbatim.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostics.h"
#include "core/work_meter.h"

namespace jobname::mermaid {

// Beyond what a person draws (the book's charts have a dozen stages): a larger chart is kept as
// the text it is, counted, and shown as "too large to draw" in place of a drawing (the layout
// decides: tooLargeMessage in layout.h).
constexpr std::size_t kMaxDrawnStages = 500;
constexpr std::size_t kMaxDrawnArrows = 5000;

enum class Direction { LeftRight, RightLeft, TopBottom, BottomTop };
enum class NodeShape { Rect, Round, Stadium, Subroutine, Cylinder, Circle, DoubleCircle, Asymmetric, Diamond, Hexagon,
                       Parallelogram, ParallelogramAlt, Trapezoid, TrapezoidAlt };
enum class LineKind { Solid, Dotted, Thick };
enum class HeadKind { Arrow, Cross, Circle, None };

struct TextSpan {
  std::size_t begin = 0, end = 0;
};

struct Node {
  std::string id;
  std::string label;  // the id itself when the node was never given a shape
  NodeShape shape = NodeShape::Rect;
  std::vector<TextSpan> definitions;  // every "id(label)" in the source, shape included
  std::string cssClass;               // "done" from "id:::done"
};

struct Edge {
  std::string from, to;
  std::string label;
  LineKind line = LineKind::Solid;
  HeadKind head = HeadKind::Arrow;
  bool bothWays = false;  // "<-->"
  TextSpan token;         // the arrow as written, label included
};

struct Flowchart {
  Direction direction = Direction::LeftRight;
  std::string keyword = "flowchart";  // or "graph"
  std::vector<Node> nodes;             // in order of first appearance
  std::vector<Edge> edges;             // in order of appearance
  // Arrows the text draws and `edges` does not hold: when "a & b --> c & d" groups make more
  // than kMaxDrawnArrows, all of them are only counted here (a 1 MB text could otherwise ask
  // for billions of edges), and `edges` stays empty.
  std::uint64_t arrowsNotKept = 0;
  std::vector<std::string> verbatim;   // classDef, style, ... lines as written
  std::string source;                  // the text this was parsed from (empty for a new chart)
  std::optional<std::size_t> findNode(const std::string& id) const;  // a walk: see NodeIndex
  std::uint64_t arrowCount() const { return edges.size() + arrowsNotKept; }
};

// Stage ids to their index, for code that looks up many of them. It holds views of the chart's
// ids: valid while the chart's stages are unchanged.
class NodeIndex {
 public:
  explicit NodeIndex(const Flowchart& chart);
  std::optional<std::size_t> find(std::string_view id) const;

 private:
  std::unordered_map<std::string_view, std::size_t> index_;
};

struct ParseResult {
  std::optional<Flowchart> chart;
  std::vector<Diagnostic> diagnostics;  // line and column within the chart's source
};

// Linear in the source, arrows included: `meter` counts the characters it looks at. Past
// `maxKeptArrows` arrows, they are only counted (Flowchart::arrowsNotKept); benchmarks raise it.
ParseResult parseFlowchart(const std::string& source, WorkMeter* meter = nullptr,
                           std::uint64_t maxKeptArrows = kMaxDrawnArrows);

const char* shapeName(NodeShape shape);
const char* lineName(LineKind line);
const char* headName(HeadKind head);
const char* directionName(Direction direction);

}  // namespace jobname::mermaid
