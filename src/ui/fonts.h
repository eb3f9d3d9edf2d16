// Loads the app's fonts into ImGui: Noto Sans for Latin, with Noto Sans Arabic merged in for
// Persian (including the presentation forms that shaping produces) and Symbola for emoji (the
// status set and the other emoji blocks); DejaVu Sans Mono for code, with the same Persian merged in. The bytes come from the app.
#pragma once
#include <imgui.h>

#include <cstddef>

namespace jobname::ui {

// The body text's size in CSS pixels at the normal text size (ImGui's size: ascender to descender).
constexpr float kBaseTextCssPx = 18.0f;

struct FontBytes {
  const unsigned char* data;
  std::size_t size;
};

// Returns the monospaced font (code), with Persian merged in; the first font is the default.
ImFont* loadFonts(FontBytes latin, FontBytes arabic, FontBytes emoji, FontBytes mono);

// A font's em over its height from ascender to descender (its 'head' and 'hhea' tables): ImGui
// sizes a font by that height, CSS by its em, so ImGui's N px are N times this in CSS. 1 when the
// tables cannot be read.
float emPerPixelHeight(FontBytes font);

}  // namespace jobname::ui
