// What the app does about its storage: save when due (and say why when it cannot), follow the
// other tabs (core/store/journal.h has the rules), keep a journal of a newer version read-only,
// the set-aside data (restore, export, delete), and the export history with persistent storage
// (core/store/export_history.h says why). The records' own commands are in record_commands.cpp.
#include <imgui.h>

#include <chrono>

#include "app/app.h"
#include "core/book/book_export.h"
#include "core/text/utf8.h"
#include "platform/web/files.h"
#include "platform/web/page.h"

namespace jobname::app {

namespace {
// Beside the settings, outside the journal's keys: the app's bookkeeping, not a record.
constexpr const char* kExportHistoryKey = "jobname-studio.exports";

void addNotice(App& app, const std::string& notice) {
  app.ui.editor.notice += (app.ui.editor.notice.empty() ? "" : " ") + notice;
}

// What the journal has to tell the user (a conflict copy made, a record back), after the rest.
void showJournalNotices(App& app) {
  for (const auto& notice : app.journal.takeNotices()) addNotice(app, notice);
}

// The start of a set-aside text on one line, for the list.
std::string preview(const std::string& text) {
  std::string out;
  std::size_t at = 0;
  for (int n = 0; n < 90 && at < text.size(); ++n) {
    const char32_t c = text::decodeUtf8(text, at);
    text::appendUtf8(out, c < 0x20 || c == 0x7F ? U' ' : c);
  }
  return at < text.size() ? out + "\u2026" : out;
}

// After anything that may have changed the open record under the working copy: the journal's
// version is shown, even while a field is typed into (the browser's box keeps the field's text
// and writes it whole at the next keystroke), or the record that is open now.
void followOpenRecord(App& app) {
  openRecord(app, app.journal.find(app.workingId) ? app.workingId : app.journal.openId());
}

std::string setAsideName(const App& app, const std::string& key) { return key.substr(app.journal.quarantinePrefix().size()); }

bool looksLikeJson(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  return first != std::string::npos && (text[first] == '{' || text[first] == '[');
}

void restoreSetAside(App& app, const std::string& key) {
  const auto text = app.storage.get(key);
  if (!text || refuseWhenReadOnly(app)) return;
  // Through the import everyone uses, so its diagnostics (file:line:col) say what is wrong.
  const std::string name = "set-aside/" + setAsideName(app, key) + (looksLikeJson(*text) ? ".json" : ".md");
  const int imported = importFiles(app, {web::IncomingFile{name, *text, true}});
  app.ui.editor.showImportReport = true;
  if (imported > 0 && app.journal.deleteSetAside(key)) {
    addNotice(app, "Restored " + std::to_string(imported) + " record" + (imported == 1 ? "" : "s") + " from '" + key + "'.");
  }
}

// What the page says of the exports, from the history and today's time.
void describeExports(App& app) {
  const std::int64_t now = web::unixTimeMs();
  app.ui.editor.exportStatus = store::describeLastExport(app.exportHistory, now);
  app.ui.editor.exportReminder = store::exportReminderDue(app.exportHistory, now) ? store::exportReminderText(app.exportHistory, now) : "";
}

void keepExportHistory(App& app) {
  // A journal of a newer version is never written, its bookkeeping neither; a refused write is the
  // storage banner's to tell.
  if (!app.journal.readOnly()) app.storage.set(kExportHistoryKey, store::exportHistoryToJson(app.exportHistory));
  describeExports(app);
}
}  // namespace

void loadExportHistory(App& app) {
  if (const auto stored = app.storage.get(kExportHistoryKey)) {
    app.exportHistory = store::exportHistoryFromJson(*stored);
  } else if (!app.journal.entries().empty()) {
    // Records kept before the history was: their week starts now.
    store::noteChange(app.exportHistory, web::unixTimeMs());
    keepExportHistory(app);
  }
  describeExports(app);
}

void noteJournalExported(App& app) {
  store::noteExport(app.exportHistory, web::unixTimeMs());
  keepExportHistory(app);
}

void readPersistentStorageAnswer(App& app) {
  const char* said = "";
  switch (web::persistentStorageAnswer()) {
    case web::PersistentStorage::Asking: said = "Asked the browser to keep this journal; no answer yet."; break;
    case web::PersistentStorage::Granted: said = "The browser keeps this journal until you clear it (persistent storage granted)."; break;
    case web::PersistentStorage::Refused: said = "The browser may clear this journal when space runs low (persistent storage not granted)."; break;
    case web::PersistentStorage::Unsupported: said = "This browser makes no promise to keep the journal (no persistent storage)."; break;
  }
  app.ui.editor.persistence = said;
}

void scheduleSave(App& app, double now) {
  app.saveSchedule.changed(now);
  web::wakeMainLoopAfter(*app.loop, static_cast<int>(store::SaveSchedule::kDelaySeconds * 1000) + 50);
}

void describeUsage(App& app) {
  app.storedSize = app.storage.storedSize();
  app.storageRules = app.storage.storageRules();
  app.ui.editor.storageUsage = store::describeStorageUse(app.storedSize, app.storageRules);
}

bool refuseWhenReadOnly(App& app) {
  if (!app.journal.readOnly()) return false;
  const char* refusal = "Not changed: this journal was written by a newer version of Jobname Studio, and this one only shows it.";
  if (app.ui.editor.notice.find(refusal) == std::string::npos) addNotice(app, refusal);
  return true;
}

void refreshSetAsideList(App& app) {
  auto& items = app.ui.editor.setAside.items;
  items.clear();
  for (const auto& stored : app.journal.setAside()) {
    items.push_back({stored.key, setAsideName(app, stored.key), stored.text.size(), preview(stored.text)});
  }
  if (items.empty()) app.ui.editor.setAside.open = false;
}

void carryOutStorageCommands(App& app, const ui::UiCommands& c) {
  if (!c.restoreSetAside.empty()) restoreSetAside(app, c.restoreSetAside);
  if (!c.exportSetAside.empty()) {
    if (const auto text = app.storage.get(c.exportSetAside)) {
      const bool json = looksLikeJson(*text);
      web::downloadFile("jobname-set-aside-" + book::fileStem(setAsideName(app, c.exportSetAside), "data") + (json ? ".json" : ".txt"),
                        json ? "application/json" : "text/plain;charset=utf-8", *text);
    }
  }
  if (!c.deleteSetAside.empty() && !refuseWhenReadOnly(app) && app.journal.deleteSetAside(c.deleteSetAside)) {
    addNotice(app, "Deleted '" + c.deleteSetAside + "'.");
  }
  if (!c.restoreSetAside.empty() || !c.deleteSetAside.empty()) refreshSetAsideList(app);
}

void followOtherTabs(App& app) {
  const std::vector<std::string> keys = app.storage.takeChangedKeys();
  if (keys.empty()) return;
  for (const auto& key : keys) app.journal.refreshFromStore(key);
  // A conflict copy to write, a record back from a deletion: saved like an edit.
  if (app.journal.dirty()) scheduleSave(app, ImGui::GetTime());
  showJournalNotices(app);
  followOpenRecord(app);
  refreshSetAsideList(app);
}

void saveIfDue(App& app, double now) {
  if (!app.saveSchedule.takeDue(now)) return;
  // A journal of a newer version is never written; its banner says so and offers the export.
  if (!app.journal.dirty() || app.journal.readOnly()) return;
  const auto started = std::chrono::steady_clock::now();
  const store::WriteResult result = app.journal.save();
  app.lastSaveMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  showJournalNotices(app);
  followOpenRecord(app);  // a conflict found by the save may have replaced the open record
  auto& editor = app.ui.editor;
  if (result.ok() || app.journal.readOnly()) {
    editor.storageProblem.clear();
    if (result.ok() && app.exportHistory.unexportedSinceMs == 0) {
      store::noteChange(app.exportHistory, web::unixTimeMs());
      keepExportHistory(app);
    }
    describeExports(app);
  } else {
    const char* why = result.error == store::WriteError::QuotaExceeded ? "the browser's storage for this page is full"
                      : result.error == store::WriteError::Unavailable  ? "the browser does not let this page keep data"
                                                                        : "the browser refused to save";
    editor.storageProblem = std::string("Not saved: ") + why + ". Your records are kept in this tab; export them to keep a copy.";
    app.saveSchedule.failed(now);  // tried again a few seconds later
    web::wakeMainLoopAfter(*app.loop, static_cast<int>(store::SaveSchedule::kRetrySeconds * 1000) + 100);
  }
  describeUsage(app);
}

}  // namespace jobname::app
