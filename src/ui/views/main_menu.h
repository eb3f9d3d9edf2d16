// The main menu bar: File, Edit, View, Help.
#pragma once
#include <string>

#include "ui/ui_state.h"

namespace jobname::ui {

void drawMainMenu(UiState& state, UiCommands& commands, const std::string& openId);

}  // namespace jobname::ui
