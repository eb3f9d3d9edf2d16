// Does the status row agree with the flowchart? Where they disagree, one sentence each:
// an outcome in one and not the other, or a stage reached in the chart missing from the row.
// Linear in the chart; a chart too large to keep its arrows is not compared.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/mermaid/flowchart.h"

namespace jobname::mermaid {

// The status row the chart says, for the process panel and the problems' fix: the code of each
// stage reached along a chain (model::stageCodeOfName), then its outcome's (progress.h). Codes the
// chart cannot say (⏳, 👻, an emoji of the user's) are kept from `row`, before the outcome; a
// withdrawal (❎) is kept where the chart shows a rejection, as the book draws a declined offer
// with "--rejected-->". `row` itself when the chart is not one chain.
std::vector<std::string> statusRowForChart(const std::vector<std::string>& row, const Flowchart& chart);

std::vector<std::string> checkStatusAgainstChart(const std::vector<std::string>& status,
                                                 const std::optional<Flowchart>& chart, WorkMeter* meter = nullptr);

}  // namespace jobname::mermaid
