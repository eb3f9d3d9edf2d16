// What the views' commands do to the records: open, create, delete, edit with undo, import,
// export. Saving and following the other tabs are in storage.cpp.
#include <imgui.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "core/book/book_export.h"
#include "core/files/record_file.h"
#include "core/insights/active_content.h"
#include "core/insights/checks.h"
#include "core/insights/question_bank.h"
#include "core/json/record_json.h"
#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "core/mermaid/svg.h"
#include "core/model/outcome.h"
#include "core/model/removal_note.h"
#include "core/model/stages.h"
#include "core/text/ascii_case.h"
#include "platform/web/files.h"
#include "platform/web/page.h"
#include "ui/widgets/flowchart_view.h"

extern const unsigned char sample_record[];
extern const std::size_t sample_record_size;

namespace jobname::app {

namespace {
constexpr double kUndoGroupSeconds = 1.0;  // keystrokes closer than this undo together

std::int64_t nowMs() { return web::unixTimeMs(); }

void newRecord(App& app, model::Record record, double now) {
  const std::string id = app.journal.add(std::move(record), nowMs());
  app.undo.push_back({UndoStep::Kind::Add, app.journal.indexOf(id), *app.journal.find(id)});
  app.redo.clear();
  openRecord(app, id);
  app.ui.editor.showOpenInList = true;  // however the list is sorted, the new row is seen selected
  app.ui.editor.recordToTop = true;
  scheduleSave(app, now);
}

model::Record blankRecord() {
  model::Record r;
  r.status = {"resume"};
  r.process = "flowchart LR\n    sr(Send Resume) -.-> hr(HR Call) -.-> ti(Technical Interview) -.-> o(Offer)";
  r.dates.push_back({"Sent Resume", "", "", model::kNew});
  return r;
}

// Same company, position and first date: the same interview.
std::string duplicateKey(const model::Record& r) {
  return text::lowerAsciiTrimmed(r.company.name) + "\n" + text::lowerAsciiTrimmed(r.position) + "\n" + (r.dates.empty() ? "" : r.dates.front().date);
}

void addImported(App& app, model::Record record, std::string& firstId) {
  const std::string id = app.journal.add(std::move(record), nowMs());
  app.undo.push_back({UndoStep::Kind::Add, app.journal.indexOf(id), *app.journal.find(id)});
  if (firstId.empty()) firstId = id;
}

// Adds an imported record, or queues it for the duplicate prompt when the journal has it already.
bool addUnlessDuplicate(App& app, model::Record&& record, std::string& firstId) {
  const std::string key = duplicateKey(record);
  const auto existing = std::find_if(app.journal.entries().begin(), app.journal.entries().end(),
                                     [&](const model::CollectionEntry& e) { return duplicateKey(e.record) == key; });
  if (existing != app.journal.entries().end()) {
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
  const model::Record& r = app.pendingImports.front().record;
  prompt.description = r.company.name + ", " + r.position + (r.dates.empty() ? "" : ", " + r.dates.front().date);
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
        app.undo.push_back({UndoStep::Kind::Edit, app.journal.indexOf(pending.existingId), *existing});
        app.journal.update(pending.existingId, pending.record, nowMs());
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

void applyUndo(App& app, std::vector<UndoStep>& from, std::vector<UndoStep>& to) {
  if (from.empty()) return;
  UndoStep step = std::move(from.back());
  from.pop_back();
  switch (step.kind) {
    case UndoStep::Kind::Edit: {
      const model::CollectionEntry* now = app.journal.find(step.entry.id);
      if (!now) return;
      to.push_back({UndoStep::Kind::Edit, step.index, *now});
      app.journal.update(step.entry.id, step.entry.record, nowMs());
      break;
    }
    case UndoStep::Kind::Add: {  // undo of an add removes it; redo of it adds it back
      if (auto removed = app.journal.remove(step.entry.id, nowMs())) {
        to.push_back({UndoStep::Kind::Remove, step.index, std::move(*removed)});
      }
      break;
    }
    case UndoStep::Kind::Remove: {
      // False when another tab's newer edit has brought it back already (journal.h, rule 4).
      if (app.journal.restore(step.index, step.entry, nowMs())) {
        to.push_back({UndoStep::Kind::Add, step.index, step.entry});
        app.journal.setOpen(step.entry.id);
      }
      break;
    }
  }
  openRecord(app, app.journal.find(step.entry.id) ? step.entry.id : app.journal.openId());
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

void carryOutJournalCommands(App& app, const ui::UiCommands& given, double now) {
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
      app.undo.push_back({UndoStep::Kind::Edit, app.journal.indexOf(app.workingId), *before});
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
    newRecord(app, blankRecord(), now);
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
      app.undo.push_back({UndoStep::Kind::Remove, index, std::move(*removed)});
      app.redo.clear();
      openRecord(app, app.journal.openId());
      scheduleSave(app, now);
    }
  }
  if (c.importDecision != ui::ImportDecision::None && !app.pendingImports.empty()) {
    decideDuplicates(app, c.importDecision, c.importDecisionForAll, now);
  }
  if (c.undo) { applyUndo(app, app.undo, app.redo); scheduleSave(app, now); }
  if (c.redo) { applyUndo(app, app.redo, app.undo); scheduleSave(app, now); }
  if (c.importFiles) web::openFilePicker();

  const model::CollectionEntry* open = app.journal.find(app.workingId);
  if (c.exportMarkdown && open) web::downloadFile(book::recordFileStem(open->record) + ".md", "text/markdown;charset=utf-8", markdown::exportMarkdown(open->record));
  if (c.exportJson && open) web::downloadFile(book::recordFileStem(open->record) + ".json", "application/json", json::recordToJson(open->record));
  if (c.exportCollection) {
    model::Collection collection;
    collection.records = app.journal.entries();
    web::downloadFile("jobname-journal.json", "application/json", json::collectionToJson(collection));
  }
  if (!c.exportPngSvg.empty()) web::downloadSvgAsPng(c.exportPngName, c.exportPngSvg, 2.0f);
  if (c.exportFaq) {
    web::downloadFile("questions-faq.md", "text/markdown;charset=utf-8",
                      insights::questionBankMarkdown(insights::buildQuestionBank(app.journal.entries())));
  }
  const mermaid::RecordChart* chart = app.ui.charts.find(app.workingId);
  if ((c.exportSvg || c.exportPng) && chart && !chart->layout.notDrawn.empty()) {
    app.ui.editor.notice = chart->layout.notDrawn + ", so it cannot be exported as a picture. Its text is kept as written.";
  } else if ((c.exportSvg || c.exportPng) && open && chart && chart->chart) {
    const std::string svg = mermaid::writeSvg(chart->layout, ui::effectiveDarkTheme(app.ui), ui::chartLabelFontPx(app.ui));
    if (c.exportSvg) web::downloadFile(book::recordFileStem(open->record) + "-process.svg", "image/svg+xml", svg);
    if (c.exportPng) web::downloadSvgAsPng(book::recordFileStem(open->record) + "-process.png", svg, 2.0f);
  }
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
  bool activeContent = false;
  for (const auto& file : files) {
    if (!file.readable) { summary.failed.push_back(file.name + ": the browser could not read this file"); continue; }
    files::LoadedFile loaded = files::loadRecordFile(file.name, file.bytes, files::formatOfFile(file.name));
    // A file that gave no record failed, for the first error's reason; every other line is a note.
    bool failureSaid = !loaded.records.empty();
    for (const auto& d : loaded.diagnostics) {
      if (!failureSaid && d.severity == Severity::Error) {
        summary.failed.push_back(formatDiagnostic(d));
        failureSaid = true;
      } else {
        summary.notes.push_back(formatDiagnostic(d));
      }
    }
    if (!failureSaid) summary.failed.push_back(file.name + ": no record in it");
    // Imported as written, and said: it would run where the record is published.
    for (const auto& entry : loaded.records) {
      for (const auto& d : insights::activeContentDiagnostics(entry.record, file.name, Severity::Warning)) {
        summary.notes.push_back(formatDiagnostic(d));
        activeContent = true;
      }
    }
    for (auto& entry : loaded.records) summary.imported += addUnlessDuplicate(app, std::move(entry.record), firstId) ? 1 : 0;
  }
  if (activeContent) {
    summary.notes.push_back("Active content is imported as written; it would run in the browser of whoever reads a published book. "
                            "Remove it before you publish (the book export refuses it or writes it as plain text).");
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

namespace {
// What a reading view holds, for browser tests: each block's kind and whether it is shown, its
// lines as laid out (the text as written), the answers' open flags, the laid-out width.
nlohmann::json readingJson(const ui::ReadingViewState& view) {
  nlohmann::json j;
  j["width"] = view.laidOutWidth;
  j["height"] = view.layout.height;
  j["open"] = view.open;
  j["selected"] = view.selected;
  j["blocks"] = nlohmann::json::array();
  for (std::size_t i = 0; i < view.document.blocks.size(); ++i) {
    const auto& block = view.document.blocks[i];
    nlohmann::json b = {{"kind", reading::blockKindName(block.kind)}, {"text", block.plainText()}};
    if (i < view.layout.blocks.size()) {
      const auto& laid = view.layout.blocks[i];
      b["shown"] = laid.shown;
      b["lines"] = nlohmann::json::array();
      for (const auto& line : laid.text.lines) b["lines"].push_back(std::string(laid.text.text(line)));
    }
    j["blocks"].push_back(std::move(b));
  }
  return j;
}
}  // namespace

std::string debugStateJson(const App& app) {
  nlohmann::json j;
  j["openId"] = app.journal.openId();
  j["dirty"] = app.journal.dirty();
  j["storageProblem"] = app.ui.editor.storageProblem;
  j["notice"] = app.ui.editor.notice;
  j["readOnly"] = app.journal.readOnly();
  j["readOnlyReason"] = app.journal.readOnlyReason();
  j["setAside"] = nlohmann::json::array();
  for (const auto& item : app.ui.editor.setAside.items) j["setAside"].push_back(item.key);
  j["showImportReport"] = app.ui.editor.showImportReport;
  j["importReport"] = app.ui.editor.importReport;
  const mermaid::RecordChart* chart = app.ui.charts.find(app.workingId);
  j["processError"] = chart ? chart->error : "";
  j["flowchartNodes"] = chart ? chart->layout.nodes.size() : 0;
  j["flowchartNotDrawn"] = chart ? chart->layout.notDrawn : "";
  j["undo"] = app.undo.size();
  // The text field the browser's box is open on ("" when none, and while a field asked for opens).
  j["editing"] = app.ui.overlay.pendingOpen ? std::string() : app.ui.overlay.activeId;
  j["undoNotice"] = app.ui.editor.undoNotice;
  j["problemCount"] = app.ui.editor.problems.size();
  j["popupOpen"] = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
  j["aboutOpen"] = app.ui.showAbout;
  j["navFocus"] = app.ui.navFocus;
  j["navRingShown"] = ImGui::GetIO().NavVisible;
  j["chartZoom"] = app.ui.editor.process.view.zoom;
  // The open record as its JSON form (sections, answers: what the list of records leaves out).
  j["openRecord"] = app.workingId.empty() ? nlohmann::json() : nlohmann::json::parse(json::recordToJson(app.working));
  j["lastSaveMs"] = app.lastSaveMs;
  j["filesReceived"] = app.filesReceived;
  j["themeDark"] = app.themeDark;
  j["lastSearchMs"] = app.ui.editor.listCache.lastSearchMs;
  const auto& stats = app.ui.editor.insights.stats;
  j["stats"]["records"] = stats.records;
  j["stats"]["funnel"] = nlohmann::json::array();
  for (const auto& c : stats.funnel) j["stats"]["funnel"].push_back(c.count());
  for (const auto& c : stats.outcomes) j["stats"]["outcomes"][c.label] = c.count();
  for (const auto& c : stats.applyWays) j["stats"]["applyWays"][c.label] = c.count();
  j["searchHit"] = app.ui.editor.searchHit.field;  // the field a search opened the record at
  j["searchHitSpan"] = {app.ui.editor.searchHit.offset, app.ui.editor.searchHit.length};  // bytes of its text
  const auto& share = app.ui.share;
  const mermaid::RecordChart* sharedChart = share.incoming.active ? app.ui.charts.find(ui::kSharedRecordChart) : nullptr;
  j["share"] = {{"linkOpen", share.outgoing.open}, {"link", share.outgoing.link}, {"linkChars", share.outgoing.chars},
                {"copyStatus", share.outgoing.copyStatus}, {"error", share.error},
                {"qr", {{"modules", share.outgoing.qr.matrix ? share.outgoing.qr.matrix->size : 0},
                        {"charsOver", share.outgoing.qr.charsOver}, {"message", share.outgoing.qr.message}}},
                {"book", {{"open", share.book.open}, {"lines", share.book.lines}}},
                {"incoming", {{"active", share.incoming.active}, {"company", share.incoming.record.company.name},
                              {"activeContent", share.incoming.activeContent},
                              {"chartNotDrawn", sharedChart ? sharedChart->layout.notDrawn : std::string()},
                              {"reading", readingJson(share.incoming.reading)}}}};
  j["reading"] = readingJson(app.ui.editor.reading);
  j["reading"]["mode"] = app.ui.editor.readingMode;
  j["records"] = nlohmann::json::array();
  for (const auto& e : app.journal.entries()) {
    const auto score = e.record.score.numbers().value;
    j["records"].push_back({{"id", e.id}, {"company", e.record.company.name}, {"localName", e.record.company.localName},
                            {"position", e.record.position}, {"process", e.record.process},
                            {"score", score ? nlohmann::json(*score) : nlohmann::json()}, {"scoreText", e.record.score.text},
                            {"status", model::writeStatusRow(e.record.status)},
                            {"outcome", model::outcomeWord(model::outcomeOfStatus(e.record.status))}});  // as the list says it
  }
  j["problems"] = nlohmann::json::array();
  for (const auto& p : app.ui.editor.problems) j["problems"].push_back({{"message", p.message}, {"fix", p.fix != insights::Fix::None}});
  return j.dump();
}

}  // namespace jobname::app
