#include "ui/widgets/centred_window.h"

#include <imgui.h>

#include <algorithm>

namespace jobname::ui {

void centreNextWindow(float widthEm, ImGuiCond widthCondition) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(ImGui::GetFontSize() * widthEm, viewport->WorkSize.x * 0.95f);
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), widthCondition);
}

}  // namespace jobname::ui
