// What every command does with its arguments and input files: help flags, reading a file or
// standard input, and printing diagnostics. Telling Markdown from JSON and importing is core's
// (core/files/record_file.h), shared with the app.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "commands.h"
#include "core/diagnostics.h"
#include "core/files/record_file.h"

namespace jobname::cli {

bool hasHelp(const Args& args);
// The file at `path`, or `in` for "-". Says why on `err` when it cannot.
bool readAll(const std::string& path, std::istream& in, std::string& text, std::ostream& err);
void report(const std::vector<Diagnostic>& diagnostics, std::ostream& err);

}  // namespace jobname::cli
