#include "ui/theme.h"

#include <imgui.h>

#include <algorithm>

#include "ui/fonts.h"

namespace jobname::ui {

bool isNarrowScreen(float widthCssPx, float textScale) { return widthCssPx < kNarrowBelowCssPx * textScale; }

float narrowTextScale(float emPerPixelHeight) {
  return std::max(1.0f, kLeastNarrowTextCssPx / (kBaseTextCssPx * std::max(0.1f, emPerPixelHeight)));
}

void applyTheme(bool dark, float devicePixelRatio, float textScale, bool narrow) {
  ImGuiStyle style;
  if (dark) {
    ImGui::StyleColorsDark(&style);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
    style.Colors[ImGuiCol_MenuBarBg] = ImVec4(0.15f, 0.16f, 0.19f, 1.0f);
  } else {
    ImGui::StyleColorsLight(&style);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
    style.Colors[ImGuiCol_MenuBarBg] = ImVec4(0.90f, 0.90f, 0.89f, 1.0f);
  }
  style.WindowRounding = 6.0f;
  style.FrameRounding = 4.0f;
  style.PopupRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.WindowPadding = ImVec2(12.0f, 10.0f);
  style.FramePadding = ImVec2(8.0f, 4.0f);
  style.ItemSpacing = ImVec2(8.0f, 6.0f);
  if (narrow) {  // a finger, not a pointer: every frame (field, button, tab, checkbox) a tap target high
    // A frame is (text + 2 x padding) x textScale CSS pixels high.
    style.FramePadding = ImVec2(10.0f, std::max(4.0f, (kTapTargetCssPx / textScale - kBaseTextCssPx) / 2 + 0.5f));  // (+ the rounding)
    style.ItemSpacing = ImVec2(8.0f, 8.0f);
    style.WindowPadding = ImVec2(8.0f, 8.0f);
    style.ScrollbarSize = 10.0f;  // shown, not grabbed: a drag anywhere scrolls (platform/web/touch_input)
    style.GrabMinSize = 24.0f;
  }
  style.ScaleAllSizes(devicePixelRatio * textScale);
  // The base size comes from the font (ui/fonts.cpp); ImGui keeps it in the style it replaces.
  style.FontSizeBase = ImGui::GetStyle().FontSizeBase;
  style.FontScaleMain = textScale;
  style.FontScaleDpi = devicePixelRatio;
  ImGui::GetStyle() = style;
}

}  // namespace jobname::ui
