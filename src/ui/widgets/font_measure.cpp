#include "ui/widgets/font_measure.h"

#include <cfloat>
#include <string>

#include "core/text/utf8.h"

namespace jobname::ui {

reading::MeasureWidth measureWithFont(ImFont* font, ImFont* mono, float size) {
  // The code points are turned into UTF-8 in one buffer the function keeps, not one per word.
  return [font, mono, size, scratch = std::string()](std::u32string_view s, reading::FontStyle style) mutable {
    scratch.clear();
    for (char32_t c : s) text::appendUtf8(scratch, c);
    return (style.monospace && mono ? mono : font)->CalcTextSizeA(size * style.scale, FLT_MAX, 0, scratch.data(), scratch.data() + scratch.size()).x;
  };
}

}  // namespace jobname::ui
