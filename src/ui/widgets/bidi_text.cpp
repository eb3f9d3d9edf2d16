#include "ui/widgets/bidi_text.h"

#include <imgui.h>

#include <algorithm>

namespace jobname::ui {

void TextBidi(UiState& state, std::string_view logical) {
  if (!text::containsRightToLeft(logical)) {
    const std::string& display = state.visualText.visual(logical);  // emoji sequences made drawable
    ImGui::TextUnformatted(display.data(), display.data() + display.size());
    return;
  }
  const bool rightToLeft = text::paragraphDirection(logical) == text::BaseDirection::RightToLeft;
  const std::string& visual = state.visualText.visual(logical);
  const float available = ImGui::GetContentRegionAvail().x;
  const float startX = ImGui::GetCursorPosX();
  std::string_view rest = visual;
  while (true) {
    const std::size_t end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    if (rightToLeft) {
      const float width = ImGui::CalcTextSize(line.data(), line.data() + line.size()).x;
      if (width < available) ImGui::SetCursorPosX(startX + available - width);
    }
    ImGui::TextUnformatted(line.data(), line.data() + line.size());
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
}

void TextBidiLines(UiState& state, std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    TextBidi(state, text.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace jobname::ui
