// Where each field of an imported record stands in its file (byte spans), and the values as they
// were parsed. The writer compares a record's values with these: what is unchanged is copied
// from the file byte for byte, and only what was edited is written anew (see write.cpp).
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

struct ItemSpans {
  Span item;    // the whole item, first byte to the end of its last non-blank line (no newline)
  Span text;    // question text / note content
  Span answer;  // the <details> block of a question, from its line start to its last line end
  std::string indent;  // indentation of the answer block ("  ", "    ")
  bool noteHasNewlines = false;  // "<p dir=rtl>\n...\n</p>" rather than "<p>...</p>"
};

struct EntrySpans {  // a dated stage or a duration: "- **label**<br />value"
  Span item, label, value, dateToken;
};

struct ListSpans {
  Span region;            // first item to last item
  std::string separator;  // what stands between two items (e.g. "\n\n")
  std::size_t insertAt = 0;  // where a first item goes when the list is empty
};

struct SectionSpans {
  Span block;  // heading line to the end of the section's last non-blank line (no newline)
  Span title;
  ListSpans items;
  std::vector<ItemSpans> itemSpans;
};

// Blocks in the order of the format; absent ones are inserted after the nearest present one.
enum Block { kCompanyBlock, kStatusBlock, kPositionBlock, kProcessBlock, kApplyBlock, kDatesBlock,
             kDurationsBlock, kPlatformBlock, kSectionsBlock, kScoreBlock, kBlockCount };

struct SourceDocument {
  std::string text;
  Record parsed;  // the values as imported (its own `source` is empty)

  Span blocks[kBlockCount];  // whole blocks, heading to last non-blank line (no newline)
  Span companyName, companyUrl, position, statusRow, process, applyWays, platform;
  ListSpans dates, durations;
  std::vector<EntrySpans> dateSpans, durationSpans;
  bool bareDuration = false;  // "1 hour" under the heading, not a list
  ListSpans sections;
  std::vector<SectionSpans> sectionSpans;
  bool sectionsContiguous = true;  // no other block stands between two sections
  Span scoreValue, scoreColour, scoreComment;
  bool scoreCommentHasNewlines = true;
};

}  // namespace jobname::model
