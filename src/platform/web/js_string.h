// A string JavaScript handed over with stringToNewUTF8: copied into C++, and the copy on the
// wasm heap freed. Null (JavaScript had nothing to give) is the empty string.
#pragma once
#include <cstdlib>
#include <string>

namespace jobname::web {

inline std::string takeJsString(char* raw) {
  if (!raw) return {};
  std::string text(raw);
  std::free(raw);
  return text;
}

}  // namespace jobname::web
