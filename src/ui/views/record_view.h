// The open record: every field of the jobname format, edited in place on the app's working copy.
#pragma once
#include "core/model/record.h"
#include "ui/ui_state.h"

namespace jobname::ui {

void drawRecordView(UiState& state, model::Record& record, UiCommands& commands);

}  // namespace jobname::ui
