// A Jalali date picker: a month grid with Persian month names, weeks starting on Saturday, today
// marked, the Gregorian date beside. Only days that exist can be picked; it writes the corpus's
// spelling (1404.04.09) into the date text.
#pragma once
#include <string>

#include "ui/ui_state.h"

namespace jobname::ui {

// A small button that opens the picker for `dateText`. Returns true when a day was picked.
bool JalaliDatePickerButton(UiState& state, const char* id, std::string& dateText);
// The width that button takes (room to leave beside the date's box).
float jalaliDatePickerButtonWidth();

}  // namespace jobname::ui
