// Rows that wrap to the window's width: the next widget goes beside the last one when it fits,
// else on a new line (a header row at 1024 px wide is never clipped). Widths only; no drawing.
#pragma once

namespace jobname::ui {

// Call between two widgets of a row, with the width the next one needs.
void sameLineIfFits(float nextWidth);
// The width of a frame-height widget followed by its label (a checkbox, a field with its name).
float labelledWidth(float boxWidth, const char* label);
// The width of a button with this label (as ImGui::Button sizes it).
float buttonWidth(const char* label);

}  // namespace jobname::ui
