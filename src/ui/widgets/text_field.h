// Every editable text in the app. Shown, ImGui draws the text shaped and in visual order
// (FriBidi), right-aligned when it is right-to-left; a multi-line field wraps its lines at word
// boundaries (core's reading/wrap.h) and grows with its text up to a limit. Edited, the browser's own text box is
// placed exactly over the field (by the app, through platform/web), so that typing, IME,
// mobile keyboards, caret, selection and the system clipboard all work for Persian as for
// English. This file only asks for the box and reads back its text: it never calls the browser.
#pragma once
#include <string>
#include <vector>

#include "ui/ui_state.h"

namespace jobname::ui {

struct TextFieldOptions {
  float width = -1.0f;   // pixels; negative: fill the line but for that many pixels
  float lines = 1.0f;    // more than 1: a multi-line box of at least that many lines
  bool wrap = false;     // one line of text (Enter leaves), shown wrapped and growing like a multi-line field
  const char* hint = nullptr;
  bool readOnly = false;  // shown, never edited (a journal this version may not write)
};

// Returns true when the value changed this frame. `id` is also the field's anchor name.
bool TextField(UiState& state, const char* id, std::string& value, const TextFieldOptions& options = {});

// What lies over the fields for a finger, said right after the window begins: a window drawn over
// the workspace (a dialog) covers the fields drawn before it, a modal one the whole screen but
// its own fields; a popup (a menu, a combo's list, the date picker) covers every field under it.
void coverFieldsBelowWindow(UiState& state, bool modal = false);
void coverFieldsUnderPopup(UiState& state);

// Where a tap lands on an editable field (x, y, w, h each, CSS pixels): the fields drawn this
// frame that nothing said above covers.
std::vector<float> uncoveredFieldPlaces(const UiState& state);

// The field Tab (`step` 1) or Shift+Tab (-1) goes to from `id` in the order the fields were drawn:
// one of the same form (the same first part of the name: "record", "collection"), or "" when
// there is none that way.
std::string neighbourField(const std::vector<std::string>& order, const std::string& id, int step);

}  // namespace jobname::ui
