#include "core/markdown/export.h"

#include <algorithm>
#include <functional>

#include "core/markdown/lines.h"
#include "core/markdown/section_items.h"
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

struct Edit {
  std::size_t begin, end;
  std::string text;
};

std::string applyEdits(std::string_view text, std::size_t begin, std::size_t end, std::vector<Edit> edits) {
  std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  std::string out;
  out.reserve(end - begin + 64);
  std::size_t pos = begin;
  for (const Edit& e : edits) {
    if (e.begin < pos || e.end > end) continue;  // overlapping edits cannot happen by construction
    out.append(text.substr(pos, e.begin - pos));
    out += e.text;
    pos = e.end;
  }
  out.append(text.substr(pos, end - pos));
  return out;
}

class Patcher {
 public:
  Patcher(const SourceDocument& src, const Record& now) : src_(src), now_(now), old_(src.parsed), text_(src.text) {}

  bool run(std::string& out) {
    patchCompany();
    patchStatus();
    patchScalar(src_.position, model::kPositionBlock, old_.position, now_.position, "## " + now_.position, false);
    patchProcess();
    if (now_.applyWays != old_.applyWays) {
      patchScalar(src_.applyWays, model::kApplyBlock, "", "*", "### Apply Way\n" + joinApplyWays(now_.applyWays), true,
                  joinApplyWays(now_.applyWays));
    }
    patchDates();
    patchDurations();
    patchScalar(src_.platform, model::kPlatformBlock, old_.platform, now_.platform,
                "### Interview Platform\n" + now_.platform, true);
    if (!patchSections()) return false;
    patchScore();
    out = applyEdits(text_, 0, text_.size(), edits_);
    return true;
  }

 private:
  const SourceDocument& src_;
  const Record& now_;
  const Record& old_;
  std::string_view text_;
  std::vector<Edit> edits_;

  void replace(Span s, std::string text) { edits_.push_back({s.begin, s.end, std::move(text)}); }
  void insertAt(std::size_t at, std::string text) { edits_.push_back({at, at, std::move(text)}); }

  std::size_t insertionPoint(Block block) const {
    for (int b = block - 1; b >= 0; --b) {
      if (src_.blocks[b].present) return src_.blocks[b].end;
    }
    return 0;
  }
  void insertBlock(Block block, const std::string& text) { insertAt(insertionPoint(block), "\n\n" + text); }

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
    if (src_.statusRow.present) replace(src_.statusRow, row);
    else if (src_.blocks[model::kStatusBlock].present) insertAt(src_.blocks[model::kStatusBlock].end, "\n#### " + row);
    else insertBlock(model::kStatusBlock, "### Status\n#### " + row);
  }

  void patchProcess() {
    if (now_.process == old_.process) return;
    if (src_.process.present) {
      replace(src_.process, src_.process.begin == src_.process.end ? now_.process + "\n" : now_.process);
    } else if (src_.blocks[model::kProcessBlock].present) {
      insertAt(src_.blocks[model::kProcessBlock].end, "\n```mermaid\n" + now_.process + "\n```");
    } else {
      insertBlock(model::kProcessBlock, "### Interview Process\n```mermaid\n" + now_.process + "\n```");
    }
  }

  // A list whose elements remember their origin: unchanged shape -> per-element edits; otherwise
  // the list is written again from the elements' own (edited) original text or canonical text.
  template <typename T>
  void patchList(const model::ListSpans& list, const std::vector<Span>& itemSpans, const std::vector<T>& items,
                 std::size_t oldCount, const std::function<std::vector<Edit>(const T&, std::size_t)>& itemEdits,
                 const std::function<std::string(const T&)>& canonical, const std::string& defaultSeparator,
                 const std::function<void(const std::string&)>& insertNew) {
    bool sameShape = items.size() == oldCount;
    for (std::size_t i = 0; sameShape && i < items.size(); ++i) sameShape = items[i].origin == static_cast<int>(i);
    if (sameShape) {
      for (std::size_t i = 0; i < items.size(); ++i) {
        for (Edit& e : itemEdits(items[i], i)) edits_.push_back(std::move(e));
      }
      return;
    }
    const std::string separator = list.separator.empty() ? defaultSeparator : list.separator;
    std::string out;
    for (std::size_t k = 0; k < items.size(); ++k) {
      if (k) out += separator;
      const int o = items[k].origin;
      if (o >= 0 && static_cast<std::size_t>(o) < oldCount) {
        out += applyEdits(text_, itemSpans[o].begin, itemSpans[o].end, itemEdits(items[k], o));
      } else {
        out += canonical(items[k]);
      }
    }
    if (list.region.present) replace(list.region, out);
    else if (!items.empty()) insertNew(out);
  }

  static std::vector<Span> itemsOf(const std::vector<model::EntrySpans>& spans) {
    std::vector<Span> out;
    for (const auto& s : spans) out.push_back(s.item);
    return out;
  }

  void patchDates() {
    const std::function<std::vector<Edit>(const model::DatedStage&, std::size_t)> edits =
        [&](const model::DatedStage& d, std::size_t o) {
          std::vector<Edit> e;
          const model::DatedStage& was = old_.dates[o];
          const model::EntrySpans& s = src_.dateSpans[o];
          if (d == was) return e;
          if (!s.label.present || !s.value.present) return std::vector<Edit>{{s.item.begin, s.item.end, dateEntry(d)}};
          if (d.label != was.label) e.push_back({s.label.begin, s.label.end, d.label});
          if (d.note == was.note && s.dateToken.present && !d.date.empty()) {
            if (d.date != was.date) e.push_back({s.dateToken.begin, s.dateToken.end, d.date});
          } else if (d.note != was.note || d.date != was.date) {
            e.push_back({s.value.begin, s.value.end, dateValue(d)});
          }
          return e;
        };
    patchList<model::DatedStage>(src_.dates, itemsOf(src_.dateSpans), now_.dates, old_.dates.size(), edits, dateEntry,
                                 "\n\n", [&](const std::string& list) {
                                   if (src_.blocks[model::kDatesBlock].present) insertAt(src_.dates.insertAt, "\n\n" + list);
                                   else insertBlock(model::kDatesBlock, "### Interview Date\n\n" + list);
                                 });
  }

  void patchDurations() {
    if (src_.bareDuration && now_.durations.size() == 1 && now_.durations[0].label.empty() &&
        now_.durations[0].origin == 0) {
      if (now_.durations[0].text != old_.durations[0].text) replace(src_.durations.region, now_.durations[0].text);
      return;
    }
    const std::function<std::vector<Edit>(const model::Duration&, std::size_t)> edits =
        [&](const model::Duration& d, std::size_t o) {
          std::vector<Edit> e;
          const model::Duration& was = old_.durations[o];
          const model::EntrySpans& s = src_.durationSpans[o];
          if (d == was) return e;
          if (src_.bareDuration || (d.label != was.label && !s.label.present)) {
            return std::vector<Edit>{{s.item.begin, s.item.end, durationEntry(d)}};
          }
          if (d.label != was.label) e.push_back({s.label.begin, s.label.end, d.label});
          if (d.text != was.text) e.push_back({s.value.begin, s.value.end, d.text});
          return e;
        };
    patchList<model::Duration>(src_.durations, itemsOf(src_.durationSpans), now_.durations, old_.durations.size(),
                               edits, durationEntry, "\n\n", [&](const std::string& list) {
                                 if (src_.blocks[model::kDurationsBlock].present) insertAt(src_.durations.insertAt, "\n" + list);
                                 else insertBlock(model::kDurationsBlock, "### Interview Duration\n" + list);
                               });
  }

  std::vector<Edit> itemEdits(const model::SectionItem& item, const model::SectionItem& was, const model::ItemSpans& s) const {
    std::vector<Edit> e;
    if (item == was) return e;
    if (item.kind != was.kind || item.kind == model::ItemKind::Other) return {{s.item.begin, s.item.end, canonicalItem(item)}};
    if (item.kind == model::ItemKind::Note) {
      return {{s.text.begin, s.text.end, s.noteHasNewlines ? "\n" + item.text + "\n" : item.text}};
    }
    if (item.text != was.text) e.push_back({s.text.begin, s.text.end, item.text});
    if (item.answer != was.answer) {
      if (s.answer.present && item.answer.empty()) {
        std::size_t from = s.answer.begin;
        while (from > s.text.end && text_[from - 1] != '\n') --from;  // the answer block's own lines
        if (from > s.text.end) --from;                                  // and the newline before them
        e.push_back({from, s.answer.end, ""});
      } else if (s.answer.present) {
        e.push_back({s.answer.begin, s.answer.end, detailsBlock(item.answer, s.indent)});
      } else {
        std::size_t lineEnd = s.text.end;
        while (lineEnd < text_.size() && text_[lineEnd] != '\n' && text_[lineEnd] != '\r') ++lineEnd;
        e.push_back({lineEnd, lineEnd, "\n" + detailsBlock(item.answer, "    ")});
      }
    }
    return e;
  }

  std::vector<Edit> sectionEdits(const model::Section& section, std::size_t o) {
    const model::Section& was = old_.sections[o];
    const model::SectionSpans& s = src_.sectionSpans[o];
    std::vector<Edit> saved;
    saved.swap(edits_);  // collect this section's edits on their own
    if (section.level != was.level) replace({s.block.begin, s.title.begin, true}, std::string(std::max(1, std::min(section.level, 6)), '#') + " ");
    if (section.title != was.title) replace(s.title, section.title);
    std::vector<Span> itemSpans;
    for (const auto& is : s.itemSpans) itemSpans.push_back(is.item);
    const std::function<std::vector<Edit>(const model::SectionItem&, std::size_t)> edits =
        [&](const model::SectionItem& item, std::size_t io) { return itemEdits(item, was.items[io], s.itemSpans[io]); };
    patchList<model::SectionItem>(s.items, itemSpans, section.items, was.items.size(), edits, canonicalItem, "\n\n",
                                  [&](const std::string& list) { insertAt(s.items.insertAt, "\n" + list); });
    saved.swap(edits_);
    return saved;
  }

  bool patchSections() {
    std::vector<Span> blocks;
    for (const auto& s : src_.sectionSpans) blocks.push_back(s.block);
    bool sameShape = now_.sections.size() == old_.sections.size();
    for (std::size_t i = 0; sameShape && i < now_.sections.size(); ++i) sameShape = now_.sections[i].origin == static_cast<int>(i);
    if (!sameShape && !src_.sectionsContiguous) return false;
    const std::function<std::vector<Edit>(const model::Section&, std::size_t)> edits =
        [&](const model::Section& section, std::size_t o) { return sectionEdits(section, o); };
    patchList<model::Section>(src_.sections, blocks, now_.sections, old_.sections.size(), edits, canonicalSection, "\n\n",
                              [&](const std::string& list) { insertBlock(model::kSectionsBlock, list); });
    return true;
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
        std::size_t lineEnd = src_.scoreValue.end;
        while (lineEnd < text_.size() && text_[lineEnd] != '\n' && text_[lineEnd] != '\r') ++lineEnd;
        insertAt(lineEnd, "\n" + noteBlock(b.comment));
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
  if (!record.source) return writeCanonicalMarkdown(record);
  std::string out;
  if (Patcher(*record.source, record).run(out)) return out;
  return writeCanonicalMarkdown(record);
}

}  // namespace jobname::markdown
