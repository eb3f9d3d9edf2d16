// Phase 4 of the layout: the order of the vertices within each layer, and the crossing count
// that judges an order.
#include <algorithm>

#include "core/mermaid/layout_phases.h"

namespace jobname::mermaid::layered {

namespace {
// How many of the numbers added so far are at most a given one (a Fenwick tree over 0..size-1).
class AccumulatorTree {
 public:
  explicit AccumulatorTree(std::size_t size) : tree_(size + 1, 0) {}
  std::size_t add(std::size_t at) {
    std::size_t steps = 0;
    for (std::size_t i = at + 1; i < tree_.size(); i += i & (~i + 1), ++steps) ++tree_[i];
    return steps;
  }
  std::uint64_t atMost(std::size_t at, std::size_t& steps) const {
    std::uint64_t sum = 0;
    for (std::size_t i = at + 1; i > 0; i -= i & (~i + 1), ++steps) sum += tree_[i];
    return sum;
  }

 private:
  std::vector<std::uint32_t> tree_;
};

std::size_t log2Ceil(std::size_t n) {
  std::size_t bits = 1;
  while ((std::size_t{1} << bits) < n) ++bits;
  return bits;
}

void renumber(LayoutContext& ctx, const std::vector<int>& layer) {
  for (std::size_t k = 0; k < layer.size(); ++k) ctx.vertices[layer[k]].order = static_cast<int>(k);
  ctx.count(layer.size());
}
}  // namespace

std::uint64_t countCrossings(const LayoutContext& ctx) {
  const auto& v = ctx.vertices;
  const std::size_t ranks = ctx.layers.size();
  if (ranks < 2) return 0;
  // The segments grouped by the rank they leave (a counting sort).
  std::vector<std::size_t> start(ranks + 1, 0);
  for (const Segment& s : ctx.segments) ++start[v[s.from].rank + 1];
  for (std::size_t r = 0; r < ranks; ++r) start[r + 1] += start[r];
  std::vector<std::size_t> byRank(ctx.segments.size()), next(start.begin(), start.end() - 1);
  for (std::size_t i = 0; i < ctx.segments.size(); ++i) byRank[next[v[ctx.segments[i].from].rank]++] = i;

  // Between two layers, two segments cross when their ends are in opposite orders: taken in
  // order of their upper ends, each crosses the segments before it whose lower end lies further on.
  std::uint64_t crossings = 0;
  std::size_t steps = ctx.segments.size();
  std::vector<std::pair<int, int>> ends;
  for (std::size_t r = 0; r + 1 < ranks; ++r) {
    ends.clear();
    for (std::size_t i = start[r]; i < start[r + 1]; ++i) {
      const Segment& s = ctx.segments[byRank[i]];
      ends.push_back({v[s.from].order, v[s.to].order});
    }
    if (ends.size() < 2) continue;
    std::sort(ends.begin(), ends.end());
    steps += ends.size() * log2Ceil(ends.size());
    AccumulatorTree lower(ctx.layers[r + 1].size());
    std::uint64_t added = 0;
    for (const auto& [upper, at] : ends) {
      crossings += added - lower.atMost(static_cast<std::size_t>(at), steps);
      steps += lower.add(static_cast<std::size_t>(at));
      ++added;
    }
  }
  ctx.count(steps);
  return crossings;
}

void orderLayers(LayoutContext& ctx) {
  auto& v = ctx.vertices;
  int ranks = 0;
  for (const Vertex& w : v) ranks = std::max(ranks, w.rank + 1);
  ctx.layers.assign(static_cast<std::size_t>(ranks), {});
  for (std::size_t i = 0; i < v.size(); ++i) ctx.layers[v[i].rank].push_back(static_cast<int>(i));
  for (const auto& layer : ctx.layers) renumber(ctx, layer);

  auto best = ctx.layers;
  std::uint64_t bestCrossings = countCrossings(ctx);
  std::vector<std::pair<float, int>> keyed;
  for (int iteration = 0; iteration < 8 && bestCrossings > 0; ++iteration) {
    const bool downward = iteration % 2 == 0;
    for (int step = 1; step < ranks; ++step) {
      auto& layer = ctx.layers[downward ? step : ranks - 1 - step];
      keyed.clear();
      for (int w : layer) {
        const auto& neighbours = downward ? ctx.up[w] : ctx.down[w];
        float key = static_cast<float>(v[w].order);
        if (!neighbours.empty()) {
          key = 0;
          for (int u : neighbours) key += static_cast<float>(v[u].order);
          key /= static_cast<float>(neighbours.size());
        }
        keyed.push_back({key, w});
        ctx.count(1 + neighbours.size());
      }
      std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      ctx.count(keyed.size() * log2Ceil(keyed.size()));
      for (std::size_t k = 0; k < keyed.size(); ++k) layer[k] = keyed[k].second;
      renumber(ctx, layer);  // only this layer moved
    }
    const std::uint64_t crossings = countCrossings(ctx);
    if (crossings < bestCrossings) {
      bestCrossings = crossings;
      best = ctx.layers;
      ctx.count(v.size());
    }
  }
  ctx.layers = std::move(best);
  for (const auto& layer : ctx.layers) renumber(ctx, layer);
}

}  // namespace jobname::mermaid::layered
