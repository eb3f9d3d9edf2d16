#include "core/text/ascii_case.h"

#include <doctest/doctest.h>

using namespace jobname::text;

TEST_CASE("ascii case: ASCII letters fold, every other byte is kept") {
  CHECK(lowerAscii("LinkedIn") == "linkedin");
  CHECK(lowerAscii("--Rejected--x") == "--rejected--x");
  CHECK(lowerAscii("دکترتو 📜 OK") == "دکترتو 📜 ok");
  CHECK(lowerAscii("") == "");
}

TEST_CASE("ascii case: trimmed drops the spaces at either end only") {
  CHECK(lowerAsciiTrimmed("  Doctoreto  ") == "doctoreto");
  CHECK(lowerAsciiTrimmed(" Senior  Back-End ") == "senior  back-end");
  CHECK(lowerAsciiTrimmed("   ") == "");
  CHECK(lowerAsciiTrimmed("\tTab") == "\ttab");  // only spaces, as the duplicate check always did
}
