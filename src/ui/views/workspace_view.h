// The main window: the banners (read-only journal, storage trouble, a notice), the record list
// beside the open record or the Insights tabs (one pane at a time on a phone's width), the toast
// of the last removal with its Undo, and the import report. It draws and asks; the app acts.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/record.h"
#include "ui/ui_state.h"

namespace jobname::ui {

// What the workspace shows of the journal this frame (the app's, read only).
struct WorkspaceJournal {
  const std::vector<model::CollectionEntry>& entries;
  std::uint64_t version;  // changes whenever `entries` do
  const std::string& openId;
  const std::string& workingId;  // the record being edited ("" when none)
  bool workingKept;              // the journal holds `workingId`
  bool unsavedChanges;           // said on the read-only banner: export to keep them
};

// `working` is the app's working copy of the open record (edited in place, as the record view does).
void drawWorkspace(UiState& state, const WorkspaceJournal& journal, model::Record& working, UiCommands& commands);
void drawUndoToast(UiState& state, UiCommands& commands);
void drawImportReport(UiState& state);

}  // namespace jobname::ui
