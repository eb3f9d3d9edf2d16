// The side panel: every record (company, position, outcome, last date, score), instant search,
// new and delete; an empty state that offers to create, import, or open the sample.
#pragma once
#include <vector>

#include "core/model/record.h"
#include "ui/ui_state.h"

namespace jobname::ui {

void drawCollectionView(UiState& state, const std::vector<model::CollectionEntry>& entries, const std::string& openId,
                        UiCommands& commands);

// "rejected", "accepted", "declined" or "pending", from the status row's last outcome.
const char* outcomeOf(const model::Record& record);

}  // namespace jobname::ui
