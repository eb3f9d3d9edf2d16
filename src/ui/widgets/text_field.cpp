#include "ui/widgets/text_field.h"

#include <imgui.h>

#include <algorithm>

namespace jobname::ui {

namespace {
// The shaped text, line by line, clipped to the frame; right-to-left paragraphs right-aligned.
void drawShaped(UiState& state, const std::string& value, ImVec2 min, ImVec2 max, const char* hint) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImGuiStyle& style = ImGui::GetStyle();
  draw->PushClipRect(min, max, true);
  if (value.empty()) {
    if (hint) draw->AddText(ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y), ImGui::GetColorU32(ImGuiCol_TextDisabled), hint);
    draw->PopClipRect();
    return;
  }
  const std::string& visual = state.visualText.visual(value);
  float y = min.y + style.FramePadding.y;
  std::size_t start = 0;
  while (start <= visual.size() && y < max.y) {
    const std::size_t end = std::min(visual.find('\n', start), visual.size());
    const char* b = visual.c_str() + start;
    const char* e = visual.c_str() + end;
    // Each line of the logical text has its own direction.
    const bool rtl = text::containsRightToLeft(std::string_view(b, static_cast<std::size_t>(e - b)));
    const float width = ImGui::CalcTextSize(b, e).x;
    const float x = rtl ? std::max(min.x + style.FramePadding.x, max.x - style.FramePadding.x - width) : min.x + style.FramePadding.x;
    draw->AddText(ImVec2(x, y), ImGui::GetColorU32(ImGuiCol_Text), b, e);
    y += ImGui::GetTextLineHeight();
    if (end == visual.size()) break;
    start = end + 1;
  }
  draw->PopClipRect();
}
// Where the browser's box goes: over this field, in CSS pixels.
void placeOverlay(UiState& state, ImVec2 min, float width, float height, bool multiline) {
  auto& overlay = state.overlay;
  const float toCss = 1.0f / state.devicePixelRatio;
  overlay.shown = true;
  overlay.x = min.x * toCss;
  overlay.y = min.y * toCss;
  overlay.w = width * toCss;
  overlay.h = height * toCss;
  overlay.multiline = multiline;
  overlay.fontPx = ImGui::GetFontSize() * toCss;
}
}  // namespace

bool TextField(UiState& state, const char* id, std::string& value, const TextFieldOptions& options) {
  auto& overlay = state.overlay;
  if (state.editor.jumpTo == id && !options.readOnly) {  // a problem was clicked: edit this field
    overlay.activeId = id;
    overlay.pendingOpen = true;
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = options.width < 0 ? std::max(avail + options.width, ImGui::GetFontSize() * 3) : options.width;
  const float height = options.lines > 1 ? ImGui::GetTextLineHeight() * options.lines + style.FramePadding.y * 2 : ImGui::GetFrameHeight();
  ImGui::PushID(id);
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + width, min.y + height);
  const bool clicked = ImGui::InvisibleButton("##field", ImVec2(width, height));
  anchorLastItem(state, id);
  const bool hovered = ImGui::IsItemHovered() && !options.readOnly;
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const bool active = overlay.activeId == id && !options.readOnly;
  draw->AddRectFilled(min, max, ImGui::GetColorU32(active ? ImGuiCol_FrameBgActive : hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                      style.FrameRounding);
  bool changed = false;
  if (active && overlay.pendingOpen) {
    overlay.pendingOpen = false;
    overlay.open = true;
    overlay.initial = overlay.text = value;
  }
  if (active) {
    if (overlay.textChanged && overlay.text != value) {
      value = overlay.text;
      changed = true;
    }
    if (ImGui::IsItemVisible()) placeOverlay(state, min, width, height, options.lines > 1);
  } else {
    drawShaped(state, value, min, max, options.hint);
    if (clicked && !options.readOnly) {
      overlay.activeId = id;
      overlay.open = true;
      overlay.initial = value;
      overlay.text = value;
      placeOverlay(state, min, width, height, options.lines > 1);
    }
  }
  ImGui::PopID();
  return changed;
}

}  // namespace jobname::ui
