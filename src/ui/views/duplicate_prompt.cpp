#include "ui/views/duplicate_prompt.h"
#include "ui/widgets/text_field.h"

#include <imgui.h>

namespace jobname::ui {

void drawDuplicatePrompt(UiState& state, UiCommands& commands) {
  DuplicatePrompt& prompt = state.editor.duplicate;
  if (!prompt.active) return;
  if (!ImGui::IsPopupOpen("Already in your journal")) ImGui::OpenPopup("Already in your journal");
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal("Already in your journal", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  coverFieldsBelowWindow(state, true);
  anchorLastItem(state, "duplicate.window");
  ImGui::TextUnformatted("This record is already in your journal:");
  ImGui::TextUnformatted(state.visualText.visual(prompt.description).c_str());
  if (prompt.remaining > 0) {
    ImGui::Checkbox(("Do the same for the other " + std::to_string(prompt.remaining)).c_str(), &prompt.forAll);
    anchorLastItem(state, "duplicate.all");
  }
  auto decide = [&](ImportDecision decision) {
    commands.importDecision = decision;
    commands.importDecisionForAll = prompt.forAll;
    prompt.forAll = false;
    ImGui::CloseCurrentPopup();
  };
  if (ImGui::Button("Replace it")) decide(ImportDecision::Replace);
  anchorLastItem(state, "duplicate.replace");
  ImGui::SameLine();
  if (ImGui::Button("Keep both")) decide(ImportDecision::KeepBoth);
  anchorLastItem(state, "duplicate.keep");
  ImGui::SameLine();
  if (ImGui::Button("Skip it")) decide(ImportDecision::Skip);
  anchorLastItem(state, "duplicate.skip");
  ImGui::EndPopup();
}

}  // namespace jobname::ui
