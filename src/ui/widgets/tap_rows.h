// Lists a finger picks from (menu items, combo entries): in the narrow layout each row is a tap
// target high (ui/theme.h), by spacing the rows apart; elsewhere nothing changes. ImGui draws a
// menu item or a selectable as high as its text, hit over the spacing around it, so the spacing
// is what makes the row tall. Not for buttons and fields: their frames are tall already.
#pragma once

#include <imgui.h>

#include "ui/ui_state.h"

namespace jobname::ui {

// Around everything drawn in between; each window begun in between must end in between too
// (ImGui checks that a window ends with the style stack it began with).
void beginTapRows(const UiState& state);
void endTapRows(const UiState& state);

// ImGui::BeginCombo and EndCombo with tap-high rows, and in the narrow layout a list tall enough
// for them (ImGui sizes it for eight rows of its own height).
bool beginCombo(UiState& state, const char* label, const char* preview, ImGuiComboFlags flags = 0);
void endCombo(const UiState& state);

}  // namespace jobname::ui
