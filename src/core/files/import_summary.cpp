#include "core/files/import_summary.h"

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
  return lines;
}

}  // namespace jobname::files
