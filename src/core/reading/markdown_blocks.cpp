#include "core/reading/markdown_blocks.h"

#include <md4c.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "core/reading/html_tags.h"

namespace jobname::reading {

namespace {
using text::BaseDirection;

constexpr unsigned kParserFlags = MD_DIALECT_COMMONMARK | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;

BaseDirection dirAttribute(const HtmlTag& tag) {
  const std::string* dir = tag.attribute("dir");
  if (!dir) return BaseDirection::Auto;
  std::string value;
  for (char c : *dir) value += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (value == "rtl") return BaseDirection::RightToLeft;
  if (value == "ltr") return BaseDirection::LeftToRight;
  return BaseDirection::Auto;
}

bool isSpaceChar(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string attributeText(const MD_ATTRIBUTE& attribute) {
  return decodeCharacterReferences(std::string_view(attribute.text, attribute.size));
}

std::string fileNameOf(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// One open container: a block quote, a list, a list item, an HTML block element (<p>, <div>,
// <hN>) or a collapsible part. Opened by md4c or by an HTML tag; an HTML one closes at its end
// tag, or with the md4c container it was opened in.
struct Frame {
  enum class Kind { Quote, List, Item, Block, Details } kind = Kind::Block;
  bool html = false;
  std::string tag;
  BaseDirection direction = BaseDirection::Auto;
  bool ordered = false;
  unsigned counter = 1;     // List: the next item's number
  std::string marker;       // Item
  bool markerPending = false;
  int detailsId = -1;       // Details
  bool summarySeen = false;
};

// The frame an HTML tag opens (its name lower case, as readHtmlTag gives it).
Frame htmlFrame(Frame::Kind kind, const HtmlTag& tag) {
  Frame frame;
  frame.kind = kind;
  frame.html = true;
  frame.tag = tag.name;
  frame.direction = dirAttribute(tag);
  return frame;
}

// An inline element open in the text: an md4c span or an HTML tag such as <b> or <a>.
struct InlineFrame {
  std::string tag;      // "" for md4c spans
  std::uint8_t style = kPlain;
  int annotation = -1;  // for links
  std::size_t frameDepth = 0;  // frames open when it began: it ends with them at the latest
};

class Builder {
 public:
  Builder(ReadingDocument& document, const Placement& where) : doc_(document), where_(where) {}

  void parse(std::string_view markdown) {
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = kParserFlags;
    parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* self) { return static_cast<Builder*>(self)->enterBlock(type, detail); };
    parser.leave_block = [](MD_BLOCKTYPE type, void* detail, void* self) { return static_cast<Builder*>(self)->leaveBlock(type, detail); };
    parser.enter_span = [](MD_SPANTYPE type, void* detail, void* self) { return static_cast<Builder*>(self)->enterSpan(type, detail); };
    parser.leave_span = [](MD_SPANTYPE type, void* detail, void* self) { return static_cast<Builder*>(self)->leaveSpan(type, detail); };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
      return static_cast<Builder*>(self)->onText(type, std::string_view(text, size));
    };
    md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, this);
    flush();
    popFrames(0);
  }

 private:
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
  bool htmlBlock_ = false;
  // A table being gathered.
  bool inTable_ = false;
  Block table_;
  bool inCell_ = false;
  TableCell cell_;
  // A code block being gathered.
  bool inCode_ = false;
  std::string code_;
  // An image's alt text being gathered.
  int imageDepth_ = 0;
  std::string imageAlt_;
  std::string imageSource_;

  // --- where blocks go --------------------------------------------------------------------------
  int indent() const {
    int n = where_.indent;
    for (const Frame& f : frames_) n += f.kind == Frame::Kind::Item || f.kind == Frame::Kind::Details || f.kind == Frame::Kind::Quote;
    return n;
  }
  int detailsId(bool outerOnly = false) const {
    bool skipped = !outerOnly;
    for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
      if (it->kind != Frame::Kind::Details) continue;
      if (!skipped) { skipped = true; continue; }
      return it->detailsId;
    }
    return where_.details;
  }
  BaseDirection explicitDirection() const {
    for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
      if (it->direction != BaseDirection::Auto) return it->direction;
    }
    return BaseDirection::Auto;
  }
  Frame* innermostItem() {
    for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
      if (it->kind == Frame::Kind::Item) return &*it;
      if (it->kind != Frame::Kind::Block) return nullptr;  // inside a list or answer of its own
    }
    return nullptr;
  }
  Frame* innermostDetails() {
    for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
      if (it->kind == Frame::Kind::Details) return &*it;
    }
    return nullptr;
  }

  Block newBlock(BlockKind kind) {
    Block block;
    block.kind = kind;
    block.indent = indent();
    block.details = detailsId();
    for (const Frame& f : frames_) block.quote += f.kind == Frame::Kind::Quote;
    return block;
  }

  static BaseDirection resolve(const Paragraph& p, BaseDirection explicitDir) {
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
  void giveMarkerAway() {
    Frame* item = innermostItem();
    if (!item || !item->markerPending) return;
    item->markerPending = false;
    Block block = newBlock(BlockKind::ListItem);
    block.marker = item->marker;
    block.text.direction = explicitDirection() == BaseDirection::Auto ? BaseDirection::LeftToRight : explicitDirection();
    doc_.blocks.push_back(std::move(block));
  }

  // Content inside a <details> before its <summary>: the book shows "Details".
  void ensureSummary() {
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

  void startText(BlockKind kind, int level = 0, int opens = -1) {
    flush();
    pendingActive_ = true;
    pendingKind_ = kind;
    pendingLevel_ = level;
    pendingOpens_ = opens;
    afterSpace_ = true;
  }

  static void trimRuns(std::vector<Run>& runs) {
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
  void flush() {
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

  // --- text -------------------------------------------------------------------------------------
  std::uint8_t currentStyle() const {
    std::uint8_t style = kPlain;
    for (const InlineFrame& f : inline_) style |= f.style;
    return style;
  }
  int currentAnnotation() const {
    for (auto it = inline_.rbegin(); it != inline_.rend(); ++it) {
      if (it->annotation >= 0) return it->annotation;
    }
    return -1;
  }

  std::vector<Run>& target() { return inCell_ ? cell_.text.runs : runs_; }

  void appendRaw(std::string_view s, std::uint8_t style, int annotation) {
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
  void append(std::string_view s) { appendRaw(s, currentStyle(), currentAnnotation()); }

  // HTML text: runs of white space are one space, none at the start of a block or after a break.
  void appendHtmlText(std::string_view s) {
    std::string out;
    for (char c : s) {
      if (isSpaceChar(c)) {
        if (!afterSpace_ && (out.empty() || out.back() != ' ')) out += ' ';
        if (out.empty()) continue;
      } else {
        out += c;
      }
      afterSpace_ = false;
    }
    append(out);
  }

  void appendBreak() {
    std::vector<Run>& runs = target();
    if (runs.empty()) return;  // a break before any text makes no line of its own here
    while (!runs.back().text.empty() && runs.back().text.back() == ' ') runs.back().text.pop_back();
    appendRaw("\n", currentStyle(), currentAnnotation());
    afterSpace_ = true;
  }

  void appendInert(std::string_view source) { appendRaw(source, static_cast<std::uint8_t>(currentStyle() | kInert), -1); }

  int addAnnotation(Annotation::Kind kind, std::string target) {
    doc_.annotations.push_back({kind, std::move(target)});
    return static_cast<int>(doc_.annotations.size()) - 1;
  }

  // --- frames -----------------------------------------------------------------------------------
  void pushFrame(Frame frame) {
    if (frame.kind != Frame::Kind::Block) giveMarkerAway();
    frames_.push_back(std::move(frame));
  }

  void popFrames(std::size_t depth) {
    while (frames_.size() > depth) {
      if (frames_.back().kind == Frame::Kind::Item && frames_.back().markerPending) giveMarkerAway();
      frames_.pop_back();
    }
    while (!inline_.empty() && inline_.back().frameDepth > frames_.size()) inline_.pop_back();
  }

  // Closes the innermost HTML element named `tag`, and what was opened inside it; never an md4c
  // container (HTML cannot close Markdown's structure).
  bool popHtml(const std::string& tag) {
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

  std::string bulletFor(const Frame& list) {
    if (list.ordered) return std::to_string(list.counter) + ".";
    int depth = 0;
    for (const Frame& f : frames_) depth += f.kind == Frame::Kind::List && !f.ordered;
    return depth % 2 == 0 ? "○" : "•";  // the list itself is counted: depth 1 is "•"
  }

  void openItem(bool html, BaseDirection direction) {
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

  // --- HTML -------------------------------------------------------------------------------------
  void htmlText(std::string_view html) {
    std::size_t i = 0;
    std::size_t textStart = 0;
    auto flushText = [&](std::size_t end) {
      if (end > textStart) appendHtmlText(html.substr(textStart, end - textStart));
    };
    while (i < html.size()) {
      if (html[i] == '<') {
        HtmlTag tag;
        if (readHtmlTag(html, i, tag)) {
          flushText(i);
          handleTag(tag);
          i += tag.source.size();
          textStart = i;
          continue;
        }
      } else if (html[i] == '&') {
        std::string decoded;
        if (const std::size_t n = decodeCharacterReference(html, i, decoded)) {
          flushText(i);
          append(decoded);
          i += n;
          textStart = i;
          continue;
        }
      }
      ++i;
    }
    flushText(html.size());
  }

  void pushInline(const HtmlTag& tag, std::uint8_t style, int annotation = -1) {
    inline_.push_back({tag.name, style, annotation, frames_.size()});
  }

  void popInline(const std::string& tag) {
    for (std::size_t i = inline_.size(); i > 0; --i) {
      if (inline_[i - 1].tag == tag) {
        inline_.erase(inline_.begin() + static_cast<std::ptrdiff_t>(i - 1), inline_.end());
        return;
      }
    }
  }

  static std::uint8_t inlineStyle(const std::string& name) {
    if (name == "b" || name == "strong") return kBold;
    if (name == "i" || name == "em") return kItalic;
    if (name == "code") return kCode;
    if (name == "mark") return kMark;
    if (name == "del" || name == "s") return kStrike;
    return 0xFF;
  }

  void handleTag(const HtmlTag& tag) {
    const std::string& name = tag.name;
    if (name == "!--") return;  // comments are not shown in the book either
    if (name == "br") {
      if (!tag.closing) appendBreak();
      return;
    }
    if (const std::uint8_t style = inlineStyle(name); style != 0xFF) {
      if (tag.closing) popInline(name);
      else if (!tag.selfClosing) pushInline(tag, style);
      return;
    }
    if (name == "span") {
      if (tag.closing) popInline(name);
      else if (!tag.selfClosing) pushInline(tag, kPlain);
      return;
    }
    if (name == "a") {
      if (tag.closing) { popInline(name); return; }
      const std::string* href = tag.attribute("href");
      int annotation = -1;
      if (href && isSafeLinkTarget(*href)) {
        annotation = addAnnotation(Annotation::Kind::Link, *href);
      } else if (href) {
        appendInert(tag.source);  // javascript: and the like: shown for what it is, never a link
      }
      if (!tag.selfClosing) pushInline(tag, kPlain, annotation);
      return;
    }
    if (name == "img") {
      if (tag.closing) return;
      const std::string* src = tag.attribute("src");
      const std::string* alt = tag.attribute("alt");
      appendImage(alt && !alt->empty() ? *alt : src ? fileNameOf(*src) : std::string(), src ? *src : std::string());
      return;
    }
    if (inTable_) {  // block structure inside a table cell: kept as text
      appendInert(tag.source);
      return;
    }
    if (name == "p" || name == "div" || (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')) {
      flush();
      if (tag.closing) {
        popHtml(name);
        return;
      }
      if (tag.selfClosing) return;
      pushFrame(htmlFrame(Frame::Kind::Block, tag));
      if (name[0] == 'h') startText(BlockKind::Heading, name[1] - '0');
      return;
    }
    if (name == "ul" || name == "ol") {
      flush();
      if (tag.closing) { popHtml(name); return; }
      if (tag.selfClosing) return;
      Frame frame = htmlFrame(Frame::Kind::List, tag);
      frame.ordered = name == "ol";
      pushFrame(std::move(frame));
      return;
    }
    if (name == "li") {
      flush();
      if (tag.closing) { popHtml(name); return; }
      // An <li> while another is open (the end tag is optional in HTML) ends that one.
      if (!frames_.empty() && frames_.back().html && frames_.back().kind == Frame::Kind::Item) popFrames(frames_.size() - 1);
      if (!tag.selfClosing) openItem(true, dirAttribute(tag));
      return;
    }
    if (name == "details") {
      flush();
      if (tag.closing) {
        ensureSummary();
        popHtml(name);
        return;
      }
      if (tag.selfClosing) return;
      Frame frame = htmlFrame(Frame::Kind::Details, tag);
      frame.detailsId = static_cast<int>(doc_.details.size());
      doc_.details.push_back({detailsId(), tag.attribute("open") != nullptr});
      pushFrame(std::move(frame));
      return;
    }
    if (name == "summary") {
      Frame* details = innermostDetails();
      if (!details) {
        appendInert(tag.source);
        return;
      }
      if (tag.closing) {
        if (pendingActive_ && pendingKind_ == BlockKind::Summary) flush();
        return;
      }
      flush();
      if (details->summarySeen) return;  // a second summary reads as text
      details->summarySeen = true;
      startText(BlockKind::Summary, 0, details->detailsId);
      return;
    }
    if (name == "hr") {
      flush();
      if (!tag.closing) doc_.blocks.push_back(newBlock(BlockKind::Rule));
      return;
    }
    appendInert(tag.source);  // <video>, <script>, <iframe>, <style>...: shown as written, marked
  }

  void appendImage(const std::string& alt, const std::string& source) {
    const std::string label = "Image: " + (alt.empty() ? std::string("(no description)") : alt);
    if (!source.empty() && isSafeLinkTarget(source)) {
      appendRaw(label, currentStyle(), addAnnotation(Annotation::Kind::Image, source));
    } else {
      appendRaw(label + (source.empty() ? "" : " (" + source + ")"), static_cast<std::uint8_t>(currentStyle() | kInert), -1);
    }
  }

  // --- md4c callbacks -----------------------------------------------------------------------------
  int enterBlock(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_DOC: break;
      case MD_BLOCK_QUOTE: {
        flush();
        Frame frame;
        frame.kind = Frame::Kind::Quote;
        pushFrame(std::move(frame));
        break;
      }
      case MD_BLOCK_UL:
      case MD_BLOCK_OL: {
        flush();
        Frame frame;
        frame.kind = Frame::Kind::List;
        frame.ordered = type == MD_BLOCK_OL;
        if (frame.ordered) frame.counter = static_cast<const MD_BLOCK_OL_DETAIL*>(detail)->start;
        pushFrame(std::move(frame));
        break;
      }
      case MD_BLOCK_LI:
        flush();
        openItem(false, BaseDirection::Auto);
        break;
      case MD_BLOCK_HR:
        flush();
        giveMarkerAway();
        doc_.blocks.push_back(newBlock(BlockKind::Rule));
        break;
      case MD_BLOCK_H: startText(BlockKind::Heading, static_cast<int>(static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level)); break;
      case MD_BLOCK_CODE:
        flush();
        giveMarkerAway();
        inCode_ = true;
        code_.clear();
        break;
      case MD_BLOCK_HTML: htmlBlock_ = true; break;
      case MD_BLOCK_P: startText(BlockKind::Paragraph); break;
      case MD_BLOCK_TABLE:
        flush();
        giveMarkerAway();
        table_ = newBlock(BlockKind::Table);
        inTable_ = true;
        break;
      case MD_BLOCK_THEAD:
      case MD_BLOCK_TBODY: break;
      case MD_BLOCK_TR: table_.rows.emplace_back(); break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD: {
        cell_ = TableCell{};
        cell_.header = type == MD_BLOCK_TH;
        switch (static_cast<const MD_BLOCK_TD_DETAIL*>(detail)->align) {
          case MD_ALIGN_LEFT: cell_.align = Align::Left; break;
          case MD_ALIGN_CENTER: cell_.align = Align::Center; break;
          case MD_ALIGN_RIGHT: cell_.align = Align::Right; break;
          default: cell_.align = Align::Start; break;
        }
        inCell_ = true;
        afterSpace_ = true;
        break;
      }
    }
    return 0;
  }

  int leaveBlock(MD_BLOCKTYPE type, void*) {
    switch (type) {
      case MD_BLOCK_DOC: break;
      case MD_BLOCK_QUOTE:
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
      case MD_BLOCK_LI: {
        flush();
        const Frame::Kind kind = type == MD_BLOCK_QUOTE ? Frame::Kind::Quote : type == MD_BLOCK_LI ? Frame::Kind::Item : Frame::Kind::List;
        for (std::size_t i = frames_.size(); i > 0; --i) {
          if (!frames_[i - 1].html && frames_[i - 1].kind == kind) {
            popFrames(i - 1);
            break;
          }
        }
        break;
      }
      case MD_BLOCK_HR: break;
      case MD_BLOCK_H:
      case MD_BLOCK_P: flush(); break;
      case MD_BLOCK_HTML:
        flush();
        htmlBlock_ = false;
        break;
      case MD_BLOCK_CODE: {
        inCode_ = false;
        if (!code_.empty() && code_.back() == '\n') code_.pop_back();
        Block block = newBlock(BlockKind::Code);
        block.code = std::move(code_);
        block.text.direction = BaseDirection::LeftToRight;
        code_.clear();
        doc_.blocks.push_back(std::move(block));
        break;
      }
      case MD_BLOCK_TABLE:
        inTable_ = false;
        table_.text.direction = BaseDirection::LeftToRight;
        doc_.blocks.push_back(std::move(table_));
        table_ = Block{};
        break;
      case MD_BLOCK_THEAD:
      case MD_BLOCK_TBODY:
      case MD_BLOCK_TR: break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        trimRuns(cell_.text.runs);
        cell_.text.direction = resolve(cell_.text, BaseDirection::Auto);
        if (!table_.rows.empty()) table_.rows.back().push_back(std::move(cell_));
        cell_ = TableCell{};
        inCell_ = false;
        break;
    }
    return 0;
  }

  int enterSpan(MD_SPANTYPE type, void* detail) {
    InlineFrame frame;
    frame.frameDepth = frames_.size();
    switch (type) {
      case MD_SPAN_EM: frame.style = kItalic; break;
      case MD_SPAN_STRONG: frame.style = kBold; break;
      case MD_SPAN_CODE: frame.style = kCode; break;
      case MD_SPAN_DEL: frame.style = kStrike; break;
      case MD_SPAN_A: {
        const std::string href = attributeText(static_cast<const MD_SPAN_A_DETAIL*>(detail)->href);
        if (isSafeLinkTarget(href)) frame.annotation = addAnnotation(Annotation::Kind::Link, href);
        else frame.tag = "unsafe:" + href;  // its text shows, then the address, marked
        break;
      }
      case MD_SPAN_IMG:
        if (imageDepth_++ == 0) {
          imageAlt_.clear();
          imageSource_ = attributeText(static_cast<const MD_SPAN_IMG_DETAIL*>(detail)->src);
        }
        return 0;
      default: break;
    }
    inline_.push_back(std::move(frame));
    return 0;
  }

  int leaveSpan(MD_SPANTYPE type, void*) {
    if (type == MD_SPAN_IMG) {
      if (--imageDepth_ == 0) appendImage(imageAlt_, imageSource_);
      return 0;
    }
    // The innermost md4c span (an HTML element left open inside it ends with it).
    for (std::size_t i = inline_.size(); i > 0; --i) {
      const std::string& tag = inline_[i - 1].tag;
      const bool markdownSpan = tag.empty() || tag.rfind("unsafe:", 0) == 0;
      if (!markdownSpan) continue;
      const std::string unsafe = tag.empty() ? std::string() : tag.substr(7);
      inline_.erase(inline_.begin() + static_cast<std::ptrdiff_t>(i - 1), inline_.end());
      if (!unsafe.empty()) appendInert(" (" + unsafe + ")");
      break;
    }
    return 0;
  }

  int onText(MD_TEXTTYPE type, std::string_view text) {
    if (inCode_) {
      code_.append(text);
      return 0;
    }
    switch (type) {
      case MD_TEXT_NORMAL: htmlBlock_ ? appendHtmlText(text) : append(text); break;
      case MD_TEXT_CODE: append(text); break;
      case MD_TEXT_NULLCHAR: append("\xEF\xBF\xBD"); break;
      case MD_TEXT_BR: appendBreak(); break;
      case MD_TEXT_SOFTBR: append(" "); break;
      case MD_TEXT_ENTITY: append(decodeCharacterReferences(text)); break;
      case MD_TEXT_HTML: htmlText(text); break;
      case MD_TEXT_LATEXMATH: append(text); break;
    }
    return 0;
  }
};
}  // namespace

void appendMarkdown(ReadingDocument& document, std::string_view markdown, const Placement& where) {
  Builder builder(document, where);
  builder.parse(markdown);
}

}  // namespace jobname::reading
