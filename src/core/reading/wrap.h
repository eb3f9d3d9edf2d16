// Lines of a paragraph at a width: breaks where a space allows (a word wider than the line is
// cut between letters), each line reordered for display by FriBidi and placed by its paragraph's
// direction (right-aligned when right-to-left). ZWNJ and the like stay inside their word. The
// caller measures text (ImGui's fonts on screen, a fixed advance in tests), so this stays plain.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/reading/document.h"

namespace jobname::reading {

struct FontStyle {
  bool monospace = false;
  float scale = 1.0f;  // relative to the body text size
};

// The width of drawable text (Arabic letters in presentation forms), as code points: a font's
// advances summed, without the cost of encoding every word as UTF-8 to measure it.
using MeasureWidth = std::function<float(std::u32string_view drawable, FontStyle font)>;

// A piece of a line in one style, in visual order; x from the left of the line's box. Its text
// lies in the WrappedText's `drawable` string (one string per paragraph, not one per piece).
struct Segment {
  std::uint32_t begin = 0, end = 0;  // bytes of WrappedText::drawable: reordered and shaped
  std::uint8_t style = kPlain;
  int annotation = -1;
  float x = 0, width = 0;
};

struct TextLine {
  std::vector<Segment> segments;  // left to right
  std::uint32_t logicalBegin = 0, logicalEnd = 0;  // bytes of WrappedText::logical: the line as written
  float width = 0;
};

struct WrappedText {
  std::vector<TextLine> lines;
  std::string drawable;  // every segment's text
  std::string logical;   // every line's text as written, one after the other
  bool rightToLeft = false;
  float widest = 0;       // the widest line
  float longestWord = 0;  // the widest unbreakable piece: the narrowest the text can go uncut

  std::string_view text(const Segment& s) const { return std::string_view(drawable).substr(s.begin, s.end - s.begin); }
  std::string_view text(const TextLine& l) const {
    return std::string_view(logical).substr(l.logicalBegin, l.logicalEnd - l.logicalBegin);
  }
};

// Moves `part`'s lines after `to`'s (their text ranges moved with them).
void appendLines(WrappedText& to, WrappedText&& part);

// `width` <= 0 or infinite: no wrapping, one line per hard line break.
WrappedText wrapParagraph(const Paragraph& paragraph, float width, FontStyle font, const MeasureWidth& measure);

// Plain text as a text field holds it: each '\n'-separated line a paragraph of its own, with the
// direction of its first strong letter.
WrappedText wrapPlainText(std::string_view text, float width, FontStyle font, const MeasureWidth& measure);

}  // namespace jobname::reading
