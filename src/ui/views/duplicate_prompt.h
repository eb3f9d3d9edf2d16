// Asks what to do with an imported record that is already in the journal: replace it, keep both,
// or skip it, for this one or for all that follow.
#pragma once
#include "ui/ui_state.h"

namespace jobname::ui {

void drawDuplicatePrompt(UiState& state, UiCommands& commands);

}  // namespace jobname::ui
