#include "core/diagnostics.h"

namespace jobname {

std::string formatDiagnostic(const Diagnostic& d) {
  std::string out = d.file.empty() ? "<input>" : d.file;
  if (d.line > 0) out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column > 0 ? d.column : 1);
  out += d.severity == Severity::Error ? ": error: " : ": warning: ";
  out += d.message;
  return out;
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics) {
    if (d.severity == Severity::Error) return true;
  }
  return false;
}

}  // namespace jobname
