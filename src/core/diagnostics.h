// Problems found in input, as values with a place: `file:line:col: error|warning: message`.
// Errors mean nothing was imported; warnings mean it was, with what the warning says.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace jobname {

enum class Severity { Error, Warning };

struct Diagnostic {
  std::string file;
  int line = 0;    // 1-based; 0 when the problem has no line (e.g. the file is too large)
  int column = 0;  // 1-based, in bytes
  Severity severity = Severity::Error;
  std::string message;
};

std::string formatDiagnostic(const Diagnostic& diagnostic);
// An error at a byte offset of `text`, its line and column counted from there.
Diagnostic diagnosticAt(const std::string& file, std::string_view text, std::size_t offset, std::string message,
                        Severity severity = Severity::Error);
// Line and column (1-based, bytes) of each offset of `text`, in one pass however many there are.
struct LineColumn {
  int line = 1, column = 1;
};
std::vector<LineColumn> lineColumnsAt(std::string_view text, const std::vector<std::size_t>& offsets);
bool hasErrors(const std::vector<Diagnostic>& diagnostics);

}  // namespace jobname
