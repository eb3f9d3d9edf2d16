// A statistics chart as a standalone SVG (bars with their counts and notes), for "Export as
// PNG": the page draws it on a canvas. The same numbers the Stats view shows.
#pragma once
#include <string>
#include <vector>

#include "core/insights/stats.h"

namespace jobname::insights {

std::string barChartSvg(const std::string& title, const std::vector<Count>& counts, const std::vector<std::string>& notes = {});

}  // namespace jobname::insights
