// The journal's KeyValueStore over the browser's localStorage, with every browser's name for a
// full storage recognised (QuotaExceededError, NS_ERROR_DOM_QUOTA_REACHED, code 22), the
// storage event of other tabs queued for the app ("" for every key, also after the back-forward
// cache), and a request that the browser keep the data, with its answer.
#pragma once
#include <string>
#include <vector>

#include "core/store/key_value_store.h"

namespace jobname::web {

class LocalStorageStore : public store::KeyValueStore {
 public:
  LocalStorageStore();
  std::optional<std::string> get(const std::string& key) override;
  store::WriteResult set(const std::string& key, const std::string& value) override;
  void remove(const std::string& key) override;
  std::vector<std::string> keys(const std::string& prefix) override;
  bool available() override;
  store::StoredSize storedSize() override;
  store::StorageRules storageRules() override;

  // Keys other tabs changed since the last call.
  std::vector<std::string> takeChangedKeys();
};

// Asks the browser not to evict the site's storage (navigator.storage.persist()); the answer
// comes later (Firefox may ask the user), read with persistentStorageAnswer().
void requestPersistentStorage();
enum class PersistentStorage { Unsupported, Asking, Granted, Refused };
PersistentStorage persistentStorageAnswer();

}  // namespace jobname::web
