// The layout as a standalone SVG document: the same boxes, paths and labels the screen draws,
// with Mermaid's shapes, arrow heads, crosses and circles, dotted and thick lines, and the
// outcome colours (rejected red, accepted green, stages after the outcome muted).
#pragma once
#include <string>

#include "core/mermaid/layout.h"
#include "core/model/outcome.h"

namespace jobname::mermaid {

enum class EdgeColour { Neutral, Rejected, Accepted };
// The colour an arrow draws in, here and on screen, from what it says (model::outcomeOfArrow):
// a rejection or a decline red, an acceptance green.
EdgeColour edgeColour(const EdgePath& edge);

std::string writeSvg(const FlowchartLayout& layout, bool dark = false);

}  // namespace jobname::mermaid
