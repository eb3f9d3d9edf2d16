#include "core/markdown/section_items.h"

#include <algorithm>

namespace jobname::markdown {

namespace {
using model::ItemKind;
using model::Span;

bool isQuestionStart(std::string_view line) {
  const std::string_view t = trim(line);
  return indentOf(line) <= 1 && t.size() >= 2 && t[0] == '-' && isSpace(t[1]);
}

bool isNoteStart(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.substr(0, 2) != "<p") return false;
  const std::size_t tagEnd = t.find('>');
  const std::string_view tag = t.substr(0, tagEnd);
  // The tag must end before anything else begins: in '<p dir="rtl x</p>' the first '>' is the
  // closing tag's, and the note's text would start after its own end.
  if (tagEnd == std::string_view::npos || tag.find('<', 1) != std::string_view::npos) return false;
  return tag.find("rtl") != std::string_view::npos;
}

std::vector<std::string_view> splitText(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = s.find('\n', start);
    out.push_back(s.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

std::string_view dedent(std::string_view line, std::size_t indent) {
  std::size_t n = 0;
  while (n < indent && n < line.size() && line[n] == ' ') ++n;
  return line.substr(n);
}

std::string joinTrimmedBlankLines(const std::vector<std::string_view>& parts) {
  std::size_t first = 0, last = parts.size();
  while (first < last && isBlank(parts[first])) ++first;
  while (last > first && isBlank(parts[last - 1])) --last;
  std::string out;
  for (std::size_t i = first; i < last; ++i) {
    if (i > first) out += '\n';
    std::string_view line = parts[i];
    while (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.append(line);
  }
  return out;
}
}  // namespace

std::string answerFromDetails(std::string_view details, std::string_view indent) {
  std::vector<std::string_view> rows = splitText(details);
  std::size_t begin = 0, end = rows.size();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (trim(rows[i]).substr(0, 9) == "</summary" || trim(rows[i]).find("</summary>") != std::string_view::npos) { begin = i + 1; break; }
  }
  for (std::size_t i = rows.size(); i > begin; --i) {
    if (trim(rows[i - 1]).substr(0, 10) == "</details>") { end = i - 1; break; }
  }
  // The answer body sits in a <div> ... </div> in the format's answers.
  if (begin < end && trim(rows[begin]) == "<div>") {
    for (std::size_t i = end; i > begin; --i) {
      if (trim(rows[i - 1]) == "</div>") { end = i - 1; ++begin; break; }
    }
  }
  std::vector<std::string_view> body;
  for (std::size_t i = begin; i < end; ++i) body.push_back(dedent(rows[i], indent.size()));
  return joinTrimmedBlankLines(body);
}

std::string detailsBlock(const std::string& answer, const std::string& indent) {
  std::string out = indent + "<details>\n" + indent +
                    "<summary style=\"font-size:14px\"><b><em>Answer</em></b></summary>\n" + indent + "<div>\n\n";
  for (std::string_view line : splitText(answer)) {
    if (!line.empty()) out += indent;  // whitespace-only lines too, or they would not dedent back
    out.append(line);
    out += '\n';
  }
  out += indent + "</div>\n" + indent + "</details><br />";
  return out;
}

std::string noteBlock(const std::string& text) { return "<p dir=\"rtl\">\n" + text + "\n</p>"; }

std::string canonicalItem(const model::SectionItem& item) {
  switch (item.kind) {
    case ItemKind::Question: return "- " + item.text + (item.answer.empty() ? "" : "\n" + detailsBlock(item.answer, "    "));
    case ItemKind::Note: return noteBlock(item.text);
    case ItemKind::Other: break;
  }
  return item.text;
}

namespace {

// Where a question that starts on line `first` ends, and its answer: the <details> block (at any
// indentation, up to its </details>) when `followDetails`; otherwise indented lines only. Lines
// after `first` are read from `from` on.
struct QuestionExtent {
  std::size_t last = 0;  // the question's last line
  Span answer;           // the <details> block's lines, when it closes
  std::string indent;    // the answer block's indentation
  std::size_t answerLast = 0;  // the answer block's last line, when it closes
  bool detailsOpen = false;    // a <details> that never closes
  std::size_t openDetailsLine = 0;  // the line of the outermost one still open at the end
  bool fenceOpen = false;      // a code fence in the question's lines that never closes
  std::size_t openFenceLine = 0;
};

QuestionExtent questionExtent(std::string_view text, const std::vector<Line>& lines, std::size_t first, std::size_t from,
                              std::size_t to, bool followDetails) {
  auto lineText = [&](std::size_t i) { return text.substr(lines[i].begin, lines[i].end - lines[i].begin); };
  QuestionExtent extent;
  extent.last = first;
  int detailsDepth = 0;
  bool inFence = false, answerClosed = false;
  for (std::size_t j = from; j < to; ++j) {
    const std::string_view next = lineText(j);
    if (isBlank(next)) continue;
    const std::string_view t = trim(next);
    const bool opensDetails = followDetails && t.substr(0, 8) == "<details";
    if (detailsDepth == 0 && !inFence && indentOf(next) < 2 && !opensDetails) break;
    // A question at the margin ends a <details> left open: the questions below stay questions
    // whatever closing tags come after them.
    if (detailsDepth > 0 && !inFence && indentOf(next) == 0 && isQuestionStart(next)) break;
    // Inside a code fence, <details> and </details> are code, not the answer's bounds: an
    // answer whose fence never closes runs on as far as the fence does, as the headings do.
    if (isFenceLine(next)) {
      inFence = !inFence;
      if (inFence) extent.openFenceLine = j;
    }
    if (opensDetails && !inFence) {
      if (detailsDepth == 0) extent.openDetailsLine = j;
      if (detailsDepth == 0 && !extent.answer.present) {
        extent.answer = Span{lines[j].begin, lines[j].end, true};
        extent.indent = std::string(next.substr(0, next.find_first_not_of(' ')));
      }
      ++detailsDepth;
    }
    if (followDetails && !inFence && t.find("</details>") != std::string_view::npos && detailsDepth > 0) {
      --detailsDepth;
      if (detailsDepth == 0 && extent.answer.present && !answerClosed) {
        answerClosed = true;
        extent.answer.end = lines[j].end;
        extent.answerLast = j;
      }
    }
    extent.last = j;
  }
  extent.detailsOpen = detailsDepth > 0;
  extent.fenceOpen = inFence;
  if (!answerClosed) extent.answer = {};
  return extent;
}

}  // namespace

void parseSectionItems(std::string_view text, const std::vector<Line>& lines, std::size_t from, std::size_t to,
                       std::vector<model::SectionItem>& items, model::SectionSpans& spans,
                       std::vector<ItemWarning>& warnings) {
  auto lineText = [&](std::size_t i) { return text.substr(lines[i].begin, lines[i].end - lines[i].begin); };
  auto span = [](std::size_t b, std::size_t e) { return Span{b, e, true}; };
  spans.items.insertAt = from > 0 ? lines[from - 1].end : 0;

  std::size_t i = from;
  while (i < to) {
    const std::string_view line = lineText(i);
    if (isBlank(line)) { ++i; continue; }
    model::SectionItem item;
    model::ItemSpans itemSpans;
    const std::size_t first = i;
    std::size_t last = i;  // last line of the item

    if (isQuestionStart(line)) {
      item.kind = ItemKind::Question;
      std::size_t tb = lines[i].begin + line.find('-') + 1, te = lines[i].end;
      trimRange(text, tb, te);
      itemSpans.text = span(tb, te);
      item.text = std::string(text.substr(tb, te - tb));
      // Indented lines (and blank lines between them) belong to the question; so does a
      // <details> block at any indentation, up to its </details>.
      const QuestionExtent extent = questionExtent(text, lines, i, i + 1, to, true);
      last = extent.last;
      if (extent.answer.present) {
        itemSpans.answer = extent.answer;
        itemSpans.indent = extent.indent;
        item.answer = answerFromDetails(text.substr(extent.answer.begin, extent.answer.end - extent.answer.begin),
                                        itemSpans.indent);
      }
      if (extent.fenceOpen) {
        // The question runs on to the section's end; one added after it would read as its code.
        warnings.push_back({extent.openFenceLine, "a code block opened here is never closed: the question takes in every line after it in the section"});
      }
      if (extent.detailsOpen) {
        warnings.push_back({extent.openDetailsLine, "a <details> opened here is never closed: it is kept as written, not read as the answer"});
        // A <details> that never closes is no answer, and holds nothing open: after the answer
        // (if one closed) the question ends where its indented lines do, as Markdown reads an
        // HTML block, so the questions below it stay questions (and an answer written later
        // goes in a block of its own).
        const std::size_t from = extent.answer.present ? extent.answerLast + 1 : i + 1;
        last = std::max(questionExtent(text, lines, i, from, to, false).last, extent.answer.present ? extent.answerLast : i);
      }
    } else if (isNoteStart(line)) {
      item.kind = ItemKind::Note;
      std::size_t j = i;
      while (j < to && lineText(j).find("</p>") == std::string_view::npos) ++j;
      if (j == to) {
        item.kind = ItemKind::Other;  // an unclosed <p>: keep the paragraph as it is
        j = i;
        // Up to a blank line, as Markdown reads an HTML block, or a fence line: the fence is an
        // item of its own, as the headings read it (each fence line toggles).
        while (j + 1 < to && !isBlank(lineText(j + 1)) && !isFenceLine(lineText(j + 1))) ++j;
      }
      last = j;
      if (item.kind == ItemKind::Note) {
        const std::size_t open = lines[i].begin + line.find('>') + 1;
        const std::size_t close = lines[j].begin + lineText(j).find("</p>");
        itemSpans.text = span(open, close);
        itemSpans.noteHasNewlines = startsWithNewline(text.substr(open));
        std::string_view inner = text.substr(open, close - open);
        std::vector<std::string_view> parts = splitText(inner);
        item.text = joinTrimmedBlankLines(parts);
        item.text = std::string(trim(item.text));
      }
    } else if (isFenceLine(line)) {
      std::size_t j = i + 1;
      while (j < to && !isFenceLine(lineText(j))) ++j;
      // A fence that never closes runs to the section's last line that is not blank: blank lines
      // after it are the gap before what follows, not the item's text.
      last = j < to ? j : to - 1;
      while (j == to && last > i && isBlank(lineText(last))) --last;
    } else {
      // A paragraph (or HTML block) up to the next blank line; a <details> block stays whole.
      int detailsDepth = 0;
      std::size_t j = i;
      while (true) {
        const std::string_view t = trim(lineText(j));
        if (t.substr(0, 8) == "<details") ++detailsDepth;
        if (t.find("</details>") != std::string_view::npos && detailsDepth > 0) --detailsDepth;
        if (j + 1 >= to) break;
        const std::string_view next = lineText(j + 1);
        if (detailsDepth == 0 && (isBlank(next) || isQuestionStart(next) || isNoteStart(next) || isFenceLine(next))) break;
        ++j;
      }
      // A <details> that never closes runs to the section's last line that is not blank.
      while (j > i && isBlank(lineText(j))) --j;
      last = j;
    }
    if (item.kind != ItemKind::Question && indentOf(line) >= 2) {
      warnings.push_back({first, "indented text under no question: a question added above it would take it in"});
    }
    itemSpans.item = model::nodeSpan(lines[first].begin, lines[last].end);
    if (item.kind == ItemKind::Other) {
      item.text = withoutCarriageReturns(text.substr(itemSpans.item.begin, itemSpans.item.end - itemSpans.item.begin));
    }
    item.origin = static_cast<model::Origin>(items.size());
    items.push_back(std::move(item));
    spans.itemSpans.push_back(std::move(itemSpans));
    i = last + 1;
  }
}

}  // namespace jobname::markdown
