#include "core/diagnostics.h"

namespace jobname {

std::string formatDiagnostic(const Diagnostic& d) {
  std::string out = d.file.empty() ? "<input>" : d.file;
  if (d.line > 0) out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column > 0 ? d.column : 1);
  out += d.severity == Severity::Error ? ": error: " : ": warning: ";
  out += d.message;
  return out;
}

Diagnostic diagnosticAt(const std::string& file, std::string_view text, std::size_t offset, std::string message,
                        Severity severity) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') { ++line; column = 1; } else { ++column; }
  }
  return {file, line, column, severity, std::move(message)};
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics) {
    if (d.severity == Severity::Error) return true;
  }
  return false;
}

}  // namespace jobname
