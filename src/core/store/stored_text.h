// Small facts about a text read from the store, for the journal: a hash that says whether it is
// the text a tab saw before, and whether a record's JSON says it was written in a newer format.
#pragma once
#include <cstdint>
#include <string_view>

namespace jobname::store {

// FNV-1a, never 0 (0 means "no text"). The same in every build, so every tab agrees.
std::uint64_t textHash(std::string_view text);

// True when `text` is a JSON object whose "version" is a whole number above json::kFormatVersion.
bool newerFormatVersion(std::string_view text);

}  // namespace jobname::store
