// The layout as a standalone SVG document: the same boxes, paths and labels the screen draws,
// with Mermaid's shapes, arrow heads, crosses and circles, dotted and thick lines, and the
// outcome colours (rejected red, accepted green, stages after the outcome muted).
#pragma once
#include <string>

#include "core/mermaid/layout.h"

namespace jobname::mermaid {

enum class EdgeOutcome { Neutral, Rejected, Accepted };
// From the arrow's label and head: "rejected" or a cross is a rejection, "accepted"/"offer" an acceptance.
EdgeOutcome edgeOutcome(const EdgePath& edge);

std::string writeSvg(const FlowchartLayout& layout, bool dark = false);

}  // namespace jobname::mermaid
