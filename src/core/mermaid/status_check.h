// Does the status row agree with the flowchart? Where they disagree, one sentence each:
// an outcome in one and not the other, or a stage reached in the chart missing from the row.
// Linear in the chart; a chart too large to keep its arrows is not compared.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/mermaid/flowchart.h"

namespace jobname::mermaid {

std::vector<std::string> checkStatusAgainstChart(const std::vector<std::string>& status,
                                                 const std::optional<Flowchart>& chart, WorkMeter* meter = nullptr);

}  // namespace jobname::mermaid
