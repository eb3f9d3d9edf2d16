// Where the journal keeps its records: string keys to string values, as the browser's
// localStorage offers. The web build implements it over localStorage (platform/web); tests and
// benchmarks use MemoryStore. Writes report why they failed instead of throwing.
#pragma once
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/store/storage_use.h"

namespace jobname::store {

enum class WriteError { None, QuotaExceeded, Unavailable, Other };

struct WriteResult {
  WriteError error = WriteError::None;
  std::string message;
  bool ok() const { return error == WriteError::None; }
};

class KeyValueStore {
 public:
  virtual ~KeyValueStore() = default;
  virtual std::optional<std::string> get(const std::string& key) = 0;
  virtual WriteResult set(const std::string& key, const std::string& value) = 0;
  virtual void remove(const std::string& key) = 0;
  virtual std::vector<std::string> keys(const std::string& prefix) = 0;
  virtual bool available() = 0;
  // What this site keeps there, and how the browser counts it and how much it allows.
  virtual StoredSize storedSize() = 0;
  virtual StorageRules storageRules() = 0;
};

// In memory, with an optional quota and an "unavailable" switch to test the failure paths.
class MemoryStore : public KeyValueStore {
 public:
  std::optional<std::string> get(const std::string& key) override;
  WriteResult set(const std::string& key, const std::string& value) override;
  void remove(const std::string& key) override;
  std::vector<std::string> keys(const std::string& prefix) override;
  bool available() override { return !unavailable; }
  StoredSize storedSize() override;
  StorageRules storageRules() override { return {StorageCounting::Utf16Units, 0}; }
  std::size_t usedBytes();  // UTF-8 bytes of keys and values, what `quota` limits

  std::map<std::string, std::string> values;
  std::size_t quota = 0;  // 0: unlimited
  bool unavailable = false;
  int writes = 0;
};

}  // namespace jobname::store
