// Phases 1 to 3 of the layout: cycles broken, ranks, and the layered graph with its dummies.
#include <algorithm>
#include <cstdint>

#include "core/mermaid/layout_phases.h"

namespace jobname::mermaid::layered {

namespace {
// Dummies allowed per stage and arrow of the chart (and a floor for small charts): enough for
// any chart a person draws, few enough that a 1,000-stage chain with a star over it stays
// linear. Past them, the longest arrows get no dummies and are drawn straight.
constexpr std::size_t kDummiesPerElement = 4;
constexpr std::size_t kDummiesAtLeast = 1000;
}  // namespace

void breakCycles(LayoutContext& ctx) {
  const std::size_t n = ctx.chart.nodes.size(), edges = ctx.chart.edges.size();
  std::vector<std::vector<int>> out(n);
  for (std::size_t e = 0; e < edges; ++e) {
    if (ctx.from[e] != ctx.to[e]) out[ctx.from[e]].push_back(static_cast<int>(e));
  }
  ctx.reversed.assign(edges, false);
  std::vector<int> state(n, 0);  // 0 new, 1 on stack, 2 done
  for (std::size_t root = 0; root < n; ++root) {
    if (state[root]) continue;
    std::vector<std::pair<int, std::size_t>> stack{{static_cast<int>(root), 0}};
    state[root] = 1;
    while (!stack.empty()) {
      ctx.count();
      auto& [u, next] = stack.back();
      if (next < out[u].size()) {
        const int e = out[u][next++];
        const int w = ctx.to[e];
        if (state[w] == 1) ctx.reversed[e] = true;
        else if (state[w] == 0) { state[w] = 1; stack.push_back({w, 0}); }
      } else {
        state[u] = 2;
        stack.pop_back();
      }
    }
  }
}

void assignRanks(LayoutContext& ctx) {
  const std::size_t n = ctx.chart.nodes.size();
  ctx.rank.assign(n, 0);
  std::vector<int> indegree(n, 0);
  std::vector<std::vector<int>> dagOut(n);
  for (std::size_t e = 0; e < ctx.chart.edges.size(); ++e) {
    if (ctx.from[e] == ctx.to[e]) continue;
    const int a = ctx.reversed[e] ? ctx.to[e] : ctx.from[e], b = ctx.reversed[e] ? ctx.from[e] : ctx.to[e];
    dagOut[a].push_back(b);
    ++indegree[b];
  }
  std::vector<int> queue;
  for (std::size_t i = 0; i < n; ++i) {
    if (indegree[i] == 0) queue.push_back(static_cast<int>(i));
  }
  for (std::size_t q = 0; q < queue.size(); ++q) {
    ctx.count(1 + dagOut[queue[q]].size());
    for (int b : dagOut[queue[q]]) {
      ctx.rank[b] = std::max(ctx.rank[b], ctx.rank[queue[q]] + 1);
      if (--indegree[b] == 0) queue.push_back(b);
    }
  }
}

void insertDummies(LayoutContext& ctx) {
  const Flowchart& chart = ctx.chart;
  const std::size_t n = chart.nodes.size(), edges = chart.edges.size();
  ctx.vertices.assign(n, Vertex{});
  for (std::size_t i = 0; i < n; ++i) {
    Vertex& v = ctx.vertices[i];
    v.node = static_cast<int>(i);
    v.rank = ctx.rank[i];
    v.along = ctx.horizontal ? ctx.sizes[i].w : ctx.sizes[i].h;
    v.across = ctx.horizontal ? ctx.sizes[i].h : ctx.sizes[i].w;
  }
  auto upper = [&](std::size_t e) { return ctx.reversed[e] ? ctx.to[e] : ctx.from[e]; };
  auto lower = [&](std::size_t e) { return ctx.reversed[e] ? ctx.from[e] : ctx.to[e]; };

  // Which arrows get dummies: the shortest first, while the allowance lasts (a counting sort by span).
  std::vector<std::uint64_t> spanCount(n + 1, 0);
  for (std::size_t e = 0; e < edges; ++e) {
    if (ctx.from[e] != ctx.to[e]) ++spanCount[ctx.rank[lower(e)] - ctx.rank[upper(e)]];
  }
  std::uint64_t allowance = kDummiesPerElement * (n + edges) + kDummiesAtLeast;
  std::size_t longestWithDummies = 0;
  for (std::size_t span = 1; span <= n && spanCount[span] * (span - 1) <= allowance; ++span) {
    allowance -= spanCount[span] * (span - 1);
    longestWithDummies = span;
  }
  const std::size_t partialSpan = longestWithDummies + 1;  // of this span, as many as the rest allows
  std::uint64_t partialLeft = partialSpan <= n && partialSpan > 1 ? allowance / (partialSpan - 1) : 0;
  ctx.count(n + edges);

  ctx.segments.clear();
  ctx.longEdges.assign(edges, LongEdge{});
  for (std::size_t e = 0; e < edges; ++e) {
    LongEdge& le = ctx.longEdges[e];
    le.edge = static_cast<int>(e);
    le.reversed = ctx.reversed[e];
    if (ctx.from[e] == ctx.to[e]) continue;  // a loop: drawn beside its node
    const int a = upper(e), b = lower(e);
    const std::size_t span = static_cast<std::size_t>(ctx.rank[b] - ctx.rank[a]);
    bool withDummies = span <= longestWithDummies;
    if (!withDummies && span == partialSpan && partialLeft > 0) { withDummies = true; --partialLeft; }
    le.chain.push_back(a);
    if (withDummies) {
      for (int r = ctx.rank[a] + 1; r < ctx.rank[b]; ++r) {
        Vertex dummy;
        dummy.rank = r;
        ctx.vertices.push_back(dummy);
        le.chain.push_back(static_cast<int>(ctx.vertices.size()) - 1);
      }
    }
    le.chain.push_back(b);
    ctx.count(le.chain.size());
    if (le.chain.size() > 2 && !chart.edges[e].label.empty()) {
      le.labelVertex = le.chain[le.chain.size() / 2];
      Vertex& holder = ctx.vertices[le.labelVertex];
      holder.along = ctx.horizontal ? ctx.labelSizes[e].w : ctx.labelSizes[e].h;
      holder.across = ctx.horizontal ? ctx.labelSizes[e].h : ctx.labelSizes[e].w;
    }
    if (withDummies) {
      for (std::size_t k = 0; k + 1 < le.chain.size(); ++k) ctx.segments.push_back({le.chain[k], le.chain[k + 1]});
    }
  }
  ctx.up.assign(ctx.vertices.size(), {});
  ctx.down.assign(ctx.vertices.size(), {});
  for (const Segment& s : ctx.segments) {
    ctx.down[s.from].push_back(s.to);
    ctx.up[s.to].push_back(s.from);
  }
  ctx.count(ctx.segments.size());
}

}  // namespace jobname::mermaid::layered
