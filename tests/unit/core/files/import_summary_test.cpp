#include "core/files/import_summary.h"

#include <doctest/doctest.h>

using namespace jobname::files;

TEST_CASE("import summary: importing many files gives one summary (imported, replaced, skipped, failed with reasons)") {
  ImportSummary s;
  s.files = 5;
  s.imported = 2;
  s.replaced = 1;
  s.skipped = 1;
  s.failed = {"latin1.md:3:7: error: not UTF-8 text (byte 0xE9); save the file as UTF-8"};
  s.notes = {"a.md:6:9: warning: active content"};
  const auto lines = summaryLines(s);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "5 files: 2 records imported, 1 replaced, 1 skipped, 1 file failed.");
  CHECK(lines[1] == "latin1.md:3:7: error: not UTF-8 text (byte 0xE9); save the file as UTF-8");
  CHECK(lines[2] == "a.md:6:9: warning: active content");
}

TEST_CASE("import summary: one file, one record, nothing else said") {
  ImportSummary s;
  s.files = 1;
  s.imported = 1;
  CHECK(summaryLines(s) == std::vector<std::string>{"1 file: 1 record imported."});
}

TEST_CASE("import summary: a file with no record failed for its first error; its other diagnostics are notes") {
  LoadedFile loaded;
  loaded.diagnostics = {{"a.json", 2, 5, jobname::Severity::Error, "expected a value"},
                        {"a.json", 3, 1, jobname::Severity::Error, "another"}};
  ImportSummary s;
  summarizeLoadedFile(s, "a.json", loaded);
  CHECK(s.failed == std::vector<std::string>{jobname::formatDiagnostic(loaded.diagnostics[0])});
  CHECK(s.notes == std::vector<std::string>{jobname::formatDiagnostic(loaded.diagnostics[1])});

  ImportSummary silent;
  summarizeLoadedFile(silent, "empty.md", LoadedFile{});
  CHECK(silent.failed == std::vector<std::string>{"empty.md: no record in it"});
}

TEST_CASE("import summary: active content in a record is a note, and the lines end with what to do before publishing") {
  const std::string file = "# [Acme](https://acme.example)\n\n<script>alert(1)</script>\n\n## Developer\n";
  const LoadedFile loaded = loadRecordFile("a.md", file, FileFormat::Markdown);
  REQUIRE(loaded.records.size() == 1);
  ImportSummary s;
  s.files = 1;
  s.imported = 1;
  summarizeLoadedFile(s, "a.md", loaded);
  CHECK(s.failed.empty());
  CHECK(s.activeContent);
  REQUIRE_FALSE(s.notes.empty());
  CHECK(s.notes.back().rfind("a.md:3:1: warning: active content: the <script> tag", 0) == 0);
  CHECK(summaryLines(s).back().rfind("Active content is imported as written;", 0) == 0);
}
