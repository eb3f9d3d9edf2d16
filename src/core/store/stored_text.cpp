#include "core/store/stored_text.h"

#include <nlohmann/json.hpp>

#include "core/json/record_json.h"

namespace jobname::store {

std::uint64_t textHash(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash ? hash : 1;
}

bool newerFormatVersion(std::string_view text) {
  const auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (!j.is_object()) return false;
  const auto version = j.find("version");
  return version != j.end() && version->is_number_integer() && version->get<long long>() > json::kFormatVersion;
}

}  // namespace jobname::store
