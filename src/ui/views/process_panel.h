// The Interview Process: the Mermaid source beside its live drawing, and a list of the stages
// with their outcome, which writes the source in the book's style. Either side updates the other.
#pragma once
#include "core/model/record.h"
#include "ui/ui_state.h"

namespace jobname::ui {

// `id` names the record's chart in UiState::charts. Returns true when the record's process text changed.
bool drawProcessPanel(UiState& state, const std::string& id, model::Record& record, UiCommands& commands);

}  // namespace jobname::ui
