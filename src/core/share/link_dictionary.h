// The preset deflate dictionaries of share links, by link version: part of the link format for
// ever (docs/share-links.md). The bytes are src/core/share/link_dictionary_<version>.txt, compiled
// in unchanged; unit tests pin their checksums. Choosing what goes in one is not this file's job.
#pragma once
#include <string_view>

namespace jobname::share {

// Empty for version 1 (plain deflate) and for a version that has no dictionary.
std::string_view linkDictionary(int linkVersion);

}  // namespace jobname::share
