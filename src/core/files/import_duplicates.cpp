#include "core/files/import_duplicates.h"

#include <algorithm>

#include "core/text/ascii_case.h"

namespace jobname::files {

std::string duplicateKey(const model::Record& r) {
  return text::lowerAsciiTrimmed(r.company.name) + "\n" + text::lowerAsciiTrimmed(r.position) + "\n" + (r.dates.empty() ? "" : r.dates.front().date);
}

const model::CollectionEntry* findDuplicate(const std::vector<model::CollectionEntry>& kept, const model::Record& record) {
  const std::string key = duplicateKey(record);
  const auto existing = std::find_if(kept.begin(), kept.end(), [&](const model::CollectionEntry& e) { return duplicateKey(e.record) == key; });
  return existing == kept.end() ? nullptr : &*existing;
}

std::string describeDuplicate(const model::Record& r) {
  return r.company.name + ", " + r.position + (r.dates.empty() ? "" : ", " + r.dates.front().date);
}

}  // namespace jobname::files
