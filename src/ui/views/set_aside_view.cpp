#include "ui/views/set_aside_view.h"

#include <imgui.h>

#include "ui/widgets/centred_window.h"
#include "ui/widgets/text_field.h"

namespace jobname::ui {

namespace {
void confirmDeletion(UiState& state, UiCommands& commands) {
  SetAsidePanel& panel = state.editor.setAside;
  if (panel.confirmDelete.empty()) return;
  if (!ImGui::IsPopupOpen("Delete set-aside data")) ImGui::OpenPopup("Delete set-aside data");
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal("Delete set-aside data", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  coverFieldsBelowWindow(state, true);
  anchorLastItem(state, "setaside.confirm");
  ImGui::Text("Delete '%s' for good?", panel.confirmDelete.c_str());
  ImGui::TextUnformatted("It cannot be brought back. Export it first to keep a copy.");
  if (ImGui::Button("Delete it")) {
    commands.deleteSetAside = panel.confirmDelete;
    panel.confirmDelete.clear();
    ImGui::CloseCurrentPopup();
  }
  anchorLastItem(state, "setaside.confirm.delete");
  ImGui::SameLine();
  if (ImGui::Button("Keep it")) {
    panel.confirmDelete.clear();
    ImGui::CloseCurrentPopup();
  }
  anchorLastItem(state, "setaside.confirm.keep");
  ImGui::EndPopup();
}
}  // namespace

void drawSetAsideView(UiState& state, UiCommands& commands) {
  SetAsidePanel& panel = state.editor.setAside;
  if (!panel.open) return;
  centreNextWindow(40);
  if (ImGui::Begin("Set-aside data", &panel.open)) {
    coverFieldsBelowWindow(state);
    anchorLastItem(state, "setaside.window");
    ImGui::TextWrapped(
        "Saved data this app could not read was set aside here, as it was, instead of being dropped. Restore tries to "
        "import it again (and says what is wrong when it cannot); export downloads it unchanged.");
    if (panel.items.empty()) ImGui::TextDisabled("Nothing is set aside.");
    for (std::size_t i = 0; i < panel.items.size(); ++i) {
      const SetAsideItem& item = panel.items[i];
      const std::string anchor = "setaside.item." + std::to_string(i);
      ImGui::PushID(static_cast<int>(i));
      ImGui::Separator();
      ImGui::Text("%s  (%zu bytes)", item.name.c_str(), item.bytes);
      anchorLastItem(state, anchor.c_str());
      ImGui::TextDisabled("%s", state.visualText.visual(item.preview).c_str());
      if (ImGui::Button("Restore")) commands.restoreSetAside = item.key;
      anchorLastItem(state, (anchor + ".restore").c_str());
      ImGui::SameLine();
      if (ImGui::Button("Export")) commands.exportSetAside = item.key;
      anchorLastItem(state, (anchor + ".export").c_str());
      ImGui::SameLine();
      if (ImGui::Button("Delete...")) panel.confirmDelete = item.key;
      anchorLastItem(state, (anchor + ".delete").c_str());
      ImGui::PopID();
    }
    if (ImGui::Button("Close")) panel.open = false;
    confirmDeletion(state, commands);
  }
  ImGui::End();
}

}  // namespace jobname::ui
