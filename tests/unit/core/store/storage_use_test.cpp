#include "core/store/storage_use.h"

#include <doctest/doctest.h>

#include <string>

using namespace jobname::store;

namespace {
std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

StoredSize sizeOf(std::initializer_list<std::string> strings) {
  StoredSize size;
  for (const auto& s : strings) addStoredString(size, s);
  return size;
}
}  // namespace

TEST_CASE("storage figure bug: every engine was said to count 2 bytes a UTF-16 unit against 5 MiB, twice what Chromium and Firefox count, and twice what WebKit counts for English") {
  // Measured by filling localStorage until it throws (one key "k"): Chromium 156 and Firefox 153
  // take 5,242,879 more units of any text, WebKitGTK 2.50 5,242,879 Latin-1 or 2,621,439 Persian.
  const std::size_t limit = 5 * 1024 * 1024;
  const StoredSize english = sizeOf({"k", repeat("x", 5242879)});
  const StoredSize persian = sizeOf({"k", repeat("\u0628", 5242879)});
  CHECK(countedUse(english, StorageCounting::Utf16Units) == limit);
  CHECK(countedUse(persian, StorageCounting::Utf16Units) == limit);
  CHECK(countedUse(english, StorageCounting::Latin1OrUtf16Bytes) == limit);
  CHECK(countedUse(sizeOf({"k", repeat("\u0628", 2621439)}), StorageCounting::Latin1OrUtf16Bytes) == limit - 1);
  CHECK(countedUse(sizeOf({"k", repeat("\u0628", 2621440)}), StorageCounting::Latin1OrUtf16Bytes) == limit + 1);
}

TEST_CASE("storage figure: each key and value is counted on its own, a Persian key makes only itself wide") {
  // WebKit: the key "ببب" took 6 bytes and left 5,242,874 for an ASCII value.
  const StoredSize size = sizeOf({"\u0628\u0628\u0628", repeat("x", 5242874)});
  CHECK(size.units == 5242877);
  CHECK(size.unitsInWideStrings == 3);
  CHECK(countedUse(size, StorageCounting::Latin1OrUtf16Bytes) == 5 * 1024 * 1024);
}

TEST_CASE("storage figure: Latin-1 letters are narrow, a code point above U+FFFF is two units") {
  CHECK(sizeOf({"\u00e9t\u00e9"}).unitsInWideStrings == 0);
  const StoredSize emoji = sizeOf({"\U0001F600"});
  CHECK(emoji.units == 2);
  CHECK(countedUse(emoji, StorageCounting::Latin1OrUtf16Bytes) == 4);
}

TEST_CASE("storage figure: the line says what is used out of what the engine allows, in its own unit") {
  const StoredSize size = sizeOf({"jobname-studio.records.a", repeat("\u0628", 1000000)});
  CHECK(describeStorageUse(size, {StorageCounting::Utf16Units, 5242880}) ==
        "Stored: 1.0 million of the 5.2 million characters this browser keeps for the page (19%).");
  CHECK(describeStorageUse(size, {StorageCounting::Latin1OrUtf16Bytes, 5242880}) ==
        "Stored: 2.0 MB of the 5.2 MB this browser keeps for the page (38%; text in Persian takes twice the room of English).");
  const StoredSize small = sizeOf({"k", repeat("\u0628", 992)});
  CHECK(describeStorageUse(small, {StorageCounting::Utf16Units, 5242880}) ==
        "Stored: 1.0 thousand of the 5.2 million characters this browser keeps for the page (under 1%).");
  CHECK(describeStorageUse(small, {StorageCounting::Latin1OrUtf16Bytes, 5242880}) ==
        "Stored: 2.0 kB of the 5.2 MB this browser keeps for the page (under 1%; text in Persian takes twice the room of English).");
  CHECK(describeStorageUse(size, {StorageCounting::Utf16Units, 0}) ==
        "Stored: 1.0 million characters (this browser's limit is not known).");
  CHECK(describeStorageUse({}, {StorageCounting::Utf16Units, 5242880}) ==
        "Nothing stored yet; this browser keeps 5.2 million characters for the page.");
  CHECK(describeStorageUse({}, {StorageCounting::Latin1OrUtf16Bytes, 5242880}) == "Nothing stored yet; this browser keeps 5.2 MB for the page.");
}
