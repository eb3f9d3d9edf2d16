#include "core/text/base64.h"

#include <doctest/doctest.h>

using jobname::text::base64UrlDecode;
using jobname::text::base64UrlEncode;

TEST_CASE("base64url: the RFC 4648 test vectors, without padding") {
  CHECK(base64UrlEncode("") == "");
  CHECK(base64UrlEncode("f") == "Zg");
  CHECK(base64UrlEncode("fo") == "Zm8");
  CHECK(base64UrlEncode("foo") == "Zm9v");
  CHECK(base64UrlEncode("foobar") == "Zm9vYmFy");
  CHECK(base64UrlEncode("\xfb\xff") == "-_8");  // the URL-safe letters, not + and /
}

TEST_CASE("base64url: every byte string comes back") {
  std::string bytes;
  for (int i = 0; i < 256; ++i) {
    bytes += static_cast<char>(i);
    CHECK(base64UrlDecode(base64UrlEncode(bytes)) == bytes);
  }
}

TEST_CASE("base64url: text no encoder writes is refused") {
  CHECK_FALSE(base64UrlDecode("Zm9v+").has_value());  // standard alphabet
  CHECK_FALSE(base64UrlDecode("Zm9v=").has_value());  // padding
  CHECK_FALSE(base64UrlDecode("Zm9vY").has_value());  // a length no byte count gives
  CHECK_FALSE(base64UrlDecode("Zh").has_value());     // leftover bits set: a changed last letter
  CHECK_FALSE(base64UrlDecode("Zm 9v").has_value());
}
