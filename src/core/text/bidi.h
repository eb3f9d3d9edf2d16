// Right-to-left text for display: logical UTF-8 in, visual (reordered, Arabic-shaped) UTF-8 out,
// through GNU FriBidi. For drawing only: stored and exported text always stays in logical order.
#pragma once
#include <cstddef>
#include <cstdint>
#include <list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace jobname::text {

enum class BaseDirection { Auto, LeftToRight, RightToLeft };

// True when the text holds a strong right-to-left letter (Arabic, Persian, Hebrew...).
bool containsRightToLeft(std::string_view logical);

// The direction a paragraph takes from its first strong letter (Auto's rule), LTR when none.
BaseDirection paragraphDirection(std::string_view logical);

// Each line ('\n' separated) is reordered on its own; Persian letters come out in presentation
// forms (U+FB50..U+FEFC), with the zero-width no-break spaces FriBidi leaves after lam-alef dropped.
std::string toVisual(std::string_view logical, BaseDirection base = BaseDirection::Auto);

// A piece of a line as drawn: bytes [begin, end) of the line's visual text (what toVisual gives).
struct VisualRun {
  std::size_t begin = 0, end = 0;
};

// Where the logical bytes [begin, end) of one line (no '\n') are drawn: the pieces of its visual
// text showing them, left to right. One piece for text of one direction; more where the range
// crosses a change of direction (Persian with Latin words or digits), since each is reordered.
std::vector<VisualRun> visualRuns(std::string_view logicalLine, std::size_t begin, std::size_t end,
                                  BaseDirection base = BaseDirection::Auto);

// The GNU FriBidi built in ("1.0.8"), for the About box and `jobname --version`.
const char* fribidiLibraryVersion();

// Remembers recent conversions so that drawing the same text every frame costs a lookup.
class VisualTextCache {
 public:
  explicit VisualTextCache(std::size_t capacity = 4096) : capacity_(capacity) {}
  const std::string& visual(std::string_view logical, BaseDirection base = BaseDirection::Auto);
  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::string logical;
    BaseDirection base;
    std::string visual;
  };
  std::size_t capacity_;
  std::list<Entry> entries_;  // most recently used first
  // One index per base direction, keyed by views of the entries' own text: a lookup allocates nothing.
  std::unordered_map<std::string_view, std::list<Entry>::iterator> index_[3];
};

// Code points drawn as nothing: the filler FriBidi leaves after a lam-alef ligature, variation
// selectors, the emoji joiner and skin-tone modifiers (a glyph-by-glyph renderer shows boxes).
bool isInvisibleForDisplay(char32_t cp);

// One paragraph (no '\n') analysed once, then cut into lines by the caller: the Unicode bidi
// levels and the Arabic shaping are computed for the whole paragraph (shaping joins letters
// across the places where lines will be cut), and each line is reordered on its own, as UAX #9
// asks. Logical indices stay valid throughout, so callers keep per-character styles.
class BidiParagraph {
 public:
  BidiParagraph(std::u32string logical, BaseDirection base);
  // The resolved direction: the given one, or the first strong letter's for Auto.
  bool rightToLeft() const { return rightToLeft_; }
  // The text in logical order with Arabic letters in their presentation forms (what is drawn).
  const std::u32string& shaped() const { return shaped_; }
  // Logical indices of [begin, end) in visual order, left to right.
  void visualOrder(std::size_t begin, std::size_t end, std::vector<std::size_t>& order);

 private:
  std::u32string shaped_;
  bool rightToLeft_ = false;
  bool identity_ = true;  // nothing to reorder: left-to-right text with no right-to-left letter
  std::vector<std::uint32_t> types_;  // FriBidiCharType
  std::vector<signed char> levels_;   // FriBidiLevel
  std::vector<int> map_;              // FriBidiStrIndex
};

}  // namespace jobname::text
