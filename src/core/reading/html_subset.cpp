// The HTML subset of the jobname format in reading blocks: tags (<p dir>, <ul|ol>, <li>,
// <details>/<summary>, <b>, <a href>, <img>, <hN>...) opening and closing frames and inline
// styles, HTML text's white space, character references. Any other tag stays as inert, marked
// text. Tokenizing a tag is html_tags.cpp's; Markdown structure (md4c) is markdown_blocks.cpp's.
#include <cctype>
#include <string>
#include <utility>

#include "core/reading/block_builder.h"

namespace jobname::reading {

using text::BaseDirection;

namespace {

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

std::string fileNameOf(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The frame an HTML tag opens (its name lower case, as readHtmlTag gives it).
Frame htmlFrame(Frame::Kind kind, const HtmlTag& tag) {
  Frame frame;
  frame.kind = kind;
  frame.html = true;
  frame.tag = tag.name;
  frame.direction = dirAttribute(tag);
  return frame;
}

std::uint8_t inlineStyle(const std::string& name) {
  if (name == "b" || name == "strong") return kBold;
  if (name == "i" || name == "em") return kItalic;
  if (name == "code") return kCode;
  if (name == "mark") return kMark;
  if (name == "del" || name == "s") return kStrike;
  return 0xFF;
}

}  // namespace

// HTML text: runs of white space are one space, none at the start of a block or after a break.
void BlockBuilder::appendHtmlText(std::string_view s) {
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

void BlockBuilder::htmlText(std::string_view html) {
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

void BlockBuilder::pushInline(const HtmlTag& tag, std::uint8_t style, int annotation) {
  inline_.push_back({tag.name, style, annotation, frames_.size()});
}

void BlockBuilder::popInline(const std::string& tag) {
  for (std::size_t i = inline_.size(); i > 0; --i) {
    if (inline_[i - 1].tag == tag) {
      inline_.erase(inline_.begin() + static_cast<std::ptrdiff_t>(i - 1), inline_.end());
      return;
    }
  }
}

void BlockBuilder::handleTag(const HtmlTag& tag) {
  if (tag.name == "!--") return;  // comments are not shown in the book either
  if (handleInlineTag(tag)) return;
  if (inTable_) {  // block structure inside a table cell: kept as text
    appendInert(tag.source);
    return;
  }
  handleBlockTag(tag);
}

// <br>, the styles, <span>, <a> and <img>: false for any other tag.
bool BlockBuilder::handleInlineTag(const HtmlTag& tag) {
  const std::string& name = tag.name;
  if (name == "br") {
    if (!tag.closing) appendBreak();
    return true;
  }
  if (const std::uint8_t style = inlineStyle(name); style != 0xFF) {
    if (tag.closing) popInline(name);
    else if (!tag.selfClosing) pushInline(tag, style);
    return true;
  }
  if (name == "span") {
    if (tag.closing) popInline(name);
    else if (!tag.selfClosing) pushInline(tag, kPlain);
    return true;
  }
  if (name == "a") {
    if (tag.closing) { popInline(name); return true; }
    const std::string* href = tag.attribute("href");
    int annotation = -1;
    if (href && isSafeLinkTarget(*href)) {
      annotation = addAnnotation(Annotation::Kind::Link, *href);
    } else if (href) {
      appendInert(tag.source);  // javascript: and the like: shown for what it is, never a link
    }
    if (!tag.selfClosing) pushInline(tag, kPlain, annotation);
    return true;
  }
  if (name == "img") {
    if (tag.closing) return true;
    const std::string* src = tag.attribute("src");
    const std::string* alt = tag.attribute("alt");
    appendImage(alt && !alt->empty() ? *alt : src ? fileNameOf(*src) : std::string(), src ? *src : std::string());
    return true;
  }
  return false;
}

// Block elements (<p>, <div>, <hN>, lists, <details>/<summary>, <hr>) and, shown as written and
// marked, any tag the format does not have.
void BlockBuilder::handleBlockTag(const HtmlTag& tag) {
  const std::string& name = tag.name;
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

void BlockBuilder::appendImage(const std::string& alt, const std::string& source) {
  const std::string label = "Image: " + (alt.empty() ? std::string("(no description)") : alt);
  if (!source.empty() && isSafeLinkTarget(source)) {
    appendRaw(label, currentStyle(), addAnnotation(Annotation::Kind::Image, source));
  } else {
    appendRaw(label + (source.empty() ? "" : " (" + source + ")"), static_cast<std::uint8_t>(currentStyle() | kInert), -1);
  }
}

}  // namespace jobname::reading
