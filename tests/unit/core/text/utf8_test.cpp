#include "core/text/utf8.h"

#include <doctest/doctest.h>

using namespace jobname::text;

TEST_CASE("utf8: Persian and emoji survive a round trip through code points") {
  const std::string s = "دکترتو 📜 ok";
  CHECK(toUtf8(toUtf32(s)) == s);
  CHECK(toUtf32("پ") == U"\u067E");
  CHECK(toUtf32("📜") == U"\U0001F4DC");
}

TEST_CASE("utf8: the first malformed byte is found by offset") {
  CHECK(firstInvalidUtf8("plain") == std::string_view::npos);
  CHECK(firstInvalidUtf8("ab\xFFzz") == 2);
  CHECK(firstInvalidUtf8("\xD8") == 0);            // truncated sequence
  CHECK(firstInvalidUtf8("a\xC0\x80") == 1);       // overlong NUL
  CHECK(firstInvalidUtf8("\xED\xA0\x80") == 0);    // surrogate
}

TEST_CASE("utf8: malformed bytes decode to U+FFFD one byte at a time") {
  std::size_t pos = 0;
  const std::string_view bad = "\xFF" "a";
  CHECK(decodeUtf8(bad, pos) == kReplacementChar);
  CHECK(pos == 1);
  CHECK(decodeUtf8(bad, pos) == U'a');
}
