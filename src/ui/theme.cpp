#include "ui/theme.h"

#include <imgui.h>

namespace jobname::ui {

void applyTheme(bool dark, float devicePixelRatio, float textScale) {
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
  style.ScaleAllSizes(devicePixelRatio * textScale);
  // The base size comes from the font (ui/fonts.cpp); ImGui keeps it in the style it replaces.
  style.FontSizeBase = ImGui::GetStyle().FontSizeBase;
  style.FontScaleMain = textScale;
  style.FontScaleDpi = devicePixelRatio;
  ImGui::GetStyle() = style;
}

}  // namespace jobname::ui
