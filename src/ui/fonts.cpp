#include "ui/fonts.h"

#include <imgui.h>

#include <algorithm>

namespace jobname::ui {

namespace {
// Noto Sans Arabic's letters sit small beside Noto Sans at the same size: a merged source's
// SizePixels, relative to the main one's, scales its glyphs.
constexpr float kReferenceSize = kBaseTextCssPx;
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

namespace {
int readBigEndian(const unsigned char* at, int bytes, bool isSigned) {
  int value = 0;
  for (int i = 0; i < bytes; ++i) value = (value << 8) | at[i];
  if (isSigned && bytes == 2 && value >= 0x8000) value -= 0x10000;
  return value;
}

// The offset of a table in an OpenType font, or 0 when it is not there.
std::size_t tableOffset(FontBytes font, const char* tag) {
  if (font.size < 12) return 0;
  const int tables = readBigEndian(font.data + 4, 2, false);
  for (int i = 0; i < tables; ++i) {
    const std::size_t record = 12 + static_cast<std::size_t>(i) * 16;
    if (record + 16 > font.size) return 0;
    if (std::equal(tag, tag + 4, font.data + record)) {
      const auto offset = static_cast<std::size_t>(readBigEndian(font.data + record + 8, 4, false));
      return offset < font.size ? offset : 0;
    }
  }
  return 0;
}
}  // namespace

float emPerPixelHeight(FontBytes font) {
  const std::size_t head = tableOffset(font, "head"), hhea = tableOffset(font, "hhea");
  if (!head || !hhea || head + 20 > font.size || hhea + 8 > font.size) return 1.0f;
  const int unitsPerEm = readBigEndian(font.data + head + 18, 2, false);
  const int height = readBigEndian(font.data + hhea + 4, 2, true) - readBigEndian(font.data + hhea + 6, 2, true);
  return unitsPerEm > 0 && height > 0 ? static_cast<float>(unitsPerEm) / static_cast<float>(height) : 1.0f;
}

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
