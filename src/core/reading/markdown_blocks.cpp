// The md4c driver of the reading view: md4c's callbacks (blocks, spans, text) turned into
// BlockBuilder calls, with code blocks and tables gathered here. The only reading file that
// includes md4c.h; the HTML inside Markdown is html_subset.cpp's, the block state block_builder's.
#include "core/reading/markdown_blocks.h"

#include <md4c.h>

#include <string>
#include <utility>

#include "core/reading/block_builder.h"
#include "core/reading/html_tags.h"

namespace jobname::reading {

namespace {

constexpr unsigned kParserFlags = MD_DIALECT_COMMONMARK | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;

std::string attributeText(const MD_ATTRIBUTE& attribute) {
  return decodeCharacterReferences(std::string_view(attribute.text, attribute.size));
}

class MarkdownBuilder : BlockBuilder {
 public:
  MarkdownBuilder(ReadingDocument& document, const Placement& where) : BlockBuilder(document, where) {}

  void parse(std::string_view markdown) {
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = kParserFlags;
    parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* self) { return static_cast<MarkdownBuilder*>(self)->enterBlock(type, detail); };
    parser.leave_block = [](MD_BLOCKTYPE type, void* detail, void* self) { return static_cast<MarkdownBuilder*>(self)->leaveBlock(type, detail); };
    parser.enter_span = [](MD_SPANTYPE type, void* detail, void* self) { return static_cast<MarkdownBuilder*>(self)->enterSpan(type, detail); };
    parser.leave_span = [](MD_SPANTYPE type, void* detail, void* self) { return static_cast<MarkdownBuilder*>(self)->leaveSpan(type, detail); };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
      return static_cast<MarkdownBuilder*>(self)->onText(type, std::string_view(text, size));
    };
    md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, this);
    flush();
    popFrames(0);
  }

 private:
  // A code block being gathered.
  bool inCode_ = false;
  std::string code_;
  bool htmlBlock_ = false;  // inside an HTML block: its text is HTML text

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
  MarkdownBuilder builder(document, where);
  builder.parse(markdown);
}

}  // namespace jobname::reading
