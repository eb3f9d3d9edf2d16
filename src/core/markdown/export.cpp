#include "core/markdown/export.h"

#include <algorithm>
#include <cstdint>
#include <functional>

#include "core/markdown/edit_placement.h"
#include "core/markdown/lines.h"
#include "core/markdown/section_items.h"
#include "core/markdown/source_edits.h"
#include "core/markdown/source_document.h"
#include "core/model/stages.h"

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
    placeAmongTheUsersText(text_, src_.newline, edits_, processEdit_);
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

  // The end of the line that holds byte `at`, before its "\r\n" or "\n", or before a '\r' that
  // ends the file. A '\r' anywhere else is the line's text, as the importer reads lines: what
  // follows it stays before what is added.
  std::size_t lineEnd(std::size_t at) const {
    while (at < text_.size() && text_[at] != '\n' && !(text_[at] == '\r' && (at + 1 == text_.size() || text_[at + 1] == '\n'))) ++at;
    return at;
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
      const bool onBlankLine = lineEndSizeAt(text_, at) > 0;
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
          // From the line's start: an entry indented like the bare line ("  1 hour") is no entry.
          if (src_.bareDuration) return std::vector<Edit>{edit(s.item.begin, s.value.end, durationEntry(d))};
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
