// Records into the journal from elsewhere: files dropped or picked (Markdown or JSON, with the
// import report), a record from a share link, and the duplicate prompt's answers (replace, keep
// both, skip). Reading the files is core/files' (record_file.h), telling duplicates apart too.
#include <imgui.h>

#include "app/app.h"
#include "core/files/import_duplicates.h"
#include "core/files/import_summary.h"
#include "core/files/record_file.h"
#include "core/store/undo_history.h"
#include "platform/web/files.h"
#include "platform/web/page.h"

namespace jobname::app {

namespace {
void addImported(App& app, model::Record record, std::string& firstId) {
  const std::string id = app.journal.add(std::move(record), web::unixTimeMs());
  app.undo.push_back({store::UndoStep::Kind::Add, app.journal.indexOf(id), *app.journal.find(id)});
  if (firstId.empty()) firstId = id;
}

// Adds an imported record, or queues it for the duplicate prompt when the journal has it already.
bool addUnlessDuplicate(App& app, model::Record&& record, std::string& firstId) {
  if (const model::CollectionEntry* existing = files::findDuplicate(app.journal.entries(), record)) {
    app.pendingImports.push_back({std::move(record), existing->id});
    return false;
  }
  addImported(app, std::move(record), firstId);
  return true;
}

void promptNextDuplicate(App& app) {
  auto& prompt = app.ui.editor.duplicate;
  prompt.active = !app.pendingImports.empty();
  if (!prompt.active) return;
  prompt.description = files::describeDuplicate(app.pendingImports.front().record);
  prompt.remaining = static_cast<int>(app.pendingImports.size()) - 1;
}

// The import's summary, shown once no duplicate waits: the prompt never sits over it.
void showImportSummary(App& app) {
  auto& summary = app.importSummary;
  if (summary.files == 0) return;  // not an import of files (a share link)
  summary.duplicatesWaiting = static_cast<int>(app.pendingImports.size());
  app.ui.editor.importReport = files::summaryLines(summary);
  // Records imported with nothing else to say need no window over the work (the list shows them).
  const bool worthReading = app.ui.editor.importReport.size() > 1 || summary.replaced || summary.skipped;
  app.ui.editor.showImportReport = summary.duplicatesWaiting == 0 && worthReading;
}

}  // namespace

void decideDuplicates(App& app, ui::ImportDecision decision, bool forAll, double now) {
  std::string firstId;
  auto& summary = app.importSummary;
  do {
    PendingImport pending = std::move(app.pendingImports.front());
    app.pendingImports.erase(app.pendingImports.begin());
    if (decision == ui::ImportDecision::KeepBoth) {
      addImported(app, std::move(pending.record), firstId);
      ++summary.imported;
    } else if (decision == ui::ImportDecision::Replace) {
      if (const auto* existing = app.journal.find(pending.existingId)) {
        app.undo.push_back({store::UndoStep::Kind::Edit, app.journal.indexOf(pending.existingId), *existing});
        app.journal.update(pending.existingId, pending.record, web::unixTimeMs());
        if (firstId.empty()) firstId = pending.existingId;
        ++summary.replaced;
      } else {
        addImported(app, std::move(pending.record), firstId);
        ++summary.imported;
      }
    } else {
      ++summary.skipped;
    }
  } while (forAll && !app.pendingImports.empty());
  if (!firstId.empty()) openRecord(app, firstId);
  promptNextDuplicate(app);
  showImportSummary(app);
  scheduleSave(app, now);
}

void importRecord(App& app, model::Record record, double now) {
  if (refuseWhenReadOnly(app)) return;
  std::string firstId;
  addUnlessDuplicate(app, std::move(record), firstId);
  promptNextDuplicate(app);
  app.redo.clear();
  if (!firstId.empty()) openRecord(app, firstId);
  scheduleSave(app, now);
}

int importFiles(App& app, const std::vector<web::IncomingFile>& files) {
  if (refuseWhenReadOnly(app)) return 0;
  auto& summary = app.importSummary;
  summary = {};
  summary.files = static_cast<int>(files.size());
  std::string firstId;
  for (const auto& file : files) {
    if (!file.readable) { summary.failed.push_back(file.name + ": the browser could not read this file"); continue; }
    files::LoadedFile loaded = files::loadRecordFile(file.name, file.bytes, files::formatOfFile(file.name));
    files::summarizeLoadedFile(summary, file.name, loaded);
    for (auto& entry : loaded.records) summary.imported += addUnlessDuplicate(app, std::move(entry.record), firstId) ? 1 : 0;
  }
  promptNextDuplicate(app);
  showImportSummary(app);
  app.redo.clear();
  if (!firstId.empty()) openRecord(app, firstId);
  scheduleSave(app, ImGui::GetTime());
  return summary.imported;
}

void importIncomingFiles(App& app) {
  std::vector<web::IncomingFile> files = web::takeIncomingFiles();
  if (files.empty()) return;
  app.filesReceived += static_cast<int>(files.size());
  importFiles(app, files);
}

}  // namespace jobname::app
