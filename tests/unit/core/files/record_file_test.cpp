#include "core/files/record_file.h"

#include <doctest/doctest.h>

using namespace jobname::files;

TEST_CASE("record file: the format comes from the extension, or from what the caller forces") {
  CHECK(formatOfFile("doctoreto.md") == FileFormat::Markdown);
  CHECK(formatOfFile("notes.markdown") == FileFormat::Markdown);
  CHECK(formatOfFile("journal.json") == FileFormat::Json);
  CHECK(formatOfFile("record.txt") == FileFormat::Unknown);
  CHECK(formatOfFile("RECORD.JSON") == FileFormat::Unknown);  // case as written, as it always was
  CHECK(formatOfFile("-", "json") == FileFormat::Json);
  CHECK(formatOfFile("record.json", "md") == FileFormat::Markdown);
}

TEST_CASE("record file: a Markdown record, a JSON collection, and an unknown name read as Markdown") {
  const std::string md = "# [doctoreto](https://doctoreto.com/)\n\n## Back-End Developer\n";
  const LoadedFile record = loadRecordFile("a.md", md, FileFormat::Markdown);
  REQUIRE(record.records.size() == 1);
  CHECK(record.records[0].record.company.name == "doctoreto");
  CHECK_FALSE(record.isCollection);

  const LoadedFile unknown = loadRecordFile("a.txt", md, formatOfFile("a.txt"));
  REQUIRE(unknown.records.size() == 1);
  CHECK(unknown.records[0].record.position == "Back-End Developer");

  const LoadedFile collection = loadRecordFile(
      "j.json", R"({"format": "jobname-collection", "version": 1, "records": [{"id": "x", "company": {"name": "a"}}]})",
      FileFormat::Json);
  CHECK(collection.isCollection);
  REQUIRE(collection.records.size() == 1);
  CHECK(collection.records[0].id == "x");
}

TEST_CASE("record file: what cannot be read comes back as diagnostics with the file's name") {
  const LoadedFile bad = loadRecordFile("bad.json", "{", FileFormat::Json);
  CHECK(bad.records.empty());
  REQUIRE_FALSE(bad.diagnostics.empty());
  CHECK(bad.diagnostics[0].file == "bad.json");
}
