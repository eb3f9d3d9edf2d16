#include "core/files/record_file.h"

#include "core/json/record_json.h"
#include "core/markdown/import.h"

namespace jobname::files {

namespace {
bool endsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

FileFormat formatOfFile(const std::string& name, const std::string& forced) {
  if (forced == "md") return FileFormat::Markdown;
  if (forced == "json") return FileFormat::Json;
  if (endsWith(name, ".md") || endsWith(name, ".markdown")) return FileFormat::Markdown;
  if (endsWith(name, ".json")) return FileFormat::Json;
  return FileFormat::Unknown;
}

LoadedFile loadRecordFile(const std::string& name, std::string_view text, FileFormat format) {
  LoadedFile loaded;
  if (format == FileFormat::Json) {
    auto imported = json::importJson(text, name);
    loaded.records = std::move(imported.records);
    loaded.isCollection = imported.isCollection;
    loaded.diagnostics = std::move(imported.diagnostics);
  } else {
    auto imported = markdown::importMarkdown(text, name);
    if (imported.record) loaded.records.push_back({{}, 0, 0, std::move(*imported.record)});
    loaded.diagnostics = std::move(imported.diagnostics);
  }
  return loaded;
}

}  // namespace jobname::files
