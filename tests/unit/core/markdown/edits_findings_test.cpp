// Every fixed finding of fuzz_markdown_edits, kept in tests/data/fuzz-findings/edits-*, replayed
// as the fuzzer reads it: the export keeps every promise. Open findings (edits-open-*) are left
// out until they are fixed, when they lose the "open-" in their name.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "record_edits.h"
#include "../../support/corpus.h"

using namespace jobname;

TEST_CASE("edits findings: every fixed finding of the edits fuzzer keeps the export's promises") {
  int replayed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(JN_TEST_DATA_DIR) / "fuzz-findings")) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("edits-", 0) != 0 || name.rfind("edits-open-", 0) == 0) continue;
    const std::string bytes = testing::readFile(entry.path());
    const auto replay = testing::replayEdits(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    CAPTURE(name);
    CAPTURE(replay.edits);
    CHECK(replay.failure == "");
    ++replayed;
  }
  CHECK(replayed >= 4);
}
