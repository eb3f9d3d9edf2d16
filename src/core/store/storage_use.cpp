#include "core/store/storage_use.h"

#include <cstdio>

#include "core/text/utf8.h"

namespace jobname::store {

namespace {
// One decimal, in millions or, below a tenth of one, thousands: 5,242,880 characters is "5.2
// million", 1,986 bytes "2.0 kB".
std::string amount(std::size_t n, bool bytes) {
  const bool small = n < 100000;
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.1f %s", static_cast<double>(n) / (small ? 1e3 : 1e6),
                bytes ? (small ? "kB" : "MB") : (small ? "thousand" : "million"));
  return buffer;
}
}  // namespace

void addStoredString(StoredSize& size, std::string_view utf8) {
  std::size_t units = 0;
  bool wide = false;
  for (std::size_t at = 0; at < utf8.size();) {
    const char32_t c = text::decodeUtf8(utf8, at);
    units += c > 0xFFFF ? 2 : 1;
    wide = wide || c > 0xFF;
  }
  size.units += units;
  if (wide) size.unitsInWideStrings += units;
}

std::size_t countedUse(const StoredSize& size, StorageCounting counting) {
  switch (counting) {
    case StorageCounting::Utf16Units: return size.units;
    case StorageCounting::Latin1OrUtf16Bytes: return size.units + size.unitsInWideStrings;  // wide ones twice
  }
  return size.units;
}

std::string describeStorageUse(const StoredSize& size, const StorageRules& rules) {
  const std::size_t used = countedUse(size, rules.counting);
  const bool bytes = rules.counting == StorageCounting::Latin1OrUtf16Bytes;
  if (rules.limit == 0) return "Stored: " + amount(used, false) + " characters (this browser's limit is not known).";
  if (used == 0) return "Nothing stored yet; this browser keeps " + amount(rules.limit, bytes) + (bytes ? "" : " characters") + " for the page.";
  const std::size_t percent = used * 100 / rules.limit;
  const std::string share = used > 0 && percent == 0 ? "under 1%" : std::to_string(percent) + "%";
  return "Stored: " + amount(used, bytes) + " of the " + amount(rules.limit, bytes) + (bytes ? "" : " characters") +
         " this browser keeps for the page (" + share + (bytes ? "; text in Persian takes twice the room of English" : "") + ").";
}

}  // namespace jobname::store
