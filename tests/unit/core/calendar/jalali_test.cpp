#include "core/calendar/jalali.h"

#include <doctest/doctest.h>

using namespace jobname::calendar;

TEST_CASE("jalali: Nowruz falls on the right Gregorian day") {
  CHECK(toGregorian({1399, 1, 1}) == GregorianDate{2020, 3, 20});
  CHECK(toGregorian({1400, 1, 1}) == GregorianDate{2021, 3, 21});
  CHECK(toGregorian({1403, 1, 1}) == GregorianDate{2024, 3, 20});
  CHECK(toGregorian({1404, 1, 1}) == GregorianDate{2025, 3, 21});
  CHECK(toGregorian({1405, 1, 1}) == GregorianDate{2026, 3, 21});
}

TEST_CASE("jalali: 1403 is a leap year and 1404 is not (where the 2820-year rule fails)") {
  CHECK(isJalaliLeapYear(1403));
  CHECK_FALSE(isJalaliLeapYear(1404));
  CHECK(isJalaliLeapYear(1399));
  CHECK(isValidJalali({1403, 12, 30}));
  CHECK_FALSE(isValidJalali({1404, 12, 30}));
  CHECK(toGregorian({1403, 12, 30}) == GregorianDate{2025, 3, 20});
}

TEST_CASE("jalali: conversion round-trips every day over four centuries") {
  const long first = julianDayFromJalali({1200, 1, 1});
  const long last = julianDayFromJalali({1600, 1, 1});
  for (long jdn = first; jdn < last; ++jdn) {
    const JalaliDate j = jalaliFromJulianDay(jdn);
    REQUIRE(isValidJalali(j));
    REQUIRE(julianDayFromJalali(j) == jdn);
    REQUIRE(julianDayFromGregorian(gregorianFromJulianDay(jdn)) == jdn);
  }
}

TEST_CASE("jalali: corpus dates convert to the days people lived them") {
  CHECK(toGregorian({1404, 4, 9}) == GregorianDate{2025, 6, 30});
  CHECK(toJalali({2025, 8, 17}) == JalaliDate{1404, 5, 26});
  CHECK(toJalali({2026, 5, 16}) == JalaliDate{1405, 2, 26});
}

TEST_CASE("jalali: weekdays start on Saturday") {
  CHECK(persianWeekday({1404, 1, 1}) == 6);  // 2025-03-21 was a Friday
  CHECK(persianWeekday({1404, 4, 7}) == 0);  // 2025-06-28 was a Saturday
}

TEST_CASE("jalali: days between dated stages") {
  CHECK(daysBetween({1404, 4, 9}, {1404, 4, 23}) == 14);
  CHECK(daysBetween({1403, 12, 29}, {1404, 1, 1}) == 2);  // across a leap Esfand
  CHECK(daysBetween({1404, 1, 1}, {1403, 12, 30}) == -1);
}

TEST_CASE("jalali: validation refuses months and days that do not exist") {
  CHECK_FALSE(isValidJalali({1404, 13, 1}));
  CHECK_FALSE(isValidJalali({1404, 0, 10}));
  CHECK_FALSE(isValidJalali({1402, 3, 0}));
  CHECK_FALSE(isValidJalali({1404, 7, 31}));
  CHECK(isValidJalali({1404, 6, 31}));
}

TEST_CASE("jalali: the spellings the corpus uses parse") {
  CHECK(parseDate("1404.04.09").date->jalali == JalaliDate{1404, 4, 9});
  CHECK(parseDate("1404/04/09").date->jalali == JalaliDate{1404, 4, 9});
  CHECK(parseDate("۱۴۰۴/۰۴/۰۹").date->jalali == JalaliDate{1404, 4, 9});
  CHECK(parseDate(" 1404-4-9 ").date->jalali == JalaliDate{1404, 4, 9});
  const auto gregorian = parseDate("2025/08/17");
  CHECK(gregorian.date->writtenGregorian);
  CHECK(gregorian.date->jalali == JalaliDate{1404, 5, 26});
}

TEST_CASE("jalali: bad dates say why") {
  CHECK_FALSE(parseDate("1404.13.01").date);
  CHECK(parseDate("1404.13.01").error.find("month 13") != std::string::npos);
  CHECK(parseDate("1404.12.30").error.find("29 days") != std::string::npos);
  CHECK_FALSE(parseDate("IDK").date);
  CHECK_FALSE(parseDate("1404.04").date);
  CHECK_FALSE(parseDate("1404.04.09.1").date);
  CHECK_FALSE(parseDate("2025/02/29").date);
}

TEST_CASE("jalali: a date token is found inside free text") {
  const std::string text = "They sent 1402.02.27 <br /> I sent 1402.03.03";
  const DateToken token = findDateToken(text);
  CHECK(text.substr(token.offset, token.length) == "1402.02.27");
  CHECK(findDateToken("IDK").offset == std::string_view::npos);
  CHECK(findDateToken("1 hour").offset == std::string_view::npos);
  const std::string persian = "تاریخ ۱۴۰۴/۰۴/۰۹ ساعت";
  const DateToken p = findDateToken(persian);
  CHECK(persian.substr(p.offset, p.length) == "۱۴۰۴/۰۴/۰۹");
}

TEST_CASE("jalali: formatting uses two-digit months and days") {
  CHECK(formatJalali({1404, 4, 9}) == "1404.04.09");
  CHECK(formatGregorian({2025, 6, 30}) == "2025-06-30");
}

TEST_CASE("jalali: today is the day of the user's clock, not of UTC") {
  const std::int64_t lateOn30June2025 = 1751320800000;  // 2025-06-30 22:00 UTC
  CHECK(jalaliDayAt(lateOn30June2025, 0) == toJalali({2025, 6, 30}));
  CHECK(jalaliDayAt(lateOn30June2025, 0) == JalaliDate{1404, 4, 9});
  CHECK(jalaliDayAt(lateOn30June2025, -210) == JalaliDate{1404, 4, 10});  // Tehran: already 1 July, 01:30
  CHECK(jalaliDayAt(lateOn30June2025, 420) == JalaliDate{1404, 4, 9});    // California: 15:00 the same day
}
