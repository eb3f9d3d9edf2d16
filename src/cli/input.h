// What every command does with its arguments and input files: help flags, reading a file or
// standard input, telling Markdown from JSON, importing, and printing diagnostics.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "commands.h"
#include "core/diagnostics.h"
#include "core/model/record.h"

namespace jobname::cli {

bool hasHelp(const Args& args);
// The file at `path`, or `in` for "-". Says why on `err` when it cannot.
bool readAll(const std::string& path, std::istream& in, std::string& text, std::ostream& err);
bool endsWith(const std::string& s, const std::string& suffix);

enum class Format { Unknown, Markdown, Json };
// By `forced` ("md", "json") when given, else by the file's extension.
Format formatOf(const std::string& path, const std::string& forced);

struct Loaded {
  std::vector<model::CollectionEntry> records;
  bool isCollection = false;
  std::vector<Diagnostic> diagnostics;
};
Loaded load(const std::string& path, const std::string& text, Format format);
void report(const std::vector<Diagnostic>& diagnostics, std::ostream& err);

}  // namespace jobname::cli
