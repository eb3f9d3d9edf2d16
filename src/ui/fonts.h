// Loads the app's fonts into ImGui: Noto Sans for Latin, with Noto Sans Arabic merged in for
// Persian (including the presentation forms that shaping produces) and Symbola for the status
// emoji. The bytes come from the app.
#pragma once
#include <cstddef>

namespace jobname::ui {

struct FontBytes {
  const unsigned char* data;
  std::size_t size;
};

void loadFonts(FontBytes latin, FontBytes arabic, FontBytes emoji);

}  // namespace jobname::ui
