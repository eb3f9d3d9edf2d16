// A journal laid out like the jobname book, ready for mdBook: `book.toml`, `src/SUMMARY.md`
// listing every record under its company, `src/<company>/<file>.md` for each record (the exact
// Markdown the record exports to), a README per company with several records, the introduction
// and the question bank as `src/FAQ.md`. Names in the generated Markdown are escaped; file names
// are safe everywhere (file_names.h). Every page is checked for active content (insights/
// active_content.h): the book is refused when any holds some, unless asked to write it as plain
// text in the book's copy (the records themselves never change).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/book/file_names.h"
#include "core/book/zip_archive.h"
#include "core/diagnostics.h"
#include "core/model/record.h"

namespace jobname::book {

std::string recordFileStem(const model::Record& record);

struct BookOptions {
  std::string title = "Interview journal";
  bool neutraliseActiveContent = false;  // write active content as plain text instead of refusing the book
};

// A page of the book that holds active content, and where (file: the page's path in the book).
struct PageActiveContent {
  std::string path;                               // "src/acme/backend.md", "src/FAQ.md"
  std::size_t record = static_cast<std::size_t>(-1);  // the record the page is, when it is one
  std::vector<Diagnostic> diagnostics;            // each with its line and column in the page
};

struct Book {
  std::vector<ZipEntry> files;                 // none when refused
  std::vector<PageActiveContent> activeContent;  // refused for these, or written with them neutralised
  bool refused = false;
};
Book bookFiles(const std::vector<model::CollectionEntry>& records, const BookOptions& options);

struct BookZip {
  std::optional<std::string> zip;  // empty when refused, or when zlib runs out of memory
  std::vector<PageActiveContent> activeContent;
  bool refused = false;
};
BookZip bookZip(const std::vector<model::CollectionEntry>& records, const BookOptions& options, std::int64_t unixMs);

// Text for generated Markdown (a heading, a link's text): Markdown's and HTML's own characters
// escaped, line breaks and control characters as spaces.
std::string markdownText(std::string_view text);

}  // namespace jobname::book
