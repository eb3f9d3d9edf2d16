#include "core/about/components.h"

#include <doctest/doctest.h>

#include <string>

#include "core/share/deflate.h"
#include "core/text/bidi.h"

using namespace jobname;

TEST_CASE("about: FriBidi's and zlib's versions are the ones text/bidi and share were built with") {
  const auto components = about::coreComponents();
  const auto named = [&](const std::string& start) {
    for (const auto& c : components) {
      if (c.name.rfind(start, 0) == 0) return c.version;
    }
    return std::string("(not listed)");
  };
  CHECK(named("GNU FriBidi") == text::fribidiLibraryVersion());
  CHECK(named("zlib") == share::zlibLibraryVersion());
  for (const auto& c : components) {
    CHECK_FALSE(c.version.empty());
    CHECK_FALSE(c.licenseFile.empty());
  }
}
