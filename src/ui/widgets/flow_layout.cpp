#include "ui/widgets/flow_layout.h"

#include <imgui.h>

namespace jobname::ui {

void sameLineIfFits(float nextWidth) {
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < nextWidth) ImGui::NewLine();  // NewLine undoes the SameLine
}

float labelledWidth(float boxWidth, const char* label) {
  if (!label || label[0] == '\0' || label[0] == '#') return boxWidth;
  return boxWidth + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
}

float buttonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

}  // namespace jobname::ui
