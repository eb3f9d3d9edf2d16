#include "core/model/record.h"

#include <cctype>
#include <string_view>

namespace jobname::model {

bool sameContent(const Record& a, const Record& b) {
  if (!(a.company == b.company) || a.position != b.position || a.status != b.status || a.process != b.process ||
      a.applyWays != b.applyWays || a.dates != b.dates || a.durations != b.durations || a.platform != b.platform ||
      !(a.score == b.score) || a.sections.size() != b.sections.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.sections.size(); ++i) {
    const Section& x = a.sections[i];
    const Section& y = b.sections[i];
    if (x.title != y.title || x.level != y.level || x.items != y.items) return false;
  }
  return true;
}

std::optional<int> durationMinutes(const std::string& text) {
  // Sums "<number> <unit>" pairs; anything else ("About", "and", "&") is skipped.
  double total = 0;
  bool found = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!std::isdigit(static_cast<unsigned char>(text[pos]))) { ++pos; continue; }
    double number = 0;
    while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) number = number * 10 + (text[pos++] - '0');
    if (pos < text.size() && text[pos] == '.') {
      double scale = 0.1;
      for (++pos; pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos])); ++pos, scale /= 10) {
        number += (text[pos] - '0') * scale;
      }
    }
    while (pos < text.size() && text[pos] == ' ') ++pos;
    std::string unit;
    while (pos < text.size() && std::isalpha(static_cast<unsigned char>(text[pos]))) {
      unit += static_cast<char>(std::tolower(static_cast<unsigned char>(text[pos++])));
    }
    const std::string_view u = unit;
    double minutes = -1;
    if (u.rfind("min", 0) == 0) minutes = 1;
    else if (u.rfind("hour", 0) == 0 || u == "h" || u == "hr" || u == "hrs") minutes = 60;
    else if (u.rfind("day", 0) == 0) minutes = 24 * 60;
    else if (u.rfind("week", 0) == 0) minutes = 7 * 24 * 60;
    if (minutes > 0) {
      total += number * minutes;
      found = true;
    }
  }
  if (!found) return std::nullopt;
  return static_cast<int>(total + 0.5);
}

}  // namespace jobname::model
