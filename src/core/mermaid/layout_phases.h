// The phases of the layered layout, each a function over one LayoutContext, in the order
// layoutFlowchart runs them: cycles, ranks, dummies, order, placement, routing. Each is linear
// or O(n log n) in the layered graph, so that a hostile chart cannot freeze the page. Exposed to
// test each phase on its own; everything else calls layoutFlowchart (layout.h).
#pragma once
#include <cstdint>
#include <vector>

#include "core/mermaid/layout.h"

namespace jobname::mermaid::layered {

// A vertex of the layered graph: a stage, or a dummy where a longer arrow crosses a rank.
struct Vertex {
  int node = -1;        // index into chart nodes; -1 for a dummy on a long edge
  int rank = 0;
  float along = 0;      // size along the rank axis
  float across = 0;     // size across it
  float position = 0;   // centre across the rank axis
  int order = 0;        // index within its layer
};

// A piece of an arrow between neighbouring ranks: vertex indices, from rank r to rank r + 1.
struct Segment {
  int from, to;
};

// A chart arrow in the layered graph.
struct LongEdge {
  int edge = 0;                 // index into chart edges
  bool reversed = false;        // drawn against the ranks (it closed a cycle)
  std::vector<int> chain;       // vertices from the upper-rank end to the lower-rank end; empty for a loop
  int labelVertex = -1;         // the dummy that holds its label, if any
};

struct LayoutContext {
  LayoutContext(const Flowchart& chart, const MeasureText& measure, const LayoutOptions& options);

  const Flowchart& chart;         // must outlive the context
  LayoutOptions options;
  bool horizontal = true;        // ranks run left-right (LR, RL) rather than top-bottom
  // The input, measured.
  std::vector<int> from, to;     // per edge: its ends as node indices
  std::vector<Size> sizes;       // per node
  std::vector<Size> labelSizes;  // per edge, padded; zero when it has no label
  // cycles
  std::vector<bool> reversed;    // per edge: turned round to break a cycle
  // ranks
  std::vector<int> rank;         // per node
  // dummies
  std::vector<Vertex> vertices;  // the nodes first (same indices), then the dummies
  std::vector<Segment> segments;
  std::vector<LongEdge> longEdges;        // per edge
  std::vector<std::vector<int>> up, down;  // per vertex: its neighbours one rank up and down
  // order
  std::vector<std::vector<int>> layers;    // per rank: its vertices in order
  // placement
  std::vector<Point> centre;               // per vertex, in chart coordinates
  // placement and routing: the result
  FlowchartLayout layout;

  void count(std::size_t steps = 1) const { countSteps(options.meter, steps); }
};

// 1. Reverses the edges that close a cycle (a depth-first search in node order).
void breakCycles(LayoutContext& ctx);
// 2. Ranks by the longest path from the stages nothing leads to.
void assignRanks(LayoutContext& ctx);
// 3. The layered graph: a dummy vertex on each rank a longer arrow crosses. Dummies are limited
// to a few per stage and arrow of the chart; the longest arrows beyond that are drawn straight.
void insertDummies(LayoutContext& ctx);
// 4. Orders each layer by barycentre sweeps, keeping the order with the fewest crossings.
void orderLayers(LayoutContext& ctx);
// 5. Positions: across the ranks pulled toward neighbours, along them by the widest member;
// the node boxes of the result.
void placeVertices(LayoutContext& ctx);
// 6. The arrows as polylines through their dummies, clipped to the node borders; the size.
void routeEdges(LayoutContext& ctx);

// Crossings between each pair of neighbouring layers in their current order, by the bilayer
// accumulator tree (Barth, Juenger, Mutzel): O(S log V) for S segments.
std::uint64_t countCrossings(const LayoutContext& ctx);

}  // namespace jobname::mermaid::layered
