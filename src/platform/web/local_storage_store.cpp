#include "platform/web/local_storage_store.h"

#include <emscripten.h>

#include "platform/web/js_string.h"


namespace jobname::web {

namespace {
EM_JS(char*, jn_ls_get, (const char* key), {
  try {
    const value = window.localStorage.getItem(UTF8ToString(key));
    return value === null ? 0 : stringToNewUTF8(value);
  } catch (e) {
    return 0;
  }
});

// 0 ok, 1 quota, 2 unavailable, 3 other
EM_JS(int, jn_ls_set, (const char* key, const char* value), {
  try {
    window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
    return 0;
  } catch (e) {
    const quota = e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014);
    if (quota) return 1;
    if (e && (e.name === 'SecurityError' || e.name === 'InvalidAccessError')) return 2;
    return 3;
  }
});

EM_JS(void, jn_ls_remove, (const char* key), {
  try { window.localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});

EM_JS(char*, jn_ls_keys, (const char* prefix), {
  try {
    const p = UTF8ToString(prefix);
    const keys = [];
    for (let i = 0; i < window.localStorage.length; i++) {
      const k = window.localStorage.key(i);
      if (k !== null && k.startsWith(p)) keys.push(k);
    }
    return stringToNewUTF8(keys.join('\n'));
  } catch (e) {
    return 0;
  }
});

EM_JS(double, jn_ls_used, (), {
  try {
    let chars = 0;
    for (let i = 0; i < window.localStorage.length; i++) {
      const k = window.localStorage.key(i);
      chars += k.length + (window.localStorage.getItem(k) || "").length;
    }
    return chars * 2;  // browsers count UTF-16 code units
  } catch (e) {
    return 0;
  }
});

// "" stands for every key: the storage was cleared, or the page is back from the back-forward
// cache, where storage events of other tabs are not delivered. (The main loop wakes on both.)
EM_JS(void, jn_ls_listen, (), {
  Module.jnChangedKeys = [];
  window.addEventListener('storage', (event) => {
    if (event.storageArea !== window.localStorage) return;
    Module.jnChangedKeys.push(event.key === null ? "" : event.key);
  });
  window.addEventListener('pageshow', (event) => { if (event.persisted) Module.jnChangedKeys.push(""); });
});

EM_JS(char*, jn_ls_take_changed, (), {
  if (!Module.jnChangedKeys || Module.jnChangedKeys.length === 0) return 0;
  const keys = Module.jnChangedKeys.join('\n');
  Module.jnChangedKeys = [];
  return stringToNewUTF8(keys);
});

// The answer lands in Module.jnPersist: 0 no such API, 1 asking, 2 granted, 3 refused. Firefox
// may ask the user first, so it can stay 1 for a long while.
EM_JS(void, jn_request_persist, (), {
  if (!(navigator.storage && navigator.storage.persist)) { Module.jnPersist = 0; return; }
  Module.jnPersist = 1;
  const answer = (value) => {
    Module.jnPersist = value;
    window.dispatchEvent(new Event('focus'));  // wakes the idle loop to show it
  };
  navigator.storage.persist().then((granted) => answer(granted ? 2 : 3), () => answer(3));
});

EM_JS(int, jn_persist_answer, (), { return Module.jnPersist === undefined ? 0 : Module.jnPersist; });

std::vector<std::string> splitLines(char* joined) {
  std::vector<std::string> out;
  if (!joined) return out;
  const std::string all = takeJsString(joined);
  std::size_t start = 0;
  while (start <= all.size() && !all.empty()) {
    const std::size_t end = all.find('\n', start);
    out.push_back(all.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}
}  // namespace

LocalStorageStore::LocalStorageStore() { jn_ls_listen(); }

std::optional<std::string> LocalStorageStore::get(const std::string& key) {
  char* value = jn_ls_get(key.c_str());
  if (!value) return std::nullopt;
  return takeJsString(value);
}

store::WriteResult LocalStorageStore::set(const std::string& key, const std::string& value) {
  switch (jn_ls_set(key.c_str(), value.c_str())) {
    case 0: return {};
    case 1: return {store::WriteError::QuotaExceeded, "the browser's storage for this page is full"};
    case 2: return {store::WriteError::Unavailable, "the browser does not let this page keep data"};
    default: return {store::WriteError::Other, "the browser refused to save"};
  }
}

void LocalStorageStore::remove(const std::string& key) { jn_ls_remove(key.c_str()); }
std::vector<std::string> LocalStorageStore::keys(const std::string& prefix) { return splitLines(jn_ls_keys(prefix.c_str())); }
// Storage is there when a probe can be written, and also when the probe is refused only because
// the storage is full: a full storage is not private mode, and saying so would mislead the user.
bool LocalStorageStore::available() {
  const char* probe = "__jobname_probe__";
  const int result = jn_ls_set(probe, "1");
  if (result == 0) jn_ls_remove(probe);
  return result == 0 || result == 1;
}
std::size_t LocalStorageStore::usedBytes() { return static_cast<std::size_t>(jn_ls_used()); }
std::vector<std::string> LocalStorageStore::takeChangedKeys() { return splitLines(jn_ls_take_changed()); }

void requestPersistentStorage() { jn_request_persist(); }

PersistentStorage persistentStorageAnswer() {
  switch (jn_persist_answer()) {
    case 1: return PersistentStorage::Asking;
    case 2: return PersistentStorage::Granted;
    case 3: return PersistentStorage::Refused;
    default: return PersistentStorage::Unsupported;
  }
}

}  // namespace jobname::web
