// Any bytes: the JSON importer never crashes or recurses without bound; whatever it accepts
// writes to JSON that reads back to the same Markdown (parse -> write -> parse -> write is stable).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/json/record_json.h"
#include "core/markdown/export.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const auto result = jobname::json::importJson(input, "fuzz.json");
  for (const auto& entry : result.records) {
    const std::string markdown = jobname::markdown::exportMarkdown(entry.record);
    const auto again = jobname::json::importJson(jobname::json::recordToJson(entry.record), "again.json");
    if (again.records.size() != 1) std::abort();
    if (jobname::markdown::exportMarkdown(again.records[0].record) != markdown) std::abort();
  }
  return 0;
}
