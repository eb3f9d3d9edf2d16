#include "input.h"

#include <fstream>
#include <sstream>

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

void report(const std::vector<Diagnostic>& diagnostics, std::ostream& err) {
  for (const auto& d : diagnostics) err << formatDiagnostic(d) << '\n';
}

}  // namespace jobname::cli
