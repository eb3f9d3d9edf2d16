#include "core/mermaid/layout.h"

#include <doctest/doctest.h>

#include <cmath>

#include "core/markdown/import.h"
#include "core/mermaid/svg.h"
#include "../../support/corpus.h"
#include "../../support/hostile_input.h"

using namespace jobname;
using namespace jobname::mermaid;

namespace {
Flowchart parse(const std::string& text) { return *parseFlowchart(text).chart; }

bool overlap(const NodeBox& a, const NodeBox& b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

// Distance from a point to a node's border (0 when on it), by shape.
float distanceToBorder(const NodeBox& b, Point p) {
  const Point c = b.center();
  const float dx = std::fabs(p.x - c.x), dy = std::fabs(p.y - c.y);
  switch (b.shape) {
    case NodeShape::Circle:
    case NodeShape::DoubleCircle: return std::fabs(std::sqrt(dx * dx + dy * dy) - b.w / 2);
    case NodeShape::Diamond: return std::fabs(dx / (b.w / 2) + dy / (b.h / 2) - 1) * std::min(b.w, b.h) / 2;
    default: return std::min(std::fabs(dx - b.w / 2) + std::max(0.0f, dy - b.h / 2), std::fabs(dy - b.h / 2) + std::max(0.0f, dx - b.w / 2));
  }
}

void checkInvariants(const Flowchart& chart, const FlowchartLayout& layout) {
  REQUIRE(layout.nodes.size() == chart.nodes.size());
  REQUIRE(layout.edges.size() == chart.edges.size());
  for (std::size_t i = 0; i < layout.nodes.size(); ++i) {
    for (std::size_t j = i + 1; j < layout.nodes.size(); ++j) {
      CHECK_MESSAGE(!overlap(layout.nodes[i], layout.nodes[j]), layout.nodes[i].id, " overlaps ", layout.nodes[j].id);
    }
  }
  for (const auto& e : layout.edges) {
    REQUIRE(e.points.size() >= 2);
    if (e.from == e.to) continue;
    CHECK(distanceToBorder(layout.nodes[e.from], e.points.front()) < 0.5f);
    CHECK(distanceToBorder(layout.nodes[e.to], e.points.back()) < 0.5f);
    if (!e.label.empty()) {
      const NodeBox label{"", "", NodeShape::Rect, e.labelCenter.x - e.labelSize.w / 2, e.labelCenter.y - e.labelSize.h / 2,
                          e.labelSize.w, e.labelSize.h, true};
      for (const auto& n : layout.nodes) CHECK_MESSAGE(!overlap(label, n), "label '", e.label, "' over ", n.id);
    }
  }
  CHECK(layout.width > 0);
  CHECK(layout.height > 0);
}
}  // namespace

TEST_CASE("layout: every corpus chart lays out with no overlaps, edges on borders, labels clear") {
  for (const auto& path : jobname::testing::corpusFiles()) {
    CAPTURE(path.filename().string());
    const Flowchart chart = parse(markdown::importMarkdown(jobname::testing::readFile(path)).record->process);
    const FlowchartLayout layout = layoutFlowchart(chart);
    checkInvariants(chart, layout);
    // Left to right: each arrow goes rightwards.
    for (const auto& e : layout.edges) CHECK(layout.nodes[e.to].x > layout.nodes[e.from].x);
  }
}

TEST_CASE("layout: fans, stars and all-linked charts under the cap keep the invariants") {
  for (const std::string& text : {jobname::testing::fanChart(20), jobname::testing::chainWithStarChart(60),
                                  jobname::testing::allLinkedChart(40)}) {
    const Flowchart chart = parse(text);
    CAPTURE(chart.edges.size());
    checkInvariants(chart, layoutFlowchart(chart));
  }
}

TEST_CASE("layout: ranks follow the arrows in every direction") {
  const std::string body = "\n a --> b --> c\n a --> c\n";
  const auto tb = layoutFlowchart(parse("flowchart TB" + body));
  CHECK(tb.nodes[1].y > tb.nodes[0].y);
  CHECK(tb.nodes[2].y > tb.nodes[1].y);
  const auto bt = layoutFlowchart(parse("flowchart BT" + body));
  CHECK(bt.nodes[2].y < bt.nodes[0].y);
  const auto rl = layoutFlowchart(parse("flowchart RL" + body));
  CHECK(rl.nodes[2].x < rl.nodes[0].x);
  checkInvariants(parse("flowchart TB" + body), tb);
}

TEST_CASE("layout: cycles, branches, loops and long edges keep the invariants") {
  const Flowchart chart = parse("flowchart TD\n a[Start] --> b{Pass?}\n b -->|yes| c([Offer])\n b -- no --x d((End))\n"
                                " c -.-> a\n d ==> e[[Archive]]\n a --> e\n e --> e\n f --> g & h & i --> j");
  const auto layout = layoutFlowchart(chart);
  checkInvariants(chart, layout);
}

TEST_CASE("layout: the same chart gives the same geometry") {
  const Flowchart chart = parse("flowchart LR\n a --> b & c --> d\n b --> e --> a");
  const auto one = layoutFlowchart(chart), two = layoutFlowchart(chart);
  REQUIRE(one.nodes.size() == two.nodes.size());
  for (std::size_t i = 0; i < one.nodes.size(); ++i) {
    CHECK(one.nodes[i].x == two.nodes[i].x);
    CHECK(one.nodes[i].y == two.nodes[i].y);
  }
  CHECK(writeSvg(one) == writeSvg(two));
}

TEST_CASE("layout: node sizes come from the measured labels") {
  const Flowchart chart = parse("flowchart LR\n a(short) --> b(a much longer label here)");
  const auto wide = layoutFlowchart(chart, [](const std::string& s) { return Size{s.size() * 10.0f, 20}; });
  CHECK(wide.nodes[1].w > wide.nodes[0].w + 100);
  const auto narrow = layoutFlowchart(chart, [](const std::string& s) { return Size{s.size() * 5.0f, 20}; });
  CHECK(narrow.nodes[1].w < wide.nodes[1].w);
}

TEST_CASE("layout: stages after the outcome are not reached") {
  const auto layout = layoutFlowchart(parse("flowchart LR\n sr --> ti --rejected--x hri -.-> o"));
  CHECK(layout.nodes[0].reached);
  CHECK(layout.nodes[1].reached);
  CHECK_FALSE(layout.nodes[2].reached);
  CHECK_FALSE(layout.nodes[3].reached);
}

TEST_CASE("svg: shapes, markers, outcome colours and right-to-left labels") {
  const auto layout = layoutFlowchart(parse("flowchart LR\n a(مصاحبه فنی) --rejected--x b{Why?} -.-> c((🎉)) --accepted--> d"));
  const std::string svg = writeSvg(layout);
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  CHECK(svg.find("marker-end=\"url(#cross-rejected)\"") != std::string::npos);
  CHECK(svg.find("class=\"edge dotted\"") != std::string::npos);
  CHECK(svg.find("class=\"edge accepted\"") != std::string::npos);
  CHECK(svg.find("<polygon") != std::string::npos);  // the diamond
  CHECK(svg.find("<circle") != std::string::npos);
  CHECK(svg.find("direction=\"rtl\">") != std::string::npos);
  CHECK(svg.find("مصاحبه فنی") != std::string::npos);
  CHECK(svg.find("class=\"node muted\"") != std::string::npos);
}

TEST_CASE("svg: node labels are written at the font size they were measured at (labels spilled out of their boxes)") {
  const auto parsed = parseFlowchart("flowchart LR\n a(Technical Interview) --label--> b(HR)");
  REQUIRE(parsed.chart);
  const std::string measured16 = writeSvg(layoutFlowchart(*parsed.chart));
  CHECK(measured16.find("font-size=\"16\"") != std::string::npos);
  const std::string app = writeSvg(layoutFlowchart(*parsed.chart), false, 11.7f);
  CHECK(app.find("font-size=\"11.7\"") != std::string::npos);
  CHECK(app.find("font-size:10.2px") != std::string::npos);  // edge labels, 14 of the screen's 16
}
