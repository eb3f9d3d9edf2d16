#include "ui/widgets/inline_button.h"

#include <imgui.h>

namespace jobname::ui {

bool inlineButton(const UiState& state, const char* label) {
  return state.narrow ? ImGui::Button(label) : ImGui::SmallButton(label);
}

}  // namespace jobname::ui
