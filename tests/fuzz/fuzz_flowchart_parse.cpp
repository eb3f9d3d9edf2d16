// Any bytes: the flowchart parser never crashes; a parsed chart writes back to its source; the
// canonical text of any parsed chart parses again to the same stages and arrows; the layout of
// any parsed chart has finite coordinates. Inputs of any size: parsing and layout are near-linear
// and a chart over the drawing limits is only counted, so scripts/fuzz gives each input a time
// limit instead of skipping large ones.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/mermaid/layout.h"
#include "core/mermaid/write.h"

using namespace jobname::mermaid;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const ParseResult result = parseFlowchart(input);
  if (!result.chart) return 0;
  if (writeFlowchart(*result.chart) != input) std::abort();
  Flowchart fresh = *result.chart;
  fresh.source.clear();
  const ParseResult again = parseFlowchart(writeCanonicalFlowchart(fresh));
  if (!again.chart || again.chart->edges.size() != fresh.edges.size()) std::abort();
  const FlowchartLayout layout = layoutFlowchart(*result.chart);
  for (const auto& n : layout.nodes) {
    if (!std::isfinite(n.x) || !std::isfinite(n.y)) std::abort();
  }
  // Over the limits: a sentence in place of the drawing, never a half-drawn chart.
  if (!layout.notDrawn.empty() && (!layout.nodes.empty() || !layout.edges.empty())) std::abort();
  return 0;
}
