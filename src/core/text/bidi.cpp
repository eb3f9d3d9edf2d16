#include "core/text/bidi.h"

#include <fribidi.h>

#include <algorithm>
#include <vector>

#include "core/text/utf8.h"

namespace jobname::text {

// 👱🏻‍♀️ shows as 👱♀.
bool isInvisibleForDisplay(char32_t cp) {
  return cp == 0xFEFF || cp == 0xFE0E || cp == 0xFE0F || cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF);
}

namespace {
bool isStrongRightToLeft(char32_t cp) {
  const FriBidiCharType type = fribidi_get_bidi_type(cp);
  return FRIBIDI_IS_LETTER(type) && FRIBIDI_IS_RTL(type);
}

bool isStrongLeftToRight(char32_t cp) {
  const FriBidiCharType type = fribidi_get_bidi_type(cp);
  return FRIBIDI_IS_LETTER(type) && !FRIBIDI_IS_RTL(type);
}

// A code point as drawn: the logical code point it shows, and its bytes in the visual text.
struct DrawnGlyph {
  std::size_t logical = 0;
  std::size_t begin = 0, end = 0;
};

// One line reordered and shaped; when `glyphs` is given, where each drawn code point comes from.
std::string lineToVisual(std::string_view line, BaseDirection base, std::vector<DrawnGlyph>* glyphs = nullptr) {
  std::u32string logical = toUtf32(line);
  if (logical.empty()) return {};
  std::vector<FriBidiChar> in(logical.begin(), logical.end());
  std::vector<FriBidiChar> out(in.size() + 1);
  std::vector<FriBidiStrIndex> visualToLogical(in.size() + 1);
  FriBidiParType direction = base == BaseDirection::RightToLeft   ? FRIBIDI_PAR_RTL
                             : base == BaseDirection::LeftToRight ? FRIBIDI_PAR_LTR
                                                                  : FRIBIDI_PAR_ON;
  if (!fribidi_log2vis(in.data(), static_cast<FriBidiStrIndex>(in.size()), &direction, out.data(),
                       nullptr, visualToLogical.data(), nullptr)) {
    out.assign(in.begin(), in.end());  // drawn as written rather than not at all
    for (std::size_t i = 0; i < in.size(); ++i) visualToLogical[i] = static_cast<FriBidiStrIndex>(i);
  }
  std::string result;
  result.reserve(line.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (isInvisibleForDisplay(out[i])) continue;
    const std::size_t begin = result.size();
    appendUtf8(result, out[i]);
    if (glyphs) glyphs->push_back({static_cast<std::size_t>(visualToLogical[i]), begin, result.size()});
  }
  return result;
}
}  // namespace

bool containsRightToLeft(std::string_view logical) {
  for (std::size_t pos = 0; pos < logical.size();) {
    const auto c = static_cast<unsigned char>(logical[pos]);
    if (c < 0x80) { ++pos; continue; }  // ASCII is never right-to-left
    if (isStrongRightToLeft(decodeUtf8(logical, pos))) return true;
  }
  return false;
}

BaseDirection paragraphDirection(std::string_view logical) {
  for (std::size_t pos = 0; pos < logical.size();) {
    const char32_t cp = decodeUtf8(logical, pos);
    if (isStrongRightToLeft(cp)) return BaseDirection::RightToLeft;
    if (isStrongLeftToRight(cp)) return BaseDirection::LeftToRight;
  }
  return BaseDirection::LeftToRight;
}

std::string toVisual(std::string_view logical, BaseDirection base) {
  std::string result;
  result.reserve(logical.size());
  std::size_t start = 0;
  while (true) {
    const std::size_t end = logical.find('\n', start);
    result += lineToVisual(logical.substr(start, end == std::string_view::npos ? end : end - start), base);
    if (end == std::string_view::npos) break;
    result += '\n';
    start = end + 1;
  }
  return result;
}

std::vector<VisualRun> visualRuns(std::string_view logicalLine, std::size_t begin, std::size_t end, BaseDirection base) {
  std::vector<DrawnGlyph> glyphs;
  lineToVisual(logicalLine, base, &glyphs);
  std::vector<std::size_t> byteOf;  // each logical code point's first byte
  for (std::size_t pos = 0; pos < logicalLine.size();) {
    byteOf.push_back(pos);
    decodeUtf8(logicalLine, pos);
  }
  std::vector<VisualRun> runs;
  for (const DrawnGlyph& glyph : glyphs) {
    const std::size_t at = byteOf[glyph.logical];
    if (at < begin || at >= end) continue;
    if (!runs.empty() && runs.back().end == glyph.begin) runs.back().end = glyph.end;
    else runs.push_back({glyph.begin, glyph.end});
  }
  return runs;
}

const std::string& VisualTextCache::visual(std::string_view logical, BaseDirection base) {
  auto& index = index_[static_cast<int>(base)];
  if (auto found = index.find(logical); found != index.end()) {
    if (found->second != entries_.begin()) entries_.splice(entries_.begin(), entries_, found->second);
    return found->second->visual;
  }
  if (entries_.size() >= capacity_ && !entries_.empty()) {
    const Entry& oldest = entries_.back();
    index_[static_cast<int>(oldest.base)].erase(oldest.logical);
    entries_.pop_back();
  }
  entries_.push_front(Entry{std::string(logical), base, toVisual(logical, base)});
  index.emplace(entries_.front().logical, entries_.begin());
  return entries_.front().visual;
}


namespace {
// Below U+0590 no character is right-to-left or Arabic: a left-to-right paragraph of such text
// keeps its logical order and needs no shaping.
bool needsBidi(const std::u32string& logical) {
  for (char32_t cp : logical) {
    if (cp >= 0x0590) return true;
  }
  return false;
}
}  // namespace

BidiParagraph::BidiParagraph(std::u32string logical, BaseDirection base) : shaped_(std::move(logical)) {
  rightToLeft_ = base == BaseDirection::RightToLeft;
  if (base == BaseDirection::Auto) {
    rightToLeft_ = false;
    for (char32_t cp : shaped_) {
      if (isStrongRightToLeft(cp)) { rightToLeft_ = true; break; }
      if (isStrongLeftToRight(cp)) break;
    }
  }
  identity_ = !rightToLeft_ && !needsBidi(shaped_);
  if (identity_ || shaped_.empty()) return;
  const auto length = static_cast<FriBidiStrIndex>(shaped_.size());
  std::vector<FriBidiChar> chars(shaped_.begin(), shaped_.end());
  types_.resize(shaped_.size());
  levels_.resize(shaped_.size());
  std::vector<FriBidiBracketType> brackets(shaped_.size());
  std::vector<FriBidiArabicProp> arabic(shaped_.size());
  FriBidiCharType* types = types_.data();
  FriBidiLevel* levels = levels_.data();
  fribidi_get_bidi_types(chars.data(), length, types);
  fribidi_get_bracket_types(chars.data(), length, types, brackets.data());
  FriBidiParType direction = rightToLeft_ ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
  if (!fribidi_get_par_embedding_levels_ex(types, brackets.data(), length, &direction, levels)) {
    identity_ = true;  // out of memory inside FriBidi: draw in logical order rather than nothing
    return;
  }
  fribidi_get_joining_types(chars.data(), length, arabic.data());
  fribidi_join_arabic(types, length, levels, arabic.data());
  fribidi_shape(FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC, levels, length, arabic.data(), chars.data());
  shaped_.assign(chars.begin(), chars.end());
}

void BidiParagraph::visualOrder(std::size_t begin, std::size_t end, std::vector<std::size_t>& order) {
  order.clear();
  end = std::min(end, shaped_.size());
  for (std::size_t i = begin; i < end; ++i) order.push_back(i);
  if (identity_ || begin >= end) return;
  // Only [begin, end) of the map is read and written: lines cost their own length, not the paragraph's.
  map_.resize(shaped_.size());
  for (std::size_t i = begin; i < end; ++i) map_[i] = static_cast<FriBidiStrIndex>(i);
  if (!fribidi_reorder_line(FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC, types_.data(), static_cast<FriBidiStrIndex>(end - begin),
                            static_cast<FriBidiStrIndex>(begin), rightToLeft_ ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR,
                            levels_.data(), nullptr, map_.data())) {
    return;
  }
  for (std::size_t i = begin; i < end; ++i) order[i - begin] = static_cast<std::size_t>(map_[i]);
}

const char* fribidiLibraryVersion() { return FRIBIDI_VERSION; }

}  // namespace jobname::text
