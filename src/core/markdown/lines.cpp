#include "core/markdown/lines.h"

#include <cctype>

namespace jobname::markdown {

std::vector<Line> splitLines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t newline = text.find('\n', begin);
    const std::size_t next = newline == std::string_view::npos ? text.size() : newline + 1;
    std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    if (end > begin && text[end - 1] == '\r') --end;
    lines.push_back({begin, end, next});
    begin = next;
  }
  return lines;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (isSpace(s.front()) || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (isSpace(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

void trimRange(std::string_view text, std::size_t& begin, std::size_t& end) {
  while (begin < end && (isSpace(text[begin]) || text[begin] == '\r')) ++begin;
  while (end > begin && (isSpace(text[end - 1]) || text[end - 1] == '\r')) --end;
}

int indentOf(std::string_view line) {
  int indent = 0;
  for (char c : line) {
    if (c == ' ') ++indent;
    else if (c == '\t') indent += 4;
    else break;
  }
  return indent;
}

bool isBlank(std::string_view line) { return trim(line).empty(); }

bool isFenceLine(std::string_view line) {
  const std::string_view t = trim(line);
  return t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~";
}

int headingLevel(std::string_view line, std::size_t* titleAt) {
  if (indentOf(line) > 3) return 0;
  std::size_t pos = line.find_first_not_of(' ');
  int level = 0;
  while (pos < line.size() && line[pos] == '#') {
    ++level;
    ++pos;
  }
  if (level == 0 || level > 6 || (pos < line.size() && !isSpace(line[pos]))) return 0;
  if (titleAt) *titleAt = pos;
  return level;
}

bool staysUnderItsHeading(std::string_view body) {
  bool inFence = false;
  for (const Line& line : splitLines(body)) {
    const std::string_view text = body.substr(line.begin, line.end - line.begin);
    if (isFenceLine(text)) inFence = !inFence;
    else if (!inFence && headingLevel(text) > 0) return false;
  }
  return !inFence;
}

bool startsWithIgnoringCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i]))) return false;
  }
  return true;
}

std::string withoutCarriageReturns(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

}  // namespace jobname::markdown
