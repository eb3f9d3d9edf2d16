#include "core/about/components.h"

#include <doctest/doctest.h>

#include "core/share/deflate.h"
#include "core/text/bidi.h"

using namespace jobname;

TEST_CASE("about: FriBidi's and zlib's versions are the ones text/bidi and share were built with") {
  const auto components = about::coreComponents();
  REQUIRE(components.size() == 3);
  CHECK(components[0].version == text::fribidiLibraryVersion());
  CHECK(components[2].version == share::zlibLibraryVersion());
  for (const auto& c : components) {
    CHECK_FALSE(c.version.empty());
    CHECK_FALSE(c.licenseFile.empty());
  }
}
