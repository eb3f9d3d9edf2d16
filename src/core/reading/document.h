// A record as the reading view shows it: a flat list of blocks (headings, paragraphs, list items,
// code, tables, collapsible answers, the status row, the chart, the score), each with its
// direction and its text as styled runs. No geometry here (see layout.h) and no drawing: the
// ImGui view, the HTML page and the golden tests all read this one structure.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/text/bidi.h"

namespace jobname::reading {

// Inline styles, combined as bits.
enum Style : std::uint8_t {
  kPlain = 0,
  kBold = 1,
  kItalic = 2,
  kCode = 4,     // inline code: monospace
  kStrike = 8,
  kMark = 16,    // <mark>: highlighted
  kInert = 32,   // HTML the format does not use, shown as the text it is and marked
};

// What a run points at: a link (shown, then opened on request), an image (never loaded: a link
// with its alt text), or a hint (a stage name shown when the status emoji is hovered).
struct Annotation {
  enum class Kind { Link, Image, Hint } kind = Kind::Link;
  std::string target;  // the address (links, images); the hint text (hints)
};

struct Run {
  std::string text;  // logical order, UTF-8; '\n' is a hard line break
  std::uint8_t style = kPlain;
  int annotation = -1;  // index into ReadingDocument::annotations
};

// A paragraph's worth of text: runs and the direction they are laid out in.
struct Paragraph {
  std::vector<Run> runs;
  text::BaseDirection direction = text::BaseDirection::LeftToRight;  // resolved: never Auto
  std::string plainText() const;  // the runs' text joined: what a copy puts on the clipboard
};

enum class Align { Start, Left, Center, Right };

struct TableCell {
  Paragraph text;
  bool header = false;
  Align align = Align::Start;
};

enum class BlockKind {
  Heading,    // level 1..6
  Paragraph,
  ListItem,   // marker: "•", "◦", "1." ...
  Code,       // code: the lines as written; never wrapped
  Table,      // rows of cells
  Summary,    // the always-visible line of a collapsible <details>; opens `opens`
  Rule,       // a thematic break
  Status,     // the status row: one run per stage emoji, each with a hint
  Chart,      // code: the Mermaid source of the Interview Process
  Score,      // text: "8/10"; colour: the format's colour for it
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  int level = 0;        // headings
  int indent = 0;       // nesting steps: lists, answers, quotes
  int quote = 0;        // how many block quotes this block is inside
  int details = -1;     // the innermost collapsible part this block is inside (-1: none)
  int opens = -1;       // Summary: the collapsible part it opens and closes
  std::string marker;   // ListItem
  Paragraph text;       // Heading, Paragraph, ListItem, Summary, Status, Score
  std::string code;     // Code, Chart
  std::string colour;   // Score: "#4caf50"
  std::vector<std::vector<TableCell>> rows;  // Table
  std::string plainText() const;  // what a copy of this block puts on the clipboard
};

struct Details {
  int parent = -1;     // the collapsible part this one is inside
  bool open = false;   // how it starts: closed, as the book shows answers
};

struct ReadingDocument {
  std::string title;  // "company: position", for the page title
  std::vector<Block> blocks;
  std::vector<Details> details;
  std::vector<Annotation> annotations;
};

// Whether a block is shown when the collapsible parts are open or closed as `open` says.
bool blockShown(const ReadingDocument& document, const Block& block, const std::vector<bool>& open);

const char* blockKindName(BlockKind kind);

}  // namespace jobname::reading
