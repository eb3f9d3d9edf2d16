#include "core/model/record.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
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

std::string scoreText(double value, double max) {
  auto number = [](double v) {
    char buffer[400];  // "%.2f" of the largest double is 312 characters
    std::snprintf(buffer, sizeof buffer, "%.2f", v);
    std::string s = buffer;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
  };
  return number(value) + "/" + number(max);
}

namespace {
// A decimal number as people write one ("7", "7.5", "-3", ".5", "1e3"), when it is finite. Not
// strtod's wider grammar: "nan", "inf", "0x1p3" and leading spaces are text, not numbers.
std::optional<double> finiteNumber(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  std::size_t i = 0;
  auto digits = [&] {
    const std::size_t from = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    return i - from;
  };
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  std::size_t mantissa = digits();
  if (i < s.size() && s[i] == '.') {
    ++i;
    mantissa += digits();
  }
  if (mantissa == 0) return std::nullopt;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (digits() == 0) return std::nullopt;
  }
  if (i != s.size()) return std::nullopt;
  const double value = std::strtod(std::string(s).c_str(), nullptr);
  if (!std::isfinite(value)) return std::nullopt;
  return value;
}
}  // namespace

ScoreNumbers scoreNumbers(std::string_view text) {
  const std::size_t slash = text.find('/');
  ScoreNumbers numbers;
  numbers.value = finiteNumber(text.substr(0, slash));
  numbers.max = slash == std::string_view::npos ? std::optional<double>(10) : finiteNumber(text.substr(slash + 1));
  return numbers;
}

ScoreNumbers Score::numbers() const { return scoreNumbers(text); }

void Score::set(double value, double max) { text = scoreText(value, max); }

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
