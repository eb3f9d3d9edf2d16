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

// What is stored, in UTF-16 code units, with those of strings holding a code unit above U+00FF
// apart (core/store/storage_use.h counts them per engine): out[0] all units, out[1] the wide ones.
EM_JS(void, jn_ls_stored_size, (double* out), {
  let units = 0, wide = 0;
  const add = (s) => {
    units += s.length;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0xff) { wide += s.length; return; }
    }
  };
  try {
    for (let i = 0; i < window.localStorage.length; i++) {
      const k = window.localStorage.key(i);
      add(k);
      add(window.localStorage.getItem(k) || "");
    }
  } catch (e) {}
  HEAPF64[out >> 3] = units;
  HEAPF64[(out >> 3) + 1] = wide;
});

// Which engine's storage rules hold: 1 Blink or Gecko, 2 WebKit, 0 not known. Every browser on
// iOS is WebKit (its Chrome says CriOS, its Firefox FxiOS, neither Chrome/ nor Firefox/).
EM_JS(int, jn_ls_engine, (), {
  const ua = navigator.userAgent;
  if (['Firefox/', 'Chrome/', 'Chromium/'].some((name) => ua.includes(name))) return 1;
  if (ua.includes('AppleWebKit/')) return 2;
  return 0;
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
store::StoredSize LocalStorageStore::storedSize() {
  double out[2] = {0, 0};
  jn_ls_stored_size(out);
  return {static_cast<std::size_t>(out[0]), static_cast<std::size_t>(out[1])};
}

// Measured by filling localStorage until it throws (README, "Browsers tested"): Chromium 156 and
// Firefox ESR 153 take 5 Mi UTF-16 units of keys and values, whatever the letters; WebKitGTK 2.50
// takes 5 MiB, a string costing 1 byte a unit when all its units are Latin-1 and 2 otherwise, so
// Persian text has half the room there. (Firefox shares its limit with the site's subdomains.)
store::StorageRules LocalStorageStore::storageRules() {
  constexpr std::size_t kFiveMebi = 5 * 1024 * 1024;
  switch (jn_ls_engine()) {
    case 1: return {store::StorageCounting::Utf16Units, kFiveMebi};
    case 2: return {store::StorageCounting::Latin1OrUtf16Bytes, kFiveMebi};
    default: return {store::StorageCounting::Utf16Units, 0};
  }
}
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
