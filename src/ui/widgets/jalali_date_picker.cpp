#include "ui/widgets/jalali_date_picker.h"

#include <imgui.h>

#include <algorithm>

#include "core/calendar/jalali.h"
#include "ui/widgets/flow_layout.h"
#include "ui/widgets/inline_button.h"
#include "ui/widgets/text_field.h"

namespace jobname::ui {

namespace {
const char* const kPersianMonths[] = {"فروردین", "اردیبهشت", "خرداد", "تیر",  "مرداد", "شهریور",
                                      "مهر",     "آبان",     "آذر",   "دی",   "بهمن",  "اسفند"};
const char* const kLatinMonths[] = {"Farvardin", "Ordibehesht", "Khordad", "Tir",    "Mordad", "Shahrivar",
                                    "Mehr",      "Aban",        "Azar",    "Dey",    "Bahman", "Esfand"};
// Saturday first, as the Persian week runs.
const char* const kWeekdays[] = {"ش", "ی", "د", "س", "چ", "پ", "ج"};

constexpr const char* kPickLabel = "Pick";
}  // namespace

float jalaliDatePickerButtonWidth() { return buttonWidth(kPickLabel); }

bool JalaliDatePickerButton(UiState& state, const char* id, std::string& dateText) {
  auto& picker = state.editor.datePicker;
  bool picked = false;
  ImGui::PushID(id);
  if (inlineButton(state, kPickLabel)) {
    const auto parsed = calendar::parseDate(dateText);
    picker.year = parsed.date ? parsed.date->jalali.year : state.todayYear;
    picker.month = parsed.date ? parsed.date->jalali.month : state.todayMonth;
    ImGui::OpenPopup("##jalali");
  }
  anchorLastItem(state, id);
  if (ImGui::BeginPopup("##jalali")) {
    anchorLastItem(state, (std::string(id) + ".popup").c_str());
    coverFieldsUnderPopup(state);
    if (ImGui::ArrowButton("##previous", ImGuiDir_Left) && --picker.month < 1) { picker.month = 12; --picker.year; }
    anchorLastItem(state, (std::string(id) + ".previous").c_str());
    ImGui::SameLine();
    const std::string title = state.visualText.visual(kPersianMonths[picker.month - 1]) + "  " + std::to_string(picker.year) +
                              "  (" + kLatinMonths[picker.month - 1] + ")";
    ImGui::TextUnformatted(title.c_str());
    ImGui::SameLine();
    if (ImGui::ArrowButton("##next", ImGuiDir_Right) && ++picker.month > 12) { picker.month = 1; ++picker.year; }
    anchorLastItem(state, (std::string(id) + ".next").c_str());

    const auto current = calendar::parseDate(dateText);
    const int length = calendar::jalaliMonthLength(picker.year, picker.month);
    const int firstWeekday = calendar::persianWeekday({picker.year, picker.month, 1});
    // On a phone, days close together, so that each is a whole tap target wide.
    const ImVec2 padding = ImGui::GetStyle().CellPadding;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, state.narrow ? ImVec2(1.0f, padding.y) : padding);
    if (ImGui::BeginTable("##grid", 7, ImGuiTableFlags_SizingFixedSame)) {
      for (const char* day : kWeekdays) {
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", state.visualText.visual(day).c_str());
      }
      for (int blank = 0; blank < firstWeekday; ++blank) ImGui::TableNextColumn();
      // Seven a row inside the screen: on a phone the wish (a frame and a third) is wider than
      // the screen allows, and the last column was cut off.
      const ImGuiStyle& style = ImGui::GetStyle();
      const float screen = ImGui::GetMainViewport()->WorkSize.x - 2 * (style.WindowPadding.x + style.DisplaySafeAreaPadding.x);
      const float cell = std::min(ImGui::GetFrameHeight() * 1.3f, screen / 7 - 2 * style.CellPadding.x - 1);
      for (int day = 1; day <= length; ++day) {
        ImGui::TableNextColumn();
        const calendar::JalaliDate date{picker.year, picker.month, day};
        const bool isToday = picker.year == state.todayYear && picker.month == state.todayMonth && day == state.todayDay;
        const bool isSelected = current.date && current.date->jalali == date;
        if (isSelected) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
        if (isToday) ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0.9f, 0.45f, 0.1f, 1));
        if (isToday) ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
        const std::string label = std::to_string(day);
        if (ImGui::Button(label.c_str(), ImVec2(cell, 0))) {
          dateText = calendar::formatJalali(date);
          picked = true;
          ImGui::CloseCurrentPopup();
        }
        anchorLastItem(state, (std::string(id) + ".day." + label).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", calendar::formatGregorian(calendar::toGregorian(date)).c_str());
        if (isToday) ImGui::PopStyleVar();
        if (isToday) ImGui::PopStyleColor();
        if (isSelected) ImGui::PopStyleColor();
      }
      ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    const calendar::GregorianDate first = calendar::toGregorian({picker.year, picker.month, 1});
    const calendar::GregorianDate last = calendar::toGregorian({picker.year, picker.month, length});
    ImGui::TextDisabled("%s to %s", calendar::formatGregorian(first).c_str(), calendar::formatGregorian(last).c_str());
    if (inlineButton(state, "Today")) {
      dateText = calendar::formatJalali({state.todayYear, state.todayMonth, state.todayDay});
      picked = true;
      ImGui::CloseCurrentPopup();
    }
    anchorLastItem(state, (std::string(id) + ".today").c_str());
    ImGui::EndPopup();
  }
  ImGui::PopID();
  return picked;
}

}  // namespace jobname::ui
