#include "core/text/search_fold.h"

#include <doctest/doctest.h>

using namespace jobname::text;

TEST_CASE("search fold: persian digits search as latin digits (۱۴۰۴ finds 1404 and back)") {
  CHECK(foldForSearch("۱۴۰۴.۰۴.۰۹") == "1404.04.09");
  CHECK(foldForSearch("١٤٠٤") == "1404");  // Arabic-Indic
  CHECK(findFolded("Sent 1404.04.09", "۱۴۰۴").found());
  CHECK(findFolded("تاریخ ۱۴۰۴/۰۴/۰۹", "1404").found());
}

TEST_CASE("search fold: arabic letter variants search as the persian letters (ي/ی, ك/ک)") {
  CHECK(foldForSearch("كار") == foldForSearch("کار"));
  CHECK(foldForSearch("علي") == foldForSearch("علی"));
  CHECK(foldForSearch("مدرسة") == foldForSearch("مدرسه"));
  CHECK(foldForSearch("أحمد") == foldForSearch("احمد"));
  CHECK(foldForSearch("مي‌خواهم") == foldForSearch("میخواهم"));  // ZWNJ left out
  CHECK(foldForSearch("کـــار") == foldForSearch("کار"));          // tatweel left out
  CHECK(findFolded("شركت ديجي كالا", "دیجی کالا").found());
}

TEST_CASE("search fold: ASCII case, other text kept") {
  CHECK(foldForSearch("LinkedIn 🚀") == "linkedin 🚀");
  CHECK(findFolded("Snapp", "SNA").offset == 0);
  CHECK_FALSE(findFolded("Snapp", "x").found());
  CHECK_FALSE(findFolded("Snapp", "").found());
}

TEST_CASE("search fold: a hit is the span as written, whole characters") {
  const std::string text = "Date: ۱۴۰۴.۰۴.۰۹ ok";
  const SearchHit hit = findFolded(text, "1404.04");
  REQUIRE(hit.found());
  CHECK(text.substr(hit.offset, hit.length) == "۱۴۰۴.۰۴");
  const std::string persian = "شركت كار";
  const SearchHit word = findFolded(persian, "کار");
  REQUIRE(word.found());
  CHECK(persian.substr(word.offset, word.length) == "كار");
}
