// A property of export over every corpus record, as written and with CRLF line endings: after
// any sequence of edits (fields, the status row, the flowchart source, dates and durations,
// sections and their questions, answers and notes added, removed, moved and changed), the
// export reads back as the edited record, keeps every untouched line of the file in order and
// every element moved unedited byte for byte, and keeps the file's line ending. The edits and the
// promises are in tests/support/record_edits.h, shared with tests/fuzz/fuzz_markdown_edits.cpp.
#include <doctest/doctest.h>

#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "core/markdown/source_edits.h"
#include "../../support/corpus.h"
#include "record_edits.h"  // tests/support, on this target's include path

using namespace jobname;
using jobname::testing::corpusFiles;
using jobname::testing::readFile;

namespace {
constexpr std::uint64_t kSeeds = 24;       // sequences of edits per record and line ending
constexpr std::size_t kMaxEdits = 12;     // edits in one sequence

// Sequences whose edited record the format cannot hold (see `representable`): they are asked
// for everything but reading back as edited, and must stay rare.
struct Tally {
  std::size_t sequences = 0, unrepresentable = 0;
};

void checkRandomEdits(const std::string& name, const std::string& text, Tally& tally) {
  const auto imported = markdown::importMarkdown(text, name);
  REQUIRE(imported.record);
  for (std::uint64_t seed = 1; seed <= kSeeds; ++seed) {
    jobname::testing::SeededChoices choices(seed * 7919 + text.size());
    model::Record record = *imported.record;
    std::string done;
    const std::size_t count = 1 + choices.below(kMaxEdits);
    for (std::size_t i = 0; i < count; ++i) done += (i ? ", " : "") + jobname::testing::applyRandomEdit(record, choices);
    CAPTURE(seed);
    CAPTURE(done);
    const auto check = jobname::testing::checkExport(record, markdown::exportMarkdown(record));
    CHECK(check.failure == "");
    ++tally.sequences;
    tally.unrepresentable += !check.representable;
  }
}
}  // namespace

TEST_CASE("export property: random edits of every corpus record keep everything untouched and read back as edited") {
  REQUIRE(corpusFiles().size() == 32);
  Tally tally;
  for (const auto& path : corpusFiles()) {
    CAPTURE(path.filename().string());
    checkRandomEdits(path.filename().string(), readFile(path), tally);
  }
  CHECK(tally.unrepresentable * 50 <= tally.sequences);
}

TEST_CASE("export property: the same with the corpus records' lines ending in CRLF") {
  Tally tally;
  for (const auto& path : corpusFiles()) {
    CAPTURE(path.filename().string());
    checkRandomEdits(path.filename().string(), markdown::withNewline(readFile(path), "\r\n"), tally);
  }
  CHECK(tally.unrepresentable * 50 <= tally.sequences);
}
