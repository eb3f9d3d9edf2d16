// Phases 5 and 6 of the layout: where each vertex stands, and the arrows drawn between them.
#include <algorithm>
#include <cmath>

#include "core/mermaid/layout_phases.h"

namespace jobname::mermaid::layered {

namespace {
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

// Across the rank axis: stacked, then pulled toward their neighbours, never closer than nodeGap
// to each other.
void placeAcross(LayoutContext& ctx) {
  auto& v = ctx.vertices;
  const float gap = ctx.options.nodeGap;
  for (auto& layer : ctx.layers) {
    float total = 0;
    for (int w : layer) total += v[w].across;
    total += gap * static_cast<float>(layer.size() > 0 ? layer.size() - 1 : 0);
    float cursor = -total / 2;
    for (int w : layer) { v[w].position = cursor + v[w].across / 2; cursor += v[w].across + gap; }
  }
  const int ranks = static_cast<int>(ctx.layers.size());
  std::vector<float> desired, forward, backward;
  for (int iteration = 0; iteration < 6; ++iteration) {
    const bool downward = iteration % 2 == 0;
    for (int step = 0; step < ranks; ++step) {
      auto& layer = ctx.layers[downward ? step : ranks - 1 - step];
      desired.assign(layer.size(), 0);
      for (std::size_t k = 0; k < layer.size(); ++k) {
        const auto& neighbours = downward ? ctx.up[layer[k]] : ctx.down[layer[k]];
        desired[k] = v[layer[k]].position;
        if (!neighbours.empty()) {
          float sum = 0;
          for (int w : neighbours) sum += v[w].position;
          desired[k] = sum / static_cast<float>(neighbours.size());
        }
        ctx.count(1 + neighbours.size());
      }
      // Keep the order and the gaps: forward pass, then backward pass, then average the two.
      forward.assign(layer.size(), 0);
      backward.assign(layer.size(), 0);
      for (std::size_t k = 0; k < layer.size(); ++k) {
        forward[k] = desired[k];
        if (k > 0) forward[k] = std::max(forward[k], forward[k - 1] + (v[layer[k - 1]].across + v[layer[k]].across) / 2 + gap);
      }
      for (std::size_t k = layer.size(); k-- > 0;) {
        backward[k] = desired[k];
        if (k + 1 < layer.size()) backward[k] = std::min(backward[k], backward[k + 1] - (v[layer[k + 1]].across + v[layer[k]].across) / 2 - gap);
      }
      // Averaging two valid placements keeps every gap, as both keep the order.
      for (std::size_t k = 0; k < layer.size(); ++k) v[layer[k]].position = (forward[k] + backward[k]) / 2;
    }
  }
}
}  // namespace

void placeVertices(LayoutContext& ctx) {
  placeAcross(ctx);
  const auto& v = ctx.vertices;
  const LayoutOptions& options = ctx.options;
  const int ranks = static_cast<int>(ctx.layers.size());
  // Along the rank axis: each rank a column as wide as its widest member; gaps wide enough for
  // the labels of the edges that cross them.
  std::vector<float> extent(ranks, 0), gap(ranks, options.rankGap);
  for (const Vertex& w : v) extent[w.rank] = std::max(extent[w.rank], w.along);
  for (const LongEdge& le : ctx.longEdges) {
    if (le.chain.size() != 2 || ctx.chart.edges[le.edge].label.empty()) continue;
    const int r = v[le.chain[0]].rank;
    const Size s = ctx.labelSizes[le.edge];
    gap[r] = std::max(gap[r], (ctx.horizontal ? s.w : s.h) + 2 * options.labelPadding + 16);
  }
  std::vector<float> rankCentre(ranks, 0);
  float cursor = 0;
  for (int r = 0; r < ranks; ++r) {
    rankCentre[r] = cursor + extent[r] / 2;
    cursor += extent[r] + gap[r];
  }

  // Map (rank axis, cross axis) to x and y for the chart's direction, and shift into view.
  float minAcross = 0;
  for (const Vertex& w : v) minAcross = std::min(minAcross, w.position - w.across / 2);
  const float alongTotal = cursor - (ranks > 0 ? gap[ranks - 1] : 0);
  const Direction direction = ctx.chart.direction;
  auto place = [&](float along, float across) -> Point {
    const float a = (direction == Direction::RightLeft || direction == Direction::BottomTop) ? alongTotal - along : along;
    const float c = across - minAcross;
    return ctx.horizontal ? Point{a + options.margin, c + options.margin} : Point{c + options.margin, a + options.margin};
  };
  ctx.centre.resize(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) ctx.centre[i] = place(rankCentre[v[i].rank], v[i].position);
  ctx.count(v.size() + ctx.longEdges.size());

  ctx.layout.nodes.clear();
  for (std::size_t i = 0; i < ctx.chart.nodes.size(); ++i) {
    const Node& node = ctx.chart.nodes[i];
    const Size size = ctx.sizes[i];
    ctx.layout.nodes.push_back({node.id, node.label, node.shape, ctx.centre[i].x - size.w / 2, ctx.centre[i].y - size.h / 2,
                                size.w, size.h, true});
  }
}

void routeEdges(LayoutContext& ctx) {
  FlowchartLayout& layout = ctx.layout;
  layout.edges.clear();
  // Through their dummies, clipped to the node borders, in their written direction.
  for (const LongEdge& le : ctx.longEdges) {
    const Edge& edge = ctx.chart.edges[le.edge];
    EdgePath path;
    path.from = static_cast<std::size_t>(ctx.from[le.edge]);
    path.to = static_cast<std::size_t>(ctx.to[le.edge]);
    path.label = edge.label;
    path.line = edge.line;
    path.head = edge.head;
    path.bothWays = edge.bothWays;
    path.labelSize = ctx.labelSizes[le.edge];
    const NodeBox& a = layout.nodes[path.from];
    if (le.chain.empty()) {  // a loop on one node: out of its far corner and back
      const Point c = a.center();
      const float r = std::min(a.w, a.h) / 2;
      path.points = {{a.x + a.w, c.y - r / 2}, {a.x + a.w + 24, c.y - r / 2 - 24}, {a.x + a.w + 24, c.y + r / 2 + 24}, {a.x + a.w, c.y + r / 2}};
      path.labelCenter = {a.x + a.w + 24 + path.labelSize.w / 2, c.y};
    } else {
      std::vector<Point> middle;
      for (std::size_t k = 1; k + 1 < le.chain.size(); ++k) middle.push_back(ctx.centre[le.chain[k]]);
      if (le.reversed) std::reverse(middle.begin(), middle.end());
      const NodeBox& b = layout.nodes[path.to];
      const Point first = middle.empty() ? b.center() : middle.front();
      const Point last = middle.empty() ? a.center() : middle.back();
      path.points.push_back(borderPoint(a, first));
      path.points.insert(path.points.end(), middle.begin(), middle.end());
      path.points.push_back(borderPoint(b, last));
      if (le.labelVertex >= 0) {
        path.labelCenter = ctx.centre[le.labelVertex];
      } else {
        const Point p = path.points.front(), q = path.points.back();
        path.labelCenter = {(p.x + q.x) / 2, (p.y + q.y) / 2};
      }
    }
    ctx.count(path.points.size());
    layout.edges.push_back(std::move(path));
  }

  const float margin = ctx.options.margin;
  for (const auto& box : layout.nodes) {
    layout.width = std::max(layout.width, box.x + box.w + margin);
    layout.height = std::max(layout.height, box.y + box.h + margin);
  }
  for (const auto& e : layout.edges) {
    for (const Point& p : e.points) {
      layout.width = std::max(layout.width, p.x + margin);
      layout.height = std::max(layout.height, p.y + margin);
    }
    if (!e.label.empty()) {
      layout.width = std::max(layout.width, e.labelCenter.x + e.labelSize.w / 2 + margin);
      layout.height = std::max(layout.height, e.labelCenter.y + e.labelSize.h / 2 + margin);
    }
  }
}

}  // namespace jobname::mermaid::layered
