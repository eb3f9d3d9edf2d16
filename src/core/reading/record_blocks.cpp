#include "core/reading/record_blocks.h"

#include <algorithm>
#include <optional>

#include "core/calendar/jalali.h"
#include "core/markdown/export.h"
#include "core/markdown/section_items.h"
#include "core/markdown/source_document.h"
#include "core/model/stages.h"
#include "core/reading/markdown_blocks.h"

namespace jobname::reading {

namespace {
using text::BaseDirection;

BaseDirection directionOf(const std::string& s) {
  return text::containsRightToLeft(s) ? text::paragraphDirection(s) : BaseDirection::LeftToRight;
}

// A block the app writes (not the record's text): laid out left to right.
Block leftToRight(BlockKind kind) {
  Block block;
  block.kind = kind;
  block.text.direction = BaseDirection::LeftToRight;
  return block;
}

Block textBlock(BlockKind kind, const std::string& s, std::uint8_t style = kPlain) {
  Block block;
  block.kind = kind;
  block.text.runs.push_back({s, style, -1});
  block.text.direction = directionOf(s);
  return block;
}

Block heading(int level, const std::string& s) {
  Block block = textBlock(BlockKind::Heading, s);
  block.level = level;
  return block;
}

TableCell cell(const std::string& s, bool header = false) {
  TableCell c;
  c.header = header;
  if (!s.empty()) c.text.runs.push_back({s, kPlain, -1});
  c.text.direction = directionOf(s);
  return c;
}

void addCompany(ReadingDocument& doc, const model::Record& r) {
  std::string name = r.company.name;
  if (!r.company.localName.empty()) name += (name.empty() ? "" : " | ") + r.company.localName;
  if (name.empty()) name = "(no company)";
  Block block = heading(1, name);
  if (!r.company.url.empty()) {
    block.text.runs[0].annotation = static_cast<int>(doc.annotations.size());
    doc.annotations.push_back({Annotation::Kind::Link, r.company.url});
  }
  doc.blocks.push_back(std::move(block));
}

void addStatus(ReadingDocument& doc, const model::Record& r) {
  if (r.status.empty()) return;
  doc.blocks.push_back(heading(3, "Status"));
  Block block = leftToRight(BlockKind::Status);
  for (const std::string& code : r.status) {
    const model::StageKind* kind = model::stageByCode(code);
    if (!block.text.runs.empty()) block.text.runs.push_back({" ", kPlain, -1});
    block.text.runs.push_back({kind ? kind->emoji : code, kPlain, static_cast<int>(doc.annotations.size())});
    doc.annotations.push_back({Annotation::Kind::Hint, kind ? kind->label : "Stage not in the format's legend"});
  }
  doc.blocks.push_back(std::move(block));
}

void addDates(ReadingDocument& doc, const model::Record& r) {
  if (r.dates.empty()) return;
  doc.blocks.push_back(heading(3, "Interview Date"));
  Block table = leftToRight(BlockKind::Table);
  bool notes = false;
  for (const auto& d : r.dates) notes |= !d.note.empty();
  std::vector<TableCell> header = {cell("Stage", true), cell("Jalali", true), cell("Gregorian", true), cell("Days", true)};
  if (notes) header.push_back(cell("Note", true));
  table.rows.push_back(std::move(header));
  std::optional<calendar::JalaliDate> previous;
  for (const auto& d : r.dates) {
    std::vector<TableCell> row = {cell(d.label)};
    const auto parsed = d.date.empty() ? calendar::DateParseResult{} : calendar::parseDate(d.date);
    if (parsed.date) {
      row.push_back(cell(calendar::formatJalali(parsed.date->jalali)));
      row.push_back(cell(calendar::formatGregorian(calendar::toGregorian(parsed.date->jalali))));
      row.push_back(cell(previous ? "+" + std::to_string(calendar::daysBetween(*previous, parsed.date->jalali)) : ""));
      previous = parsed.date->jalali;
    } else {
      row.push_back(cell(d.date));  // as written: "IDK", or a date that does not exist
      row.push_back(cell(""));
      row.push_back(cell(""));
    }
    for (TableCell& c : row) c.align = Align::Start;
    row[3].align = Align::Right;
    if (notes) row.push_back(cell(d.note));
    table.rows.push_back(std::move(row));
  }
  doc.blocks.push_back(std::move(table));
}

void addDurations(ReadingDocument& doc, const model::Record& r) {
  if (r.durations.empty()) return;
  doc.blocks.push_back(heading(3, "Interview Duration"));
  for (const auto& d : r.durations) {
    Block item;
    item.kind = BlockKind::ListItem;
    item.indent = 1;
    item.marker = "•";
    if (!d.label.empty()) item.text.runs.push_back({d.label + ": ", kBold, -1});
    item.text.runs.push_back({d.text, kPlain, -1});
    item.text.direction = directionOf(d.label + d.text);
    doc.blocks.push_back(std::move(item));
  }
}

// An item as its Markdown: the file's own text while the item is as imported (what follows a
// question in the file, such as code or a picture, stays), else what export writes for it.
std::string itemMarkdown(const model::Record& r, const model::Section& section, const model::SectionItem& item) {
  const model::SourceDocument* source = r.source.get();
  if (source && section.origin >= 0 && item.origin >= 0 && static_cast<std::size_t>(section.origin) < source->sectionSpans.size()) {
    const auto& spans = source->sectionSpans[static_cast<std::size_t>(section.origin)];
    const auto& parsed = source->parsed.sections[static_cast<std::size_t>(section.origin)];
    const auto o = static_cast<std::size_t>(item.origin);
    if (o < spans.itemSpans.size() && o < parsed.items.size() && parsed.items[o] == item && spans.itemSpans[o].item.present) {
      const model::Span& span = spans.itemSpans[o].item;
      return source->text.substr(span.begin, span.end - span.begin);
    }
  }
  return markdown::canonicalItem(item);
}

void addScore(ReadingDocument& doc, const model::Record& r) {
  if (r.score.text.empty() && r.score.comment.empty()) return;
  doc.blocks.push_back(heading(3, "Score"));
  if (!r.score.text.empty()) {
    // As written (the format keeps "nan/10" or "12/10" too); out of range takes the lowest colour.
    Block score = textBlock(BlockKind::Score, r.score.text, kBold);
    score.colour = markdown::scoreColour(r.score.numbers().outOfTen().value_or(0), 10);
    doc.blocks.push_back(std::move(score));
  }
  if (!r.score.comment.empty()) appendMarkdown(doc, markdown::noteBlock(r.score.comment));
}
}  // namespace

ReadingDocument buildReadingDocument(const model::Record& r) {
  ReadingDocument doc;
  doc.title = r.company.name + (r.position.empty() ? "" : ": " + r.position);
  addCompany(doc, r);
  addStatus(doc, r);
  if (!r.position.empty()) doc.blocks.push_back(heading(2, r.position));
  if (!r.process.empty()) {
    doc.blocks.push_back(heading(3, "Interview Process"));
    Block chart;
    chart.kind = BlockKind::Chart;
    chart.code = r.process;
    doc.blocks.push_back(std::move(chart));
  }
  if (!r.applyWays.empty()) {
    std::string ways;
    for (const auto& w : r.applyWays) ways += (ways.empty() ? "" : ", ") + w;
    // As the file wrote it ("Jobinja & Jobvision") while the ways are as imported.
    if (const model::SourceDocument* source = r.source.get();
        source && source->applyWays.present && source->parsed.applyWays == r.applyWays) {
      ways = source->text.substr(source->applyWays.begin, source->applyWays.end - source->applyWays.begin);
    }
    doc.blocks.push_back(heading(3, "Apply Way"));
    doc.blocks.push_back(textBlock(BlockKind::Paragraph, ways));
  }
  addDates(doc, r);
  addDurations(doc, r);
  if (!r.platform.empty()) {
    doc.blocks.push_back(heading(3, "Interview Platform"));
    doc.blocks.push_back(textBlock(BlockKind::Paragraph, r.platform));
  }
  for (const auto& section : r.sections) {
    doc.blocks.push_back(heading(std::max(2, std::min(section.level, 6)), section.title.empty() ? "(untitled stage)" : section.title));
    for (const auto& item : section.items) appendMarkdown(doc, itemMarkdown(r, section, item));
  }
  addScore(doc, r);
  return doc;
}

}  // namespace jobname::reading
