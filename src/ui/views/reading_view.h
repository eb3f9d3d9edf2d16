// A record as the published book shows it, drawn with ImGui from core's laid-out blocks
// (core/reading): headings, the status row with stage names on hover, the chart, tables, code that
// scrolls sideways, answers that open, links whose address is shown before they open, a block
// copied on request. Laid out once per width and font size; only the blocks in view are drawn.
// Never edits the record.
#pragma once
#include <string>

#include "core/model/record.h"
#include "ui/ui_state.h"

namespace jobname::ui {

// `key` names what `record` is (its id and version): a new key rebuilds the blocks. `id` prefixes
// the anchors ("reading", "shared"): `<id>.view`, `<id>.block.N`, `<id>.flowchart`, `<id>.copy`,
// `<id>.link.N` (annotation N), `<id>.open`, `<id>.html`.
void drawReadingView(UiState& state, ReadingViewState& view, const model::Record& record, const std::string& key,
                     const char* id, UiCommands& commands);

}  // namespace jobname::ui
