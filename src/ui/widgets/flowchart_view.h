// Draws a laid-out flowchart with ImDrawList: Mermaid's shapes, arrow heads, crosses and
// circles, dotted and thick lines, edge labels, outcome colours, muted stages after the outcome,
// Persian labels shaped. Fits its box at first; drag (or two fingers) to pan, wheel (or pinch) to zoom,
// double-click to fit.
// Clipped to its frame at every zoom; a chart too large to draw shows the layout's sentence
// (FlowchartLayout::notDrawn) in its place, anchored as "<id>.toolarge".
#pragma once
#include <imgui.h>

#include <string>

#include "core/mermaid/layout.h"
#include "ui/ui_state.h"
#include "ui/widgets/flowchart_view_state.h"

namespace jobname::ui {

void FlowchartView(UiState& state, const char* id, FlowchartViewState& view, const mermaid::FlowchartLayout& layout,
                   ImVec2 size);

// Label size in chart units (16 px text), as the view will draw it: the layout's MeasureText.
mermaid::Size measureChartLabel(UiState& state, const std::string& label);
// The CSS font size those labels are measured at: what an exported SVG writes them in.
float chartLabelFontPx(const UiState& state);

}  // namespace jobname::ui
