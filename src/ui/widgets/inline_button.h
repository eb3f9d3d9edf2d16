// A button that sits in a line of text: small (ImGui's SmallButton) where a pointer presses it, a
// whole tap target high in the narrow layout (ui/theme.h), where a finger does. Nothing else.
#pragma once

#include "ui/ui_state.h"

namespace jobname::ui {

// True when it was pressed, as ImGui::SmallButton.
bool inlineButton(const UiState& state, const char* label);

}  // namespace jobname::ui
