#include "core/files/import_summary.h"

#include "core/insights/active_content.h"

namespace jobname::files {

namespace {
std::string counted(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }
}  // namespace

std::vector<std::string> summaryLines(const ImportSummary& s) {
  std::string headline = counted(s.files, "file", "files") + ": " + counted(s.imported, "record", "records") + " imported";
  if (s.replaced) headline += ", " + std::to_string(s.replaced) + " replaced";
  if (s.skipped) headline += ", " + std::to_string(s.skipped) + " skipped";
  if (!s.failed.empty()) headline += ", " + counted(static_cast<int>(s.failed.size()), "file", "files") + " failed";
  headline += ".";
  std::vector<std::string> lines{headline};
  if (s.duplicatesWaiting) lines.push_back(counted(s.duplicatesWaiting, "record is", "records are") + " already in your journal: you are asked about each.");
  lines.insert(lines.end(), s.failed.begin(), s.failed.end());  // each names its file and says why
  lines.insert(lines.end(), s.notes.begin(), s.notes.end());
  if (s.activeContent) {
    lines.push_back("Active content is imported as written; it would run in the browser of whoever reads a published book. "
                    "Remove it before you publish (the book export refuses it or writes it as plain text).");
  }
  return lines;
}

void summarizeLoadedFile(ImportSummary& summary, const std::string& fileName, const LoadedFile& loaded) {
  bool failureSaid = !loaded.records.empty();
  for (const auto& d : loaded.diagnostics) {
    if (!failureSaid && d.severity == Severity::Error) {
      summary.failed.push_back(formatDiagnostic(d));
      failureSaid = true;
    } else {
      summary.notes.push_back(formatDiagnostic(d));
    }
  }
  if (!failureSaid) summary.failed.push_back(fileName + ": no record in it");
  for (const auto& entry : loaded.records) {
    for (const auto& d : insights::activeContentDiagnostics(entry.record, fileName, Severity::Warning)) {
      summary.notes.push_back(formatDiagnostic(d));
      summary.activeContent = true;
    }
  }
}

}  // namespace jobname::files
