// What the importer refuses, what it repairs, and what it reports.
#include "core/markdown/import.h"

#include <doctest/doctest.h>

#include "core/markdown/export.h"
#include "../../support/corpus.h"

using namespace jobname;

namespace {
const Diagnostic* firstError(const markdown::ImportResult& r) {
  for (const auto& d : r.diagnostics) {
    if (d.severity == Severity::Error) return &d;
  }
  return nullptr;
}
}  // namespace

TEST_CASE("import: a file without a company heading is not a record, with line and column") {
  const auto r = markdown::importMarkdown("hello\n\n## Just notes\n", "notes.md");
  CHECK_FALSE(r.record);
  REQUIRE(firstError(r));
  CHECK(firstError(r)->line == 3);
  CHECK(formatDiagnostic(*firstError(r)).rfind("notes.md:3:1: error: not a jobname record", 0) == 0);
}

TEST_CASE("import: binary data and bytes that are not UTF-8 are refused where they stand") {
  const auto binary = markdown::importMarkdown(std::string("# [a](b)\nab\0cd", 14), "x.md");
  CHECK_FALSE(binary.record);
  CHECK(firstError(binary)->line == 2);
  CHECK(firstError(binary)->column == 3);
  const auto latin1 = markdown::importMarkdown("# [caf\xE9](x)\n", "y.md");
  CHECK_FALSE(latin1.record);
  CHECK(firstError(latin1)->message.find("not UTF-8") != std::string::npos);
  CHECK(firstError(latin1)->column == 7);
}

TEST_CASE("import: a file over the size limit is refused before it is read") {
  const std::string huge(markdown::kMaxRecordBytes + 1, 'a');
  const auto r = markdown::importMarkdown(huge, "big.md");
  CHECK_FALSE(r.record);
  CHECK(firstError(r)->message.find("5 MiB") != std::string::npos);
}

TEST_CASE("import: lenient where the corpus is: a heading alone is a record") {
  const auto r = markdown::importMarkdown("# [Acme](https://acme.example)\n");
  REQUIRE(r.record);
  CHECK(r.record->company.name == "Acme");
  CHECK(r.record->sections.empty());
  CHECK(markdown::exportMarkdown(*r.record) == "# [Acme](https://acme.example)\n");
}

TEST_CASE("import: CRLF files round-trip") {
  const std::string text = "# [Acme](https://acme.example)\r\n\r\n### Status\r\n#### 📜❌\r\n## Dev\r\n";
  const auto r = markdown::importMarkdown(text);
  REQUIRE(r.record);
  CHECK(r.record->position == "Dev");
  CHECK(r.record->status == std::vector<std::string>{"resume", "rejected"});
  CHECK(markdown::exportMarkdown(*r.record) == text);
}

TEST_CASE("import: a file with a UTF-8 BOM is accepted and written back byte-identical") {
  const std::string text = "\xEF\xBB\xBF# [Acme](https://acme.example)\n\n### Status\n#### 📜❌\n## Dev\n";
  const auto r = markdown::importMarkdown(text, "bom.md");
  REQUIRE(r.record);
  CHECK(r.diagnostics.empty());
  CHECK(r.record->company.name == "Acme");
  CHECK(r.record->position == "Dev");
  CHECK(markdown::exportMarkdown(*r.record) == text);
  model::Record edited = *r.record;
  edited.company.name = "Acme Inc";
  CHECK(markdown::exportMarkdown(edited) == "\xEF\xBB\xBF# [Acme Inc](https://acme.example)\n\n### Status\n#### 📜❌\n## Dev\n");
  // With CRLF line ends too.
  const std::string crlf = "\xEF\xBB\xBF# [Acme](https://acme.example)\r\n\r\n## Dev\r\n";
  const auto c = markdown::importMarkdown(crlf);
  REQUIRE(c.record);
  CHECK(markdown::exportMarkdown(*c.record) == crlf);
}
