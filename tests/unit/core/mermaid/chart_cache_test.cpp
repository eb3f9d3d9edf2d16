#include "core/mermaid/chart_cache.h"

#include <doctest/doctest.h>

using namespace jobname::mermaid;

namespace {
struct CountingMeasure {
  int* calls;
  Size operator()(const std::string& s) const {
    ++*calls;
    return estimateTextSize(s);
  }
};
}  // namespace

TEST_CASE("chart cache: a record's chart is laid out once per change of its text") {
  ChartCache charts;
  int calls = 0;
  const CountingMeasure measure{&calls};
  const std::string source = "flowchart LR\n a(Send Resume) --> b(HR Call)";
  const RecordChart& first = charts.chartFor("r1", source, measure);
  REQUIRE(first.chart);
  CHECK(first.layout.nodes.size() == 2);
  CHECK(first.error.empty());
  const int afterFirst = calls;
  CHECK(afterFirst > 0);
  charts.chartFor("r1", source, measure);
  CHECK(calls == afterFirst);  // same text: nothing measured again
  charts.chartFor("r1", source + " --> c(Task)", measure);
  CHECK(calls > afterFirst);
  CHECK(charts.find("r1")->layout.nodes.size() == 3);
}

TEST_CASE("chart cache: the layout is the one the SVG exporter and the CLI compute") {
  ChartCache charts;
  const std::string source = "flowchart LR\n a(Send Resume) --> b(HR Call) --rejected--x c(Offer)";
  const RecordChart& cached = charts.chartFor("r1", source, estimateTextSize);
  const FlowchartLayout direct = layoutFlowchart(*parseFlowchart(source).chart);
  REQUIRE(cached.layout.nodes.size() == direct.nodes.size());
  CHECK(cached.layout.width == direct.width);
  CHECK(cached.layout.nodes[2].reached == direct.nodes[2].reached);
}

TEST_CASE("chart cache: while the text has an error, the last chart that parsed stays beside it") {
  ChartCache charts;
  charts.chartFor("r1", "flowchart LR\n a --> b", estimateTextSize);
  const RecordChart& broken = charts.chartFor("r1", "flowchart LR\n a --> ", estimateTextSize);
  CHECK_FALSE(broken.error.empty());
  CHECK(broken.error.find(':') != std::string::npos);  // "line:col: message"
  REQUIRE(broken.chart);
  CHECK(broken.chart->nodes.size() == 2);
  const RecordChart& fixed = charts.chartFor("r1", "flowchart LR\n a --> c", estimateTextSize);
  CHECK(fixed.error.empty());
}

TEST_CASE("chart cache: records are kept apart, and a forgotten one starts afresh") {
  ChartCache charts;
  charts.chartFor("r1", "flowchart LR\n a --> b", estimateTextSize);
  const RecordChart& other = charts.chartFor("#shared", "not a chart", estimateTextSize);
  CHECK_FALSE(other.chart);
  CHECK_FALSE(other.error.empty());
  CHECK(charts.find("r1")->chart);
  charts.forget("r1");
  CHECK(charts.find("r1") == nullptr);
  const RecordChart& again = charts.chartFor("r1", "flowchart LR\n a --> ", estimateTextSize);
  CHECK_FALSE(again.chart);  // no earlier chart to keep: it was forgotten
}
