// The side panel: every record (company, position, outcome, last date, score), the search box
// and the filter combos, new and import; an empty state that offers to create, import, or open
// the sample. Which rows to show, and in what order, is core/collection's.
#pragma once
#include <cstdint>
#include <vector>

#include "core/model/record.h"
#include "ui/ui_state.h"

namespace jobname::ui {

// `version` changes whenever `entries` do (the journal's version): the filtered, sorted rows
// are computed again only then, or when the search or the filter change.
void drawCollectionView(UiState& state, const std::vector<model::CollectionEntry>& entries, std::uint64_t version,
                        const std::string& openId, UiCommands& commands);

}  // namespace jobname::ui
