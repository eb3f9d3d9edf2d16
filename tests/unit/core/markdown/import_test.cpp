// What the importer refuses, what it repairs, and what it reports.
#include "core/markdown/import.h"

#include <doctest/doctest.h>

#include "core/markdown/export.h"
#include "core/markdown/mojibake.h"
#include "../../support/corpus.h"

using namespace jobname;

namespace {
const Diagnostic* firstError(const markdown::ImportResult& r) {
  for (const auto& d : r.diagnostics) {
    if (d.severity == Severity::Error) return &d;
  }
  return nullptr;
}

// What a Windows-1252 decoder makes of UTF-8 bytes, saved again as UTF-8.
std::string misdecode(const std::string& utf8) {
  static const char32_t kHigh[32] = {0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                     0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                     0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178};
  std::string out;
  for (unsigned char c : utf8) {
    char32_t cp = c >= 0x80 && c < 0xA0 ? kHigh[c - 0x80] : c;
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
    else { out += static_cast<char>(0xE0 | (cp >> 12)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
  }
  return out;
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

TEST_CASE("import: mojibake is repaired with a warning per line") {
  const std::string original = jobname::testing::readCorpus("doctoreto.md");
  const std::string garbled = misdecode(original);
  REQUIRE(garbled.find("Ø¯Ú©ØªØ±ØªÙˆ") != std::string::npos);
  REQUIRE(garbled.find("ðŸ“œ") != std::string::npos);
  const auto r = markdown::importMarkdown(garbled, "doctoreto.md");
  REQUIRE(r.record);
  CHECK(r.record->company.localName == "دکترتو");
  CHECK(r.record->status.front() == "resume");
  CHECK(markdown::exportMarkdown(*r.record) == original);
  bool warned = false;
  for (const auto& d : r.diagnostics) warned |= d.severity == Severity::Warning && d.line == 1;
  CHECK(warned);
}

TEST_CASE("import: mojibake that cannot be decoded back is kept as it was and reported by line") {
  // "Ø¯" followed by a Persian letter: no Windows code page produced that line.
  const std::string text = "# [x](y)\n\nØ¯ Ú© دکتر\n";
  const markdown::MojibakeRepair repair = markdown::repairMojibake(text);
  CHECK(repair.text == text);
  CHECK(repair.unrecoverableLines == std::vector<int>{3});
  const auto r = markdown::importMarkdown(text);
  REQUIRE(r.record);
  bool reported = false;
  for (const auto& d : r.diagnostics) reported |= d.line == 3 && d.message.find("cannot be recovered") != std::string::npos;
  CHECK(reported);
}

TEST_CASE("import: legitimate Latin-1 letters are not taken for mojibake") {
  CHECK(markdown::repairMojibake("Café, naïve, Ünal").repairedLines.empty());
}

TEST_CASE("import: CRLF files round-trip") {
  const std::string text = "# [Acme](https://acme.example)\r\n\r\n### Status\r\n#### 📜❌\r\n## Dev\r\n";
  const auto r = markdown::importMarkdown(text);
  REQUIRE(r.record);
  CHECK(r.record->position == "Dev");
  CHECK(r.record->status == std::vector<std::string>{"resume", "rejected"});
  CHECK(markdown::exportMarkdown(*r.record) == text);
}
