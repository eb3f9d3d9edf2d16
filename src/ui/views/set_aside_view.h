// The "Set-aside data" window: what the journal could not read and set aside (a record, the
// index), each with restore (through the normal import, with its diagnostics), export (the text
// as it is) and delete (after a confirmation). It only asks: the app does each.
#pragma once
#include "ui/ui_state.h"

namespace jobname::ui {

void drawSetAsideView(UiState& state, UiCommands& commands);

}  // namespace jobname::ui
