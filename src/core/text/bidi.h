// Right-to-left text for display: logical UTF-8 in, visual (reordered, Arabic-shaped) UTF-8 out,
// through GNU FriBidi. For drawing only: stored and exported text always stays in logical order.
#pragma once
#include <cstddef>
#include <list>
#include <string>
#include <string_view>
#include <unordered_map>

namespace jobname::text {

enum class BaseDirection { Auto, LeftToRight, RightToLeft };

// True when the text holds a strong right-to-left letter (Arabic, Persian, Hebrew...).
bool containsRightToLeft(std::string_view logical);

// The direction a paragraph takes from its first strong letter (Auto's rule), LTR when none.
BaseDirection paragraphDirection(std::string_view logical);

// Each line ('\n' separated) is reordered on its own; Persian letters come out in presentation
// forms (U+FB50..U+FEFC), with the zero-width no-break spaces FriBidi leaves after lam-alef dropped.
std::string toVisual(std::string_view logical, BaseDirection base = BaseDirection::Auto);

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

}  // namespace jobname::text
