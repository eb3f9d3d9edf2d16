// The app's state as JSON for the browser tests (`jn_debug_state` in main_web.cpp): what they
// wait for and check. Read only; nothing here is shown to the user or saved.
#include <imgui.h>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "core/json/record_json.h"
#include "core/model/outcome.h"
#include "core/model/stages.h"

namespace jobname::app {

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
  j["exportStatus"] = app.ui.editor.exportStatus;
  j["exportReminder"] = app.ui.editor.exportReminder;
  j["persistence"] = app.ui.editor.persistence;
  j["storageUsage"] = app.ui.editor.storageUsage;
  // The figure's numbers, counted as this engine counts (tests compare them with a measured fill).
  j["storageUsed"] = store::countedUse(app.storedSize, app.storageRules.counting);
  j["storageLimit"] = app.storageRules.limit;
  j["notice"] = app.ui.editor.notice;
  // As ImGui saw the pointer at the last frame: held down, and what it drags (a drag and drop's kind).
  const ImGuiPayload* dragged = ImGui::GetDragDropPayload();
  j["pointer"] = {{"down", ImGui::GetIO().MouseDown[0]}, {"dragging", dragged ? std::string(dragged->DataType) : ""}};
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
  // What the screen shows: the narrow layout's one pane (list, or the tab beside it), or both.
  const auto& editor = app.ui.editor;
  const char* tab = editor.workspace == ui::Workspace::Statistics ? "statistics" : editor.workspace == ui::Workspace::Questions ? "questions" : "record";
  j["layout"] = {{"narrow", app.ui.narrow},
                 {"listShown", !app.ui.narrow || editor.narrowShowList},
                 {"tabShown", !app.ui.narrow || !editor.narrowShowList ? tab : ""}};
  j["pointerOnScreen"] = ImGui::IsMousePosValid();  // false once a finger has left (a tap leaves nothing hovered)
  j["navFocus"] = app.ui.navFocus;
  j["navRingShown"] = ImGui::GetIO().NavVisible;
  j["chartZoom"] = app.ui.editor.process.view.zoom;
  j["chartPan"] = {app.ui.editor.process.view.pan.x, app.ui.editor.process.view.pan.y};  // CSS pixels
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
