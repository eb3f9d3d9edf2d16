// Any bytes: the importer never crashes; an imported record exports to exactly the text it was
// read from (lossless); Markdown -> JSON -> Markdown gives back the same bytes (whatever the
// Markdown importer accepts, our own JSON import reads); and the record written anew in the
// canonical layout reads back as a record. (Canonical write -> read -> write stability is pinned
// over the corpus by unit tests: arbitrary bytes can hold HTML the layout cannot re-express, such
// as an unclosed <details>.)
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/json/record_json.h"
#include "core/markdown/export.h"
#include "core/markdown/import.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const auto result = jobname::markdown::importMarkdown(input, "fuzz.md");
  if (!result.record) return 0;
  if (jobname::markdown::exportMarkdown(*result.record) != jobname::markdown::sourceText(*result.record)) std::abort();
  const auto json = jobname::json::importJson(jobname::json::recordToJson(*result.record), "record.json");
  if (json.records.size() != 1 || jobname::markdown::exportMarkdown(json.records[0].record) != input) std::abort();

  jobname::model::Record fresh = *result.record;
  fresh.source.reset();
  if (!jobname::markdown::importMarkdown(jobname::markdown::exportMarkdown(fresh), "canonical.md").record) std::abort();
  return 0;
}
