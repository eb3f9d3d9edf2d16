#include "core/diagnostics.h"

#include <algorithm>
#include <numeric>

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
  const LineColumn at = lineColumnsAt(text, {offset}).front();
  return {file, at.line, at.column, severity, std::move(message)};
}

std::vector<LineColumn> lineColumnsAt(std::string_view text, const std::vector<std::size_t>& offsets) {
  std::vector<std::size_t> order(offsets.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
  std::vector<LineColumn> result(offsets.size());
  LineColumn here;
  std::size_t i = 0;
  for (const std::size_t index : order) {
    const std::size_t offset = std::min(offsets[index], text.size());
    for (; i < offset; ++i) {
      if (text[i] == '\n') { ++here.line; here.column = 1; } else { ++here.column; }
    }
    result[index] = here;
  }
  return result;
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics) {
    if (d.severity == Severity::Error) return true;
  }
  return false;
}

}  // namespace jobname
