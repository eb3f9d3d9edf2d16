// The application: its state and one frame (input is already in ImGui; views draw and return
// commands; the app carries them out against the journal and the platform).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/files/import_summary.h"
#include "core/model/record.h"
#include "core/store/export_history.h"
#include "core/store/journal.h"
#include "core/store/save_schedule.h"
#include "core/store/undo_history.h"
#include "platform/web/files.h"
#include "platform/web/local_storage_store.h"
#include "platform/web/main_loop.h"
#include "ui/ui_state.h"

namespace jobname::app {

struct PendingImport {
  model::Record record;
  std::string existingId;
};

struct App {
  web::MainLoop* loop = nullptr;
  web::LocalStorageStore storage;
  store::Journal journal{storage};
  ui::UiState ui;

  // The open record as being edited; written into the journal as it changes.
  std::string workingId;
  model::Record working;

  std::vector<store::UndoStep> undo, redo;
  std::size_t undoAtFieldOpen = 0;  // undo steps before the text field being edited was opened
  std::vector<PendingImport> pendingImports;  // duplicates waiting for the user's answer
  files::ImportSummary importSummary;         // the last import of files, shown once its duplicates are decided
  double lastEditSeconds = -1e9;
  std::string lastEditId;
  store::SaveSchedule saveSchedule;  // when the next save is due
  store::StoredSize storedSize;      // at the last save, and the engine's rules, for the storage
  store::StorageRules storageRules;  // line (storage.cpp)
  store::ExportHistory exportHistory;  // the last whole export, and changes in none since (storage.cpp)
  double lastSaveMs = 0;       // how long the last save took (for `make bench`)
  int filesReceived = 0;       // files taken from a drop or the picker (tests wait for it)

  bool themeDark = false;
  float appliedPixelRatio = 0.0f;
  float appliedTextScale = 0.0f;
  bool appliedNarrow = false;
  float viewportWidth = 0, viewportHeight = 0;  // ImGui's display size last frame (device pixels)
  bool themeApplied = false;
};

// The letters that with Ctrl (Cmd) are the app's shortcuts (the table in app.cpp), wherever the
// focus is: the page and the text box stop the browser's own meaning of them.
inline constexpr const char* kShortcutLetters = "sofnzy";

void startApp(App& app);
// Returns true while the app animates (it never does: edits and saves wake the loop).
bool runFrame(App& app, const web::FrameInfo& frame);
// Saves now (the tab is being hidden or closed: startApp registers it with the platform).
void flush(App& app);

// record_commands.cpp: what the views' commands do to the records (open, new, delete, edits, undo).
void openRecord(App& app, const std::string& id);
void carryOutRecordCommands(App& app, const ui::UiCommands& commands, double nowSeconds);

// importing.cpp: records in from files and share links, and the duplicate prompt's answers.
void importIncomingFiles(App& app);
// Files through the import (Markdown or JSON by name), with the report; the records added.
int importFiles(App& app, const std::vector<web::IncomingFile>& files);
// One record from elsewhere (a share link): added, or the duplicate prompt asks first.
void importRecord(App& app, model::Record record, double nowSeconds);
// The duplicate prompt's answer for the first duplicate waiting (or, `forAll`, every one).
void decideDuplicates(App& app, ui::ImportDecision decision, bool forAll, double nowSeconds);

// exporting.cpp: files out (the open record, its chart, the journal, the question bank).
void carryOutExportCommands(App& app, const ui::UiCommands& commands);

// debug_state.cpp: the state browser tests read.
std::string debugStateJson(const App& app);

// storage.cpp: saving, the other tabs, a read-only journal, set-aside data.
// Saves within a second (what changed since is saved with it), waking the loop for it.
void scheduleSave(App& app, double nowSeconds);
void followOtherTabs(App& app);
void saveIfDue(App& app, double nowSeconds);
void describeUsage(App& app);
// The export history: read at start, a whole-journal export noted (File > Export all, the book,
// the banners' "Export everything"), and what the page says of it and of persistent storage.
void loadExportHistory(App& app);
void noteJournalExported(App& app);
void readPersistentStorageAnswer(App& app);
// True (and a notice says why) when the journal is read-only: the caller changes nothing.
bool refuseWhenReadOnly(App& app);
void refreshSetAsideList(App& app);
void carryOutStorageCommands(App& app, const ui::UiCommands& commands);

// sharing.cpp: share links out and in, the book .zip.
void openSharedLinkFromAddress(App& app);
void readClipboardResult(App& app);
void carryOutShareCommands(App& app, const ui::UiCommands& commands, double nowSeconds);

}  // namespace jobname::app
