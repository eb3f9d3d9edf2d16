// The browser's own text box, laid over the ImGui field being edited (see ui/widgets/text_field.h):
// native typing, IME, mobile keyboards, caret and selection, copy and paste, for any script.
// Keys typed into it never reach GLFW; the app's own shortcuts pressed in it are reported instead
// (after the text typed), and the browser's meaning of them is stopped.
#pragma once
#include <string>
#include <vector>

namespace jobname::web {

struct TextOverlayStyle {
  float fontPx = 16, paddingX = 8, paddingY = 4;
  std::string textColour = "#222", background = "#fff";
  bool selectAll = false;  // the text selected, to be typed over; else the caret at its end
};

// Before glfwInit: its key listener must run before GLFW's. `appShortcutKeys`: the letters that,
// with Ctrl (Cmd), are the app's shortcuts ("z" undo, "y" redo, as Ctrl+Shift+Z is).
void installTextOverlay(const std::string& appShortcutKeys);
// `oneLine`: a wrapped one-line field shown in a textarea, where Enter leaves as in an input.
void showTextOverlay(float x, float y, float w, float h, bool multiline, bool oneLine, const std::string& text,
                     const TextOverlayStyle& style);
// Follows the field: its place, and its text size and padding (`style`'s other members are not used).
void moveTextOverlay(float x, float y, float w, float h, const TextOverlayStyle& style);
void hideTextOverlay();
// Where the editable fields lie (x, y, w, h each, CSS pixels), as last drawn. Safari on an iPhone
// opens the on-screen keyboard only for a text box focused inside the tap, and the app's box opens
// frames later: a tap on one of these places focuses a stand-in box at once, which the app's box
// takes over (with anything typed into it meanwhile). Cheap when they did not move.
void setTextFieldPlaces(const std::vector<float>& places);

struct TextOverlayEvents {
  bool changed = false;
  bool closed = false;
  char shortcut = 0;  // the letter of an app shortcut pressed in the box ('y' for any redo), or 0
  int move = 0;       // left with Tab or Enter (1) or Shift+Tab (-1) for the next or previous field
  std::string text;
};
TextOverlayEvents takeTextOverlayEvents();

}  // namespace jobname::web
