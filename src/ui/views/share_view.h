// Sharing, on screen: the link made for the open record (copied, or too large and the file
// offered), a record opened from a link (read-only, active HTML flagged, "Import into my
// journal"), and why a link could not be opened.
#pragma once
#include "ui/ui_state.h"

namespace jobname::ui {

void drawShareLinkDialog(UiState& state, UiCommands& commands);
// In place of the record pane while a shared record is open.
void drawSharedRecord(UiState& state, UiCommands& commands);
void drawShareLinkError(UiState& state);
// "Open a share link": for a link that arrived as text, or one made on a page opened from disk.
void drawOpenShareLink(UiState& state, UiCommands& commands);

}  // namespace jobname::ui
