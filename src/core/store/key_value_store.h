// Where the journal keeps its records: string keys to string values, as the browser's
// localStorage offers. The web build implements it over localStorage (platform/web); tests and
// benchmarks use MemoryStore. Writes report why they failed instead of throwing.
#pragma once
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

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
  // Bytes used by this site and roughly how many the browser allows (0 when unknown).
  virtual std::size_t usedBytes() = 0;
  virtual std::size_t quotaBytes() = 0;
};

// In memory, with an optional quota and an "unavailable" switch to test the failure paths.
class MemoryStore : public KeyValueStore {
 public:
  std::optional<std::string> get(const std::string& key) override;
  WriteResult set(const std::string& key, const std::string& value) override;
  void remove(const std::string& key) override;
  std::vector<std::string> keys(const std::string& prefix) override;
  bool available() override { return !unavailable; }
  std::size_t usedBytes() override;
  std::size_t quotaBytes() override { return quota; }

  std::map<std::string, std::string> values;
  std::size_t quota = 0;  // 0: unlimited
  bool unavailable = false;
  int writes = 0;
};

}  // namespace jobname::store
