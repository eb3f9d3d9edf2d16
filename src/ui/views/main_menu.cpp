#include "ui/views/main_menu.h"

#include <imgui.h>

#include <algorithm>

#include "ui/widgets/tap_rows.h"
#include "ui/widgets/text_field.h"

namespace jobname::ui {

namespace {
// Anchors the menu's title whether or not it is open, so tests can find it.
template <typename Items>
void menu(UiState& state, const char* label, const char* anchor, Items&& items) {
  const bool open = ImGui::BeginMenu(label);
  anchorLastItem(state, anchor);
  if (!open) return;
  coverFieldsUnderPopup(state);
  items();
  ImGui::EndMenu();
}

void fileMenuItems(UiState& state, UiCommands& commands, bool hasOpenRecord) {
  if (ImGui::MenuItem("New record", "Ctrl+N")) commands.newRecord = true;
  anchorLastItem(state, "menu.file.new");
  if (ImGui::MenuItem("Import...", "Ctrl+O")) commands.importFiles = true;
  anchorLastItem(state, "menu.file.import");
  ImGui::Separator();
  if (ImGui::MenuItem("Export as Markdown", "Ctrl+S")) commands.exportMarkdown = true;
  anchorLastItem(state, "menu.file.export.md");
  if (ImGui::MenuItem("Export as JSON")) commands.exportJson = true;
  anchorLastItem(state, "menu.file.export.json");
  if (ImGui::MenuItem("Export as HTML page (to print or mail)", nullptr, false, hasOpenRecord)) commands.exportHtml = true;
  anchorLastItem(state, "menu.file.export.html");
  if (ImGui::MenuItem("Export all records (JSON bundle)")) commands.exportCollection = true;
  anchorLastItem(state, "menu.file.export.all");
  if (ImGui::MenuItem("Export all as a book (.zip for mdBook)")) commands.exportBook = true;
  anchorLastItem(state, "menu.file.export.book");
  const std::size_t setAside = state.editor.setAside.items.size();
  if (ImGui::MenuItem(("Set-aside data (" + std::to_string(setAside) + ")...").c_str(), nullptr, false, setAside > 0)) {
    state.editor.setAside.open = true;
  }
  anchorLastItem(state, "menu.file.setaside");
  ImGui::Separator();
  if (ImGui::MenuItem("Copy share link", nullptr, false, hasOpenRecord)) commands.copyShareLink = true;
  anchorLastItem(state, "menu.file.share");
  if (ImGui::MenuItem("Open a share link...")) state.share.pasteOpen = true;
  anchorLastItem(state, "menu.file.openlink");
  ImGui::Separator();
  if (ImGui::MenuItem("Open a sample record")) commands.openSample = true;
}

void editMenuItems(UiState& state, UiCommands& commands, const std::string& openId) {
  if (ImGui::MenuItem("Undo", "Ctrl+Z")) commands.undo = true;
  anchorLastItem(state, "menu.edit.undo");
  if (ImGui::MenuItem("Redo", "Ctrl+Shift+Z")) commands.redo = true;
  ImGui::Separator();
  if (ImGui::MenuItem("Find", "Ctrl+F")) commands.focusSearch = true;
  anchorLastItem(state, "menu.edit.find");
  if (ImGui::MenuItem("Duplicate this record", nullptr, false, !openId.empty())) commands.duplicateId = openId;
  anchorLastItem(state, "menu.edit.duplicate");
  if (ImGui::MenuItem("Delete this record", nullptr, false, !openId.empty())) commands.deleteId = openId;
  anchorLastItem(state, "menu.edit.delete");
}

void viewMenuItems(UiState& state, UiCommands& commands) {
  auto& settings = state.settings;
  menu(state, "Theme", "menu.view.theme", [&] {
    const struct { const char* label; const char* anchor; settings::ThemeChoice choice; } themes[] = {
        {"Follow the system", "menu.view.theme.system", settings::ThemeChoice::System},
        {"Dark", "menu.view.theme.dark", settings::ThemeChoice::Dark},
        {"Light", "menu.view.theme.light", settings::ThemeChoice::Light},
    };
    for (const auto& theme : themes) {
      if (ImGui::MenuItem(theme.label, nullptr, settings.theme == theme.choice)) {
        settings.theme = theme.choice;
        commands.settingsChanged = true;
      }
      anchorLastItem(state, theme.anchor);
    }
  });
  if (ImGui::MenuItem("Statistics")) state.editor.pendingWorkspace = Workspace::Statistics;
  if (ImGui::MenuItem("Question bank")) state.editor.pendingWorkspace = Workspace::Questions;
  ImGui::Separator();
  const float step = 0.125f;
  if (ImGui::MenuItem("Larger text", nullptr, false, settings.textScale < settings::kMaxTextScale)) {
    settings.textScale = std::min(settings.textScale + step, settings::kMaxTextScale);
    commands.settingsChanged = true;
  }
  anchorLastItem(state, "menu.view.larger");
  if (ImGui::MenuItem("Smaller text", nullptr, false, settings.textScale > settings::kMinTextScale)) {
    settings.textScale = std::max(settings.textScale - step, settings::kMinTextScale);
    commands.settingsChanged = true;
  }
  anchorLastItem(state, "menu.view.smaller");
  if (ImGui::MenuItem("Normal text size", nullptr, false, settings.textScale != 1.0f)) {
    settings.textScale = 1.0f;
    commands.settingsChanged = true;
  }
}

void helpMenuItems(UiState& state) {
  if (ImGui::MenuItem("About Jobname Studio")) state.showAbout = true;
  anchorLastItem(state, "menu.help.about");
}

}  // namespace

void drawMainMenu(UiState& state, UiCommands& commands, const std::string& openId) {
  beginTapRows(state);  // the bar's titles and every item of its menus
  if (ImGui::BeginMainMenuBar()) {
    menu(state, "File", "menu.file", [&] { fileMenuItems(state, commands, !openId.empty()); });
    menu(state, "Edit", "menu.edit", [&] { editMenuItems(state, commands, openId); });
    menu(state, "View", "menu.view", [&] { viewMenuItems(state, commands); });
    menu(state, "Help", "menu.help", [&] { helpMenuItems(state); });
    ImGui::EndMainMenuBar();
  }
  endTapRows(state);
}

}  // namespace jobname::ui
