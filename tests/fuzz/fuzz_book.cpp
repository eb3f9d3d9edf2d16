// Any bytes as records (records separated by NUL; each read as a Markdown record, or else its first
// two lines taken as company and position): the book writer never crashes; refused exactly when a
// page holds active content; neutralised, the zip reads back with our reader, every name is safe
// to extract everywhere and unique ignoring case, every page is free of active content, and every
// link of SUMMARY.md names a file of the zip. (Python's zipfile opens the zips of a table of hostile
// records in the ctest "cli: book-hostile-names".)
#include <cstddef>
#include <cstdint>
#include <algorithm>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "core/book/book_export.h"
#include "core/book/file_names.h"
#include "core/insights/active_content.h"
#include "core/markdown/import.h"

namespace {
std::vector<jobname::model::CollectionEntry> recordsOf(const std::string& input) {
  std::vector<jobname::model::CollectionEntry> records;
  std::size_t start = 0;
  while (start <= input.size() && records.size() < 16) {
    const std::size_t end = std::min(input.find('\0', start), input.size());
    const std::string chunk = input.substr(start, end - start);
    start = end + 1;
    jobname::model::CollectionEntry entry;
    if (auto imported = jobname::markdown::importMarkdown(chunk).record) {
      entry.record = std::move(*imported);
    } else {
      const std::size_t line = chunk.find('\n');
      entry.record.company.name = chunk.substr(0, line);
      if (line != std::string::npos) entry.record.position = chunk.substr(line + 1);
    }
    records.push_back(std::move(entry));
  }
  return records;
}

std::string lowerAscii(std::string s) {
  for (char& c : s) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Names and active content are what this is about: the first 8 KB say enough, and deflating
  // more (zlib is instrumented too) would make the smoke run slow.
  const auto records = recordsOf(std::string(reinterpret_cast<const char*>(data), std::min<std::size_t>(size, 8192)));
  const auto refused = jobname::book::bookFiles(records, jobname::book::BookOptions{});
  if (refused.refused != !refused.activeContent.empty() || refused.refused != refused.files.empty()) std::abort();

  jobname::book::BookOptions options;
  options.neutraliseActiveContent = true;
  const auto book = jobname::book::bookZip(records, options, 0);
  if (!book.zip || book.refused || book.activeContent.size() != refused.activeContent.size()) std::abort();
  const auto files = jobname::book::readZip(*book.zip);
  if (!files) std::abort();
  std::set<std::string> names;
  std::string summary;
  for (const auto& file : *files) {
    if (!jobname::book::unsafeZipPath(file.path).empty()) std::abort();
    if (!names.insert(lowerAscii(file.path)).second) std::abort();
    if (file.path.size() > 3 && file.path.compare(file.path.size() - 3, 3, ".md") == 0 &&
        jobname::insights::findActiveContent(file.content).any()) {
      std::abort();
    }
    if (file.path == "src/SUMMARY.md") summary = file.content;
  }
  for (std::size_t at = summary.find("](./"); at != std::string::npos; at = summary.find("](./", at + 1)) {
    std::size_t backslashes = 0;
    while (backslashes < at && summary[at - 1 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2 == 1) continue;  // "\](" is text of an escaped name, no link
    const std::size_t close = summary.find(')', at);
    if (close == std::string::npos || !names.count(lowerAscii("src/" + summary.substr(at + 4, close - at - 4)))) std::abort();
  }
  return 0;
}
