// The line table of a text: byte offsets of each line's start and end, without its '\n' or '\r'.
// Shared by the importer and the writer so that both speak in the same offsets.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jobname::markdown {

struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;   // before "\r\n" or "\n"
  std::size_t next = 0;  // start of the following line
};

std::vector<Line> splitLines(std::string_view text);

inline bool isSpace(char c) { return c == ' ' || c == '\t'; }
std::string_view trim(std::string_view s);
// Shrinks [begin, end) in `text` to leave out leading and trailing spaces and tabs.
void trimRange(std::string_view text, std::size_t& begin, std::size_t& end);
int indentOf(std::string_view line);
bool isBlank(std::string_view line);
// A line that opens or closes a code fence as the importer reads them: ``` or ~~~ after any
// indent (each such line toggles; the importer does not match the opener's kind or length).
bool isFenceLine(std::string_view line);
// The heading level (1 to 6) of a line that reads as an ATX heading outside a fence ("### Task",
// up to three spaces before it); 0 when it does not. `titleAt` gets where its title starts.
int headingLevel(std::string_view line, std::size_t* titleAt = nullptr);
// True when `body`, written on the lines under a field's heading, reads back as that field's
// text: no line of it outside a fence reads as a heading, and every fence it opens it closes.
bool staysUnderItsHeading(std::string_view body);
bool startsWithIgnoringCase(std::string_view text, std::string_view prefix);
// True when `text` starts with a line ending, "\n" or "\r\n".
inline bool startsWithNewline(std::string_view text) { return text.substr(0, 1) == "\n" || text.substr(0, 2) == "\r\n"; }
// The text with each "\r\n" as "\n": values hold lines the same way whatever the file's ending.
std::string withoutCarriageReturns(std::string_view text);

}  // namespace jobname::markdown
