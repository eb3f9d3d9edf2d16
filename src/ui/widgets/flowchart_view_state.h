// How a flowchart view is zoomed and panned: kept in the app's state, not in the widget.
#pragma once
#include <imgui.h>

namespace jobname::ui {

struct FlowchartViewState {
  float zoom = 1.0f;       // chart units (CSS px) to CSS px
  ImVec2 pan{0, 0};        // offset in CSS px
  bool fitPending = true;  // fit on the next draw (new chart, or asked)
  bool fitWhole = false;   // the fit asked for (Fit, a double click or tap): the whole chart, however small
  bool userMoved = false;  // panned or zoomed by hand: a changed chart keeps the view
  bool wheelZooms = false; // clicked in: the wheel zooms it (else only with Ctrl) until a click elsewhere
};

}  // namespace jobname::ui
