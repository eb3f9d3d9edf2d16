// Any bytes as a record, and a sequence of edits read from the bytes: the export after the edits
// keeps the promises of tests/support/record_edits.h (reads back as the edited record whenever
// the format can hold it, every untouched line stays in order, elements moved unedited stay
// whole, CRLF stays CRLF), and never crashes. The bytes after the last NUL choose the edits (a
// record holds no NUL); without one, the record's own last bytes do, read backwards. The first
// choice says whether the record's lines are made to end in CRLF.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "core/markdown/source_edits.h"
#include "record_edits.h"  // tests/support, on this target's include path

namespace {
constexpr std::size_t kMaxEdits = 12;
constexpr std::size_t kChoicesFromText = 64;
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::size_t textSize = size;
  while (textSize > 0 && data[textSize - 1] != 0) --textSize;
  std::string choiceBytes;
  if (textSize > 0) {
    choiceBytes.assign(reinterpret_cast<const char*>(data) + textSize, size - textSize);
    --textSize;  // the NUL
  } else {
    textSize = size;
    for (std::size_t i = 0; i < kChoicesFromText && i < size; ++i) choiceBytes += static_cast<char>(data[size - 1 - i]);
  }
  jobname::testing::ByteChoices choices(reinterpret_cast<const std::uint8_t*>(choiceBytes.data()), choiceBytes.size());

  std::string text(reinterpret_cast<const char*>(data), textSize);
  if (choices.below(2)) text = jobname::markdown::withNewline(text, "\r\n");
  const auto result = jobname::markdown::importMarkdown(text, "fuzz.md");
  if (!result.record) return 0;
  jobname::model::Record record = *result.record;
  std::string done;
  for (std::size_t n = 1 + choices.below(kMaxEdits); n > 0 && !choices.exhausted(); --n) {
    done += jobname::testing::applyRandomEdit(record, choices) + "; ";
  }
  const auto check = jobname::testing::checkExport(record, jobname::markdown::exportMarkdown(record));
  if (!check.failure.empty()) {
    std::fprintf(stderr, "edits: %s\nfailed: %s\n", done.c_str(), check.failure.c_str());
    std::abort();
  }
  return 0;
}
