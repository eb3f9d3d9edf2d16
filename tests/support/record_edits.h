// Random edits of an imported record, of every kind the editor and the JSON import make, and the
// promises an export after them keeps. Shared by the property test over the corpus (seeded
// choices) and the libFuzzer target (choices read from the input). Header-only, no test
// framework: a check returns what failed, or "" when all holds.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "core/markdown/source_edits.h"
#include "core/markdown/source_document.h"
#include "core/model/record.h"
#include "core/model/stages.h"
#include "core/text/utf8.h"

namespace jobname::testing {

// Where the edits' choices come from.
class Choices {
 public:
  virtual ~Choices() = default;
  virtual std::size_t below(std::size_t n) = 0;  // 0 .. n - 1 (0 when n is 0)
  template <typename T>
  const T& oneOf(const std::vector<T>& options) { return options[below(options.size())]; }
};

// SplitMix64: the same numbers from a seed on every machine (std::uniform_int_distribution is not).
class SeededChoices : public Choices {
 public:
  explicit SeededChoices(std::uint64_t seed) : state_(seed) {}
  std::size_t below(std::size_t n) override {
    state_ += 0x9E3779B97F4A7C15ull;
    std::uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return n ? static_cast<std::size_t>(z % n) : 0;
  }

 private:
  std::uint64_t state_;
};

// The fuzzer's bytes, one a choice; 0 once they run out.
class ByteChoices : public Choices {
 public:
  ByteChoices(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  std::size_t below(std::size_t n) override { return n && at_ < size_ ? data_[at_++] % n : 0; }
  bool exhausted() const { return at_ >= size_; }

 private:
  const std::uint8_t* data_;
  std::size_t size_, at_ = 0;
};

// ---- edits ----------------------------------------------------------------------------------
// Values an edit writes: plain text the format can hold (no line break in one-line fields, no
// date-shaped text in a date's note, no field heading as a section title), Persian included.

namespace edits {
using namespace jobname::model;

inline const std::vector<std::string> kLabels = {"Offer", "HR Call", "Final Interview", "تماس منابع انسانی"};
inline const std::vector<std::string> kDates = {"1403.05.17", "1402.12.01", "1404.01.09"};
inline const std::vector<std::string> kDateNotes = {"", "At 5 PM", "online, with the CTO"};
inline const std::vector<std::string> kDurations = {"1 hour", "45 minutes", "About 2 hours", "نیم ساعت"};
inline const std::vector<std::string> kTitles = {"Task Review", "System Design", "مصاحبه فنی"};
inline const std::vector<std::string> kQuestions = {"What is a race condition?", "چرا این شرکت را انتخاب کردی؟",
                                                    "How does `sync.Pool` work?"};
inline const std::vector<std::string> kAnswers = {"", "Yes.", "Two lines:\nfirst, then second",
                                                  "A **bold** answer with a [link](https://go.dev)."};
inline const std::vector<std::string> kNotes = {"مصاحبه خوبی بود", "دو خط\nیادداشت"};

template <typename T>
void moveOne(std::vector<T>& list, Choices& c) {
  if (list.size() < 2) return;
  const std::size_t from = c.below(list.size());
  T element = std::move(list[from]);
  list.erase(list.begin() + static_cast<std::ptrdiff_t>(from));
  list.insert(list.begin() + static_cast<std::ptrdiff_t>(c.below(list.size() + 1)), std::move(element));
}

template <typename T>
void insertSomewhere(std::vector<T>& list, T element, Choices& c) {
  list.insert(list.begin() + static_cast<std::ptrdiff_t>(c.below(list.size() + 1)), std::move(element));
}

template <typename T>
void removeOne(std::vector<T>& list, Choices& c) {
  if (!list.empty()) list.erase(list.begin() + static_cast<std::ptrdiff_t>(c.below(list.size())));
}

inline SectionItem newItem(Choices& c) {
  if (c.below(3) == 0) return {ItemKind::Note, c.oneOf(kNotes), "", kNew};
  return {ItemKind::Question, c.oneOf(kQuestions), c.oneOf(kAnswers), kNew};
}

inline std::string editDates(Record& r, Choices& c) {
  switch (r.dates.empty() ? 0 : c.below(6)) {
    case 0: insertSomewhere(r.dates, {c.oneOf(kLabels), c.oneOf(kDates), c.oneOf(kDateNotes), kNew}, c); return "date added";
    case 1: removeOne(r.dates, c); return "date removed";
    case 2: moveOne(r.dates, c); return "date moved";
    case 3: r.dates[c.below(r.dates.size())].date = c.oneOf(kDates); return "date changed";
    case 4: r.dates[c.below(r.dates.size())].label = c.oneOf(kLabels); return "date label changed";
    default: r.dates[c.below(r.dates.size())].note = c.oneOf(kDateNotes); return "date note changed";
  }
}

inline std::string editDurations(Record& r, Choices& c) {
  switch (r.durations.empty() ? 0 : c.below(5)) {
    case 0: insertSomewhere(r.durations, {c.oneOf(kLabels), c.oneOf(kDurations), kNew}, c); return "duration added";
    case 1: removeOne(r.durations, c); return "duration removed";
    case 2: moveOne(r.durations, c); return "duration moved";
    case 3: r.durations[c.below(r.durations.size())].text = c.oneOf(kDurations); return "duration changed";
    default: r.durations[c.below(r.durations.size())].label = c.oneOf(kLabels); return "duration label changed";
  }
}

inline std::string editSections(Record& r, Choices& c) {
  switch (r.sections.empty() ? 0 : c.below(4)) {
    case 0: {
      Section section;
      section.title = c.oneOf(kTitles);
      for (std::size_t n = c.below(3); n > 0; --n) section.items.push_back(newItem(c));
      insertSomewhere(r.sections, std::move(section), c);
      return "section added";
    }
    case 1: removeOne(r.sections, c); return "section removed";
    case 2: moveOne(r.sections, c); return "section moved";
    default: r.sections[c.below(r.sections.size())].title = c.oneOf(kTitles); return "section title changed";
  }
}

inline std::string editItems(Record& r, Choices& c) {
  if (r.sections.empty()) return editSections(r, c);
  auto& items = r.sections[c.below(r.sections.size())].items;
  switch (items.empty() ? 0 : c.below(5)) {
    case 0: insertSomewhere(items, newItem(c), c); return "item added";
    case 1: removeOne(items, c); return "item removed";
    case 2: moveOne(items, c); return "item moved";
    case 3: {
      SectionItem& item = items[c.below(items.size())];
      if (item.kind == ItemKind::Question) item.text = c.oneOf(kQuestions);
      else if (item.kind == ItemKind::Note) item.text = c.oneOf(kNotes);
      else return "markdown item left as it is";
      return "item text changed";
    }
    default: {
      SectionItem& item = items[c.below(items.size())];
      if (item.kind != ItemKind::Question) return "not a question: no answer";
      item.answer = c.oneOf(kAnswers);
      return "answer changed";
    }
  }
}

inline std::string editFields(Record& r, Choices& c) {
  switch (c.below(9)) {
    case 0: r.company.name = c.oneOf(std::vector<std::string>{"Acme", "دیجی‌کالا"}); return "company changed";
    case 1: r.company.url = "https://acme.example/jobs"; return "company url changed";
    case 2: r.position = c.oneOf(std::vector<std::string>{"Senior Go Developer", "برنامه‌نویس بک‌اند"}); return "position changed";
    case 3:
      if (!r.status.empty() && c.below(2)) r.status.pop_back();
      else r.status.push_back(knownStages()[c.below(knownStages().size())].code);
      return "status changed";
    case 4: r.process = "flowchart LR\n    sr(Send Resume) --> hr(HR Call)\n    hr --> ti(Technical Interview)"; return "process changed";
    case 5: r.applyWays = c.below(2) ? std::vector<std::string>{"LinkedIn"} : std::vector<std::string>{"Jobinja", "Jobvision"}; return "apply ways changed";
    case 6: r.platform = c.oneOf(std::vector<std::string>{"Skype", "Google Meet"}); return "platform changed";
    case 7: r.score.set(c.oneOf(std::vector<double>{3, 7.5, 9}), 10); return "score changed";
    default:
      if (r.score.text.empty()) r.score.set(7, 10);  // a comment needs a score to stand under
      r.score.comment = c.oneOf(kNotes);
      return "score comment changed";
  }
}
}  // namespace edits

// One random edit; returns what it did, for messages.
inline std::string applyRandomEdit(model::Record& r, Choices& c) {
  switch (c.below(10)) {
    case 0: case 1: return edits::editSections(r, c);
    case 2: case 3: case 4: return edits::editItems(r, c);
    case 5: return edits::editDates(r, c);
    case 6: return edits::editDurations(r, c);
    default: return edits::editFields(r, c);
  }
}

// ---- what an export keeps ----------------------------------------------------------------------

// The first field in which two records differ, for messages; "" when they have the same content.
inline std::string firstDifference(const model::Record& a, const model::Record& b) {
  if (!(a.company == b.company)) return "company";
  if (a.position != b.position) return "position";
  if (a.status != b.status) return "status";
  if (a.process != b.process) return "process";
  if (a.applyWays != b.applyWays) return "apply ways";
  if (a.dates != b.dates) return "dates";
  if (a.durations != b.durations) return "durations";
  if (a.platform != b.platform) return "platform";
  if (!(a.score == b.score)) return "score";
  if (a.sections.size() != b.sections.size()) return "number of sections";
  for (std::size_t i = 0; i < a.sections.size(); ++i) {
    const auto& x = a.sections[i];
    const auto& y = b.sections[i];
    if (x.title != y.title || x.level != y.level) return "section " + std::to_string(i) + " heading";
    if (x.items.size() != y.items.size()) return "section " + std::to_string(i) + ": number of items";
    for (std::size_t k = 0; k < x.items.size(); ++k) {
      if (!(x.items[k] == y.items[k])) return "section " + std::to_string(i) + " item " + std::to_string(k) + ": '" + x.items[k].text + "'";
    }
  }
  return {};
}

// Which lines of the original file an edit of `edited` may rewrite, and the old elements moved
// unedited (their bytes must appear whole in the export). A line is free (may change) when it is
// one of the lines of a value that was edited, of an element removed, or of an element of a list
// whose order changed (with, for the last two, the blank lines around the element, one side of
// which goes with it); every other line is untouched.
class UntouchedLines {
 public:
  UntouchedLines(const model::SourceDocument& src, const model::Record& edited)
      : src_(src), text_(src.text), free_(0) {
    for (std::size_t at = 0; at <= text_.size();) {
      starts_.push_back(at);
      const std::size_t newline = text_.find('\n', at);
      if (newline == std::string::npos) break;
      at = newline + 1;
    }
    free_.assign(starts_.size(), false);
    mark(edited);
  }

  // The untouched lines in order, and the text of each element moved unedited.
  std::vector<std::string> lines() const {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < starts_.size(); ++i) {
      if (!free_[i]) out.push_back(lineText(i));
    }
    return out;
  }
  const std::vector<std::string>& movedUnedited() const { return moved_; }

 private:
  const model::SourceDocument& src_;
  const std::string& text_;
  std::vector<std::size_t> starts_;
  std::vector<bool> free_;
  std::vector<std::string> moved_;

  // A line without its ending: the file's last line, which has none, gains one when text is
  // added after it ("\r\n" in a CRLF file).
  std::string lineText(std::size_t i) const {
    std::size_t end = i + 1 < starts_.size() ? starts_[i + 1] - 1 : text_.size();
    if (end > starts_[i] && text_[end - 1] == '\r') --end;
    // A byte order mark belongs to the file, not to its first line: it stays at the export's
    // start whatever line comes first there (checkExport skips it too).
    const std::size_t begin = i == 0 && text_.compare(0, text::kByteOrderMark.size(), text::kByteOrderMark) == 0
                                  ? std::min(end, text::kByteOrderMark.size()) : starts_[i];
    return text_.substr(begin, end - begin);
  }
  std::size_t lineOf(std::size_t offset) const {
    return static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin()) - 1;
  }
  // The lines from the one where [begin, end) starts to the one where it ends (a value ending
  // at the start of a blank line, as a flowchart's source may, owns that line). An empty value
  // inside a line (an empty heading's title) owns that line: writing it rewrites the line.
  void freeSpan(const model::Span& s) {
    if (!s.present) return;
    if (s.end <= s.begin) {
      if (s.begin > 0 && text_[s.begin - 1] != '\n') free_[lineOf(s.begin)] = true;
      return;
    }
    for (std::size_t i = lineOf(s.begin); i <= lineOf(s.end); ++i) free_[i] = true;
  }
  // The blank lines that start inside (begin, end): trivia.
  void freeBlankLines(const model::Span& s) {
    for (std::size_t i = lineOf(s.begin) + 1; i < starts_.size() && starts_[i] < s.end; ++i) free_[i] = true;
  }
  void freeNode(const model::NodeSpan& node) {
    freeSpan(node);
    freeBlankLines(node.before);
    freeBlankLines(node.after);
  }
  std::string raw(const model::Span& s) const { return text_.substr(s.begin, s.end - s.begin); }

  // Frees the removed elements of a list, or all of them when its order changed; returns, for each
  // new element, its old one (or -1), and whether the order changed.
  template <typename T, typename NodeOf>
  bool markList(const std::vector<T>& old, const std::vector<T>& now, std::size_t spanCount, NodeOf nodeOf,
                std::vector<int>& kept) {
    std::vector<bool> survives(old.size(), false);
    bool reordered = false;
    int last = -1;
    for (const T& element : now) {
      if (element.origin < 0 || static_cast<std::size_t>(element.origin) >= old.size()) continue;
      survives[static_cast<std::size_t>(element.origin)] = true;
      reordered |= element.origin < last;
      last = element.origin;
    }
    for (std::size_t o = 0; o < old.size() && o < spanCount; ++o) {
      if (!survives[o] || reordered) freeNode(nodeOf(o));
    }
    kept.clear();
    for (const T& element : now) kept.push_back(element.origin >= 0 && static_cast<std::size_t>(element.origin) < old.size() ? element.origin : -1);
    return reordered;
  }

  void markEntries(const std::vector<model::EntrySpans>& spans, const std::vector<int>& kept, bool reordered,
                   bool changed, std::size_t k) {
    const model::EntrySpans& s = spans[static_cast<std::size_t>(kept[k])];
    if (changed) freeSpan({s.item.begin, s.value.end, true});
    else if (reordered) moved_.push_back(raw(s.item));
  }

  void markItems(const model::Section& was, const model::Section& now, const model::SectionSpans& s, bool reordered) {
    std::vector<int> kept;
    const bool itemsReordered = markList(was.items, now.items, s.itemSpans.size(),
                                         [&](std::size_t o) { return s.itemSpans[o].item; }, kept);
    bool unedited = now.title == was.title && now.level == was.level && now.items.size() == was.items.size();
    // The heading's line: a title written into an empty heading ("#") also writes its space.
    if (now.title != was.title || now.level != was.level) freeSpan({s.block.begin, s.title.end, true});
    for (std::size_t k = 0; k < now.items.size(); ++k) {
      unedited &= kept[k] == static_cast<int>(k);
      if (kept[k] < 0) continue;
      const model::SectionItem& a = was.items[static_cast<std::size_t>(kept[k])];
      const model::SectionItem& b = now.items[k];
      const model::ItemSpans& is = s.itemSpans[static_cast<std::size_t>(kept[k])];
      unedited &= a == b;
      if (a == b) {
        if (itemsReordered) moved_.push_back(raw(is.item));
      } else if (a.kind != b.kind || a.kind != model::ItemKind::Question) {
        freeSpan(is.item);
      } else {
        if (a.text != b.text) freeSpan(is.text);
        if (a.answer != b.answer) freeSpan(is.answer);
      }
    }
    if (reordered && unedited) moved_.push_back(raw(s.block));
  }

  void mark(const model::Record& now) {
    const model::Record& old = src_.parsed;
    if (!(now.company == old.company)) { freeSpan(src_.companyName); freeSpan(src_.companyUrl); }
    if (now.position != old.position) freeSpan(src_.position);
    if (now.status != old.status) freeSpan(src_.statusRow);
    if (now.process != old.process) {
      freeSpan(src_.process);
      // An empty chart in a block holding one blank line: the chart's lines run to the closing
      // fence, so a chart written there ends its last line with that blank line's ending.
      const std::size_t at = src_.process.begin;
      const bool onBlankLine = text_.compare(at, 1, "\n") == 0 || text_.compare(at, 2, "\r\n") == 0;
      if (src_.process.present && src_.process.end == at && onBlankLine) free_[lineOf(at)] = true;
    }
    if (now.applyWays != old.applyWays) freeSpan(src_.applyWays);
    if (now.platform != old.platform) freeSpan(src_.platform);
    if (!(now.score == old.score)) { freeSpan(src_.scoreValue); freeSpan(src_.scoreColour); freeSpan(src_.scoreComment); }

    std::vector<int> kept;
    bool reordered = markList(old.dates, now.dates, src_.dateSpans.size(), [&](std::size_t o) { return src_.dateSpans[o].item; }, kept);
    for (std::size_t k = 0; k < now.dates.size(); ++k) {
      if (kept[k] >= 0) markEntries(src_.dateSpans, kept, reordered, !(now.dates[k] == old.dates[static_cast<std::size_t>(kept[k])]), k);
    }
    reordered = markList(old.durations, now.durations, src_.durationSpans.size(),
                         [&](std::size_t o) { return src_.durationSpans[o].item; }, kept);
    const bool rewritesBare = src_.bareDuration && !(now.durations == old.durations);  // "1 hour" becomes "- 1 hour"
    for (std::size_t k = 0; k < now.durations.size(); ++k) {
      if (kept[k] >= 0) {
        markEntries(src_.durationSpans, kept, reordered,
                    rewritesBare || !(now.durations[k] == old.durations[static_cast<std::size_t>(kept[k])]), k);
      }
    }
    reordered = markList(old.sections, now.sections, src_.sectionSpans.size(),
                         [&](std::size_t o) { return src_.sectionSpans[o].block; }, kept);
    for (std::size_t k = 0; k < now.sections.size(); ++k) {
      if (kept[k] >= 0) {
        const std::size_t o = static_cast<std::size_t>(kept[k]);
        markItems(old.sections[o], now.sections[k], src_.sectionSpans[o], reordered);
      }
    }
  }
};

// Whether the format can hold a record at all: its canonical form reads back as it. It cannot,
// for instance, hold a question followed by indented Markdown that is not the question's (the
// question takes it in): removing what stood between them brings such neighbours together.
inline bool representable(const model::Record& record) {
  model::Record fresh = record;
  fresh.source.reset();
  const auto back = markdown::importMarkdown(markdown::exportMarkdown(fresh), "canonical.md");
  return back.record && model::sameContent(*back.record, record);
}

struct ExportCheck {
  std::string failure;        // "" when every promise holds
  bool representable = true;  // false: the format cannot hold the edited record (promise 1 reads back only)
};

// Where the first line ending that is a LF alone stands, or npos.
inline std::size_t firstBareLineFeed(const std::string& text) {
  for (std::size_t i = text.find('\n'); i != std::string::npos; i = text.find('\n', i + 1)) {
    if (i == 0 || text[i - 1] != '\r') return i;
  }
  return std::string::npos;
}

// The promises of an export `out` of the edited record `edited` (which has its file as source):
// 1. it imports, and reads back as the edited record (same content) whenever the format can
//    hold that record (see `representable`);
// 2. every untouched line of the file (see UntouchedLines) is in it, in the file's order (as a
//    subsequence of its lines: text added between them is what the edits wrote), and every
//    element moved unedited is in it byte for byte;
// 3. a file whose lines all end in CRLF gives an export whose lines all end in CRLF.
// A file the importer warned about (a code fence never closed, a field heading written twice)
// keeps promises 2 and 3 but not always 1: text added after its stray markup may read as part
// of it, which the warning told the user; `readsBackPromised` is false for such a file.
inline ExportCheck checkExport(const model::Record& edited, const std::string& out, bool readsBackPromised = true) {
  ExportCheck check;
  auto fail = [&](std::string why) {
    check.failure = std::move(why);
    return check;
  };
  const model::SourceDocument& src = *edited.source;
  const auto again = markdown::importMarkdown(out, "edited.md");
  if (!again.record) return fail("the export does not import");
  if (const std::string field = firstDifference(*again.record, edited); !field.empty() && readsBackPromised) {
    check.representable = representable(edited);
    if (check.representable) return fail("the export reads back with another " + field);
  }
  const UntouchedLines untouched(src, edited);
  const auto startsWithMark = [](const std::string& s) { return s.compare(0, text::kByteOrderMark.size(), text::kByteOrderMark) == 0; };
  if (startsWithMark(src.text) && !startsWithMark(out)) return fail("the byte order mark at the file's start is gone");
  std::size_t at = startsWithMark(out) ? text::kByteOrderMark.size() : 0;
  for (const std::string& line : untouched.lines()) {
    bool found = false;
    while (at <= out.size()) {
      const std::size_t newline = out.find('\n', at);
      std::size_t end = newline == std::string::npos ? out.size() : newline;
      if (end > at && out[end - 1] == '\r') --end;
      const bool same = out.compare(at, end - at, line) == 0;
      at = newline == std::string::npos ? out.size() + 1 : newline + 1;
      if (same) { found = true; break; }
    }
    if (!found) return fail("an untouched line is missing or out of place: '" + line + "'");
  }
  for (const std::string& moved : untouched.movedUnedited()) {
    if (out.find(moved) == std::string::npos) return fail("an element moved unedited changed: '" + moved.substr(0, 60) + "'");
  }
  if (src.newline == "\r\n" && firstBareLineFeed(src.text) == std::string::npos) {
    if (const std::size_t lf = firstBareLineFeed(out); lf != std::string::npos) {
      return fail("a line of a CRLF record ends in LF alone, at byte " + std::to_string(lf));
    }
  }
  return check;
}

// One input of fuzz_markdown_edits, replayed: any bytes as a record, and edits chosen from the
// bytes after the last NUL (a record holds no NUL); without one, from the record's own last
// bytes, read backwards. The first choice says whether the record's lines end in CRLF. Returns
// the edits made and the first promise the export broke ("" when every promise holds, or when
// the bytes are no record).
struct EditsReplay {
  std::string edits;
  std::string failure;
};

inline EditsReplay replayEdits(const std::uint8_t* data, std::size_t size) {
  constexpr std::size_t kMaxEdits = 12;
  constexpr std::size_t kChoicesFromText = 64;
  std::size_t textSize = size;
  while (textSize > 0 && data[textSize - 1] != 0) --textSize;
  std::string choiceBytes;
  if (textSize > 0) {
    choiceBytes.assign(reinterpret_cast<const char*>(data) + textSize, size - textSize);
    --textSize;  // the NUL
  } else {
    textSize = size;
    for (std::size_t i = 0; i < kChoicesFromText && i < size; ++i) choiceBytes += static_cast<char>(data[size - 1 - i]);
  }
  ByteChoices choices(reinterpret_cast<const std::uint8_t*>(choiceBytes.data()), choiceBytes.size());
  std::string text(reinterpret_cast<const char*>(data), textSize);
  if (choices.below(2)) text = markdown::withNewline(text, "\r\n");
  const auto result = markdown::importMarkdown(text, "fuzz.md");
  EditsReplay replay;
  if (!result.record) return replay;
  model::Record record = *result.record;
  for (std::size_t n = 1 + choices.below(kMaxEdits); n > 0 && !choices.exhausted(); --n) {
    replay.edits += applyRandomEdit(record, choices) + "; ";
  }
  replay.failure = checkExport(record, markdown::exportMarkdown(record), result.diagnostics.empty()).failure;
  return replay;
}

}  // namespace jobname::testing
