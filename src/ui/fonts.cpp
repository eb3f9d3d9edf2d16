#include "ui/fonts.h"

#include <imgui.h>

namespace jobname::ui {

namespace {
// Noto Sans Arabic's letters sit small beside Noto Sans at the same size: a merged source's
// SizePixels, relative to the main one's, scales its glyphs.
constexpr float kReferenceSize = 18.0f;  // the base text size in CSS pixels
constexpr float kArabicRelativeSize = 1.4f;

ImFont* addFont(FontBytes bytes, bool merge, float sizePixels) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes are static data compiled into the program
  config.MergeMode = merge;
  config.SizePixels = sizePixels;
  config.OversampleH = 1;  // rasterised at the real pixel size (1.92 fonts are dynamic): no need
  config.OversampleV = 1;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(bytes.data),
                                                    static_cast<int>(bytes.size), sizePixels, &config);
}
}  // namespace

ImFont* loadFonts(FontBytes latin, FontBytes arabic, FontBytes emoji, FontBytes mono) {
  ImGui::GetIO().Fonts->Clear();
  addFont(latin, false, kReferenceSize);
  addFont(arabic, true, kReferenceSize * kArabicRelativeSize);
  addFont(emoji, true, kReferenceSize);
  ImFont* code = addFont(mono, false, kReferenceSize);
  addFont(arabic, true, kReferenceSize * kArabicRelativeSize);
  return code;
}

}  // namespace jobname::ui
