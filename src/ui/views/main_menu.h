// The main menu bar: File, Edit, View, Help.
#pragma once
#include "ui/ui_state.h"

namespace jobname::ui {

void drawMainMenu(UiState& state, UiCommands& commands);

}  // namespace jobname::ui
