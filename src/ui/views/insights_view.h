// The journal's insights: statistics drawn as bars (hover lists the records behind a bar, a
// click shows them in the list), and the question bank (each question once, how often and where
// it was asked, the answers written), with its FAQ export.
#pragma once
#include <cstdint>
#include <vector>

#include "core/model/record.h"
#include "ui/ui_state.h"

namespace jobname::ui {

void drawStatisticsView(UiState& state, const std::vector<model::CollectionEntry>& entries, std::uint64_t version,
                        UiCommands& commands);
void drawQuestionBankView(UiState& state, const std::vector<model::CollectionEntry>& entries, std::uint64_t version,
                          UiCommands& commands);

}  // namespace jobname::ui
