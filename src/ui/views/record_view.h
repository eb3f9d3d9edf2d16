// The open record: every field of the jobname format, edited in place on the app's working copy.
#pragma once
#include <string>

#include "core/model/record.h"
#include "ui/ui_state.h"

namespace jobname::ui {

// `id` is the record's id in the journal (its chart's key in UiState::charts); `revision` names
// the record's current version (a new one rebuilds the reading view).
void drawRecordView(UiState& state, const std::string& id, model::Record& record, const std::string& revision,
                    UiCommands& commands);

}  // namespace jobname::ui
