// Any bytes as a record, and a sequence of edits read from the bytes: the export after the edits
// keeps the promises of tests/support/record_edits.h (reads back as the edited record whenever
// the format can hold it, every untouched line stays in order, elements moved unedited stay
// whole, CRLF stays CRLF), and never crashes. How the bytes choose the edits: replayEdits.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "record_edits.h"  // tests/support, on this target's include path

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto replay = jobname::testing::replayEdits(data, size);
  if (!replay.failure.empty()) {
    std::fprintf(stderr, "edits: %s\nfailed: %s\n", replay.edits.c_str(), replay.failure.c_str());
    std::abort();
  }
  return 0;
}
