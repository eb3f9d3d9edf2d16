#include "input.h"

#include <fstream>
#include <sstream>

#include "core/json/record_json.h"
#include "core/markdown/import.h"

namespace jobname::cli {

bool hasHelp(const Args& args) {
  for (const auto& a : args) {
    if (a == "--help" || a == "-h") return true;
  }
  return false;
}

bool readAll(const std::string& path, std::istream& in, std::string& text, std::ostream& err) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
    return true;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    err << path << ": error: cannot open the file\n";
    return false;
  }
  std::ostringstream buffer;
  buffer << file.rdbuf();
  text = buffer.str();
  return true;
}

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Format formatOf(const std::string& path, const std::string& forced) {
  if (forced == "md") return Format::Markdown;
  if (forced == "json") return Format::Json;
  if (endsWith(path, ".md") || endsWith(path, ".markdown")) return Format::Markdown;
  if (endsWith(path, ".json")) return Format::Json;
  return Format::Unknown;
}

Loaded load(const std::string& path, const std::string& text, Format format) {
  Loaded loaded;
  if (format == Format::Json) {
    auto imported = json::importJson(text, path);
    loaded.records = std::move(imported.records);
    loaded.isCollection = imported.isCollection;
    loaded.diagnostics = std::move(imported.diagnostics);
  } else {
    auto imported = markdown::importMarkdown(text, path);
    if (imported.record) loaded.records.push_back({{}, 0, 0, std::move(*imported.record)});
    loaded.diagnostics = std::move(imported.diagnostics);
  }
  return loaded;
}

void report(const std::vector<Diagnostic>& diagnostics, std::ostream& err) {
  for (const auto& d : diagnostics) err << formatDiagnostic(d) << '\n';
}

}  // namespace jobname::cli
