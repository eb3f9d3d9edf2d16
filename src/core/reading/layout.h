// The reading document laid out at a width: every block's lines (wrapped by wrap.h), its box
// and height. Laid out once per width; opening or closing an answer only moves blocks (place),
// and a view draws only the blocks that meet its visible range (visibleBlocks).
#pragma once
#include <cstddef>
#include <utility>
#include <vector>

#include "core/reading/document.h"
#include "core/reading/wrap.h"

namespace jobname::reading {

// In the caller's units: pixels on screen; characters and lines in the golden tests.
struct LayoutMetrics {
  float lineHeight = 1;   // a line of body text
  float indentStep = 2;   // one nesting step (lists, answers, quotes)
  float padding = 0.5f;   // inside code blocks and table cells
  float chartHeight = 10;
  float minimumBoxWidth = 8;  // the narrowest a deeply nested block gets
};

// How much larger than body text a block's text is drawn.
float fontScale(const Block& block);

struct LaidOutTable {
  std::vector<float> columnX, columnWidth;  // relative to the block's box
  std::vector<float> rowY, rowHeight;       // relative to the block's top
  std::vector<std::vector<WrappedText>> cells;
};

struct LaidOutBlock {
  float x = 0, width = 0;  // the box the block's content is in
  float markerX = 0;       // list items: where the marker goes (left edge)
  float height = 0;        // of the content alone
  float contentWidth = 0;  // code: the widest line with padding (it scrolls sideways beyond the box)
  WrappedText text;        // text blocks; code: one unwrapped line per source line
  LaidOutTable table;
  // Set by placeBlocks:
  float y = 0;
  bool shown = true;
};

struct ReadingLayout {
  float width = 0;
  std::vector<LaidOutBlock> blocks;  // one per document block
  float height = 0;                  // of the shown blocks, set by placeBlocks
};

ReadingLayout layoutReading(const ReadingDocument& document, float width, const MeasureWidth& measure,
                            const LayoutMetrics& metrics = {});

// Stacks the blocks that are shown with collapsible parts open as `open` says (one flag per
// document.details); hidden blocks take no room.
void placeBlocks(const ReadingDocument& document, ReadingLayout& layout, const std::vector<bool>& open,
                 const LayoutMetrics& metrics = {});

// The blocks [first, last) that meet [top, bottom), of the shown ones; an empty range when none.
std::pair<std::size_t, std::size_t> visibleBlocks(const ReadingLayout& layout, float top, float bottom);

}  // namespace jobname::reading
