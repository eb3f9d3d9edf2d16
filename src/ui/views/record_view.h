// The open record: every field of the jobname format, edited in place on the app's working copy.
#pragma once
#include <string>
#include <string_view>

#include "core/model/record.h"
#include "ui/ui_state.h"

namespace jobname::ui {

// `id` is the record's id in the journal (its chart's key in UiState::charts); `revision` names
// the record's current version (a new one rebuilds the reading view).
void drawRecordView(UiState& state, const std::string& id, model::Record& record, const std::string& revision,
                    UiCommands& commands);

// The record `id` is being opened for `search` (folded as the list searches): its first field
// holding it is highlighted and scrolled to. An empty search, or none found, highlights nothing.
void showSearchHit(UiState& state, const std::string& id, const model::Record& record, std::string_view search);
// The same for a field already known (the question bank's question), its hit if any.
void showSearchHit(UiState& state, const std::string& id, std::string field, std::string_view fieldText, std::string_view search);

}  // namespace jobname::ui
