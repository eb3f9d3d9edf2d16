// The stage edits of the Interview Process panel, on the parsed chart: add a stage after another,
// remove one (joining the arrows around it), and, for a chart that is no chain, read or set the
// outcome on the arrow that leaves the last stage reached. A chain's reached stages and outcome
// are progress.h's; reordering is reorder.h's; writing the text back is write.h's.
#pragma once
#include <cstddef>
#include <string>

#include "core/mermaid/flowchart.h"
#include "core/mermaid/layout.h"
#include "core/model/outcome.h"

namespace jobname::mermaid {

// The last stage reached: the last node the layout draws as reached (0 when none is).
std::size_t lastReachedStage(const FlowchartLayout& layout);

// An id no stage of the chart has: "s1", "s2", ...
std::string freshStageId(const Flowchart& chart);

// Adds a stage after stage `after`: the arrows that left it now leave the new stage, and an arrow
// leads from it to the new one. Returns the new stage's id.
std::string addStageAfter(Flowchart& chart, std::size_t after);

// Removes stage `index`; what led into it now leads to what came after it, each joined arrow
// keeping the kind of the arrow that left the stage. False (nothing done) for the only stage.
bool removeStage(Flowchart& chart, std::size_t index);

// The arrow that leaves stage `index`, which carries the outcome there; null when none does.
Edge* outcomeArrow(Flowchart& chart, std::size_t index);
// What the arrow says (model::outcomeOfArrow of its label and head).
model::Outcome arrowOutcome(const Edge& arrow);
// Writes an outcome on the arrow: its label, and a crossed head for a rejection or a decline.
void setArrowOutcome(Edge& arrow, model::Outcome outcome);

}  // namespace jobname::mermaid
