// A file of records, told apart by its name: Markdown (.md, .markdown) holds one record, JSON
// (.json) one record or a collection. The app's drop and picker and every `jobname` command read
// files through here, so both follow one rule. Reading bytes from disk or the browser is theirs.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/model/record.h"

namespace jobname::files {

enum class FileFormat { Unknown, Markdown, Json };

// By `forced` ("md", "json") when given, else by the name's extension (case as written).
FileFormat formatOfFile(const std::string& name, const std::string& forced = {});

struct LoadedFile {
  std::vector<model::CollectionEntry> records;  // a Markdown record has no id or times
  bool isCollection = false;
  std::vector<Diagnostic> diagnostics;
};

// Imports `text` as `format`; a name with no known extension (Unknown) is read as Markdown.
LoadedFile loadRecordFile(const std::string& name, std::string_view text, FileFormat format);

}  // namespace jobname::files
