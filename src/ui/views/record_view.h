// The open record: every field of the jobname format, edited in place on the app's working copy.
#pragma once
#include "core/model/record.h"
#include "ui/ui_state.h"

namespace jobname::ui {

// `id` is the record's id in the journal (its chart's key in UiState::charts).
void drawRecordView(UiState& state, const std::string& id, model::Record& record, UiCommands& commands);

}  // namespace jobname::ui
