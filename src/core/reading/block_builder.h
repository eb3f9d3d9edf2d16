// The state shared while Markdown and the format's HTML subset become reading blocks: the open
// containers (frames), the text block, table and image being gathered, and where blocks go.
// Knows nothing of md4c (markdown_blocks.cpp drives it); the HTML tags are html_subset.cpp's.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/reading/document.h"
#include "core/reading/html_tags.h"
#include "core/reading/markdown_blocks.h"

namespace jobname::reading {

// One open container: a block quote, a list, a list item, an HTML block element (<p>, <div>,
// <hN>) or a collapsible part. Opened by md4c or by an HTML tag; an HTML one closes at its end
// tag, or with the md4c container it was opened in.
struct Frame {
  enum class Kind { Quote, List, Item, Block, Details } kind = Kind::Block;
  bool html = false;
  std::string tag;
  text::BaseDirection direction = text::BaseDirection::Auto;
  bool ordered = false;
  unsigned counter = 1;     // List: the next item's number
  std::string marker;       // Item
  bool markerPending = false;
  int detailsId = -1;       // Details
  bool summarySeen = false;
};

// An inline element open in the text: an md4c span or an HTML tag such as <b> or <a>.
struct InlineFrame {
  std::string tag;      // "" for md4c spans
  std::uint8_t style = kPlain;
  int annotation = -1;  // for links
  std::size_t frameDepth = 0;  // frames open when it began: it ends with them at the latest
};

// Builds blocks into a document; a parser's callbacks (a subclass) call these as they go.
class BlockBuilder {
 protected:
  using BaseDirection = text::BaseDirection;

  BlockBuilder(ReadingDocument& document, const Placement& where) : doc_(document), where_(where) {}

  ReadingDocument& doc_;
  Placement where_;
  std::vector<Frame> frames_;
  std::vector<InlineFrame> inline_;
  // The text block being gathered.
  bool pendingActive_ = false;
  BlockKind pendingKind_ = BlockKind::Paragraph;
  int pendingLevel_ = 0;
  int pendingOpens_ = -1;
  std::vector<Run> runs_;
  bool afterSpace_ = true;  // HTML whitespace: collapse runs, none at a block's start
  // A table being gathered.
  bool inTable_ = false;
  Block table_;
  bool inCell_ = false;
  TableCell cell_;
  // An image's alt text being gathered.
  int imageDepth_ = 0;
  std::string imageAlt_;
  std::string imageSource_;

  // --- where blocks go (block_builder.cpp) ------------------------------------------------------
  int indent() const;
  int detailsId(bool outerOnly = false) const;
  BaseDirection explicitDirection() const;
  Frame* innermostItem();
  Frame* innermostDetails();
  Block newBlock(BlockKind kind);
  static BaseDirection resolve(const Paragraph& p, BaseDirection explicitDir);
  void giveMarkerAway();
  void ensureSummary();
  void startText(BlockKind kind, int level = 0, int opens = -1);
  static void trimRuns(std::vector<Run>& runs);
  void flush();

  // --- text (block_builder.cpp) -----------------------------------------------------------------
  std::uint8_t currentStyle() const;
  int currentAnnotation() const;
  std::vector<Run>& target();
  void appendRaw(std::string_view s, std::uint8_t style, int annotation);
  void append(std::string_view s);
  void appendBreak();
  void appendInert(std::string_view source);
  int addAnnotation(Annotation::Kind kind, std::string target);

  // --- frames (block_builder.cpp) ---------------------------------------------------------------
  void pushFrame(Frame frame);
  void popFrames(std::size_t depth);
  bool popHtml(const std::string& tag);
  std::string bulletFor(const Frame& list);
  void openItem(bool html, BaseDirection direction);

  // --- the HTML subset (html_subset.cpp) --------------------------------------------------------
  void appendHtmlText(std::string_view s);
  void htmlText(std::string_view html);
  void pushInline(const HtmlTag& tag, std::uint8_t style, int annotation = -1);
  void popInline(const std::string& tag);
  void handleTag(const HtmlTag& tag);
  bool handleInlineTag(const HtmlTag& tag);
  void handleBlockTag(const HtmlTag& tag);
  void appendImage(const std::string& alt, const std::string& source);
};

}  // namespace jobname::reading
