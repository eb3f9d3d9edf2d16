// Sharing, on screen: the link made for the open record (copied, shown as a QR code where it fits one, or too large and the file
// offered), a record opened from a link (read-only, active content flagged, "Import into my
// journal"), why a link could not be opened, and the book export's question about active content.
#pragma once
#include "ui/ui_state.h"

namespace jobname::ui {

void drawShareLinkDialog(UiState& state, UiCommands& commands);
// In place of the record pane while a shared record is open.
void drawSharedRecord(UiState& state, UiCommands& commands);
void drawShareLinkError(UiState& state);
// Export all as a book, when pages hold active content: where, and plain text or cancel.
void drawBookExportDialog(UiState& state, UiCommands& commands);
// "Open a share link": for a link that arrived as text, or one made on a page opened from disk.
void drawOpenShareLink(UiState& state, UiCommands& commands);

}  // namespace jobname::ui
