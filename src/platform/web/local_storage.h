// The browser's localStorage as a string key-value store. Reads return nothing when storage is
// unavailable (private mode, disabled); writes report failure instead of throwing.
#pragma once
#include <optional>
#include <string>

namespace jobname::web {

std::optional<std::string> localStorageGet(const std::string& key);
bool localStorageSet(const std::string& key, const std::string& value);

}  // namespace jobname::web
