// A journal laid out like the jobname book, ready for mdBook: `book.toml`, `src/SUMMARY.md`
// listing every record under its company, `src/<company>/<file>.md` for each record (the exact
// Markdown the record exports to), a README per company with several records, the introduction
// and the question bank as `src/FAQ.md`.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/book/zip_archive.h"
#include "core/model/record.h"

namespace jobname::book {

// "company-position": letters and digits kept (Persian too), ASCII lower-cased, the rest one dash.
std::string fileStem(const std::string& text, const char* fallback = "interview");
std::string recordFileStem(const model::Record& record);

std::vector<ZipEntry> bookFiles(const std::vector<model::CollectionEntry>& records, const std::string& title);
std::optional<std::string> bookZip(const std::vector<model::CollectionEntry>& records, const std::string& title, std::int64_t unixMs);

}  // namespace jobname::book
