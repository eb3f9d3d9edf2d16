#include "core/text/bidi.h"

#include <fribidi.h>

#include <vector>

#include "core/text/utf8.h"

namespace jobname::text {

namespace {
constexpr char32_t kZeroWidthNoBreakSpace = 0xFEFF;

bool isStrongRightToLeft(char32_t cp) {
  const FriBidiCharType type = fribidi_get_bidi_type(cp);
  return FRIBIDI_IS_LETTER(type) && FRIBIDI_IS_RTL(type);
}

bool isStrongLeftToRight(char32_t cp) {
  const FriBidiCharType type = fribidi_get_bidi_type(cp);
  return FRIBIDI_IS_LETTER(type) && !FRIBIDI_IS_RTL(type);
}

// Code points a glyph-by-glyph renderer would draw as boxes: the ZWNBSP FriBidi leaves after
// lam-alef, variation selectors, the emoji joiner and skin-tone modifiers (👱🏻‍♀️ shows as 👱♀).
bool isInvisibleForDisplay(char32_t cp) {
  return cp == kZeroWidthNoBreakSpace || cp == 0xFE0E || cp == 0xFE0F || cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF);
}

std::string lineToVisual(std::string_view line, BaseDirection base) {
  std::u32string logical = toUtf32(line);
  if (logical.empty()) return {};
  std::vector<FriBidiChar> in(logical.begin(), logical.end());
  std::vector<FriBidiChar> out(in.size() + 1);
  FriBidiParType direction = base == BaseDirection::RightToLeft   ? FRIBIDI_PAR_RTL
                             : base == BaseDirection::LeftToRight ? FRIBIDI_PAR_LTR
                                                                  : FRIBIDI_PAR_ON;
  if (!fribidi_log2vis(in.data(), static_cast<FriBidiStrIndex>(in.size()), &direction, out.data(),
                       nullptr, nullptr, nullptr)) {
    return std::string(line);
  }
  std::string result;
  result.reserve(line.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (!isInvisibleForDisplay(out[i])) appendUtf8(result, out[i]);
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

const char* fribidiLibraryVersion() { return FRIBIDI_VERSION; }

}  // namespace jobname::text
