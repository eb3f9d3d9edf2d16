// The browser's own text box, laid over the ImGui field being edited (see ui/widgets/text_field.h):
// native typing, IME, mobile keyboards, caret and selection, copy and paste, for any script.
// Keys typed into it never reach GLFW, so the app's shortcuts stay out of the way.
#pragma once
#include <string>

namespace jobname::web {

struct TextOverlayStyle {
  float fontPx = 16, paddingX = 8, paddingY = 4;
  std::string textColour = "#222", background = "#fff";
};

void installTextOverlay();  // before glfwInit: its key listener must run before GLFW's
void showTextOverlay(float x, float y, float w, float h, bool multiline, const std::string& text, const TextOverlayStyle& style);
void moveTextOverlay(float x, float y, float w, float h);
void hideTextOverlay();

struct TextOverlayEvents {
  bool changed = false;
  bool closed = false;
  std::string text;
};
TextOverlayEvents takeTextOverlayEvents();

}  // namespace jobname::web
