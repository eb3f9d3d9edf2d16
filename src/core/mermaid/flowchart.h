// A Mermaid flowchart as people write it in the jobname format's Interview Process block: nodes
// with shapes and labels, edges with line kinds, heads and labels. Statements we do not model
// (classDef, class, style, linkStyle, click, subgraph) are kept verbatim.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace jobname::mermaid {

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
  std::vector<std::string> verbatim;   // classDef, style, ... lines as written
  std::string source;                  // the text this was parsed from (empty for a new chart)
  std::optional<std::size_t> findNode(const std::string& id) const;
};

struct ParseResult {
  std::optional<Flowchart> chart;
  std::vector<Diagnostic> diagnostics;  // line and column within the chart's source
};

ParseResult parseFlowchart(const std::string& source);

const char* shapeName(NodeShape shape);
const char* lineName(LineKind line);
const char* headName(HeadKind head);
const char* directionName(Direction direction);

}  // namespace jobname::mermaid
