#include "core/reading/wrap.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/text/bidi.h"
#include "core/text/utf8.h"

namespace jobname::reading {

namespace {
using text::BaseDirection;

bool isBreakingSpace(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == 0x200B; }

// One hard line of a paragraph (between '\n's), with the run each character came from.
struct HardLine {
  std::u32string chars;
  std::vector<std::uint16_t> runOf;
};

class Wrapper {
 public:
  Wrapper(const Paragraph& paragraph, float width, FontStyle font, const MeasureWidth& measure)
      : paragraph_(paragraph), width_(width > 0 && std::isfinite(width) ? width : std::numeric_limits<float>::infinity()),
        font_(font), measure_(measure) {}

  WrappedText run(BaseDirection direction) {
    std::vector<HardLine> hardLines(1);
    for (std::size_t r = 0; r < paragraph_.runs.size(); ++r) {
      const std::string& s = paragraph_.runs[r].text;
      for (std::size_t pos = 0; pos < s.size();) {
        const char32_t cp = text::decodeUtf8(s, pos);
        if (cp == U'\n') {
          hardLines.emplace_back();
          continue;
        }
        hardLines.back().chars.push_back(cp == U'\t' ? U' ' : cp);
        hardLines.back().runOf.push_back(static_cast<std::uint16_t>(std::min<std::size_t>(r, 0xFFFF)));
      }
    }
    if (direction == BaseDirection::Auto) {
      // The paragraph's first strong letter decides for all its lines.
      std::string all;
      for (const Run& run : paragraph_.runs) all += run.text;
      direction = text::containsRightToLeft(all) ? text::paragraphDirection(all) : BaseDirection::LeftToRight;
    }
    out_.rightToLeft = direction == BaseDirection::RightToLeft;
    for (HardLine& line : hardLines) wrapHardLine(line, direction);
    return std::move(out_);
  }

 private:
  const Paragraph& paragraph_;
  float width_;
  FontStyle font_;
  const MeasureWidth& measure_;
  WrappedText out_;
  std::u32string scratch_;
  std::vector<std::size_t> order_;

  const Run& runAt(const HardLine& line, std::size_t i) const { return paragraph_.runs[line.runOf[i]]; }

  FontStyle fontFor(std::uint8_t style) const {
    FontStyle f = font_;
    if (style & kCode) f.monospace = true;
    return f;
  }

  // Width of shaped[begin, end), measured piece by piece where the style changes.
  float measureRange(const std::u32string& shaped, const HardLine& line, std::size_t begin, std::size_t end) {
    float total = 0;
    std::size_t piece = begin;
    while (piece < end) {
      const std::uint8_t style = runAt(line, piece).style;
      std::size_t next = piece;
      bool invisible = false;
      while (next < end && runAt(line, next).style == style) invisible |= text::isInvisibleForDisplay(shaped[next++]);
      if (!invisible) {
        total += measure_(std::u32string_view(shaped).substr(piece, next - piece), fontFor(style));
      } else {
        scratch_.clear();
        for (std::size_t i = piece; i < next; ++i) {
          if (!text::isInvisibleForDisplay(shaped[i])) scratch_ += shaped[i];
        }
        if (!scratch_.empty()) total += measure_(scratch_, fontFor(style));
      }
      piece = next;
    }
    return total;
  }

  void wrapHardLine(const HardLine& line, BaseDirection direction) {
    text::BidiParagraph bidi(line.chars, direction);
    const std::u32string& shaped = bidi.shaped();
    const std::size_t n = shaped.size();
    if (n == 0) {
      out_.lines.emplace_back();
      return;
    }
    std::size_t lineStart = 0;
    float lineWidth = 0;     // up to the end of the last word's spaces
    float contentWidth = 0;  // without them
    std::size_t pos = 0;
    auto endLine = [&](std::size_t end) {
      emitLine(line, bidi, lineStart, end, direction);
      lineStart = end;
      lineWidth = contentWidth = 0;
    };
    while (pos < n) {
      // A word: letters up to a space, then the spaces after it.
      std::size_t wordEnd = pos;
      while (wordEnd < n && !isBreakingSpace(shaped[wordEnd])) ++wordEnd;
      std::size_t spaceEnd = wordEnd;
      while (spaceEnd < n && isBreakingSpace(shaped[spaceEnd])) ++spaceEnd;
      const float word = measureRange(shaped, line, pos, wordEnd);
      const float spaces = spaceEnd > wordEnd ? measureRange(shaped, line, wordEnd, spaceEnd) : 0;
      out_.longestWord = std::max(out_.longestWord, std::min(word, width_));
      if (pos > lineStart && lineWidth + word > width_) endLine(pos);
      if (word > width_) {
        // Wider than a whole line: cut between letters.
        std::size_t i = pos;
        while (i < wordEnd) {
          const float letter = measureRange(shaped, line, i, i + 1);
          if (i > lineStart && lineWidth + letter > width_) endLine(i);
          lineWidth += letter;
          contentWidth = lineWidth;
          ++i;
        }
      } else {
        lineWidth += word;
        contentWidth = lineWidth;
      }
      lineWidth += spaces;
      pos = spaceEnd;
    }
    (void)contentWidth;
    endLine(n);
  }

  void emitLine(const HardLine& line, text::BidiParagraph& bidi, std::size_t begin, std::size_t end, BaseDirection direction) {
    const std::u32string& shaped = bidi.shaped();
    std::size_t trimmed = end;
    while (trimmed > begin && isBreakingSpace(shaped[trimmed - 1])) --trimmed;
    TextLine out;
    out.logicalBegin = static_cast<std::uint32_t>(out_.logical.size());
    for (std::size_t i = begin; i < trimmed; ++i) text::appendUtf8(out_.logical, line.chars[i]);
    out.logicalEnd = static_cast<std::uint32_t>(out_.logical.size());
    bidi.visualOrder(begin, trimmed, order_);
    float x = 0;
    std::size_t k = 0;
    while (k < order_.size()) {
      const Run& run = runAt(line, order_[k]);
      Segment segment;
      segment.style = run.style;
      segment.annotation = run.annotation;
      scratch_.clear();
      while (k < order_.size()) {
        const Run& next = runAt(line, order_[k]);
        if (next.style != segment.style || next.annotation != segment.annotation) break;
        const char32_t cp = shaped[order_[k]];
        if (!text::isInvisibleForDisplay(cp)) scratch_ += cp;
        ++k;
      }
      if (scratch_.empty()) continue;
      segment.begin = static_cast<std::uint32_t>(out_.drawable.size());
      for (char32_t cp : scratch_) text::appendUtf8(out_.drawable, cp);
      segment.end = static_cast<std::uint32_t>(out_.drawable.size());
      segment.width = measure_(scratch_, fontFor(segment.style));
      segment.x = x;
      x += segment.width;
      out.segments.push_back(std::move(segment));
    }
    out.width = x;
    if (direction == BaseDirection::RightToLeft && std::isfinite(width_) && width_ > x) {
      const float shift = width_ - x;
      for (Segment& s : out.segments) s.x += shift;
    }
    out_.widest = std::max(out_.widest, x);
    out_.lines.push_back(std::move(out));
  }
};
}  // namespace

WrappedText wrapParagraph(const Paragraph& paragraph, float width, FontStyle font, const MeasureWidth& measure) {
  return Wrapper(paragraph, width, font, measure).run(paragraph.direction);
}

void appendLines(WrappedText& to, WrappedText&& part) {
  const auto drawableBase = static_cast<std::uint32_t>(to.drawable.size());
  const auto logicalBase = static_cast<std::uint32_t>(to.logical.size());
  to.drawable += part.drawable;
  to.logical += part.logical;
  for (TextLine& line : part.lines) {
    line.logicalBegin += logicalBase;
    line.logicalEnd += logicalBase;
    for (Segment& segment : line.segments) {
      segment.begin += drawableBase;
      segment.end += drawableBase;
    }
    to.lines.push_back(std::move(line));
  }
}

WrappedText wrapPlainText(std::string_view text, float width, FontStyle font, const MeasureWidth& measure) {
  WrappedText all;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    Paragraph paragraph;
    paragraph.direction = BaseDirection::Auto;
    paragraph.runs.push_back({std::string(text.substr(start, end == std::string_view::npos ? end : end - start)), kPlain, -1});
    WrappedText part = Wrapper(paragraph, width, font, measure).run(BaseDirection::Auto);
    if (all.lines.empty()) all.rightToLeft = part.rightToLeft;
    all.widest = std::max(all.widest, part.widest);
    all.longestWord = std::max(all.longestWord, part.longestWord);
    appendLines(all, std::move(part));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return all;
}

}  // namespace jobname::reading
