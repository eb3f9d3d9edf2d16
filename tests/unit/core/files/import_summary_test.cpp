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
