#include "core/mermaid/layout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

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

struct Vertex {
  int node = -1;        // index into chart nodes; -1 for a dummy on a long edge
  int rank = 0;
  float along = 0;      // size along the rank axis
  float across = 0;     // size across it
  float position = 0;   // centre across the rank axis
  int order = 0;        // index within its layer
};

struct Segment {
  int from, to;  // vertex indices, from rank r to rank r + 1
};

struct LongEdge {
  int edge;                     // index into chart edges
  bool reversed = false;
  std::vector<int> chain;       // vertices from the upper-rank end to the lower-rank end
  int labelVertex = -1;
};

bool horizontal(Direction d) { return d == Direction::LeftRight || d == Direction::RightLeft; }

// Where the ray from the node's centre towards `toward` leaves its shape.
Point borderPoint(const NodeBox& box, Point toward) {
  const Point c = box.center();
  const float dx = toward.x - c.x, dy = toward.y - c.y;
  if (std::fabs(dx) < 1e-4f && std::fabs(dy) < 1e-4f) return c;
  const float hw = box.w / 2, hh = box.h / 2;
  float t;
  switch (box.shape) {
    case NodeShape::Circle:
    case NodeShape::DoubleCircle: t = hw / std::sqrt(dx * dx + dy * dy); break;
    case NodeShape::Diamond: t = 1.0f / (std::fabs(dx) / hw + std::fabs(dy) / hh); break;
    default: t = std::min(std::fabs(dx) > 1e-4f ? hw / std::fabs(dx) : 1e9f, std::fabs(dy) > 1e-4f ? hh / std::fabs(dy) : 1e9f);
  }
  return {c.x + dx * t, c.y + dy * t};
}

int countCrossings(const std::vector<std::vector<int>>& layers, const std::vector<Vertex>& v,
                   const std::vector<Segment>& segments) {
  int crossings = 0;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    for (std::size_t j = i + 1; j < segments.size(); ++j) {
      const Segment a = segments[i], b = segments[j];
      if (v[a.from].rank != v[b.from].rank) continue;
      const int d1 = v[a.from].order - v[b.from].order, d2 = v[a.to].order - v[b.to].order;
      if ((d1 < 0 && d2 > 0) || (d1 > 0 && d2 < 0)) ++crossings;
    }
  }
  (void)layers;
  return crossings;
}

}  // namespace

FlowchartLayout layoutFlowchart(const Flowchart& chart, const MeasureText& measure, const LayoutOptions& options) {
  FlowchartLayout layout;
  layout.direction = chart.direction;
  const bool lr = horizontal(chart.direction);
  const int n = static_cast<int>(chart.nodes.size());

  // Sizes.
  std::vector<Size> sizes(n);
  for (int i = 0; i < n; ++i) {
    sizes[i] = nodeSize(chart.nodes[i].shape, measure(chart.nodes[i].label));
  }

  // 1. Cycles: a depth-first search in node order reverses the edges that close a cycle.
  std::vector<int> from(chart.edges.size()), to(chart.edges.size());
  std::vector<std::vector<int>> out(n);
  for (std::size_t e = 0; e < chart.edges.size(); ++e) {
    from[e] = static_cast<int>(*chart.findNode(chart.edges[e].from));
    to[e] = static_cast<int>(*chart.findNode(chart.edges[e].to));
    if (from[e] != to[e]) out[from[e]].push_back(static_cast<int>(e));
  }
  std::vector<bool> reversed(chart.edges.size(), false);
  std::vector<int> state(n, 0);  // 0 new, 1 on stack, 2 done
  for (int root = 0; root < n; ++root) {
    if (state[root]) continue;
    std::vector<std::pair<int, std::size_t>> stack{{root, 0}};
    state[root] = 1;
    while (!stack.empty()) {
      auto& [u, next] = stack.back();
      if (next < out[u].size()) {
        const int e = out[u][next++];
        const int w = to[e];
        if (state[w] == 1) reversed[e] = true;
        else if (state[w] == 0) { state[w] = 1; stack.push_back({w, 0}); }
      } else {
        state[u] = 2;
        stack.pop_back();
      }
    }
  }

  // 2. Ranks: longest path from the sources of the now acyclic graph.
  std::vector<int> rank(n, 0), indegree(n, 0);
  std::vector<std::vector<int>> dagOut(n);
  for (std::size_t e = 0; e < chart.edges.size(); ++e) {
    if (from[e] == to[e]) continue;
    const int a = reversed[e] ? to[e] : from[e], b = reversed[e] ? from[e] : to[e];
    dagOut[a].push_back(b);
    ++indegree[b];
  }
  std::vector<int> queue;
  for (int i = 0; i < n; ++i) {
    if (indegree[i] == 0) queue.push_back(i);
  }
  for (std::size_t q = 0; q < queue.size(); ++q) {
    for (int b : dagOut[queue[q]]) {
      rank[b] = std::max(rank[b], rank[queue[q]] + 1);
      if (--indegree[b] == 0) queue.push_back(b);
    }
  }

  // 3. Vertices: the nodes, and a dummy per rank crossed by a longer edge.
  std::vector<Vertex> v(n);
  for (int i = 0; i < n; ++i) {
    v[i].node = i;
    v[i].rank = rank[i];
    v[i].along = lr ? sizes[i].w : sizes[i].h;
    v[i].across = lr ? sizes[i].h : sizes[i].w;
  }
  std::vector<Segment> segments;
  std::vector<LongEdge> longEdges;
  std::vector<Size> labelSizes(chart.edges.size());
  for (std::size_t e = 0; e < chart.edges.size(); ++e) {
    if (!chart.edges[e].label.empty()) {
      labelSizes[e] = measure(chart.edges[e].label);
      labelSizes[e].w += 2 * options.labelPadding;
      labelSizes[e].h += options.labelPadding;
    }
    LongEdge le;
    le.edge = static_cast<int>(e);
    le.reversed = reversed[e];
    if (from[e] == to[e]) { longEdges.push_back(le); continue; }
    const int a = reversed[e] ? to[e] : from[e], b = reversed[e] ? from[e] : to[e];
    le.chain.push_back(a);
    for (int r = rank[a] + 1; r < rank[b]; ++r) {
      Vertex dummy;
      dummy.rank = r;
      v.push_back(dummy);
      le.chain.push_back(static_cast<int>(v.size()) - 1);
    }
    le.chain.push_back(b);
    if (le.chain.size() > 2 && !chart.edges[e].label.empty()) {
      le.labelVertex = le.chain[le.chain.size() / 2];
      v[le.labelVertex].along = lr ? labelSizes[e].w : labelSizes[e].h;
      v[le.labelVertex].across = lr ? labelSizes[e].h : labelSizes[e].w;
    }
    for (std::size_t k = 0; k + 1 < le.chain.size(); ++k) segments.push_back({le.chain[k], le.chain[k + 1]});
    longEdges.push_back(le);
  }

  // 4. Order within layers: barycentre sweeps, keeping the best ordering seen.
  const int ranks = v.empty() ? 0 : 1 + std::max_element(v.begin(), v.end(), [](const Vertex& a, const Vertex& b) { return a.rank < b.rank; })->rank;
  std::vector<std::vector<int>> layers(ranks);
  for (int i = 0; i < static_cast<int>(v.size()); ++i) {
    layers[v[i].rank].push_back(i);
  }
  auto renumber = [&] {
    for (auto& layer : layers) {
      for (int k = 0; k < static_cast<int>(layer.size()); ++k) v[layer[k]].order = k;
    }
  };
  renumber();
  std::vector<std::vector<int>> up(v.size()), down(v.size());
  for (const Segment& s : segments) {
    down[s.from].push_back(s.to);
    up[s.to].push_back(s.from);
  }
  auto best = layers;
  int bestCrossings = countCrossings(layers, v, segments);
  for (int iteration = 0; iteration < 8 && bestCrossings > 0; ++iteration) {
    const bool downward = iteration % 2 == 0;
    for (int step = 1; step < ranks; ++step) {
      const int r = downward ? step : ranks - 1 - step;
      auto& layer = layers[r];
      std::vector<std::pair<float, int>> keyed;
      for (int k = 0; k < static_cast<int>(layer.size()); ++k) {
        const auto& neighbours = downward ? up[layer[k]] : down[layer[k]];
        float key = static_cast<float>(v[layer[k]].order);
        if (!neighbours.empty()) {
          key = 0;
          for (int w : neighbours) key += static_cast<float>(v[w].order);
          key /= static_cast<float>(neighbours.size());
        }
        keyed.push_back({key, layer[k]});
      }
      std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      for (std::size_t k = 0; k < keyed.size(); ++k) layer[k] = keyed[k].second;
      renumber();
    }
    const int crossings = countCrossings(layers, v, segments);
    if (crossings < bestCrossings) { bestCrossings = crossings; best = layers; }
  }
  layers = best;
  renumber();

  // 5. Positions across the rank axis: stacked, then pulled toward their neighbours, never closer
  // than nodeGap to each other.
  for (auto& layer : layers) {
    float total = 0;
    for (int w : layer) total += v[w].across;
    total += options.nodeGap * static_cast<float>(layer.size() > 0 ? layer.size() - 1 : 0);
    float cursor = -total / 2;
    for (int w : layer) { v[w].position = cursor + v[w].across / 2; cursor += v[w].across + options.nodeGap; }
  }
  for (int iteration = 0; iteration < 6; ++iteration) {
    const bool downward = iteration % 2 == 0;
    for (int step = 0; step < ranks; ++step) {
      auto& layer = layers[downward ? step : ranks - 1 - step];
      std::vector<float> desired(layer.size());
      for (std::size_t k = 0; k < layer.size(); ++k) {
        const auto& neighbours = downward ? up[layer[k]] : down[layer[k]];
        desired[k] = v[layer[k]].position;
        if (!neighbours.empty()) {
          float sum = 0;
          for (int w : neighbours) sum += v[w].position;
          desired[k] = sum / static_cast<float>(neighbours.size());
        }
      }
      // Keep the order and the gaps: forward pass, then backward pass, then average the two.
      std::vector<float> forward(layer.size()), backward(layer.size());
      for (std::size_t k = 0; k < layer.size(); ++k) {
        forward[k] = desired[k];
        if (k > 0) forward[k] = std::max(forward[k], forward[k - 1] + (v[layer[k - 1]].across + v[layer[k]].across) / 2 + options.nodeGap);
      }
      for (std::size_t k = layer.size(); k-- > 0;) {
        backward[k] = desired[k];
        if (k + 1 < layer.size()) backward[k] = std::min(backward[k], backward[k + 1] - (v[layer[k + 1]].across + v[layer[k]].across) / 2 - options.nodeGap);
      }
      for (std::size_t k = 0; k < layer.size(); ++k) v[layer[k]].position = (forward[k] + backward[k]) / 2;
      // Averaging two valid placements keeps every gap, as both keep the order.
    }
  }

  // 6. Positions along the rank axis: each rank a column as wide as its widest member; gaps wide
  // enough for the labels of the edges that cross them.
  std::vector<float> extent(ranks, 0), gap(ranks, options.rankGap);
  for (const Vertex& w : v) extent[w.rank] = std::max(extent[w.rank], w.along);
  for (const LongEdge& le : longEdges) {
    if (le.chain.size() != 2 || chart.edges[le.edge].label.empty()) continue;
    const int r = v[le.chain[0]].rank;
    const Size s = labelSizes[le.edge];
    gap[r] = std::max(gap[r], (lr ? s.w : s.h) + 2 * options.labelPadding + 16);
  }
  std::vector<float> rankCentre(ranks, 0);
  float cursor = 0;
  for (int r = 0; r < ranks; ++r) {
    rankCentre[r] = cursor + extent[r] / 2;
    cursor += extent[r] + gap[r];
  }

  // 7. Map (rank axis, cross axis) to x and y for the chart's direction, and shift into view.
  float minAcross = 0;
  for (const Vertex& w : v) minAcross = std::min(minAcross, w.position - w.across / 2);
  const float alongTotal = cursor - (ranks > 0 ? gap[ranks - 1] : 0);
  auto place = [&](float along, float across) -> Point {
    const float a = (chart.direction == Direction::RightLeft || chart.direction == Direction::BottomTop) ? alongTotal - along : along;
    const float c = across - minAcross;
    return lr ? Point{a + options.margin, c + options.margin} : Point{c + options.margin, a + options.margin};
  };
  std::vector<Point> centre(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) centre[i] = place(rankCentre[v[i].rank], v[i].position);

  for (int i = 0; i < n; ++i) {
    const Node& node = chart.nodes[i];
    layout.nodes.push_back({node.id, node.label, node.shape, centre[i].x - sizes[i].w / 2, centre[i].y - sizes[i].h / 2,
                            sizes[i].w, sizes[i].h, true});
  }

  // 8. Edges: through their dummies, clipped to the node borders, in their written direction.
  for (const LongEdge& le : longEdges) {
    const Edge& edge = chart.edges[le.edge];
    EdgePath path;
    path.from = static_cast<std::size_t>(from[le.edge]);
    path.to = static_cast<std::size_t>(to[le.edge]);
    path.label = edge.label;
    path.line = edge.line;
    path.head = edge.head;
    path.bothWays = edge.bothWays;
    path.labelSize = labelSizes[le.edge];
    const NodeBox& a = layout.nodes[path.from];
    if (le.chain.empty()) {  // a loop on one node: out of its far corner and back
      const Point c = a.center();
      const float r = std::min(a.w, a.h) / 2;
      path.points = {{a.x + a.w, c.y - r / 2}, {a.x + a.w + 24, c.y - r / 2 - 24}, {a.x + a.w + 24, c.y + r / 2 + 24}, {a.x + a.w, c.y + r / 2}};
      path.labelCenter = {a.x + a.w + 24 + path.labelSize.w / 2, c.y};
    } else {
      std::vector<Point> middle;
      for (std::size_t k = 1; k + 1 < le.chain.size(); ++k) middle.push_back(centre[le.chain[k]]);
      if (le.reversed) std::reverse(middle.begin(), middle.end());
      const NodeBox& b = layout.nodes[path.to];
      const Point first = middle.empty() ? b.center() : middle.front();
      const Point last = middle.empty() ? a.center() : middle.back();
      path.points.push_back(borderPoint(a, first));
      path.points.insert(path.points.end(), middle.begin(), middle.end());
      path.points.push_back(borderPoint(b, last));
      if (le.labelVertex >= 0) {
        path.labelCenter = centre[le.labelVertex];
      } else {
        const Point p = path.points.front(), q = path.points.back();
        path.labelCenter = {(p.x + q.x) / 2, (p.y + q.y) / 2};
      }
    }
    layout.edges.push_back(std::move(path));
  }

  // Stages after the outcome: reached only across a cross-headed or dotted arrow.
  // The journey starts at the stages nothing leads to, or at the first stage when every stage
  // is on a cycle.
  std::vector<bool> reached(n, false);
  std::vector<int> incoming(n, 0);
  for (const auto& e : layout.edges) {
    if (e.from != e.to) ++incoming[e.to];
  }
  std::vector<int> frontier;
  for (int i = 0; i < n; ++i) {
    if (incoming[i] == 0) { reached[i] = true; frontier.push_back(i); }
  }
  if (frontier.empty() && n > 0) { reached[0] = true; frontier.push_back(0); }
  for (std::size_t q = 0; q < frontier.size(); ++q) {
    for (const auto& e : layout.edges) {
      if (static_cast<int>(e.from) != frontier[q] || reached[e.to]) continue;
      if (e.head == HeadKind::Cross || e.line == LineKind::Dotted) continue;
      reached[e.to] = true;
      frontier.push_back(static_cast<int>(e.to));
    }
  }
  for (int i = 0; i < n; ++i) layout.nodes[i].reached = reached[i];

  for (const auto& box : layout.nodes) {
    layout.width = std::max(layout.width, box.x + box.w + options.margin);
    layout.height = std::max(layout.height, box.y + box.h + options.margin);
  }
  for (const auto& e : layout.edges) {
    for (const Point& p : e.points) {
      layout.width = std::max(layout.width, p.x + options.margin);
      layout.height = std::max(layout.height, p.y + options.margin);
    }
    if (!e.label.empty()) {
      layout.width = std::max(layout.width, e.labelCenter.x + e.labelSize.w / 2 + options.margin);
      layout.height = std::max(layout.height, e.labelCenter.y + e.labelSize.h / 2 + options.margin);
    }
  }
  return layout;
}

}  // namespace jobname::mermaid
