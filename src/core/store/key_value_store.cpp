#include "core/store/key_value_store.h"

namespace jobname::store {

std::optional<std::string> MemoryStore::get(const std::string& key) {
  if (unavailable) return std::nullopt;
  const auto it = values.find(key);
  if (it == values.end()) return std::nullopt;
  return it->second;
}

WriteResult MemoryStore::set(const std::string& key, const std::string& value) {
  if (unavailable) return {WriteError::Unavailable, "storage is disabled"};
  const auto it = values.find(key);
  const std::size_t before = usedBytes() - (it == values.end() ? 0 : it->first.size() + it->second.size());
  if (quota && before + key.size() + value.size() > quota) return {WriteError::QuotaExceeded, "QuotaExceededError"};
  values[key] = value;
  ++writes;
  return {};
}

void MemoryStore::remove(const std::string& key) {
  if (!unavailable) values.erase(key);
}

std::vector<std::string> MemoryStore::keys(const std::string& prefix) {
  std::vector<std::string> out;
  for (const auto& [key, value] : values) {
    if (key.rfind(prefix, 0) == 0) out.push_back(key);
  }
  return out;
}

StoredSize MemoryStore::storedSize() {
  StoredSize size;
  for (const auto& [key, value] : values) {
    addStoredString(size, key);
    addStoredString(size, value);
  }
  return size;
}

std::size_t MemoryStore::usedBytes() {
  std::size_t total = 0;
  for (const auto& [key, value] : values) total += key.size() + value.size();
  return total;
}

}  // namespace jobname::store
