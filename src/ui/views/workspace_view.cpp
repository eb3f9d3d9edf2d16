#include "ui/views/workspace_view.h"

#include <imgui.h>

#include <algorithm>

#include "ui/views/collection_view.h"
#include "ui/views/insights_view.h"
#include "ui/views/record_view.h"
#include "ui/views/share_view.h"
#include "ui/widgets/flow_layout.h"
#include "ui/widgets/inline_button.h"
#include "ui/widgets/text_field.h"

namespace jobname::ui {

namespace {
// A coloured box across the workspace with a sentence and one button; true when it is clicked.
bool banner(UiState& state, const char* anchor, ImVec4 colour, const std::string& text, const char* button) {
  bool clicked = false;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, colour);
  if (ImGui::BeginChild(anchor, ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_Borders)) {
    ImGui::TextWrapped("%s", text.c_str());
    anchorLastItem(state, anchor);
    clicked = inlineButton(state, button);
    anchorLastItem(state, (std::string(anchor) + ".button").c_str());
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
  return clicked;
}

// A banner's button asks for the whole journal as a JSON bundle (File > Export all does the same).
void drawBanners(UiState& state, bool unsavedChanges, UiCommands& commands) {
  auto& editor = state.editor;
  if (editor.readOnly) {
    const std::string unsaved = unsavedChanges ? " Changes made in this tab before that are not saved: export to keep them." : "";
    if (banner(state, "banner.readonly", ImVec4(0.2f, 0.45f, 0.8f, 0.25f), editor.readOnlyReason + unsaved,
               "Export the whole journal (JSON bundle)")) {
      commands.exportCollection = true;
    }
  }
  if (!editor.storageProblem.empty() &&
      banner(state, "banner.storage", ImVec4(0.75f, 0.22f, 0.2f, 0.25f), editor.storageProblem, "Export all records now")) {
    commands.exportCollection = true;
  }
  if (!editor.exportReminder.empty() && banner(state, "banner.export", ImVec4(0.85f, 0.65f, 0.15f, 0.18f), editor.exportReminder, "Export everything")) {
    commands.exportCollection = true;
  }
  if (!editor.notice.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.65f, 0.15f, 1));
    ImGui::TextWrapped("%s", state.visualText.visual(editor.notice).c_str());
    ImGui::PopStyleColor();
    anchorLastItem(state, "banner.notice");
    if (!editor.setAside.items.empty() && editor.notice.find("set aside") != std::string::npos) {
      if (inlineButton(state, "Show set-aside data")) editor.setAside.open = true;
      anchorLastItem(state, "banner.notice.setaside");
      ImGui::SameLine();
    }
    if (inlineButton(state, "OK")) editor.notice.clear();
    anchorLastItem(state, "banner.notice.ok");
  }
}

// Above the list in the narrow layout: the ways to the other panes, each the whole screen.
void narrowListBar(UiState& state, bool recordShown) {
  auto& editor = state.editor;
  const auto paneButton = [&](const char* label, const char* anchor, Workspace view) {
    if (ImGui::Button(label)) editor.pendingWorkspace = view;  // which takes the screen
    anchorLastItem(state, anchor);
  };
  if (recordShown) {
    paneButton("Open record \u203a", "workspace.back", Workspace::Record);
    sameLineIfFits(buttonWidth("Statistics"));
  }
  paneButton("Statistics", "workspace.statistics", Workspace::Statistics);
  sameLineIfFits(buttonWidth("Question bank"));
  paneButton("Question bank", "workspace.questions", Workspace::Questions);
}

// Under the list: how much is stored, whether the browser promised to keep it, when it was last
// exported, and "Export everything" (the whole journal as a JSON bundle) one click away.
void drawStorageStatus(UiState& state, UiCommands& commands) {
  const auto& editor = state.editor;
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  for (const std::string* line : {&editor.storageUsage, &editor.persistence, &editor.exportStatus}) {
    if (!line->empty()) ImGui::TextWrapped("%s", line->c_str());
  }
  ImGui::PopStyleColor();
  if (ImGui::SmallButton("Export everything")) commands.exportCollection = true;
  anchorLastItem(state, "collection.exportall");
}

}  // namespace

void drawWorkspace(UiState& state, const WorkspaceJournal& journal, model::Record& working, UiCommands& commands) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
  if (ImGui::Begin("##workspace", nullptr, flags)) {
    drawBanners(state, journal.unsavedChanges, commands);
    // A phone's width holds one pane: the list, or the open record (or the Insights tabs) with a
    // way back to the list. What is open, its scroll and the field being typed in stay as they are
    // when the window changes between the layouts.
    auto& editor = state.editor;
    const bool narrow = state.narrow;
    const std::string shownId = state.share.incoming.active ? "#shared" : journal.workingId;
    if (shownId != editor.narrowShownId) {  // a record was opened (picked, imported, made, shared)
      editor.narrowShownId = shownId;
      editor.narrowShowList = shownId.empty();
      if (narrow && !shownId.empty()) editor.pendingWorkspace = Workspace::Record;  // it is what the screen shows
    }
    // A tab asked for (the menu, the bar above the list, a question's record) takes the screen.
    if (narrow && editor.pendingWorkspace != Workspace::None) editor.narrowShowList = false;
    const bool showList = !narrow || editor.narrowShowList;
    const bool showRecord = !narrow || !editor.narrowShowList;
    if (showList) {
      if (narrow) narrowListBar(state, !shownId.empty());
      const float listWidth = narrow ? 0.0f : std::max(ImGui::GetFontSize() * 16, ImGui::GetContentRegionAvail().x * 0.26f);
      // Flattened (here and below): Tab goes through the list and the record as through one window.
      const ImGuiChildFlags listFlags = (narrow ? 0 : ImGuiChildFlags_ResizeX) | ImGuiChildFlags_Borders | ImGuiChildFlags_NavFlattened;
      if (ImGui::BeginChild("##collection", ImVec2(listWidth, 0), listFlags)) {
        drawCollectionView(state, journal.entries, journal.version, journal.openId, commands);
        drawStorageStatus(state, commands);
      }
      ImGui::EndChild();
      if (!showRecord) {
        ImGui::End();
        return;
      }
      ImGui::SameLine();
    }
    ImGui::BeginGroup();
    if (narrow) {
      if (ImGui::Button("\u2039 Records")) editor.narrowShowList = true;
      anchorLastItem(state, "workspace.records");
    }
    auto& workspace = state.editor.workspace;
    if (ImGui::BeginTabBar("##workspace")) {
      const struct { const char* label; const char* anchor; Workspace view; } tabs[] = {
          {"Record", "tab.record", Workspace::Record},
          {"Statistics", "tab.statistics", Workspace::Statistics},
          {"Question bank", "tab.questions", Workspace::Questions}};
      for (const auto& tab : tabs) {
        const bool selected = ImGui::BeginTabItem(tab.label, nullptr, state.editor.pendingWorkspace == tab.view ? ImGuiTabItemFlags_SetSelected : 0);
        anchorLastItem(state, tab.anchor);
        if (selected) {
          workspace = tab.view;
          ImGui::EndTabItem();
        }
      }
      state.editor.pendingWorkspace = Workspace::None;
      ImGui::EndTabBar();
    }
    if (ImGui::BeginChild("##record", ImVec2(0, 0), ImGuiChildFlags_NavFlattened)) {
      if (editor.recordToTop && workspace == Workspace::Record) {
        ImGui::SetScrollY(0);
        editor.recordToTop = false;
      }
      if (state.share.incoming.active && workspace == Workspace::Record) {
        drawSharedRecord(state, commands);
      } else if (workspace == Workspace::Statistics) {
        drawStatisticsView(state, journal.entries, journal.version, commands);
      } else if (workspace == Workspace::Questions) {
        drawQuestionBankView(state, journal.entries, journal.version, commands);
      } else if (!journal.workingId.empty() && journal.workingKept) {
        drawRecordView(state, journal.workingId, working, journal.workingId + "@" + std::to_string(journal.version), commands);
      } else if (!journal.entries.empty()) {
        ImGui::TextDisabled("Choose a record on the left.");
      }
    }
    ImGui::EndChild();
    ImGui::EndGroup();
  }
  ImGui::End();
}

// What the last removal took away, with its Undo, until the next change: a toast at the bottom
// of the window, over the page, so that nothing under the pointer moves when it comes and goes.
void drawUndoToast(UiState& state, UiCommands& commands) {
  auto& notice = state.editor.undoNotice;
  if (notice.empty()) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, viewport->WorkPos.y + viewport->WorkSize.y - ImGui::GetFontSize()),
                          ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoMove;
  if (ImGui::Begin("##undo.toast", nullptr, flags)) {
    coverFieldsBelowWindow(state);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(state.visualText.visual(notice).c_str());
    anchorLastItem(state, "banner.undo");
    ImGui::SameLine();
    if (ImGui::Button("Undo")) commands.undo = true;
    anchorLastItem(state, "banner.undo.button");
    ImGui::SameLine();
    if (ImGui::Button("Dismiss")) notice.clear();
    anchorLastItem(state, "banner.undo.dismiss");
  }
  ImGui::End();
}

void drawImportReport(UiState& state) {
  auto& editor = state.editor;
  if (!editor.showImportReport) return;
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::Begin("Import", &editor.showImportReport, ImGuiWindowFlags_AlwaysAutoResize)) {
    coverFieldsBelowWindow(state);
    anchorLastItem(state, "import.window");
    for (const auto& line : editor.importReport) ImGui::TextUnformatted(line.c_str());
    if (ImGui::Button("Close")) editor.showImportReport = false;
    anchorLastItem(state, "import.close");
  }
  ImGui::End();
}

}  // namespace jobname::ui
