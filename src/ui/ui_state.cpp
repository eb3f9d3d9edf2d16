#include "ui/ui_state.h"

#include <imgui.h>

namespace jobname::ui {

bool effectiveDarkTheme(const UiState& state) {
  switch (state.settings.theme) {
    case settings::ThemeChoice::Dark: return true;
    case settings::ThemeChoice::Light: return false;
    case settings::ThemeChoice::System: break;
  }
  return state.systemPrefersDark;
}

void anchorRect(UiState& state, const std::string& name, ImVec2 min, ImVec2 max) {
  const float toCss = 1.0f / state.devicePixelRatio;
  state.anchors.push_back({name, min.x * toCss, min.y * toCss, (max.x - min.x) * toCss, (max.y - min.y) * toCss});
}

bool escapePressedInWindow() {
  return ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && ImGui::IsKeyPressed(ImGuiKey_Escape, false);
}

void anchorLastItem(UiState& state, const char* name) {
  anchorRect(state, name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  if (ImGui::IsItemFocused()) state.navFocus = name;
  if ((!state.editor.jumpTo.empty() && state.editor.jumpTo == name) || (!state.editor.reveal.empty() && state.editor.reveal == name)) {
    ImGui::SetScrollHereY(0.3f);
    state.editor.jumpTo.clear();
    state.editor.reveal.clear();
  }
}

}  // namespace jobname::ui
