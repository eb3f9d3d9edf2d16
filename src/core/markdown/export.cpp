#include "core/markdown/export.h"

#include <algorithm>
#include <cstdint>
#include <functional>

#include "core/markdown/lines.h"
#include "core/markdown/section_items.h"
#include "core/markdown/source_edits.h"
#include "core/markdown/source_document.h"
#include "core/model/stages.h"
#include "core/text/utf8.h"

namespace jobname::markdown {

using model::Block;
using model::Record;
using model::SourceDocument;
using model::Span;

const char* scoreColour(double value, double max) {
  const double outOfTen = max > 0 ? value * 10.0 / max : value;
  if (outOfTen >= 8) return "#4caf50";
  if (outOfTen >= 5) return "#ff9800";
  return "#f44336";
}

namespace {

// The colour of a score that is no number in range is the lowest one.
const char* colourOf(const model::Score& score) { return scoreColour(score.numbers().outOfTen().value_or(0), 10); }

std::string scoreLine(const model::Score& score) {
  return std::string("<h4><mark style=\"background-color:") + colourOf(score) +
         "; color:#ffffff; padding:4px 8px; border-radius:4px\">" + score.text + "</mark></h4>";
}

std::string companyTitle(const model::Company& c) { return c.localName.empty() ? c.name : c.name + " | " + c.localName; }

std::string joinApplyWays(const std::vector<std::string>& ways) {
  std::string out;
  for (const auto& way : ways) out += (out.empty() ? "" : " & ") + way;
  return out;
}

std::string dateValue(const model::DatedStage& d) {
  if (d.date.empty()) return d.note;
  return d.note.empty() ? d.date : d.date + " " + d.note;
}

std::string dateEntry(const model::DatedStage& d) { return "- **" + d.label + "**<br />" + dateValue(d); }
std::string durationEntry(const model::Duration& d) {
  return d.label.empty() ? "- " + d.text : "- **" + d.label + "**<br />" + d.text;
}

std::string heading(int level, const std::string& title) { return std::string(std::max(1, std::min(level, 6)), '#') + " " + title; }

std::string canonicalSection(const model::Section& section) {
  std::string out = heading(section.level, section.title);
  for (std::size_t i = 0; i < section.items.size(); ++i) out += (i == 0 ? "\n" : "\n\n") + canonicalItem(section.items[i]);
  return out;
}

template <typename T>
std::string joinCanonical(const std::vector<T>& items, const std::function<std::string(const T&)>& write,
                          const std::string& separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? separator : "") + write(items[i]);
  return out;
}

// Which code fence is open at the end of a text fed piece by piece, as the importer reads fences
// (each fence line toggles): the export asks it at each place it adds text.
class FenceTracker {
 public:
  void feed(std::string_view more) {
    // A byte order mark at the file's start is no part of its first line (see importMarkdown).
    if (!fedAny_ && more.substr(0, text::kByteOrderMark.size()) == text::kByteOrderMark) more.remove_prefix(text::kByteOrderMark.size());
    fedAny_ = fedAny_ || !more.empty();
    for (const char c : more) {
      if (c != '\n') {
        line_ += c;
        continue;
      }
      open_ = afterLine(open_, line_);
      line_.clear();
    }
  }
  // The fence run (``` or ~~~, as long as it was written) of a fence open at the end; empty when none.
  std::string openFence() const { return afterLine(open_, line_); }
  bool atLineStart() const { return line_.empty(); }

 private:
  std::string open_;
  std::string line_;  // the last line, not yet ended
  bool fedAny_ = false;

  static std::string afterLine(const std::string& open, std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!isFenceLine(line)) return open;
    if (!open.empty()) return std::string();
    const std::string_view run = trim(line);
    return std::string(run.substr(0, run.find_first_not_of(run[0])));
  }
};

class Patcher {
 public:
  Patcher(const SourceDocument& src, const Record& now) : src_(src), now_(now), old_(src.parsed), text_(src.text) {}

  std::string run() {
    patchCompany();
    patchStatus();
    patchScalar(src_.position, model::kPositionBlock, old_.position, now_.position, "## " + now_.position, false,
                headingTitle(src_.position, now_.position));
    patchProcess();
    if (now_.applyWays != old_.applyWays) {
      patchScalar(src_.applyWays, model::kApplyBlock, "", "*", "### Apply Way\n" + joinApplyWays(now_.applyWays), true,
                  joinApplyWays(now_.applyWays));
    }
    patchDates();
    patchDurations();
    patchScalar(src_.platform, model::kPlatformBlock, old_.platform, now_.platform,
                "### Interview Platform\n" + now_.platform, true);
    patchSections();
    patchScore();
    closeFenceBeforeAddedText();
    keepLineEndsWithTheirLines();
    addAfterHalfLineEndAtTheEnd();
    return applyEdits(text_, 0, text_.size(), std::move(edits_));
  }

 private:
  const SourceDocument& src_;
  const Record& now_;
  const Record& old_;
  std::string_view text_;
  std::vector<Edit> edits_;
  std::size_t processEdit_ = SIZE_MAX;  // the chart's text, written inside its own fence

  // Text written anew (canonical, its lines ending in '\n') with the record's line ending.
  std::string fresh(const std::string& text) const { return withNewline(text, src_.newline); }
  Edit edit(std::size_t begin, std::size_t end, const std::string& text) const { return {begin, end, fresh(text)}; }
  void replace(Span s, const std::string& text) { edits_.push_back(edit(s.begin, s.end, text)); }
  void insertAt(std::size_t at, const std::string& text) { edits_.push_back(edit(at, at, text)); }
  void add(std::vector<Edit> edits) {
    for (Edit& e : edits) edits_.push_back(std::move(e));
  }

  // After every block that comes before `block` in the format's order, wherever the user put
  // them: a section added above a position heading written late in the file would take the
  // heading's place as the position (a level-2 heading counts only before any section). For the
  // same reason the position itself goes above the first section under the title, even when a
  // block before it in the format's order (a status heading written at the end) stands below.
  std::size_t insertionPoint(Block block) const {
    const std::size_t limit = block == model::kPositionBlock ? firstSectionUnderTitle() : SIZE_MAX;
    std::size_t at = 0;
    for (int b = block - 1; b >= 0; --b) {
      const Span& other = src_.blocks[b];
      if (other.present && other.end <= limit) at = std::max(at, other.end);
    }
    return at;
  }
  std::size_t firstSectionUnderTitle() const {
    std::size_t first = SIZE_MAX;
    for (const model::SectionSpans& s : src_.sectionSpans) {
      if (s.block.begin >= src_.blocks[model::kCompanyBlock].end) first = std::min(first, s.block.begin);
    }
    return first;
  }
  void insertBlock(Block block, const std::string& text) { insertAt(insertionPoint(block), "\n\n" + text); }

  // A heading's new title: an empty heading ("#" alone) has no space before its title, and
  // "#Task" is no heading.
  std::string headingTitle(const Span& title, const std::string& now) const {
    return title.begin > 0 && text_[title.begin - 1] == '#' ? " " + now : now;
  }

  // A file that ends in a bare '\r' (a line end cut in half): the importer reads it as the last
  // line's end, so text added after that line would go in before it and move the '\r' to the end
  // of the file. It goes after the '\r' instead, which the added text's first newline completes.
  void addAfterHalfLineEndAtTheEnd() {
    if (text_.empty() || text_.back() != '\r') return;
    const std::size_t cr = text_.size() - 1;
    std::vector<std::size_t> atEnd;
    for (std::size_t i = 0; i < edits_.size(); ++i) {
      if (edits_[i].begin == cr && edits_[i].end == cr) atEnd.push_back(i);
    }
    std::stable_sort(atEnd.begin(), atEnd.end(),
                     [this](std::size_t a, std::size_t b) { return editWrittenFirst(edits_[a], edits_[b]); });
    if (atEnd.empty() || !startsWithNewline(edits_[atEnd.front()].text)) return;
    Edit& first = edits_[atEnd.front()];
    if (first.text.rfind("\r\n", 0) == 0) first.text.erase(0, 1);
    for (const std::size_t i : atEnd) edits_[i].begin = edits_[i].end = text_.size();  // in the same order
  }

  // The size of the line ending ("\r\n" or "\n") that starts at byte `at`; 0 when none does.
  std::size_t lineEndSizeAt(std::size_t at) const {
    return text_.compare(at, 2, "\r\n") == 0 ? 2 : text_.compare(at, 1, "\n") == 0 ? 1 : 0;
  }

  // Text added after a line goes in before the line's end and starts with a newline, and an
  // element removed after a line goes with the line end before it, so the line's own end ("\r\n"
  // or "\n") would be replaced by the added text's or the removed element's: invisible where
  // every line ends alike, but in a file of mixed line ends an untouched line would change its
  // end (and a line whose text ends in a stray '\r' would read otherwise). The line keeps its end
  // instead, written before what is added (whose leading newline moves to its own end), or left
  // out of what is removed (which goes through the removed element's own line end). The same
  // bytes where every line ends alike. Left as they are when another edit touches that line end.
  void keepLineEndsWithTheirLines() {
    std::vector<std::size_t> points;
    for (const Edit& e : edits_) {
      if (e.begin == e.end ? startsWithNewline(e.text) : lineEndSizeAt(e.begin) > 0) points.push_back(e.begin);
    }
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    for (const std::size_t at : points) {
      const std::size_t endSize = lineEndSizeAt(at);
      if (endSize == 0) continue;
      const std::size_t after = at + endSize;
      std::vector<Edit*> here;     // text added at the line end, in the order it is written
      Edit* covering = nullptr;    // an edit that replaces the line end and what follows it
      bool touched = false;
      for (Edit& other : edits_) {
        if (other.begin == at && other.end == at) here.push_back(&other);
        else if (other.begin == at && other.end >= after && !covering) covering = &other;
        else if (other.begin < after && other.end > at) touched = true;
      }
      if (touched) continue;
      if (covering) {
        keepLineEndBeforeRemoval(here, *covering, std::string(text_.substr(at, endSize)));
        continue;
      }
      const bool allStartLines = std::all_of(here.begin(), here.end(), [](const Edit* e) { return startsWithNewline(e->text); });
      if (!allStartLines) continue;
      // One edit over the line end, written before anything added right after it.
      std::string written(text_.substr(at, endSize));
      for (Edit* e : here) {  // in the same order
        const std::size_t newline = e->text.rfind("\r\n", 0) == 0 ? 2 : 1;
        written += e->text.substr(newline) + e->text.substr(0, newline);
        e->text.clear();
      }
      here.front()->end = after;
      here.front()->text = std::move(written);
    }
  }

  // `covering` replaces a line's end (`lineEnd`) and what follows it, with the text added there
  // (`added`, written first) or with none. What is written there starts on a line of its own:
  // the line keeps its end, and the first newline written goes. A removal with nothing written
  // goes through the removed text's own line end instead, unless another edit touches that end.
  void keepLineEndBeforeRemoval(const std::vector<Edit*>& added, Edit& covering, const std::string& lineEnd) {
    Edit* first = added.empty() ? &covering : added.front();
    if (startsWithNewline(first->text)) {
      first->text.erase(0, first->text.rfind("\r\n", 0) == 0 ? 2 : 1);
      std::string written = lineEnd;
      for (Edit* e : added) {
        written += e->text;
        e->text.clear();
      }
      covering.text = written + covering.text;
      return;
    }
    const std::size_t ownEnd = lineEndSizeAt(covering.end);
    if (!added.empty() || !covering.text.empty() || ownEnd == 0) return;
    const bool ownEndTouched = std::any_of(edits_.begin(), edits_.end(), [&](const Edit& other) {
      return &other != &covering && other.begin <= covering.end + ownEnd && other.end >= covering.end;
    });
    if (ownEndTouched) return;
    covering.begin += lineEnd.size();
    covering.end += ownEnd;
  }

  // The end of the line that holds byte `at`, before its "\r\n" or "\n", or before a '\r' that
  // ends the file. A '\r' anywhere else is the line's text, as the importer reads lines: what
  // follows it stays before what is added.
  std::size_t lineEnd(std::size_t at) const {
    while (at < text_.size() && text_[at] != '\n' && !(text_[at] == '\r' && (at + 1 == text_.size() || text_[at + 1] == '\n'))) ++at;
    return at;
  }

  // A stray fence that never closes swallows the rest of the record: text added after it would
  // read back as something else (a durations block as dates). The fence is closed on a line of
  // its own before the first such text, so every byte the user wrote stays as written and the
  // added text reads back as itself. Only where nothing but blank lines follows: text of the
  // user's after the added text would leave the fence and change its meaning. The fence state is
  // read from what the export writes before the added text, not from the source: an edit may
  // remove the user's closing fence (an item deleted) or write an opening one.
  void closeFenceBeforeAddedText() {
    std::vector<std::size_t> order(edits_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [this](std::size_t a, std::size_t b) { return editWrittenFirst(edits_[a], edits_[b]); });
    FenceTracker written, source;
    std::size_t pos = 0;
    for (const std::size_t i : order) {
      Edit& e = edits_[i];
      const bool insertion = e.begin == e.end;
      if (e.begin < pos && !insertion) continue;  // as applyEdits: overlapped by an edit written before it
      if (e.begin >= pos) {
        written.feed(text_.substr(pos, e.begin - pos));
        source.feed(text_.substr(pos, e.end - pos));
        pos = e.end;
      }  // else an insertion overlapped by the edit before it, which applyEdits writes right after it
      const bool addedAtTail =
          !e.text.empty() && text_.substr(e.end).find_first_not_of(" \t\r\n") == std::string_view::npos;
      const std::string fence = addedAtTail && i != processEdit_ ? written.openFence() : std::string();
      if (!fence.empty()) {
        if (written.atLineStart()) e.text = fence + src_.newline + e.text;
        else if (startsWithNewline(e.text)) e.text = src_.newline + fence + e.text;
        else e.text = src_.newline + fence + src_.newline + e.text;
        return;
      }
      written.feed(e.text);
      keepFenceStateAfter(e, i, written, source, addedAtTail);
    }
  }

  // An edit may change which code fence is open after it, and with it what the user's text after
  // it reads as: text written elsewhere (a section moved above the company heading) may carry a
  // fence that never closes and would swallow the company heading, so that the export no longer
  // imports; text removed or moved (a date or duration, read line by line, fences or not) may
  // take with it a fence that closed one opened above it, or opened one that a later fence
  // closes, and every heading between would read otherwise. Where the user's text follows, the
  // edit ends with a fence line of its own (closing the one left open, opening the one the file
  // had open there), so that what follows reads as it did in the file.
  void keepFenceStateAfter(Edit& e, std::size_t i, FenceTracker& written, const FenceTracker& source, bool atTail) const {
    if (i == processEdit_ || atTail || text_.substr(e.end).find_first_not_of(" \t\r\n") == std::string_view::npos) return;
    const std::string have = written.openFence(), want = source.openFence();
    if (have == want) return;
    for (const std::string& fence : {have, want}) {
      if (fence.empty()) continue;
      const std::string line = written.atLineStart() ? fence + src_.newline : src_.newline + fence;
      e.text += line;
      written.feed(line);
    }
  }

  // A one-span field; `inBody` fields sit on the lines under their heading.
  void patchScalar(const Span& span, Block block, const std::string& before, const std::string& after,
                   const std::string& blockText, bool inBody, const std::string& value = "\x01") {
    if (before == after) return;
    const std::string& v = value == "\x01" ? after : value;
    if (span.present) {
      const bool emptyBody = inBody && span.begin == span.end && src_.blocks[block].present &&
                             span.begin == src_.blocks[block].end;
      replace(span, emptyBody ? "\n" + v : v);
    } else if (!src_.blocks[block].present) {
      insertBlock(block, blockText);
    }
  }

  void patchCompany() {
    const auto& a = old_.company;
    const auto& b = now_.company;
    if ((a.name != b.name || a.localName != b.localName) && src_.companyName.present) replace(src_.companyName, companyTitle(b));
    if (a.url != b.url && src_.companyUrl.present) replace(src_.companyUrl, b.url);
  }

  void patchStatus() {
    if (now_.status == old_.status) return;
    const std::string row = model::writeStatusRow(now_.status);
    if (src_.statusRow.present) replace(src_.statusRow, headingTitle(src_.statusRow, row));
    else if (src_.blocks[model::kStatusBlock].present) insertAt(src_.blocks[model::kStatusBlock].end, "\n#### " + row);
    else insertBlock(model::kStatusBlock, "### Status\n#### " + row);
  }

  void patchProcess() {
    if (now_.process == old_.process) return;
    if (src_.process.present) {
      // A fence left open on the file's last line has no line for the chart yet.
      const bool fenceLineEnded = src_.process.begin > 0 && text_[src_.process.begin - 1] == '\n';
      // An empty chart written at the closing fence's line (or the file's end) ends its own last
      // line; one written at the fence line's end is followed by that line's ending, and one on a
      // blank line (the block's only line, which the chart's lines run to) by the blank line's.
      const std::size_t at = src_.process.begin;
      const bool onBlankLine = lineEndSizeAt(at) > 0;
      const bool chartEndsItsLine = at == src_.process.end && !onBlankLine && (fenceLineEnded || at == text_.size());
      const std::string chart = chartEndsItsLine ? now_.process + "\n" : now_.process;
      processEdit_ = edits_.size();
      replace(src_.process, fenceLineEnded ? chart : "\n" + chart);
    } else if (src_.blocks[model::kProcessBlock].present) {
      insertAt(src_.blocks[model::kProcessBlock].end, "\n```mermaid\n" + now_.process + "\n```");
    } else {
      insertBlock(model::kProcessBlock, "### Interview Process\n```mermaid\n" + now_.process + "\n```");
    }
  }

  // The edits of a list whose elements remember their origin (see editList): elements that kept
  // their order are edited in place by `nodeEdits`; the others are moved or written anew.
  template <typename T, typename Spans, typename NodeOf>
  std::vector<Edit> listEdits(const model::ListSpans& list, const std::vector<Spans>& spans, NodeOf nodeOf,
                              const std::vector<T>& items,
                              const std::function<std::vector<Edit>(const T&, std::size_t origin)>& nodeEdits,
                              const std::function<std::string(const T&)>& canonical, const std::string& lead,
                              std::size_t insertAt, bool keepApart = false) const {
    std::vector<model::NodeSpan> old;
    for (const auto& s : spans) old.push_back(nodeOf(s));
    std::vector<model::Origin> origins;
    for (const auto& item : items) origins.push_back(item.origin);
    // Elements that could run together are written with a blank line between them.
    const bool compact = list.separator.find('\n') == list.separator.rfind('\n');
    const std::string separator = list.separator.empty() || (keepApart && compact) ? fresh("\n\n") : list.separator;
    const ListLayout layout{separator, fresh(lead), insertAt, src_.newline, keepApart};
    return editList(
        text_, old, origins, layout,
        [&](std::size_t k) { return nodeEdits(items[k], static_cast<std::size_t>(items[k].origin)); },
        [&](std::size_t k) { return fresh(canonical(items[k])); });
  }

  static const model::NodeSpan& entryNode(const model::EntrySpans& s) { return s.item; }

  void patchDates() {
    if (!src_.blocks[model::kDatesBlock].present) {
      if (!now_.dates.empty()) {
        insertBlock(model::kDatesBlock, "### Interview Date\n\n" + joinCanonical<model::DatedStage>(now_.dates, dateEntry, "\n\n"));
      }
      return;
    }
    const std::function<std::vector<Edit>(const model::DatedStage&, std::size_t)> edits =
        [&](const model::DatedStage& d, std::size_t o) {
          std::vector<Edit> e;
          const model::DatedStage& was = old_.dates[o];
          const model::EntrySpans& s = src_.dateSpans[o];
          if (d == was) return e;
          if (!s.label.present) return std::vector<Edit>{edit(s.item.begin, s.value.end, dateEntry(d))};
          if (d.label != was.label) e.push_back(edit(s.label.begin, s.label.end, d.label));
          if (d.note == was.note && s.dateToken.present && !d.date.empty()) {
            if (d.date != was.date) e.push_back(edit(s.dateToken.begin, s.dateToken.end, d.date));
          } else if (d.note != was.note || d.date != was.date) {
            e.push_back(edit(s.value.begin, s.value.end, dateValue(d)));
          }
          return e;
        };
    add(listEdits<model::DatedStage>(src_.dates, src_.dateSpans, entryNode, now_.dates, edits, dateEntry, "\n\n",
                                     src_.dates.insertAt));
  }

  void patchDurations() {
    if (!src_.blocks[model::kDurationsBlock].present) {
      if (!now_.durations.empty()) {
        insertBlock(model::kDurationsBlock,
                    "### Interview Duration\n" + joinCanonical<model::Duration>(now_.durations, durationEntry, "\n\n"));
      }
      return;
    }
    const bool staysBare = src_.bareDuration && now_.durations.size() == 1 && now_.durations[0].label.empty() &&
                           now_.durations[0].origin == 0;
    const std::function<std::vector<Edit>(const model::Duration&, std::size_t)> edits =
        [&](const model::Duration& d, std::size_t o) {
          std::vector<Edit> e;
          const model::Duration& was = old_.durations[o];
          const model::EntrySpans& s = src_.durationSpans[o];
          if (staysBare) {
            if (d.text != was.text) e.push_back(edit(s.value.begin, s.value.end, d.text));
            return e;
          }
          // "1 hour" alone under the heading cannot stand beside list entries: it becomes one.
          if (src_.bareDuration) return std::vector<Edit>{edit(s.value.begin, s.value.end, durationEntry(d))};
          if (d == was) return e;
          if (d.label != was.label && !s.label.present) return std::vector<Edit>{edit(s.item.begin, s.value.end, durationEntry(d))};
          if (d.label != was.label) e.push_back(edit(s.label.begin, s.label.end, d.label));
          if (d.text != was.text) e.push_back(edit(s.value.begin, s.value.end, d.text));
          return e;
        };
    add(listEdits<model::Duration>(src_.durations, src_.durationSpans, entryNode, now_.durations, edits, durationEntry,
                                   "\n", src_.durations.insertAt));
  }

  std::vector<Edit> itemEdits(const model::SectionItem& item, const model::SectionItem& was, const model::ItemSpans& s) const {
    std::vector<Edit> e;
    if (item == was) return e;
    if (item.kind != was.kind || item.kind == model::ItemKind::Other) return {edit(s.item.begin, s.item.end, canonicalItem(item))};
    if (item.kind == model::ItemKind::Note) {
      return {edit(s.text.begin, s.text.end, s.noteHasNewlines ? "\n" + item.text + "\n" : item.text)};
    }
    if (item.text != was.text) e.push_back(edit(s.text.begin, s.text.end, item.text));
    if (item.answer != was.answer) {
      const bool anotherDetails = s.answer.present && text_.substr(s.answer.end, s.item.end - s.answer.end).find("<details") != std::string_view::npos;
      if (s.answer.present && item.answer.empty() && anotherDetails) {
        // Without this block the next <details> under the question would read as its answer.
        e.push_back(edit(s.answer.begin, s.answer.end, detailsBlock("", s.indent)));
      } else if (s.answer.present && item.answer.empty()) {
        std::size_t from = s.answer.begin;
        while (from > s.text.end && text_[from - 1] != '\n') --from;  // the answer block's own lines
        if (from > s.text.end) --from;                                  // and the line ending before them
        if (from > s.text.end && text_[from - 1] == '\r') --from;
        e.push_back({from, s.answer.end, {}});
      } else if (s.answer.present) {
        e.push_back(edit(s.answer.begin, s.answer.end, detailsBlock(item.answer, s.indent)));
      } else {
        const std::size_t at = lineEnd(s.text.end);
        e.push_back(edit(at, at, "\n" + detailsBlock(item.answer, "    ")));
      }
    }
    return e;
  }

  static const model::NodeSpan& itemNode(const model::ItemSpans& s) { return s.item; }
  static const model::NodeSpan& sectionNode(const model::SectionSpans& s) { return s.block; }

  std::vector<Edit> sectionEdits(const model::Section& section, std::size_t o) const {
    const model::Section& was = old_.sections[o];
    const model::SectionSpans& s = src_.sectionSpans[o];
    std::vector<Edit> e;
    if (section.level != was.level) e.push_back(edit(s.block.begin, s.title.begin, std::string(std::max(1, std::min(section.level, 6)), '#') + " "));
    if (section.title != was.title) {
      e.push_back(edit(s.title.begin, s.title.end, section.level != was.level ? section.title : headingTitle(s.title, section.title)));
    }
    const std::function<std::vector<Edit>(const model::SectionItem&, std::size_t)> edits =
        [&](const model::SectionItem& item, std::size_t io) { return itemEdits(item, was.items[io], s.itemSpans[io]); };
    // Two paragraphs (Markdown kept as written) with only a line ending between them are one.
    auto isMarkdown = [](const model::SectionItem& i) { return i.kind == model::ItemKind::Other; };
    const bool keepApart = std::any_of(was.items.begin(), was.items.end(), isMarkdown) ||
                           std::any_of(section.items.begin(), section.items.end(), isMarkdown);
    for (Edit& item : listEdits<model::SectionItem>(s.items, s.itemSpans, itemNode, section.items, edits, canonicalItem, "\n",
                                                    s.items.insertAt, keepApart)) {
      e.push_back(std::move(item));
    }
    return e;
  }

  void patchSections() {
    const std::function<std::vector<Edit>(const model::Section&, std::size_t)> edits =
        [&](const model::Section& section, std::size_t o) { return sectionEdits(section, o); };
    add(listEdits<model::Section>(src_.sections, src_.sectionSpans, sectionNode, now_.sections, edits, canonicalSection,
                                  "\n\n", insertionPoint(model::kSectionsBlock)));
  }

  void patchScore() {
    const model::Score& a = old_.score;
    const model::Score& b = now_.score;
    if (a == b) return;
    if (!src_.scoreValue.present) {
      std::string block = "### Score\n" + (b.text.empty() ? std::string() : scoreLine(b));
      if (!b.comment.empty()) block += "\n" + noteBlock(b.comment);
      if (src_.blocks[model::kScoreBlock].present) insertAt(src_.blocks[model::kScoreBlock].end, "\n" + block.substr(block.find('\n') + 1));
      else insertBlock(model::kScoreBlock, block);
      return;
    }
    if (a.text != b.text) {
      replace(src_.scoreValue, b.text);
      if (b.numbers().inRange() && src_.scoreColour.present &&
          (!a.numbers().inRange() || std::string(colourOf(a)) != colourOf(b))) {
        replace(src_.scoreColour, colourOf(b));
      }
    }
    if (a.comment != b.comment) {
      if (src_.scoreComment.present) {
        replace(src_.scoreComment, src_.scoreCommentHasNewlines ? "\n" + b.comment + "\n" : b.comment);
      } else {
        insertAt(lineEnd(src_.scoreValue.end), "\n" + noteBlock(b.comment));
      }
    }
  }
};

}  // namespace

std::string writeCanonicalMarkdown(const Record& r) {
  std::vector<std::string> blocks;
  blocks.push_back("# [" + companyTitle(r.company) + "](" + r.company.url + ")");
  blocks.push_back("### Status\n#### " + model::writeStatusRow(r.status));
  if (!r.position.empty()) blocks.push_back("## " + r.position);
  if (!r.process.empty()) blocks.push_back("### Interview Process\n```mermaid\n" + r.process + "\n```");
  if (!r.applyWays.empty()) blocks.push_back("### Apply Way\n" + joinApplyWays(r.applyWays));
  if (!r.dates.empty()) {
    blocks.push_back("### Interview Date\n\n" + joinCanonical<model::DatedStage>(r.dates, dateEntry, "\n\n"));
  }
  if (!r.durations.empty()) {
    blocks.push_back("### Interview Duration\n" + joinCanonical<model::Duration>(r.durations, durationEntry, "\n\n"));
  }
  if (!r.platform.empty()) blocks.push_back("### Interview Platform\n" + r.platform);
  for (const auto& section : r.sections) blocks.push_back(canonicalSection(section));
  if (!r.score.text.empty() || !r.score.comment.empty()) {
    std::string score = "### Score";
    if (!r.score.text.empty()) score += "\n" + scoreLine(r.score);
    if (!r.score.comment.empty()) score += "\n" + noteBlock(r.score.comment);
    blocks.push_back(score);
  }
  std::string out;
  for (const auto& block : blocks) out += block + "\n\n";
  out.pop_back();  // one newline at the end of the file
  return out;
}

const std::string& sourceText(const Record& record) {
  static const std::string kNone;
  return record.source ? record.source->text : kNone;
}

std::string exportMarkdown(const Record& record) {
  // A record read from a file is always that file, edited: never the canonical layout, which
  // would drop whatever the model does not own.
  if (!record.source) return writeCanonicalMarkdown(record);
  return Patcher(*record.source, record).run();
}

}  // namespace jobname::markdown
