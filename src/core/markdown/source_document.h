// Where each field of an imported record stands in its file (byte spans), and the values as they
// were parsed. The writer compares a record's values with these: what is unchanged is copied
// from the file byte for byte, and only what was edited is written anew (see export.cpp).
// List elements keep their trivia too (the blank lines around them), so that adding, removing
// and moving them leaves every other byte where it stood, whatever stands between them.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/model/record.h"

namespace jobname::model {

struct Span {
  std::size_t begin = 0, end = 0;
  bool present = false;
};

// An element of a list (a dated stage, a duration, a section, an item of a section), in the style
// of toml_edit: its own bytes (whole lines, without the last newline) and its trivia, the blank
// lines around it. `before` runs from the end of the last non-blank line above the element (or
// the file's start) to its first byte; `after` from its last byte to the start of the first
// non-blank line below it (or the file's end). Two elements with only blank lines between them
// are neighbours: `a.after.end == b.begin`.
struct NodeSpan : Span {
  Span before, after;  // filled once the whole file is read
};
inline NodeSpan nodeSpan(std::size_t begin, std::size_t end) {
  NodeSpan node;
  node.begin = begin;
  node.end = end;
  node.present = true;
  return node;
}

struct ItemSpans {
  NodeSpan item;  // the whole item: its first line to its last non-blank line
  Span text;    // question text / note content
  Span answer;  // the <details> block of a question, from its line start to its last line end
  std::string indent;  // indentation of the answer block ("  ", "    ")
  bool noteHasNewlines = false;  // "<p dir=rtl>\n...\n</p>" rather than "<p>...</p>"
};

struct EntrySpans {  // a dated stage or a duration: "- **label**<br />value", and the indented lines under it
  NodeSpan item;
  Span label, value, dateToken;
};

struct ListSpans {
  std::string separator;     // the blank lines between the first two neighbouring elements; empty when none are
  std::size_t insertAt = 0;  // where a first element goes when none of the file's is kept
};

struct SectionSpans {
  NodeSpan block;  // heading line to the section's last non-blank line
  Span title;
  ListSpans items;
  std::vector<ItemSpans> itemSpans;
};

// Blocks in the order of the format; absent ones are inserted after the nearest present one.
enum Block { kCompanyBlock, kStatusBlock, kPositionBlock, kProcessBlock, kApplyBlock, kDatesBlock,
             kDurationsBlock, kPlatformBlock, kSectionsBlock, kScoreBlock, kBlockCount };

struct SourceDocument {
  std::string text;
  std::string newline = "\n";  // "\r\n" when the file's lines end so: every line an edit writes ends the same way
  Record parsed;  // the values as imported (its own `source` is empty)

  Span blocks[kBlockCount];  // whole blocks, heading to last non-blank line (no newline)
  Span companyName, companyUrl, position, statusRow, process, applyWays, platform;
  ListSpans dates, durations;
  std::vector<EntrySpans> dateSpans, durationSpans;
  bool bareDuration = false;  // "1 hour" under the heading, not a list
  ListSpans sections;
  std::vector<SectionSpans> sectionSpans;
  Span scoreValue, scoreColour, scoreComment;
  bool scoreCommentHasNewlines = true;
};

}  // namespace jobname::model
