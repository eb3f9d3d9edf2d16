#include "core/reading/layout.h"

#include <algorithm>
#include <limits>

#include "core/text/utf8.h"

namespace jobname::reading {

namespace {
constexpr float kNoWrap = std::numeric_limits<float>::infinity();

float lineHeightOf(const Block& block, const LayoutMetrics& m) { return m.lineHeight * fontScale(block); }

// A code block's lines, unwrapped, tabs as four spaces.
WrappedText layoutCode(const std::string& code, const MeasureWidth& measure) {
  WrappedText out;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = code.find('\n', start);
    std::string line;
    for (char c : std::string_view(code).substr(start, end == std::string::npos ? std::string::npos : end - start)) {
      if (c == '\t') line += "    ";
      else if (c != '\r') line += c;
    }
    Paragraph p;
    p.direction = text::BaseDirection::LeftToRight;
    p.runs.push_back({std::move(line), kCode, -1});
    WrappedText wrapped = wrapParagraph(p, kNoWrap, FontStyle{true, 1.0f}, measure);
    out.widest = std::max(out.widest, wrapped.widest);
    appendLines(out, std::move(wrapped));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

// Moves each line of a cell as its column's alignment asks (Start: as its direction placed it).
void alignCell(WrappedText& text, Align align, float inner) {
  if (align == Align::Start) return;
  for (TextLine& line : text.lines) {
    if (line.segments.empty()) continue;
    const float left = line.segments.front().x;
    const float target = align == Align::Left ? 0 : align == Align::Right ? inner - line.width : (inner - line.width) / 2;
    for (Segment& s : line.segments) s.x += std::max(0.0f, target) - left;
  }
}

LaidOutTable layoutTable(const Block& block, float width, const MeasureWidth& measure, const LayoutMetrics& m) {
  LaidOutTable t;
  std::size_t columns = 0;
  for (const auto& row : block.rows) columns = std::max(columns, row.size());
  if (columns == 0) return t;
  // What each column would like (its widest cell on one line) and the least it can take (its
  // longest word).
  std::vector<float> natural(columns, 2 * m.padding), least(columns, 2 * m.padding);
  for (const auto& row : block.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      const WrappedText one = wrapParagraph(row[c].text, kNoWrap, FontStyle{}, measure);
      natural[c] = std::max(natural[c], one.widest + 2 * m.padding);
      least[c] = std::max(least[c], one.longestWord + 2 * m.padding);
    }
  }
  float naturalSum = 0, leastSum = 0;
  for (std::size_t c = 0; c < columns; ++c) {
    naturalSum += natural[c];
    leastSum += least[c];
  }
  t.columnWidth = natural;
  if (naturalSum > width) {
    if (leastSum >= width) {
      for (std::size_t c = 0; c < columns; ++c) t.columnWidth[c] = least[c] * width / leastSum;  // words will be cut
    } else {
      const float share = (width - leastSum) / (naturalSum - leastSum);
      for (std::size_t c = 0; c < columns; ++c) t.columnWidth[c] = least[c] + (natural[c] - least[c]) * share;
    }
  }
  float x = 0;
  for (std::size_t c = 0; c < columns; ++c) {
    t.columnX.push_back(x);
    x += t.columnWidth[c];
  }
  float y = 0;
  for (const auto& row : block.rows) {
    std::vector<WrappedText> cells;
    std::size_t lines = 1;
    for (std::size_t c = 0; c < row.size(); ++c) {
      const float inner = std::max(1.0f, t.columnWidth[c] - 2 * m.padding);
      WrappedText cell = wrapParagraph(row[c].text, inner, FontStyle{}, measure);
      alignCell(cell, row[c].align, inner);
      lines = std::max(lines, cell.lines.size());
      cells.push_back(std::move(cell));
    }
    t.rowY.push_back(y);
    t.rowHeight.push_back(static_cast<float>(lines) * m.lineHeight + 2 * m.padding);
    y += t.rowHeight.back();
    t.cells.push_back(std::move(cells));
  }
  return t;
}

float gapBefore(const Block& block, const Block* previous, const LayoutMetrics& m) {
  if (!previous) return 0;
  if (block.kind == BlockKind::Heading) return m.lineHeight * (block.level <= 2 ? 1.0f : 0.8f);
  if (block.kind == BlockKind::ListItem && previous->kind == BlockKind::ListItem) return m.lineHeight * 0.3f;
  if (previous->kind == BlockKind::Heading) return m.lineHeight * 0.3f;
  return m.lineHeight * 0.5f;
}
}  // namespace

float fontScale(const Block& block) {
  if (block.kind == BlockKind::Score) return 1.4f;
  if (block.kind != BlockKind::Heading) return 1.0f;
  switch (block.level) {
    case 1: return 1.6f;
    case 2: return 1.35f;
    case 3: return 1.15f;
    default: return 1.0f;
  }
}

ReadingLayout layoutReading(const ReadingDocument& document, float width, const MeasureWidth& measure, const LayoutMetrics& m) {
  ReadingLayout layout;
  layout.width = width;
  layout.blocks.reserve(document.blocks.size());
  for (const Block& block : document.blocks) {
    LaidOutBlock out;
    const float inset = std::min(static_cast<float>(block.indent) * m.indentStep, std::max(0.0f, width - m.minimumBoxWidth));
    const bool rtl = block.text.direction == text::BaseDirection::RightToLeft;
    out.x = rtl ? 0 : inset;
    out.width = std::max(1.0f, width - inset);
    const FontStyle font{false, fontScale(block)};
    switch (block.kind) {
      case BlockKind::Heading:
      case BlockKind::Paragraph:
      case BlockKind::ListItem:
      case BlockKind::Summary:
      case BlockKind::Status:
      case BlockKind::Score:
        out.text = wrapParagraph(block.text, out.width, font, measure);
        out.height = static_cast<float>(out.text.lines.size()) * lineHeightOf(block, m);
        if (block.kind == BlockKind::ListItem) {
          const float markerWidth = measure(text::toUtf32(block.marker), FontStyle{});
          out.markerX = rtl ? out.x + out.width + m.indentStep * 0.25f : out.x - markerWidth - m.indentStep * 0.25f;
        }
        break;
      case BlockKind::Code:
        out.text = layoutCode(block.code, measure);
        out.contentWidth = out.text.widest + 2 * m.padding;
        out.height = static_cast<float>(out.text.lines.size()) * m.lineHeight + 2 * m.padding;
        break;
      case BlockKind::Table:
        out.table = layoutTable(block, out.width, measure, m);
        if (!out.table.rowY.empty()) out.height = out.table.rowY.back() + out.table.rowHeight.back();
        for (float w : out.table.columnWidth) out.contentWidth += w;
        break;
      case BlockKind::Rule: out.height = m.lineHeight * 0.5f; break;
      case BlockKind::Chart: out.height = m.chartHeight; break;
    }
    layout.blocks.push_back(std::move(out));
  }
  std::vector<bool> open;
  for (const Details& d : document.details) open.push_back(d.open);
  placeBlocks(document, layout, open, m);
  return layout;
}

void placeBlocks(const ReadingDocument& document, ReadingLayout& layout, const std::vector<bool>& open, const LayoutMetrics& m) {
  float y = 0;
  const Block* previous = nullptr;
  for (std::size_t i = 0; i < layout.blocks.size() && i < document.blocks.size(); ++i) {
    LaidOutBlock& b = layout.blocks[i];
    const Block& block = document.blocks[i];
    b.shown = blockShown(document, block, open);
    if (!b.shown) {
      b.y = y;
      continue;
    }
    y += gapBefore(block, previous, m);
    b.y = y;
    y += b.height;
    previous = &block;
  }
  layout.height = y;
}

std::pair<std::size_t, std::size_t> visibleBlocks(const ReadingLayout& layout, float top, float bottom) {
  const auto& blocks = layout.blocks;
  // Blocks are stacked in order (hidden ones take no room), so their bottoms never decrease.
  auto first = std::partition_point(blocks.begin(), blocks.end(), [&](const LaidOutBlock& b) { return b.y + (b.shown ? b.height : 0) < top; });
  auto last = std::partition_point(first, blocks.end(), [&](const LaidOutBlock& b) { return b.y <= bottom; });
  return {static_cast<std::size_t>(first - blocks.begin()), static_cast<std::size_t>(last - blocks.begin())};
}

}  // namespace jobname::reading
