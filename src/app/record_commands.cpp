// What the views' commands do to the records: open, create, duplicate, delete, edit with undo
// steps (typing within a second is one step), undo and redo. Importing is importing.cpp's,
// exporting exporting.cpp's, saving storage.cpp's; the journal itself is core/store/journal.h.
#include <optional>

#include "app/app.h"
#include "core/insights/checks.h"
#include "core/markdown/import.h"
#include "core/model/blank_record.h"
#include "core/model/removal_note.h"
#include "core/store/undo_history.h"
#include "platform/web/files.h"
#include "platform/web/page.h"

extern const unsigned char sample_record[];
extern const std::size_t sample_record_size;

namespace jobname::app {

namespace {
constexpr double kUndoGroupSeconds = 1.0;  // keystrokes closer than this undo together

std::int64_t nowMs() { return web::unixTimeMs(); }

void newRecord(App& app, model::Record record, double now) {
  const std::string id = app.journal.add(std::move(record), nowMs());
  app.undo.push_back({store::UndoStep::Kind::Add, app.journal.indexOf(id), *app.journal.find(id)});
  app.redo.clear();
  openRecord(app, id);
  app.ui.editor.showOpenInList = true;  // however the list is sorted, the new row is seen selected
  app.ui.editor.recordToTop = true;
  scheduleSave(app, now);
}

// Undo (or redo, from the other list): the record it was about is opened, and the next edit
// starts a step of its own.
void undoLastStep(App& app, std::vector<store::UndoStep>& from, std::vector<store::UndoStep>& to) {
  const std::optional<std::string> id = store::undoLastStep(app.journal, from, to, nowMs());
  if (!id) return;
  openRecord(app, app.journal.find(*id) ? *id : app.journal.openId());
  app.lastEditSeconds = -1e9;  // the next edit starts a new step
}

// The checks of the open record, for the problems panel: when it opens or changes, not per frame.
void refreshProblems(App& app) {
  auto& lines = app.ui.editor.problems;
  lines.clear();
  if (app.workingId.empty()) return;
  for (const auto& p : insights::checkRecord(app.working)) lines.push_back({p.severity == Severity::Error, p.message, p.field, p.fix});
}
}  // namespace

void openRecord(App& app, const std::string& id) {
  const model::CollectionEntry* entry = app.journal.find(id);
  if (!entry) {
    app.workingId.clear();
    return;
  }
  app.journal.setOpen(id);
  if (app.workingId != id) {
    app.ui.editor.process = ui::ProcessPanelState{};
    app.ui.charts.forget(app.workingId);  // off screen now
    app.ui.charts.forget(id);             // laid out afresh when drawn
  }
  app.workingId = id;
  app.working = entry->record;
  refreshProblems(app);
}

namespace {
// The commands that would change the journal, when it is read-only: refused with a notice, and
// the working copy (which a widget may have changed) is the journal's again.
ui::UiCommands withoutEdits(App& app, ui::UiCommands c) {
  const bool edits = c.recordEdited || c.newRecord || c.openSample || !c.duplicateId.empty() || !c.deleteId.empty() ||
                     c.importDecision != ui::ImportDecision::None || c.undo || c.redo || c.importFiles;
  if (!edits || !refuseWhenReadOnly(app)) return c;
  c.recordEdited = c.newRecord = c.openSample = c.undo = c.redo = c.importFiles = false;
  c.removed.clear();
  c.duplicateId.clear();
  c.deleteId.clear();
  c.importDecision = ui::ImportDecision::None;
  openRecord(app, app.workingId);
  return c;
}
}  // namespace

void carryOutRecordCommands(App& app, const ui::UiCommands& given, double now) {
  const ui::UiCommands c = withoutEdits(app, given);
  // The notice of the last removal lasts until the next change: its Undo would undo something else.
  if (c.recordEdited || c.newRecord || c.openSample || c.undo || c.redo || !c.duplicateId.empty() || !c.openId.empty()) {
    app.ui.editor.undoNotice.clear();
  }
  if (c.recordEdited && !app.workingId.empty()) {
    const model::CollectionEntry* before = app.journal.find(app.workingId);
    // A removal or a button's edit (a fix, a stage added) is an undo step of its own, never
    // merged with the typing around it.
    const bool removal = !c.removed.empty();
    const bool ownStep = removal || c.editStep;
    if (before && (ownStep || now - app.lastEditSeconds > kUndoGroupSeconds || app.lastEditId != app.workingId)) {
      app.undo.push_back({store::UndoStep::Kind::Edit, app.journal.indexOf(app.workingId), *before});
      app.redo.clear();
    }
    if (removal) app.ui.editor.undoNotice = c.removed;
    app.lastEditSeconds = ownStep ? -1e9 : now;  // after a step of its own, the next keystroke starts another
    app.lastEditId = app.workingId;
    app.journal.update(app.workingId, app.working, nowMs());
    refreshProblems(app);
    scheduleSave(app, now);
  }
  if (c.closeRecord && c.openId.empty()) {  // the list no longer shows it
    app.journal.setOpen("");
    openRecord(app, "");
    scheduleSave(app, now);  // the open record is remembered
  }
  if (!c.openId.empty() && c.openId != app.workingId) {
    openRecord(app, c.openId);
    scheduleSave(app, now);  // the open record is remembered
  }
  if (c.newRecord) {
    newRecord(app, model::blankRecord(), now);
    app.ui.overlay.activeId = "record.company";  // written at once: the field opens when drawn
    app.ui.overlay.pendingOpen = true;
  }
  if (c.openSample) {
    const std::string text(reinterpret_cast<const char*>(sample_record), sample_record_size);
    if (auto imported = markdown::importMarkdown(text, "sample-record.md"); imported.record) newRecord(app, *imported.record, now);
  }
  if (!c.duplicateId.empty()) {
    if (const auto* original = app.journal.find(c.duplicateId)) {
      model::Record copy = original->record;
      copy.position += " (copy)";
      newRecord(app, copy, now);
    }
  }
  if (!c.deleteId.empty()) {
    const std::size_t index = app.journal.indexOf(c.deleteId);
    if (auto removed = app.journal.remove(c.deleteId, nowMs())) {
      app.ui.editor.undoNotice = model::describeRemovedRecord(removed->record);
      app.undo.push_back({store::UndoStep::Kind::Remove, index, std::move(*removed)});
      app.redo.clear();
      openRecord(app, app.journal.openId());
      scheduleSave(app, now);
    }
  }
  if (c.importDecision != ui::ImportDecision::None && !app.pendingImports.empty()) {
    decideDuplicates(app, c.importDecision, c.importDecisionForAll, now);
  }
  if (c.undo) { undoLastStep(app, app.undo, app.redo); scheduleSave(app, now); }
  if (c.redo) { undoLastStep(app, app.redo, app.undo); scheduleSave(app, now); }
  if (c.importFiles) web::openFilePicker();
}

}  // namespace jobname::app
