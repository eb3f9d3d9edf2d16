// The About box: version, a shaped Persian line (proof of the FriBidi pipeline) and the licences
// of everything the app ships.
#pragma once
#include "ui/ui_state.h"

namespace jobname::ui {

void drawAboutView(UiState& state, UiCommands& commands);

}  // namespace jobname::ui
