// BlockBuilder's core: where a block goes (indent, quote, collapsible part, direction), the text
// block being gathered and its flush, the runs of styled text, and the open frames. No parser
// here: markdown_blocks.cpp (md4c) and html_subset.cpp (the HTML tags) call into it.
#include "core/reading/block_builder.h"

#include <string>
#include <utility>
#include <vector>

namespace jobname::reading {

using text::BaseDirection;

int BlockBuilder::indent() const {
  int n = where_.indent;
  for (const Frame& f : frames_) n += f.kind == Frame::Kind::Item || f.kind == Frame::Kind::Details || f.kind == Frame::Kind::Quote;
  return n;
}
int BlockBuilder::detailsId(bool outerOnly) const {
  bool skipped = !outerOnly;
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
    if (it->kind != Frame::Kind::Details) continue;
    if (!skipped) { skipped = true; continue; }
    return it->detailsId;
  }
  return where_.details;
}
BaseDirection BlockBuilder::explicitDirection() const {
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
    if (it->direction != BaseDirection::Auto) return it->direction;
  }
  return BaseDirection::Auto;
}
Frame* BlockBuilder::innermostItem() {
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
    if (it->kind == Frame::Kind::Item) return &*it;
    if (it->kind != Frame::Kind::Block) return nullptr;  // inside a list or answer of its own
  }
  return nullptr;
}
Frame* BlockBuilder::innermostDetails() {
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
    if (it->kind == Frame::Kind::Details) return &*it;
  }
  return nullptr;
}

Block BlockBuilder::newBlock(BlockKind kind) {
  Block block;
  block.kind = kind;
  block.indent = indent();
  block.details = detailsId();
  for (const Frame& f : frames_) block.quote += f.kind == Frame::Kind::Quote;
  return block;
}

BaseDirection BlockBuilder::resolve(const Paragraph& p, BaseDirection explicitDir) {
  if (explicitDir != BaseDirection::Auto) return explicitDir;
  for (const Run& run : p.runs) {
    if (text::containsRightToLeft(run.text)) {
      return text::paragraphDirection(p.plainText());
    }
  }
  return BaseDirection::LeftToRight;
}

// A list item whose marker has not been shown yet gets a block of its own before anything
// other than its first paragraph (a nested list, an answer, code).
void BlockBuilder::giveMarkerAway() {
  Frame* item = innermostItem();
  if (!item || !item->markerPending) return;
  item->markerPending = false;
  Block block = newBlock(BlockKind::ListItem);
  block.marker = item->marker;
  block.text.direction = explicitDirection() == BaseDirection::Auto ? BaseDirection::LeftToRight : explicitDirection();
  doc_.blocks.push_back(std::move(block));
}

// Content inside a <details> before its <summary>: the book shows "Details".
void BlockBuilder::ensureSummary() {
  Frame* details = innermostDetails();
  if (!details || details->summarySeen) return;
  details->summarySeen = true;
  Block block = newBlock(BlockKind::Summary);
  block.details = detailsId(true);
  block.opens = details->detailsId;
  block.text.runs.push_back({"Details", kPlain, -1});
  block.text.direction = BaseDirection::LeftToRight;
  doc_.blocks.push_back(std::move(block));
}

void BlockBuilder::startText(BlockKind kind, int level, int opens) {
  flush();
  pendingActive_ = true;
  pendingKind_ = kind;
  pendingLevel_ = level;
  pendingOpens_ = opens;
  afterSpace_ = true;
}

void BlockBuilder::trimRuns(std::vector<Run>& runs) {
  auto isTrimmable = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
  while (!runs.empty()) {
    std::string& t = runs.front().text;
    std::size_t n = 0;
    while (n < t.size() && isTrimmable(t[n])) ++n;
    t.erase(0, n);
    if (!t.empty()) break;
    runs.erase(runs.begin());
  }
  while (!runs.empty()) {
    std::string& t = runs.back().text;
    while (!t.empty() && isTrimmable(t.back())) t.pop_back();
    if (!t.empty()) break;
    runs.pop_back();
  }
}

// Ends the text block being gathered: an empty one is dropped (but a list item's marker stays
// pending for the item's next block).
void BlockBuilder::flush() {
  if (inTable_) return;
  std::vector<Run> runs = std::move(runs_);
  runs_.clear();
  afterSpace_ = true;
  const bool active = pendingActive_;
  pendingActive_ = false;
  trimRuns(runs);
  BlockKind kind = active ? pendingKind_ : BlockKind::Paragraph;
  if (runs.empty() && kind != BlockKind::Summary) return;
  if (kind != BlockKind::Summary) ensureSummary();
  Block block = newBlock(kind);
  block.level = pendingLevel_;
  if (kind == BlockKind::Summary) {
    block.opens = pendingOpens_;
    block.details = detailsId(true);
    if (runs.empty()) runs.push_back({"Details", kPlain, -1});
  }
  if (kind == BlockKind::Paragraph) {
    if (Frame* item = innermostItem(); item && item->markerPending) {
      block.kind = BlockKind::ListItem;
      block.marker = item->marker;
      item->markerPending = false;
    }
  }
  block.text.runs = std::move(runs);
  block.text.direction = resolve(block.text, explicitDirection());
  doc_.blocks.push_back(std::move(block));
}

std::uint8_t BlockBuilder::currentStyle() const {
  std::uint8_t style = kPlain;
  for (const InlineFrame& f : inline_) style |= f.style;
  return style;
}
int BlockBuilder::currentAnnotation() const {
  for (auto it = inline_.rbegin(); it != inline_.rend(); ++it) {
    if (it->annotation >= 0) return it->annotation;
  }
  return -1;
}

std::vector<Run>& BlockBuilder::target() { return inCell_ ? cell_.text.runs : runs_; }

void BlockBuilder::appendRaw(std::string_view s, std::uint8_t style, int annotation) {
  if (s.empty()) return;
  if (imageDepth_ > 0) {
    imageAlt_.append(s);
    return;
  }
  if (inTable_ && !inCell_) return;  // between cells: nothing is shown there
  std::vector<Run>& runs = target();
  if (!runs.empty() && runs.back().style == style && runs.back().annotation == annotation) {
    runs.back().text.append(s);
  } else {
    runs.push_back({std::string(s), style, annotation});
  }
  afterSpace_ = s.back() == ' ' || s.back() == '\n';
}
void BlockBuilder::append(std::string_view s) { appendRaw(s, currentStyle(), currentAnnotation()); }


void BlockBuilder::appendBreak() {
  std::vector<Run>& runs = target();
  if (runs.empty()) return;  // a break before any text makes no line of its own here
  while (!runs.back().text.empty() && runs.back().text.back() == ' ') runs.back().text.pop_back();
  appendRaw("\n", currentStyle(), currentAnnotation());
  afterSpace_ = true;
}

void BlockBuilder::appendInert(std::string_view source) { appendRaw(source, static_cast<std::uint8_t>(currentStyle() | kInert), -1); }

int BlockBuilder::addAnnotation(Annotation::Kind kind, std::string target) {
  doc_.annotations.push_back({kind, std::move(target)});
  return static_cast<int>(doc_.annotations.size()) - 1;
}


void BlockBuilder::pushFrame(Frame frame) {
  if (frame.kind != Frame::Kind::Block) giveMarkerAway();
  frames_.push_back(std::move(frame));
}

void BlockBuilder::popFrames(std::size_t depth) {
  while (frames_.size() > depth) {
    if (frames_.back().kind == Frame::Kind::Item && frames_.back().markerPending) giveMarkerAway();
    frames_.pop_back();
  }
  while (!inline_.empty() && inline_.back().frameDepth > frames_.size()) inline_.pop_back();
}

// Closes the innermost HTML element named `tag`, and what was opened inside it; never an md4c
// container (HTML cannot close Markdown's structure).
bool BlockBuilder::popHtml(const std::string& tag) {
  for (std::size_t i = frames_.size(); i > 0; --i) {
    const Frame& f = frames_[i - 1];
    if (!f.html) return false;
    if (f.tag == tag) {
      popFrames(i - 1);
      return true;
    }
  }
  return false;
}

std::string BlockBuilder::bulletFor(const Frame& list) {
  if (list.ordered) return std::to_string(list.counter) + ".";
  int depth = 0;
  for (const Frame& f : frames_) depth += f.kind == Frame::Kind::List && !f.ordered;
  return depth % 2 == 0 ? "○" : "•";  // the list itself is counted: depth 1 is "•"
}

void BlockBuilder::openItem(bool html, BaseDirection direction) {
  Frame item;
  item.kind = Frame::Kind::Item;
  item.html = html;
  item.tag = "li";
  item.direction = direction;
  item.markerPending = true;
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
    if (it->kind == Frame::Kind::List) {
      item.marker = bulletFor(*it);
      ++it->counter;
      break;
    }
  }
  if (item.marker.empty()) item.marker = "•";  // an <li> outside any list
  frames_.push_back(std::move(item));
}

}  // namespace jobname::reading
