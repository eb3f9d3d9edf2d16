// How much of the browser's localStorage the page uses, counted the way the engine counts it, and
// the line the editor shows of it. The platform says what is stored (StoredSize) and which rules
// the engine follows (StorageRules, measured per engine in platform/web/local_storage_store.cpp);
// this file only counts and words it. It does not read the storage itself.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace jobname::store {

// Every engine's limit is on keys plus values; what a character costs differs.
enum class StorageCounting {
  Utf16Units,            // Chromium, Firefox: one per UTF-16 code unit
  Latin1OrUtf16Bytes,    // WebKit: bytes as it holds the string: 1 a unit when all are Latin-1, else 2
};

// What is stored, in UTF-16 code units (as JavaScript sees it), keys and values together; the
// units of strings with a code unit above U+00FF ("wide": WebKit holds them 2 bytes a unit) apart.
struct StoredSize {
  std::size_t units = 0;
  std::size_t unitsInWideStrings = 0;
};

// Adds one key or value, given as UTF-8 (a code point above U+FFFF is two units).
void addStoredString(StoredSize& size, std::string_view utf8);

struct StorageRules {
  StorageCounting counting = StorageCounting::Utf16Units;
  std::size_t limit = 0;  // in the counting's units; 0 when the engine is not known
};

// What the engine counts as used.
std::size_t countedUse(const StoredSize& size, StorageCounting counting);

// "Stored: 1.2 of the 5.2 million characters this browser keeps for the page (23%)." and the like.
std::string describeStorageUse(const StoredSize& size, const StorageRules& rules);

}  // namespace jobname::store
