#include "core/markdown/edit_placement.h"

#include <algorithm>

#include "core/markdown/lines.h"
#include "core/text/utf8.h"

namespace jobname::markdown {

namespace {

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

class Placement {
 public:
  Placement(std::string_view text, const std::string& newline, std::vector<Edit>& edits, std::size_t chartEdit)
      : text_(text), newline_(newline), edits_(edits), chartEdit_(chartEdit) {}

  void run() {
    closeFenceBeforeAddedText();
    keepLineEndsWithTheirLines();
    addAfterHalfLineEndAtTheEnd();
  }

 private:
  std::string_view text_;
  const std::string& newline_;
  std::vector<Edit>& edits_;
  std::size_t chartEdit_;  // the chart's text, written inside its own fence

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
      const std::string fence = addedAtTail && i != chartEdit_ ? written.openFence() : std::string();
      if (!fence.empty()) {
        if (written.atLineStart()) e.text = fence + newline_ + e.text;
        else if (startsWithNewline(e.text)) e.text = newline_ + fence + e.text;
        else e.text = newline_ + fence + newline_ + e.text;
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
    if (i == chartEdit_ || atTail || text_.substr(e.end).find_first_not_of(" \t\r\n") == std::string_view::npos) return;
    // Never inside a line of the user's (a label's text): a later edit at a line's edge does it.
    const bool userLineFollows = e.end == 0 || text_[e.end - 1] == '\n';
    const bool atLineEdge = userLineFollows || lineEndSizeAt(text_, e.end) > 0;
    if (!atLineEdge) return;
    const std::string have = written.openFence(), want = source.openFence();
    if (have == want) return;
    for (const std::string& fence : {have, want}) {
      if (fence.empty()) continue;
      const std::string line = written.atLineStart() ? fence + newline_ : newline_ + fence;
      e.text += line;
      written.feed(line);
    }
    // The user's next line starts right after the edit (one that joined two lines): the fence
    // line ends before it, or that line would be the fence's info string.
    if (userLineFollows && !written.atLineStart()) {
      e.text += newline_;
      written.feed(newline_);
    }
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
      if (e.begin == e.end ? startsWithNewline(e.text) : lineEndSizeAt(text_, e.begin) > 0) points.push_back(e.begin);
    }
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    for (const std::size_t at : points) {
      const std::size_t endSize = lineEndSizeAt(text_, at);
      if (endSize == 0) continue;
      const std::size_t after = at + endSize;
      std::vector<Edit*> here;     // text added at the line end, in the order it is written
      Edit* covering = nullptr;    // an edit that replaces the line end and what follows it
      bool touched = false;
      for (Edit& other : edits_) {
        if (other.begin == at && other.end == at) here.push_back(&other);
        else if (other.begin == at && other.end >= after && !covering) covering = &other;
        // An edit over the line end's bytes, or one that ends where it starts: that edit took the
        // line the end belongs to (it is the end of a removed element, no kept line's).
        else if ((other.begin < after && other.end > at) || (other.begin < at && other.end == at)) touched = true;
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
        const std::size_t newline = lineEndSizeAt(e->text, 0);
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
    if (added.empty() && covering.text.empty()) takeTextAddedRightAfter(covering);
    Edit* first = added.empty() ? &covering : added.front();
    if (startsWithNewline(first->text)) {
      first->text.erase(0, lineEndSizeAt(first->text, 0));
      std::string written = lineEnd;
      for (Edit* e : added) {
        written += e->text;
        e->text.clear();
      }
      covering.text = written + covering.text;
      return;
    }
    const std::size_t ownEnd = lineEndSizeAt(text_, covering.end);
    if (!added.empty() || !covering.text.empty() || ownEnd == 0) return;
    const bool ownEndTouched = std::any_of(edits_.begin(), edits_.end(), [&](const Edit& other) {
      return &other != &covering && other.begin <= covering.end + ownEnd && other.end >= covering.end;
    });
    if (ownEndTouched) return;
    covering.begin += lineEnd.size();
    covering.end += ownEnd;
  }

  // Text added right where `removal` ends (a section after the element removed), when it starts
  // on a line of its own, becomes the removal's: the same bytes, written in the same order, and
  // the line end before the removal can then be kept before it.
  void takeTextAddedRightAfter(Edit& removal) {
    std::vector<Edit*> after;
    for (Edit& other : edits_) {
      if (&other != &removal && other.begin == removal.end && other.end == removal.end) after.push_back(&other);
    }
    if (after.empty() || !startsWithNewline(after.front()->text)) return;
    for (Edit* e : after) {  // in the same order
      removal.text += e->text;
      e->text.clear();
    }
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
};

}  // namespace

std::size_t lineEndSizeAt(std::string_view text, std::size_t at) {
  return text.compare(at, 2, "\r\n") == 0 ? 2 : text.compare(at, 1, "\n") == 0 ? 1 : 0;
}

void placeAmongTheUsersText(std::string_view text, const std::string& newline, std::vector<Edit>& edits, std::size_t chartEdit) {
  Placement(text, newline, edits, chartEdit).run();
}

}  // namespace jobname::markdown
