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

// `labelFontPx`: the CSS font size the labels were measured at, so that each fits its box as
// measured. 16 for estimateTextSize; the app's chart measures with its own font, whose 16 px
// (ImGui sizes a font by its full height) are a smaller CSS size (ui::chartLabelFontPx).
std::string writeSvg(const FlowchartLayout& layout, bool dark = false, float labelFontPx = 16.0f);

}  // namespace jobname::mermaid
