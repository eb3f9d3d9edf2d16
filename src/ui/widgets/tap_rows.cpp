#include "ui/widgets/tap_rows.h"
#include "ui/widgets/text_field.h"

#include <algorithm>
#include <cfloat>

#include "ui/theme.h"

namespace jobname::ui {

void beginTapRows(const UiState& state) {
  if (!state.narrow) return;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float row = kTapTargetCssPx * state.devicePixelRatio;  // ImGui draws in device pixels
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(style.ItemSpacing.x, std::max(style.ItemSpacing.y, row - ImGui::GetFontSize())));
}

void endTapRows(const UiState& state) {
  if (state.narrow) ImGui::PopStyleVar();
}

bool beginCombo(UiState& state, const char* label, const char* preview, ImGuiComboFlags flags) {
  if (state.narrow) {
    const float rows = 8 * kTapTargetCssPx * state.devicePixelRatio + 2 * ImGui::GetStyle().WindowPadding.y;
    ImGui::SetNextWindowSizeConstraints(ImVec2(ImGui::CalcItemWidth(), 0),
                                        ImVec2(FLT_MAX, std::min(rows, ImGui::GetMainViewport()->WorkSize.y * 0.6f)));
  }
  if (!ImGui::BeginCombo(label, preview, flags)) return false;
  coverFieldsUnderPopup(state);
  beginTapRows(state);
  return true;
}

void endCombo(const UiState& state) {
  endTapRows(state);
  ImGui::EndCombo();
}

}  // namespace jobname::ui
