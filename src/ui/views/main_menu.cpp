#include "ui/views/main_menu.h"

#include <imgui.h>

#include <algorithm>

namespace jobname::ui {

namespace {
// Anchors the menu's title whether or not it is open, so tests can find it.
template <typename Items>
void menu(UiState& state, const char* label, const char* anchor, Items&& items) {
  const bool open = ImGui::BeginMenu(label);
  anchorLastItem(state, anchor);
  if (!open) return;
  items();
  ImGui::EndMenu();
}

// Items of the journal that the editor brings; shown (disabled) so the menus keep their shape.
void pendingItem(const char* label, const char* shortcut) {
  ImGui::MenuItem(label, shortcut, false, false);
}

void fileMenuItems() {
  pendingItem("New record", "Ctrl+N");
  pendingItem("Import...", "Ctrl+O");
  pendingItem("Export as Markdown", "Ctrl+S");
  pendingItem("Export as JSON", nullptr);
}

void editMenuItems() {
  pendingItem("Undo", "Ctrl+Z");
  pendingItem("Redo", "Ctrl+Shift+Z");
  ImGui::Separator();
  pendingItem("Find", "Ctrl+F");
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

void drawMainMenu(UiState& state, UiCommands& commands) {
  if (!ImGui::BeginMainMenuBar()) return;
  menu(state, "File", "menu.file", [&] { fileMenuItems(); });
  menu(state, "Edit", "menu.edit", [&] { editMenuItems(); });
  menu(state, "View", "menu.view", [&] { viewMenuItems(state, commands); });
  menu(state, "Help", "menu.help", [&] { helpMenuItems(state); });
  ImGui::EndMainMenuBar();
}

}  // namespace jobname::ui
