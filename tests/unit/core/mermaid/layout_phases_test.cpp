#include "core/mermaid/layout_phases.h"

#include <doctest/doctest.h>

#include <cmath>

#include "../../support/hostile_input.h"

using namespace jobname;
using namespace jobname::mermaid;
using namespace jobname::mermaid::layered;

namespace {
Flowchart parse(const std::string& text, std::uint64_t maxKeptArrows = kMaxDrawnArrows) {
  auto r = parseFlowchart(text, nullptr, maxKeptArrows);
  REQUIRE(r.chart);
  return *r.chart;
}

// The phases up to and including `last` (1 cycles ... 6 routing).
void runPhases(LayoutContext& ctx, int last) {
  if (last >= 1) breakCycles(ctx);
  if (last >= 2) assignRanks(ctx);
  if (last >= 3) insertDummies(ctx);
  if (last >= 4) orderLayers(ctx);
  if (last >= 5) placeVertices(ctx);
  if (last >= 6) routeEdges(ctx);
}

LayoutOptions unlimited(WorkMeter* meter = nullptr) {
  LayoutOptions options;
  options.maxStages = 1u << 30;
  options.maxArrows = 1ull << 40;
  options.meter = meter;
  return options;
}

// Crossings by looking at every pair of segments: what countCrossings must agree with.
std::uint64_t crossingsByPairs(const LayoutContext& ctx) {
  std::uint64_t crossings = 0;
  const auto& v = ctx.vertices;
  for (std::size_t i = 0; i < ctx.segments.size(); ++i) {
    for (std::size_t j = i + 1; j < ctx.segments.size(); ++j) {
      const Segment a = ctx.segments[i], b = ctx.segments[j];
      if (v[a.from].rank != v[b.from].rank) continue;
      const int d1 = v[a.from].order - v[b.from].order, d2 = v[a.to].order - v[b.to].order;
      if ((d1 < 0 && d2 > 0) || (d1 > 0 && d2 < 0)) ++crossings;
    }
  }
  return crossings;
}

double log2Of(double n) { return std::log2(std::max(2.0, n)); }
}  // namespace

TEST_CASE("layout phase 1, cycles: the arrow that closes a cycle is turned round; loops are left alone") {
  const Flowchart chart = parse("flowchart LR\n a --> b --> c --> a\n c --> c\n a --> c");
  LayoutContext ctx(chart, estimateTextSize, {});
  breakCycles(ctx);
  CHECK(ctx.reversed == std::vector<bool>{false, false, true, false, false});
}

TEST_CASE("layout phase 2, ranks: the longest path from the stages nothing leads to") {
  const Flowchart chart = parse("flowchart LR\n a --> b --> c\n a --> c\n d --> c\n c --> a");
  LayoutContext ctx(chart, estimateTextSize, {});
  runPhases(ctx, 2);
  CHECK(ctx.rank == std::vector<int>{0, 1, 2, 0});
}

TEST_CASE("layout phase 3, dummies: a dummy on each rank a longer arrow crosses; its label on the middle one") {
  const Flowchart chart = parse("flowchart LR\n a --> b --> c --> d\n a -->|a long way| d");
  LayoutContext ctx(chart, estimateTextSize, {});
  runPhases(ctx, 3);
  REQUIRE(ctx.vertices.size() == 6);  // four stages, two dummies
  const LongEdge& longWay = ctx.longEdges[3];
  REQUIRE(longWay.chain.size() == 4);
  CHECK(ctx.vertices[longWay.chain[1]].rank == 1);
  CHECK(ctx.vertices[longWay.chain[2]].rank == 2);
  CHECK(longWay.labelVertex == longWay.chain[2]);
  CHECK(ctx.vertices[longWay.labelVertex].along == doctest::Approx(ctx.labelSizes[3].w));
  CHECK(ctx.segments.size() == 6);
  for (const Segment& s : ctx.segments) CHECK(ctx.vertices[s.to].rank == ctx.vertices[s.from].rank + 1);
}

TEST_CASE("layout phase 3, dummies: limited to a few per stage and arrow; the longest arrows go straight") {
  const Flowchart chart = parse(testing::chainWithStarChart(1000));
  LayoutContext ctx(chart, estimateTextSize, unlimited());
  runPhases(ctx, 3);
  const std::size_t n = chart.nodes.size(), e = chart.edges.size();
  CHECK(ctx.vertices.size() - n <= 4 * (n + e) + 1000);
  std::size_t straight = 0;
  for (const LongEdge& le : ctx.longEdges) {
    REQUIRE(le.chain.size() >= 2);
    const int span = ctx.vertices[le.chain.back()].rank - ctx.vertices[le.chain.front()].rank;
    if (le.chain.size() == 2 && span > 1) ++straight;
    else CHECK(le.chain.size() == static_cast<std::size_t>(span) + 1);
  }
  CHECK(straight > 0);
  // The shortest arrows keep their dummies: hub --> s0 .. s99 all do.
  for (int i = 0; i < 100; ++i) CHECK(ctx.longEdges[999 + i].chain.size() == static_cast<std::size_t>(i) + 2);
}

TEST_CASE("layout phase 4, order: a crossing that can be undone is undone") {
  const Flowchart chart = parse("flowchart LR\n a --> d\n b --> c\n a & b --> e");
  LayoutContext ctx(chart, estimateTextSize, {});
  runPhases(ctx, 3);
  ctx.layers = {{0, 1}, {3, 2, 4}};  // as the chart lists them: a, b over d, c... crossing
  for (const auto& layer : ctx.layers) {
    for (std::size_t k = 0; k < layer.size(); ++k) ctx.vertices[layer[k]].order = static_cast<int>(k);
  }
  CHECK(countCrossings(ctx) > 0);
  orderLayers(ctx);
  CHECK(countCrossings(ctx) == 0);
}

TEST_CASE("layout phase 4, order: the accumulator tree counts the crossings every pair of segments shows") {
  unsigned state = 7;
  auto random = [&](unsigned below) { state = state * 1103515245u + 12345u; return (state >> 8) % below; };
  for (int round = 0; round < 40; ++round) {
    std::string text = "flowchart LR\n";
    const unsigned width = 2 + random(9);
    for (int k = 0; k < 30; ++k) {
      const unsigned layer = random(3);
      text += " l" + std::to_string(layer) + "n" + std::to_string(random(width)) + " --> l" + std::to_string(layer + 1) + "n" +
              std::to_string(random(width)) + "\n";
    }
    const Flowchart chart = parse(text);
    LayoutContext ctx(chart, estimateTextSize, {});
    runPhases(ctx, 4);
    // Any order at all, not only a good one.
    for (auto& layer : ctx.layers) {
      for (std::size_t k = layer.size(); k > 1; --k) std::swap(layer[k - 1], layer[random(static_cast<unsigned>(k))]);
      for (std::size_t k = 0; k < layer.size(); ++k) ctx.vertices[layer[k]].order = static_cast<int>(k);
    }
    CAPTURE(text);
    CHECK(countCrossings(ctx) == crossingsByPairs(ctx));
  }
}

TEST_CASE("layout phase 5, placement: each layer keeps its order and its gaps; boxes take the measured sizes") {
  const Flowchart chart = parse("flowchart TD\n a --> b & c & d --> e\n a --> e");
  LayoutContext ctx(chart, [](const std::string& s) { return Size{s.size() * 10.0f, 20}; }, {});
  runPhases(ctx, 5);
  for (const auto& layer : ctx.layers) {
    for (std::size_t k = 1; k < layer.size(); ++k) {
      const Vertex &a = ctx.vertices[layer[k - 1]], &b = ctx.vertices[layer[k]];
      CHECK(b.position - a.position >= (a.across + b.across) / 2 + ctx.options.nodeGap - 0.01f);
    }
  }
  REQUIRE(ctx.layout.nodes.size() == 5);
  for (std::size_t i = 0; i < 5; ++i) {
    CHECK(ctx.layout.nodes[i].w == doctest::Approx(ctx.sizes[i].w));
    CHECK(ctx.layout.nodes[i].center().x == doctest::Approx(ctx.centre[i].x));
  }
  CHECK(ctx.layout.nodes[4].y > ctx.layout.nodes[1].y);  // top-down: later ranks lower
}

TEST_CASE("layout phase 6, routing: arrows through their dummies, from border to border; the size holds them") {
  const Flowchart chart = parse("flowchart LR\n a --> b --> c\n a --> c\n c --> c");
  LayoutContext ctx(chart, estimateTextSize, {});
  runPhases(ctx, 6);
  REQUIRE(ctx.layout.edges.size() == 4);
  const EdgePath& longWay = ctx.layout.edges[2];
  REQUIRE(longWay.points.size() == 3);
  CHECK(longWay.points[1].x == doctest::Approx(ctx.centre[ctx.longEdges[2].chain[1]].x));
  CHECK(longWay.points.front().x == doctest::Approx(ctx.layout.nodes[0].x + ctx.layout.nodes[0].w));
  CHECK(longWay.points.back().x == doctest::Approx(ctx.layout.nodes[2].x));
  CHECK(ctx.layout.edges[3].points.size() == 4);  // the loop beside its node
  for (const auto& e : ctx.layout.edges) {
    for (const Point& p : e.points) CHECK(p.x <= ctx.layout.width);
  }
}

// Regressions of the freezes of issue 12: the work is counted (WorkMeter), never timed. The old
// layout counted crossings over every pair of segments: for the 150 x 150 fan 22,500^2 / 2 pairs
// on each of nine counts (2.3e9 steps), where this bound allows 42e6. The layered graph holds up
// to five vertices per stage and arrow (dummies), swept and counted nine times, a few steps each.
constexpr double kStepsPerElementAndLog = 128;
TEST_CASE("layout: the 150 x 150 fan of the 2,119-character share link is laid out in O(E log V) (freeze)") {
  const Flowchart chart = parse(testing::fanChart(150), 1u << 20);
  REQUIRE(chart.edges.size() == 22500);
  WorkMeter meter;
  const FlowchartLayout layout = layoutFlowchart(chart, estimateTextSize, unlimited(&meter));
  CHECK(layout.nodes.size() == 300);
  const double size = static_cast<double>(chart.nodes.size() + chart.edges.size());
  CHECK(static_cast<double>(meter.steps) <= kStepsPerElementAndLog * size * log2Of(size));
}

TEST_CASE("layout: a 1,000-stage chain with a 1,000-arrow star is laid out in near-linear work (freeze)") {
  const Flowchart chart = parse(testing::chainWithStarChart(1000));
  WorkMeter meter;
  const FlowchartLayout layout = layoutFlowchart(chart, estimateTextSize, unlimited(&meter));
  CHECK(layout.nodes.size() == 1001);
  const double size = static_cast<double>(chart.nodes.size() + chart.edges.size());
  CHECK(static_cast<double>(meter.steps) <= kStepsPerElementAndLog * size * log2Of(size));
}

TEST_CASE("layout: 200 stages each linked to every later one are laid out in near-linear work (freeze)") {
  const Flowchart chart = parse(testing::allLinkedChart(200), 1u << 20);
  REQUIRE(chart.edges.size() == 19900);
  WorkMeter meter;
  const FlowchartLayout layout = layoutFlowchart(chart, estimateTextSize, unlimited(&meter));
  CHECK(layout.edges.size() == 19900);
  const double size = static_cast<double>(chart.nodes.size() + chart.edges.size());
  CHECK(static_cast<double>(meter.steps) <= kStepsPerElementAndLog * size * log2Of(size));
}

TEST_CASE("layout: a chart beyond what a person draws is not drawn, and says so in a sentence (cap)") {
  const FlowchartLayout fan = layoutFlowchart(parse(testing::fanChart(150)));
  CHECK(fan.notDrawn == "This chart is too large to draw (300 stages, 22,500 arrows)");
  CHECK(fan.nodes.empty());
  CHECK(fan.edges.empty());
  // At the limits it is drawn; one over, it is not.
  std::string chain = "flowchart LR\n s0";
  for (int i = 1; i < 500; ++i) chain += " --> s" + std::to_string(i);
  CHECK(layoutFlowchart(parse(chain)).notDrawn.empty());
  CHECK(layoutFlowchart(parse(chain + " --> s500")).notDrawn == "This chart is too large to draw (501 stages, 500 arrows)");
  // 50 x 100 = 5,000 arrows are drawn; one more is not.
  std::string left = "a0", right = "b0";
  for (int i = 1; i < 100; ++i) {
    if (i < 50) left += " & a" + std::to_string(i);
    right += " & b" + std::to_string(i);
  }
  const std::string fiveThousand = "flowchart LR\n " + left + " --> " + right + "\n";
  const FlowchartLayout atLimit = layoutFlowchart(parse(fiveThousand));
  CHECK(atLimit.notDrawn.empty());
  CHECK(atLimit.edges.size() == 5000);
  CHECK(layoutFlowchart(parse(fiveThousand + " x --> y\n")).notDrawn == "This chart is too large to draw (152 stages, 5,001 arrows)");
  CHECK(tooLargeMessage(parse("flowchart LR\n a --> b")).empty());
}
