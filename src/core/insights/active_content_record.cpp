// A record's active content: the check of its whole Markdown, where each finding stands (a line
// and column, an editor field) and the diagnostics the import report and the tool print.
#include <algorithm>

#include "core/insights/active_content.h"
#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "core/markdown/source_document.h"

namespace jobname::insights {

namespace {
bool within(const model::Span& span, std::size_t offset) { return span.present && offset >= span.begin && offset < span.end; }

std::string fieldAt(const model::SourceDocument& doc, std::size_t offset) {
  if (within(doc.companyUrl, offset)) return "record.company.url";
  if (within(doc.companyName, offset)) {  // "[name | local name](url)"
    const std::size_t bar = doc.text.find('|', doc.companyName.begin);
    return bar < offset && bar < doc.companyName.end ? "record.company.local" : "record.company";
  }
  if (within(doc.blocks[model::kCompanyBlock], offset)) return "record.company";
  if (within(doc.blocks[model::kPositionBlock], offset)) return "record.position";
  if (within(doc.blocks[model::kStatusBlock], offset)) return "record.status.add";
  if (within(doc.blocks[model::kProcessBlock], offset)) return "record.process.source";
  if (within(doc.blocks[model::kApplyBlock], offset)) return "record.apply.other";
  if (within(doc.blocks[model::kPlatformBlock], offset)) return "record.platform";
  for (std::size_t i = 0; i < doc.dateSpans.size(); ++i) {
    const auto& d = doc.dateSpans[i];
    const std::string prefix = "record.date." + std::to_string(i);
    if (within(d.dateToken, offset)) return prefix + ".date";
    if (within(d.value, offset)) return prefix + ".note";
    if (within(d.item, offset)) return prefix + ".label";
  }
  for (std::size_t i = 0; i < doc.durationSpans.size(); ++i) {
    const auto& d = doc.durationSpans[i];
    if (within(d.value, offset)) return "record.duration." + std::to_string(i) + ".text";
    if (within(d.item, offset)) return "record.duration." + std::to_string(i) + ".label";
  }
  for (std::size_t s = 0; s < doc.sectionSpans.size(); ++s) {
    const auto& section = doc.sectionSpans[s];
    const std::string prefix = "record.section." + std::to_string(s);
    if (within(section.title, offset)) return prefix + ".title";
    for (std::size_t q = 0; q < section.itemSpans.size(); ++q) {
      const auto& item = section.itemSpans[q];
      const std::string anchor = prefix + ".item." + std::to_string(q);
      if (within(item.answer, offset)) return anchor + ".answer";
      if (within(item.item, offset)) return anchor;
    }
  }
  if (within(doc.scoreComment, offset)) return "record.score.comment";
  if (within(doc.blocks[model::kScoreBlock], offset)) return "record.score";
  return "record.preview";
}

// Which record it is, for a file that holds several (a journal .json).
std::string recordName(const model::Record& record) {
  std::string name = record.company.name.empty() ? "(no company)" : record.company.name;
  if (!record.position.empty()) name += ", " + record.position;
  return name;
}
}  // namespace

RecordActiveContent checkRecordActiveContent(const model::Record& record) {
  RecordActiveContent checked;
  checked.markdown = markdown::exportMarkdown(record);
  checked.isSourceText = record.source && checked.markdown == record.source->text;
  checked.scan = findActiveContent(checked.markdown);
  return checked;
}

std::vector<std::string> activeContentFields(const model::Record& record, const RecordActiveContent& checked) {
  std::vector<std::string> fields;
  if (checked.scan.found.empty()) return fields;
  // The spans of the text that was checked: the file's own, or those of the edited export read anew.
  std::optional<model::Record> reread;
  const model::SourceDocument* doc = checked.isSourceText ? record.source.get() : nullptr;
  if (!doc) {
    reread = markdown::importMarkdown(checked.markdown).record;
    if (reread && reread->source) doc = reread->source.get();
  }
  for (const auto& finding : checked.scan.found) fields.push_back(doc ? fieldAt(*doc, finding.offset) : "record.preview");
  return fields;
}

std::vector<Diagnostic> activeContentDiagnostics(const model::Record& record, const RecordActiveContent& checked,
                                                 const std::string& file, Severity severity) {
  std::vector<Diagnostic> diagnostics;
  const auto& found = checked.scan.found;
  std::vector<std::size_t> offsets(found.size());
  std::transform(found.begin(), found.end(), offsets.begin(), [](const ActiveContent& a) { return a.offset; });
  const auto places = lineColumnsAt(checked.markdown, offsets);
  for (std::size_t i = 0; i < found.size(); ++i) {
    const std::string message = "active content: " + found[i].message;
    if (checked.isSourceText) {
      diagnostics.push_back({file, places[i].line, places[i].column, severity, message});
    } else {
      diagnostics.push_back({file, 0, 0, severity,
                             recordName(record) + ", line " + std::to_string(places[i].line) + " column " +
                                 std::to_string(places[i].column) + " of its Markdown: " + message});
    }
  }
  if (checked.scan.count > found.size()) {
    diagnostics.push_back({file, 0, 0, severity, "and " + std::to_string(checked.scan.count - found.size()) + " more pieces of active content"});
  }
  return diagnostics;
}

std::vector<Diagnostic> activeContentDiagnostics(const model::Record& record, const std::string& file, Severity severity) {
  return activeContentDiagnostics(record, checkRecordActiveContent(record), file, severity);
}

}  // namespace jobname::insights
