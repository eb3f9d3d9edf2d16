// The JSON form of records and collections (docs/json-format.md): versioned, validated on the
// way in (types, sizes, nesting), and lossless: an imported record carries its Markdown file, so
// Markdown -> JSON -> Markdown is byte for byte and an edit in the JSON is a minimal Markdown diff.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/model/record.h"

namespace jobname::json {

// 2: score.text, the score as written (version 1 files read as before).
constexpr int kFormatVersion = 2;
constexpr std::size_t kMaxJsonBytes = 64 * 1024 * 1024;  // a collection of many records
constexpr int kMaxDepth = 32;

std::string recordToJson(const model::Record& record);
std::string collectionToJson(const model::Collection& collection);
// One record with its id and times: how the journal stores a record under its own key.
std::string entryToJson(const model::CollectionEntry& entry);
// The same, as small as it can be kept: only the Markdown the record exports to, when that
// Markdown reads back to exactly the same fields; the full form otherwise.
std::string compactEntryJson(const model::CollectionEntry& entry);

struct JsonImport {
  bool isCollection = false;
  std::vector<model::CollectionEntry> records;  // one for a record file; empty when there are errors
  std::vector<Diagnostic> diagnostics;
};

// Where the JSON comes from. A file (imported, converted) is input like any other: a line break
// in a field the Markdown holds on one line, or a NUL anywhere, is refused with the field's path.
// The journal's own storage holds what the app's model held, which it reads back whole.
enum class JsonSource { File, OwnStorage };
JsonImport importJson(std::string_view text, const std::string& fileName = {}, JsonSource source = JsonSource::File);

}  // namespace jobname::json
