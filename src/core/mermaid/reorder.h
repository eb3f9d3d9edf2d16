// Moving a stage earlier or later in a chart that is one chain (a --> b --> c ...): the stages
// change places, each arrow keeps its kind and label by position, so "--rejected--x" stays
// the third arrow. Charts with branches are not reordered (returns false).
#pragma once
#include <vector>

#include "core/mermaid/flowchart.h"

namespace jobname::mermaid {

// The node ids along the chain from its first stage, or empty when the chart is not one chain.
std::vector<std::string> chainOrder(const Flowchart& chart);
bool moveStage(Flowchart& chart, const std::string& id, int offset);

}  // namespace jobname::mermaid
