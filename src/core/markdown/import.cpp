#include "core/markdown/import.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <memory>

#include "core/calendar/jalali.h"
#include "core/markdown/lines.h"
#include "core/markdown/mojibake.h"
#include "core/markdown/section_items.h"
#include "core/markdown/source_document.h"
#include "core/model/stages.h"
#include "core/text/utf8.h"

namespace jobname::markdown {

using model::Block;
using model::SourceDocument;
using model::Span;

namespace {

struct Heading {
  std::size_t line;
  int level;
  std::size_t titleBegin, titleEnd;
};

struct Parser {
  SourceDocument& doc;
  std::string_view text;
  std::vector<Line> lines;
  std::vector<Heading> headings;
  std::vector<Diagnostic>& diagnostics;
  const std::string& fileName;
  std::size_t unclosedFenceLine = SIZE_MAX;  // a code fence that runs to the end of the record
  bool warnedUnclosedChart = false;

  std::string_view lineText(std::size_t i) const { return text.substr(lines[i].begin, lines[i].end - lines[i].begin); }
  std::string slice(std::size_t begin, std::size_t end) const { return std::string(text.substr(begin, end - begin)); }
  // A value of several lines, as the model holds it: lines end in '\n' whatever the file's ending.
  std::string multilineValue(std::size_t begin, std::size_t end) const { return withoutCarriageReturns(text.substr(begin, end - begin)); }
  static Span span(std::size_t begin, std::size_t end) { return {begin, end, true}; }

  void warn(std::size_t line, std::string message) {
    diagnostics.push_back({fileName, static_cast<int>(line) + 1, 1, Severity::Warning, std::move(message)});
  }

  void findHeadings() {
    bool inFence = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::string_view line = lineText(i);
      if (isFenceLine(line)) {
        inFence = !inFence;
        unclosedFenceLine = inFence ? i : SIZE_MAX;
        continue;
      }
      if (inFence) continue;
      std::size_t pos = 0;
      const int level = headingLevel(line, &pos);
      if (level == 0) continue;
      std::size_t begin = lines[i].begin + pos, end = lines[i].end;
      trimRange(text, begin, end);
      headings.push_back({i, level, begin, end});
    }
  }

  // The end of the last non-blank line in [from, to) lines, or `fallback`.
  std::size_t lastContentEnd(std::size_t from, std::size_t to, std::size_t fallback) const {
    for (std::size_t i = to; i > from; --i) {
      if (!isBlank(lineText(i - 1))) return lines[i - 1].end;
    }
    return fallback;
  }

  // Trimmed text of the body lines [from, to): its span, or none when all blank.
  Span bodySpan(std::size_t from, std::size_t to) const {
    std::size_t first = to;
    for (std::size_t i = from; i < to; ++i) {
      if (!isBlank(lineText(i))) { first = i; break; }
    }
    if (first == to) return {};
    std::size_t begin = lines[first].begin, end = lastContentEnd(first, to, lines[first].end);
    trimRange(text, begin, end);
    return span(begin, end);
  }

  static Block classify(std::string_view title) {
    const std::string_view t = trim(title);
    auto is = [&](std::string_view a) { return t.size() == a.size() && startsWithIgnoringCase(t, a); };
    if (is("status")) return model::kStatusBlock;
    if (is("interview process")) return model::kProcessBlock;
    if (is("apply way") || is("apply ways")) return model::kApplyBlock;
    if (is("interview date") || is("interview dates")) return model::kDatesBlock;
    if (is("interview duration") || is("interview durations")) return model::kDurationsBlock;
    if (is("interview platform") || is("interview platforms")) return model::kPlatformBlock;
    if (is("score")) return model::kScoreBlock;
    return model::kBlockCount;
  }

  // "[name](url)": the title of a company heading.
  static bool isCompanyTitle(std::string_view title) {
    const std::size_t middle = title.rfind("](");
    const std::size_t close = title.rfind(')');
    return title.find('[') == 0 && middle != std::string_view::npos && close != std::string_view::npos && close >= middle;
  }

  bool parseCompany(const Heading& h) {
    const std::string_view title = text.substr(h.titleBegin, h.titleEnd - h.titleBegin);
    if (!isCompanyTitle(title)) return false;
    const std::size_t middle = title.rfind("](");
    const std::size_t close = title.rfind(')');
    doc.companyName = span(h.titleBegin + 1, h.titleBegin + middle);
    doc.companyUrl = span(h.titleBegin + middle + 2, h.titleBegin + close);
    const std::string_view name = title.substr(1, middle - 1);
    const std::size_t bar = name.find('|');
    doc.parsed.company.name = std::string(trim(name.substr(0, bar)));
    if (bar != std::string_view::npos) doc.parsed.company.localName = std::string(trim(name.substr(bar + 1)));
    doc.parsed.company.url = std::string(trim(title.substr(middle + 2, close - middle - 2)));
    return true;
  }

  void parseProcess(std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      if (trim(lineText(i)).substr(0, 3) != "```") continue;
      for (std::size_t j = i + 1; j < to; ++j) {
        if (trim(lineText(j)).substr(0, 3) != "```") continue;
        const std::size_t begin = lines[i].next;
        const std::size_t end = j > i + 1 ? lines[j - 1].end : begin;
        doc.process = span(begin, end);
        doc.parsed.process = multilineValue(begin, end);
        return;
      }
      // An unclosed fence runs to the end of the record, as Markdown reads it: what it swallows
      // is the chart's text, shown in its field, not held out of sight.
      warn(i, "the flowchart's code block is not closed");
      warnedUnclosedChart = true;
      std::size_t last = to;
      while (last > i + 1 && isBlank(lineText(last - 1))) --last;
      // With nothing after the fence line in its block, the (empty) chart stands at that line's
      // end, inside the block: a chart written there comes before whatever is added after the block.
      const std::size_t begin = last > i + 1 ? lines[i].next : lines[i].end;
      const std::size_t end = last > i + 1 ? lines[last - 1].end : begin;
      doc.process = span(begin, end);
      doc.parsed.process = multilineValue(begin, end);
      return;
    }
  }

  // "- **Label** <br /> value": label and value spans of one list entry.
  model::EntrySpans parseEntry(std::size_t i, std::string& label, std::string& value) const {
    model::EntrySpans spans;
    const Line& line = lines[i];
    std::size_t pos = line.begin + text.substr(line.begin, line.end - line.begin).find('-') + 1;
    while (pos < line.end && isSpace(text[pos])) ++pos;
    spans.item = model::nodeSpan(line.begin, line.end);
    if (text.substr(pos, 2) == "**") {
      const std::size_t close = text.find("**", pos + 2);
      if (close != std::string_view::npos && close < line.end) {
        std::size_t lb = pos + 2, le = close;
        trimRange(text, lb, le);
        spans.label = span(lb, le);
        label = slice(lb, le);
        pos = close + 2;
      }
    }
    while (pos < line.end && isSpace(text[pos])) ++pos;
    for (std::string_view br : {"<br />", "<br/>", "<br>"}) {
      if (startsWithIgnoringCase(text.substr(pos), br)) { pos += br.size(); break; }
    }
    std::size_t vb = pos, ve = line.end;
    trimRange(text, vb, ve);
    spans.value = span(vb, ve);
    value = slice(vb, ve);
    return spans;
  }

  static bool isListEntry(std::string_view line) {
    const std::string_view t = trim(line);
    return indentOf(line) <= 1 && t.size() >= 2 && t[0] == '-' && isSpace(t[1]);
  }

  void parseList(std::size_t from, std::size_t to, model::ListSpans& list, std::vector<model::EntrySpans>& spans,
                 bool dates) {
    list.insertAt = from > 0 ? lines[from - 1].end : 0;
    std::size_t firstStray = SIZE_MAX;  // a line that is neither an entry nor under one
    std::size_t entryEnd = 0;            // one past the last line of the entry above
    for (std::size_t i = from; i < to; ++i) {
      if (!isListEntry(lineText(i))) {
        if (firstStray == SIZE_MAX && i >= entryEnd && !isBlank(lineText(i))) firstStray = i;
        continue;
      }
      std::string label, value;
      model::EntrySpans entry = parseEntry(i, label, value);
      if (dates) {
        model::DatedStage stage{label, {}, {}, static_cast<model::Origin>(spans.size())};
        const calendar::DateToken token = calendar::findDateToken(value);
        if (token.offset != std::string_view::npos) {
          stage.date = value.substr(token.offset, token.length);
          entry.dateToken = span(entry.value.begin + token.offset, entry.value.begin + token.offset + token.length);
          stage.note = joinAround(value, token.offset, token.length);
        } else {
          stage.note = value;
        }
        doc.parsed.dates.push_back(stage);
      } else {
        doc.parsed.durations.push_back({label, value, static_cast<model::Origin>(spans.size())});
      }
      // Indented lines under an entry ("  at 5 PM, online") belong to it, as they would to a
      // Markdown list item: they go where it goes.
      const std::size_t last = indentedLinesEnd(i, to);
      entry.item.end = lines[last].end;
      spans.push_back(entry);
      entryEnd = std::max(entryEnd, last + 1);
    }
    // Kept as written, but an entry added or removed beside it may change how it reads (with no
    // entry left, a line under "Interview Duration" is the duration).
    if (firstStray != SIZE_MAX && !spans.empty()) {
      warn(firstStray, "text under '" + std::string(dates ? "Interview Date" : "Interview Duration") + "' that is no list entry is kept as it is");
    }
  }

  // The last line of what starts at line `first`: the indented lines under it, with the blank
  // lines between them.
  std::size_t indentedLinesEnd(std::size_t first, std::size_t to) const {
    std::size_t last = first;
    for (std::size_t j = first + 1; j < to; ++j) {
      if (isBlank(lineText(j))) continue;
      if (indentOf(lineText(j)) < 2) break;
      last = j;
    }
    return last;
  }

  // The text around a date token, as one note: "They sent 1402.02.27 <br /> I sent" -> "They sent <br /> I sent".
  static std::string joinAround(std::string_view value, std::size_t offset, std::size_t length) {
    const std::string_view before = trim(value.substr(0, offset));
    const std::string_view after = trim(value.substr(offset + length));
    std::string note(before);
    if (!before.empty() && !after.empty()) note += ' ';
    note += after;
    return note;
  }

  void parseScore(std::size_t from, std::size_t to) {
    const std::size_t begin = lines[from - 1].next;
    const std::size_t end = to < lines.size() ? lines[to].begin : text.size();
    const std::string_view body = text.substr(begin, end - begin);
    // The first whole <mark ...>value</mark>: a broken one before it (its tag never closed)
    // holds no score and does not hide the one after it.
    std::size_t mark = body.find("<mark"), tagEnd = 0, closeMark = 0;
    for (; mark != std::string_view::npos; mark = body.find("<mark", mark + 1)) {
      tagEnd = body.find('>', mark);
      closeMark = body.find("</mark>", mark);
      const bool closedBeforeNextMark = closeMark != std::string_view::npos && body.find("<mark", mark + 1) > closeMark;
      if (tagEnd != std::string_view::npos && closedBeforeNextMark && closeMark > tagEnd) break;
    }
    if (mark == std::string_view::npos) return;
    const std::string_view tag = body.substr(mark, tagEnd - mark);
    if (const std::size_t colour = tag.find("background-color:"); colour != std::string_view::npos) {
      std::size_t cb = colour + 17;
      while (cb < tag.size() && isSpace(tag[cb])) ++cb;
      std::size_t ce = cb;
      while (ce < tag.size() && (tag[ce] == '#' || std::isxdigit(static_cast<unsigned char>(tag[ce])))) ++ce;
      if (ce > cb) doc.scoreColour = span(begin + mark + cb, begin + mark + ce);
    }
    std::size_t vb = begin + tagEnd + 1, ve = begin + closeMark;
    trimRange(text, vb, ve);
    doc.scoreValue = span(vb, ve);
    doc.parsed.score.text = slice(vb, ve);  // as written: its numbers are read from it, never instead of it
    // A paragraph's tag: "<p>" or "<p dir=...>", not "<pre>" or "<param>".
    std::size_t p = body.find("<p", closeMark);
    while (p != std::string_view::npos && p + 2 < body.size() && body[p + 2] != '>' && !isSpace(body[p + 2]) &&
           body[p + 2] != '\n' && body[p + 2] != '\r') {
      p = body.find("<p", p + 2);
    }
    if (p == std::string_view::npos) return;
    const std::size_t pTagEnd = body.find('>', p);
    const std::size_t pClose = body.find("</p>", p);
    if (pTagEnd == std::string_view::npos || pClose == std::string_view::npos || pClose < pTagEnd) {
      // The note would be read from this '<p' on: one added in the app would read back with it.
      warn(lineAt(begin + p), "a '<p' after the score is never closed with '</p>': a note added to the score would read as part of it");
      return;
    }
    doc.scoreComment = span(begin + pTagEnd + 1, begin + pClose);
    doc.scoreCommentHasNewlines = startsWithNewline(body.substr(pTagEnd + 1));
    doc.parsed.score.comment = withoutCarriageReturns(trim(body.substr(pTagEnd + 1, pClose - pTagEnd - 1)));
    while (!doc.parsed.score.comment.empty() && doc.parsed.score.comment.back() == '\n') doc.parsed.score.comment.pop_back();
    while (!doc.parsed.score.comment.empty() && doc.parsed.score.comment.front() == '\n') doc.parsed.score.comment.erase(0, 1);
  }

  void run() {
    findHeadings();
    readBlocks();
    // Added text goes after the fence and would read as code: say where it opens.
    // (Unless the question holding it said so already.)
    const bool warnedThere = namedAsNeverClosed(unclosedFenceLine);
    if (unclosedFenceLine != SIZE_MAX && !warnedUnclosedChart && !warnedThere) {
      warn(unclosedFenceLine, "a code block opened here is never closed: the rest of the record reads as code");
    }
    warnFencesAcrossValues();
  }

  // Whether a warning says the fence on `line` is never closed (a question's, the chart's).
  bool namedAsNeverClosed(std::size_t line) const {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) {
      return d.line == static_cast<int>(line) + 1 &&
             (d.message.find("never closed") != std::string::npos || d.message.find("is not closed") != std::string::npos);
    });
  }

  // A value an edit rewrites (a note, an answer, the platform) that holds one fence of a pair
  // whose other fence lies outside it: rewriting the value takes that fence away, and what read
  // as code after it (headings too) reads as Markdown, or the other way round.
  void warnFencesAcrossValues() {
    const auto check = [&](const Span& value, const char* what) {
      if (!value.present || value.begin == value.end) return;
      std::size_t fences = 0, first = SIZE_MAX;
      for (std::size_t i = lineAt(value.begin); i < lines.size() && lines[i].begin < value.end; ++i) {
        if (lines[i].begin >= value.begin && lines[i].end <= value.end && isFenceLine(lineText(i))) {
          if (first == SIZE_MAX) first = i;
          ++fences;
        }
      }
      if (fences % 2 == 0) return;
      // (A fence that never closes is named once, by the warning that says so.)
      if (!namedAsNeverClosed(first)) warn(first, std::string("a code fence in ") + what + " pairs with one outside it: an edit of it changes what reads as code after it");
    };
    check(doc.process, "the chart");
    check(doc.scoreValue, "the score");
    check(doc.scoreComment, "the score's note");
    check(doc.platform, "the platform");
    check(doc.applyWays, "the apply way");
    // An entry's lines (the indented ones under it too) move and go as one, fences or not.
    for (const model::EntrySpans& entry : doc.dateSpans) check(entry.item, "a date's lines");
    for (const model::EntrySpans& entry : doc.durationSpans) check(entry.item, "a duration's lines");
    for (const model::SectionSpans& section : doc.sectionSpans) {
      for (const model::ItemSpans& item : section.itemSpans) {
        check(item.text, "an item's text");
        check(item.answer, "an answer");
        if (!item.text.present) check(item.item, "an item's lines");  // Markdown kept as written
      }
    }
  }

  void readBlocks() {
    bool haveCompany = false, havePosition = false, sawSection = false, sectionsAbovePosition = false;
    for (std::size_t h = 0; h < headings.size(); ++h) {
      const Heading& heading = headings[h];
      std::size_t bodyFrom = heading.line + 1;
      std::size_t bodyTo = h + 1 < headings.size() ? headings[h + 1].line : lines.size();
      const std::size_t blockBegin = lines[heading.line].begin;
      const std::string_view title = text.substr(heading.titleBegin, heading.titleEnd - heading.titleBegin);

      if (!haveCompany && heading.level == 1 && parseCompany(heading)) {
        haveCompany = true;
        // The block holds what the user wrote under the title too (it is no field): a block
        // added after the title goes after that text, never above it, where the text would
        // become the added block's body.
        doc.blocks[model::kCompanyBlock] = span(blockBegin, lastContentEnd(bodyFrom, bodyTo, lines[heading.line].end));
        continue;
      }
      if (heading.level == 1 && isCompanyTitle(title)) {
        // Moved above the title, it would be the company: the user's file holds two records.
        warn(heading.line, "a second company heading is read as a section of its own; the first one is the record's");
      }
      Block block = classify(title);
      if (block != model::kBlockCount && doc.blocks[block].present) {
        // A second one is a section: what is added to the field goes under the first.
        warn(heading.line, "a second '" + std::string(title) + "' heading is read as a section of its own; the first one holds the field");
        block = model::kBlockCount;
      }
      if (block == model::kStatusBlock) {
        // The status row is itself a level-4 heading: "#### 📜📞🔧❌".
        std::size_t rowLine = bodyFrom;
        while (rowLine < bodyTo && isBlank(lineText(rowLine))) ++rowLine;
        // The block ends with the row's line, spaces after the row included: a block added
        // after it goes after them, not between the row and its trailing space.
        std::size_t rowLineEnd = lines[heading.line].end;
        if (rowLine == bodyTo && h + 1 < headings.size() && headings[h + 1].level >= 4) {
          const Heading& row = headings[++h];
          doc.statusRow = span(row.titleBegin, row.titleEnd);
          rowLineEnd = lines[row.line].end;
          bodyTo = h + 1 < headings.size() ? headings[h + 1].line : lines.size();
          bodyFrom = row.line + 1;
        } else if (rowLine < bodyTo) {
          doc.statusRow = bodySpan(rowLine, rowLine + 1);
          if (doc.statusRow.present) {
            rowLineEnd = lines[rowLine].end;
            // Read, but written back into a line that is no heading it may read otherwise ("####4").
            warn(rowLine, "the status row is no '#### ' heading: it is kept as written");
          }
        }
        if (doc.statusRow.present) {
          doc.parsed.status = model::parseStatusRow(slice(doc.statusRow.begin, doc.statusRow.end));
        }
        doc.blocks[block] = span(blockBegin, lastContentEnd(bodyFrom, bodyTo, rowLineEnd));
        continue;
      }
      if (block == model::kBlockCount && heading.level == 2 && !havePosition && !sawSection) {
        havePosition = true;
        sectionsAbovePosition = !doc.parsed.sections.empty();
        doc.position = span(heading.titleBegin, heading.titleEnd);
        doc.parsed.position = std::string(title);
        doc.blocks[model::kPositionBlock] = span(blockBegin, lastContentEnd(bodyFrom, bodyTo, lines[heading.line].end));
        if (bodySpan(bodyFrom, bodyTo).present) {
          // Text under the position heading is not a field: keep it as a section of its own.
          warn(bodyFrom, "text under the position heading is kept as it is");
        }
        continue;
      }
      if (block == model::kBlockCount && heading.level == 2 && !havePosition) {
        // With the section above it moved away or removed, this heading would be the position.
        warn(heading.line, "'## " + std::string(title) + "' is read as a section, not the position: a section above it ends the place for the position");
      } else if (block == model::kBlockCount && heading.level == 2 && sectionsAbovePosition) {
        // Sections stand above the position heading: moved among them, this one would be the position.
        warn(heading.line, "a second position heading '## " + std::string(title) + "' is read as a section of its own; the first one is the record's position");
      }
      const std::size_t blockEnd = lastContentEnd(bodyFrom, bodyTo, lines[heading.line].end);
      switch (block) {
        case model::kProcessBlock: parseProcess(bodyFrom, bodyTo); break;
        case model::kApplyBlock:
          doc.applyWays = bodySpan(bodyFrom, bodyTo);
          if (doc.applyWays.present) doc.parsed.applyWays = splitApplyWays(slice(doc.applyWays.begin, doc.applyWays.end));
          if (!doc.applyWays.present) doc.applyWays = span(lines[heading.line].end, lines[heading.line].end);
          break;
        case model::kDatesBlock: parseList(bodyFrom, bodyTo, doc.dates, doc.dateSpans, true); break;
        case model::kDurationsBlock:
          parseList(bodyFrom, bodyTo, doc.durations, doc.durationSpans, false);
          if (doc.durationSpans.empty()) {
            if (const Span bare = bodySpan(bodyFrom, bodyTo); bare.present) {
              doc.bareDuration = true;
              model::EntrySpans entry;
              entry.item = model::nodeSpan(lines[lineAt(bare.begin)].begin, lines[lineAt(bare.end)].end);
              entry.value = bare;
              doc.durationSpans.push_back(entry);
              doc.parsed.durations.push_back({{}, multilineValue(bare.begin, bare.end), 0});
            }
          }
          break;
        case model::kPlatformBlock:
          doc.platform = bodySpan(bodyFrom, bodyTo);
          if (doc.platform.present) doc.parsed.platform = multilineValue(doc.platform.begin, doc.platform.end);
          else doc.platform = span(lines[heading.line].end, lines[heading.line].end);
          break;
        case model::kScoreBlock: parseScore(bodyFrom, bodyTo); break;
        default: {
          // Only a section under the company heading ends the place for the position: text
          // above the title (a stray heading) is kept as a section but holds no place.
          if (haveCompany) sawSection = true;
          model::SectionSpans spans;
          spans.block = model::nodeSpan(blockBegin, blockEnd);
          spans.title = span(heading.titleBegin, heading.titleEnd);
          model::Section section{std::string(title), heading.level, {}, static_cast<model::Origin>(doc.parsed.sections.size())};
          std::vector<ItemWarning> itemWarnings;
          parseSectionItems(text, lines, bodyFrom, bodyTo, section.items, spans, itemWarnings);
          for (ItemWarning& w : itemWarnings) warn(w.line, std::move(w.message));
          doc.parsed.sections.push_back(std::move(section));
          doc.sectionSpans.push_back(std::move(spans));
          continue;
        }
      }
      doc.blocks[block] = span(blockBegin, blockEnd);
    }
    if (!doc.sectionSpans.empty()) {
      doc.blocks[model::kSectionsBlock] = span(doc.sectionSpans.front().block.begin, doc.sectionSpans.back().block.end);
    }
    attachTrivia(doc.dates, doc.dateSpans, [](model::EntrySpans& e) -> model::NodeSpan& { return e.item; });
    attachTrivia(doc.durations, doc.durationSpans, [](model::EntrySpans& e) -> model::NodeSpan& { return e.item; });
    attachTrivia(doc.sections, doc.sectionSpans, [](model::SectionSpans& s) -> model::NodeSpan& { return s.block; });
    for (auto& section : doc.sectionSpans) {
      attachTrivia(section.items, section.itemSpans, [](model::ItemSpans& i) -> model::NodeSpan& { return i.item; });
    }
  }

  // The line that holds byte `offset`.
  std::size_t lineAt(std::size_t offset) const {
    const auto after = std::upper_bound(lines.begin(), lines.end(), offset, [](std::size_t o, const Line& l) { return o < l.begin; });
    return after == lines.begin() ? 0 : static_cast<std::size_t>(after - lines.begin()) - 1;
  }

  // Each element's trivia (the blank lines around it), and the list's separator: the blank lines
  // between its first two neighbours, which elements added later are written with.
  template <typename Spans, typename NodeOf>
  void attachTrivia(model::ListSpans& list, std::vector<Spans>& elements, NodeOf nodeOf) {
    for (std::size_t k = 0; k < elements.size(); ++k) {
      model::NodeSpan& node = nodeOf(elements[k]);
      std::size_t above = lineAt(node.begin), below = lineAt(node.end) + 1;
      while (above > 0 && isBlank(lineText(above - 1))) --above;
      while (below < lines.size() && isBlank(lineText(below))) ++below;
      node.before = span(above > 0 ? lines[above - 1].end : 0, node.begin);
      node.after = span(node.end, below < lines.size() ? lines[below].begin : text.size());
      if (k > 0 && list.separator.empty()) {
        const model::NodeSpan& previous = nodeOf(elements[k - 1]);
        if (previous.after.end == node.begin) list.separator = slice(previous.end, node.begin);
      }
    }
  }
};


}  // namespace

bool isFieldHeading(std::string_view title) { return Parser::classify(title) != model::kBlockCount; }

std::vector<std::string> splitApplyWays(std::string_view text) {
  std::vector<std::string> ways;
  std::string current;
  auto flush = [&] {
    const std::string_view t = trim(current);
    if (!t.empty()) ways.emplace_back(t);
    current.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '&' || text[i] == ',' || text[i] == '\n') { flush(); ++i; continue; }
    if (text.substr(i, 2) == "\xD8\x8C") { flush(); i += 2; continue; }  // Persian comma
    if (startsWithIgnoringCase(text.substr(i), " and ")) { flush(); i += 5; continue; }
    current += text[i++];
  }
  flush();
  return ways;
}

ImportResult importMarkdown(std::string_view input, const std::string& fileName) {
  ImportResult result;
  auto fail = [&](Diagnostic d) {
    result.diagnostics.push_back(std::move(d));
    return result;
  };
  if (input.size() > kMaxRecordBytes) {
    return fail({fileName, 0, 0, Severity::Error,
                 "file is " + std::to_string(input.size() / 1024) + " KiB; a record may be at most 5 MiB"});
  }
  if (const std::size_t nul = input.find('\0'); nul != std::string_view::npos) {
    return fail(diagnosticAt(fileName, input, nul, "binary data (a NUL byte): not a Markdown record"));
  }
  const text::Utf8Scan scan = text::scanUtf8(input);
  if (scan.firstInvalid != std::string_view::npos) return fail(notUtf8At(fileName, input, scan.firstInvalid));

  auto doc = std::make_shared<SourceDocument>();
  MojibakeRepair repair = repairMojibake(input, scan.mayBeMisdecoded);
  for (MojibakeFinding& finding : repair.findings) {
    result.diagnostics.push_back({fileName, finding.line, finding.column, Severity::Warning, std::move(finding.message)});
  }
  doc->text = std::move(repair.text);
  const std::size_t firstNewline = doc->text.find('\n');
  if (firstNewline != std::string::npos && firstNewline > 0 && doc->text[firstNewline - 1] == '\r') doc->newline = "\r\n";

  std::vector<Line> lines = splitLines(doc->text);
  // A byte order mark stays in the text, so that export gives the file back byte for byte, but
  // is no part of the first line.
  if (!lines.empty() && std::string_view(doc->text).substr(0, text::kByteOrderMark.size()) == text::kByteOrderMark) {
    lines.front().begin = text::kByteOrderMark.size();
  }
  Parser parser{*doc, doc->text, std::move(lines), {}, result.diagnostics, fileName};
  parser.run();
  if (!doc->blocks[model::kCompanyBlock].present) {
    std::size_t offset = 0;
    if (!parser.headings.empty()) offset = parser.lines[parser.headings.front().line].begin;
    result.diagnostics.push_back(diagnosticAt(fileName, doc->text, offset,
        "not a jobname record: it must start with a heading '# [company](url)'"));
    return result;
  }
  model::Record record = doc->parsed;
  record.source = doc;
  result.record = std::move(record);
  return result;
}

}  // namespace jobname::markdown
