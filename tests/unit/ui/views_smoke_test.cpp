// Every view drawn headless over the corpus for a few frames: ImGui's draw data only, no window
// and no GL (a fake renderer accepts the font textures). It proves ui builds and runs without the
// browser, and that drawing alone asks for nothing: no edits, no saves, no downloads. Also the
// chart following two fingers, drawn the same way.
// What it does not check: what the pixels look like (the browser tests and screenshots do).
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <imgui.h>

#include "../support/corpus.h"
#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "core/store/journal.h"
#include "core/store/key_value_store.h"
#include "ui/theme.h"
#include "ui/ui_state.h"
#include "ui/views/about_view.h"
#include "ui/views/collection_view.h"
#include "ui/views/duplicate_prompt.h"
#include "ui/views/insights_view.h"
#include "ui/views/main_menu.h"
#include "ui/views/record_view.h"
#include "ui/views/set_aside_view.h"
#include "ui/views/share_view.h"
#include "ui/views/workspace_view.h"
#include "ui/widgets/flowchart_view.h"

using namespace jobname;

namespace {

constexpr int kFramesPerView = 3;

// An ImGui context the size of a laptop screen, with the default font and a renderer that only
// says yes to ImGui's texture requests (what imgui_impl_opengl3 would upload).
class HeadlessImGui {
 public:
  HeadlessImGui() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
    io.Fonts->AddFontDefault();
    ui::applyTheme(false, 1.0f, 1.0f);
  }
  ~HeadlessImGui() { ImGui::DestroyContext(); }
  HeadlessImGui(const HeadlessImGui&) = delete;
  HeadlessImGui& operator=(const HeadlessImGui&) = delete;

  // One frame: `draw` between NewFrame and Render. Returns the frame's vertex count.
  template <typename Draw>
  int frame(Draw&& draw) {
    ImGui::GetIO().DeltaTime = 1.0f / 60;
    ImGui::NewFrame();
    draw();
    ImGui::Render();
    acceptTextures();
    const ImDrawData* data = ImGui::GetDrawData();
    REQUIRE(data != nullptr);
    CHECK(data->Valid);
    return data->TotalVtxCount;
  }

 private:
  static void acceptTextures() {
    for (ImTextureData* texture : ImGui::GetPlatformIO().Textures) {
      if (texture->Status == ImTextureStatus_WantCreate) texture->SetTexID(static_cast<ImTextureID>(1));
      if (texture->Status == ImTextureStatus_WantDestroy) texture->SetTexID(ImTextureID_Invalid);
      if (texture->Status == ImTextureStatus_WantDestroy) texture->SetStatus(ImTextureStatus_Destroyed);
      else if (texture->Status != ImTextureStatus_OK) texture->SetStatus(ImTextureStatus_OK);
    }
  }
};

// Drawing without input asks for nothing.
void checkAsksForNothing(const ui::UiCommands& c) {
  CHECK_FALSE(c.recordEdited);
  CHECK_FALSE(c.settingsChanged);
  CHECK(c.openUrl.empty());
  CHECK_FALSE((c.newRecord || c.openSample || c.importFiles || c.undo || c.redo || c.focusSearch));
  CHECK(c.openId.empty());
  CHECK(c.deleteId.empty());
  CHECK(c.duplicateId.empty());
  CHECK(c.importDecision == ui::ImportDecision::None);
  CHECK_FALSE((c.exportMarkdown || c.exportJson || c.exportCollection || c.exportSvg || c.exportPng || c.exportFaq));
  CHECK_FALSE((c.exportBook || c.exportBookNeutralised || c.copyShareLink || c.importShared || c.closeShared));
  CHECK(c.openPastedLink.empty());
  CHECK((c.restoreSetAside.empty() && c.exportSetAside.empty() && c.deleteSetAside.empty()));
  CHECK(c.exportPngSvg.empty());
}

// A workspace window like the app's: the views that fill it are drawn inside.
template <typename Draw>
void inWorkspace(Draw&& draw) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
  if (ImGui::Begin("##workspace", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings)) draw();
  ImGui::End();
}

struct CorpusJournal {
  store::MemoryStore storage;
  store::Journal journal{storage};
  CorpusJournal() {
    for (const auto& path : testing::corpusFiles()) {
      auto imported = markdown::importMarkdown(testing::readFile(path), path.filename().string());
      REQUIRE_MESSAGE(imported.record, path.string());
      journal.add(std::move(*imported.record), 1700000000000);
    }
  }
};

}  // namespace

TEST_CASE("ui smoke: every view draws the corpus headless and asks for nothing") {
  REQUIRE_MESSAGE(!testing::corpusFiles().empty(), "no corpus at ", testing::corpusDir().string());
  CorpusJournal corpus;
  const auto& entries = corpus.journal.entries();
  HeadlessImGui imgui;
  ui::UiState state;
  state.todayYear = 1404, state.todayMonth = 4, state.todayDay = 9;

  SUBCASE("the menu and the record list") {
    ui::UiCommands commands;
    for (int i = 0; i < kFramesPerView; ++i) {
      const int vertices = imgui.frame([&] {
        ui::drawMainMenu(state, commands, entries.front().id);
        inWorkspace([&] { ui::drawCollectionView(state, entries, corpus.journal.version(), entries.front().id, commands); });
      });
      CHECK(vertices > 0);
    }
    checkAsksForNothing(commands);
  }

  SUBCASE("each record, every section open, with its process chart") {
    for (const auto& entry : entries) {
      CAPTURE(entry.record.company);
      model::Record working = entry.record;
      ui::UiCommands commands;
      state.editor.openAllRequest = 1;
      for (const bool reading : {false, true}) {  // edited, then read as the book shows it
        state.editor.readingMode = reading;
        for (int i = 0; i < kFramesPerView; ++i) {
          CHECK(imgui.frame([&] { inWorkspace([&] { ui::drawRecordView(state, entry.id, working, entry.id + "@1", commands); }); }) > 0);
        }
      }
      state.editor.readingMode = false;
      checkAsksForNothing(commands);
    }
  }

  SUBCASE("on a phone's width (the narrow layout) each record is drawn inside it, and asks for nothing") {
    ImGui::GetIO().DisplaySize = ImVec2(390, 844);
    state.narrow = true;
    ui::applyTheme(false, 1.0f, 1.2f, true);
    for (const auto& entry : entries) {
      CAPTURE(entry.record.company);
      model::Record working = entry.record;
      ui::UiCommands commands;
      state.editor.openAllRequest = 1;
      for (int i = 0; i < kFramesPerView; ++i) {
        state.anchors.clear();
        CHECK(imgui.frame([&] { inWorkspace([&] { ui::drawRecordView(state, entry.id, working, entry.id + "@1", commands); }); }) > 0);
      }
      for (const auto& anchor : state.anchors) {
        CAPTURE(anchor.name);
        CHECK(anchor.x >= -0.5f);
        CHECK(anchor.x + anchor.w <= 390.5f);
      }
      checkAsksForNothing(commands);
    }
  }

  SUBCASE("the whole workspace with its banners, the undo toast and the import report, as the app draws it") {
    state.editor.readOnly = true;
    state.editor.readOnlyReason = "This journal was written by a newer version.";
    state.editor.storageProblem = "Not saved: the browser's storage for this page is full.";
    state.editor.exportReminder = "Changes made 8 days ago are in no export yet.";
    state.editor.exportStatus = "Never exported.";
    state.editor.persistence = "Asked the browser to keep this journal; no answer yet.";
    state.editor.notice = "A record was set aside.";
    state.editor.undoNotice = "Removed the record Acme, Backend.";
    state.editor.importReport = {"2 records imported.", "a.md:3:1: a note"};
    state.editor.showImportReport = true;
    const auto& open = entries.front();
    model::Record working = open.record;
    ui::UiCommands commands;
    for (int i = 0; i < kFramesPerView; ++i) {
      CHECK(imgui.frame([&] {
        ui::drawWorkspace(state, {entries, corpus.journal.version(), open.id, open.id, true, true}, working, commands);
        ui::drawUndoToast(state, commands);
        ui::drawImportReport(state);
      }) > 0);
    }
    checkAsksForNothing(commands);
  }

  SUBCASE("statistics and the question bank") {
    ui::UiCommands commands;
    for (int i = 0; i < kFramesPerView; ++i) {
      CHECK(imgui.frame([&] { inWorkspace([&] { ui::drawStatisticsView(state, entries, corpus.journal.version(), commands); }); }) > 0);
      CHECK(imgui.frame([&] { inWorkspace([&] { ui::drawQuestionBankView(state, entries, corpus.journal.version(), commands); }); }) > 0);
    }
    CHECK(state.editor.insights.stats.records > 0);
    checkAsksForNothing(commands);
  }

  SUBCASE("the dialogs: about, a duplicate, set-aside data, sharing, the book's active content") {
    state.editor.setAside.open = true;
    state.editor.setAside.items = {{"jobname-studio/quarantine/r1", "r1", 12, "{\"company\": "}};
    state.showAbout = true;
    state.editor.duplicate = {true, "doctoreto, Senior Back-End Developer, 1404.04.09", 2, false};
    state.share.outgoing.open = true;
    state.share.outgoing.link = "https://example.org/#r=abc";
    state.share.outgoing.chars = 26;
    state.share.pasteOpen = true;
    state.share.error = "This link is cut short: ask for it again.";
    state.share.book.open = true;
    state.share.book.lines = {"Acme, Backend, line 6:17: active content: <script>"};
    ui::UiCommands commands;
    for (int i = 0; i < kFramesPerView; ++i) {
      const int vertices = imgui.frame([&] {
        ui::drawDuplicatePrompt(state, commands);
        ui::drawAboutView(state, commands);
        ui::drawSetAsideView(state, commands);
        ui::drawShareLinkDialog(state, commands);
        ui::drawShareLinkError(state);
        ui::drawBookExportDialog(state, commands);
        ui::drawOpenShareLink(state, commands);
      });
      if (i > 0) CHECK(vertices > 0);  // a popup opened in a frame shows from the next one
    }
    checkAsksForNothing(commands);
  }

  SUBCASE("a record opened from a share link, for each record") {
    for (const auto& entry : entries) {
      CAPTURE(entry.record.company);
      state.share.incoming.active = true;
      state.share.incoming.record = entry.record;
      state.share.incoming.markdown = markdown::exportMarkdown(entry.record);
      ui::UiCommands commands;
      for (int i = 0; i < kFramesPerView; ++i) {
        CHECK(imgui.frame([&] { inWorkspace([&] { ui::drawSharedRecord(state, commands); }); }) > 0);
      }
      checkAsksForNothing(commands);
    }
  }
}

TEST_CASE("two fingers on the chart pan it with their midpoint and zoom around it; elsewhere they move nothing") {
  HeadlessImGui imgui;
  ui::UiState state;
  ui::FlowchartViewState view;
  mermaid::FlowchartLayout layout;
  layout.width = 300;
  layout.height = 60;
  const auto draw = [&] {
    state.anchors.clear();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(640, 480));
    ImGui::Begin("chart window", nullptr, ImGuiWindowFlags_NoDecoration);
    ui::FlowchartView(state, "chart", view, layout, ImVec2(400, 200));
    ImGui::End();
  };
  imgui.frame(draw);  // fitted
  REQUIRE(state.anchors.size() == 1);
  const ui::WidgetAnchor chart = state.anchors[0];
  // Where the fingers landed: ImGui's pointer rests there (touch_input.h).
  const ImVec2 landed(chart.x + chart.w / 2, chart.y + chart.h / 2);
  ImGui::GetIO().AddMousePosEvent(landed.x, landed.y);
  imgui.frame(draw);
  const float fitted = view.zoom;
  const ImVec2 before = view.pan;

  // Spread to twice their distance while their midpoint moved 10 px right: the chart point that was
  // between them is between them again, twice as large.
  const ImVec2 midpoint(landed.x + 10, landed.y);
  state.twoFingers = {true, midpoint, ImVec2(10, 0), 2.0f};
  imgui.frame(draw);
  CHECK(view.zoom == doctest::Approx(fitted * 2));
  const ImVec2 at(midpoint.x - chart.x, midpoint.y - chart.y);
  CHECK(view.pan.x == doctest::Approx(at.x - (at.x - (before.x + 10)) * 2));
  CHECK(view.pan.y == doctest::Approx(at.y - (at.y - before.y) * 2));

  // Clamped as the wheel's zoom is.
  state.twoFingers = {true, midpoint, ImVec2(0, 0), 100.0f};
  imgui.frame(draw);
  CHECK(view.zoom == doctest::Approx(4.0f));

  // Fingers that landed beside the chart move nothing.
  const float zoom = view.zoom;
  const ImVec2 pan = view.pan;
  state.twoFingers = {};
  ImGui::GetIO().AddMousePosEvent(chart.x + chart.w + 100, landed.y);
  imgui.frame(draw);
  state.twoFingers = {true, ImVec2(chart.x + chart.w + 100, landed.y), ImVec2(-30, 5), 0.5f};
  imgui.frame(draw);
  CHECK(view.zoom == zoom);
  CHECK(view.pan.x == pan.x);
  CHECK(view.pan.y == pan.y);
}
