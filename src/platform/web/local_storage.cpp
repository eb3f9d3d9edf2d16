#include "platform/web/local_storage.h"

#include <emscripten.h>

#include <cstdlib>

namespace jobname::web {

namespace {
EM_JS(char*, jn_storage_get, (const char* key), {
  try {
    const value = window.localStorage.getItem(UTF8ToString(key));
    return value === null ? 0 : stringToNewUTF8(value);
  } catch (e) {
    return 0;
  }
});

EM_JS(int, jn_storage_set, (const char* key, const char* value), {
  try {
    window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
    return 1;
  } catch (e) {
    console.warn('localStorage write failed:', e.name);
    return 0;
  }
});
}  // namespace

std::optional<std::string> localStorageGet(const std::string& key) {
  char* value = jn_storage_get(key.c_str());
  if (!value) return std::nullopt;
  std::string result(value);
  std::free(value);
  return result;
}

bool localStorageSet(const std::string& key, const std::string& value) {
  return jn_storage_set(key.c_str(), value.c_str()) != 0;
}

}  // namespace jobname::web
