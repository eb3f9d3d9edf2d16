// Exact Jalali (Persian) <-> Gregorian conversion by Borkowski's arithmetic (the break-year table
// used by the well-known jalaali libraries): valid for Jalali years -61 .. 3177. Not the 2820-year
// cycle, which gets years such as 1403/1404 wrong. Also weekday, leap years, validation, day
// differences and the date spellings the jobname corpus uses.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jobname::calendar {

struct JalaliDate {
  int year = 0, month = 0, day = 0;
  friend bool operator==(const JalaliDate& a, const JalaliDate& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
};

struct GregorianDate {
  int year = 0, month = 0, day = 0;
  friend bool operator==(const GregorianDate& a, const GregorianDate& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
};

constexpr int kMinJalaliYear = -61;
constexpr int kMaxJalaliYear = 3177;

bool isJalaliLeapYear(int year);
int jalaliMonthLength(int year, int month);
bool isValidJalali(const JalaliDate& date);
bool isValidGregorian(const GregorianDate& date);

// Julian day numbers make differences and weekdays plain integer arithmetic.
long julianDayFromJalali(const JalaliDate& date);
long julianDayFromGregorian(const GregorianDate& date);
JalaliDate jalaliFromJulianDay(long jdn);
GregorianDate gregorianFromJulianDay(long jdn);

GregorianDate toGregorian(const JalaliDate& date);
JalaliDate toJalali(const GregorianDate& date);

// The Jalali day it is at `unixMs` where the clock is `timezoneOffsetMinutes` behind UTC (as
// JavaScript's getTimezoneOffset says it: -210 in Tehran). "Today" for the date picker.
JalaliDate jalaliDayAt(std::int64_t unixMs, int timezoneOffsetMinutes);

// 0 = Saturday (the first day of the Persian week) .. 6 = Friday.
int persianWeekday(const JalaliDate& date);
long daysBetween(const JalaliDate& from, const JalaliDate& to);

// "1404.04.09" (two-digit month and day), the corpus's canonical spelling.
std::string formatJalali(const JalaliDate& date);
std::string formatGregorian(const GregorianDate& date);  // "2025-06-30"

// A date as people write it: 1404.04.09, 1404/04/09, 1404-4-9, Persian or Arabic-Indic digits
// (۱۴۰۴/۰۴/۰۹); years from 1700 on are read as Gregorian (2025/08/17) and converted.
struct ParsedDate {
  JalaliDate jalali;
  bool writtenGregorian = false;
};
struct DateParseResult {
  std::optional<ParsedDate> date;
  std::string error;  // why not, when date is empty
};
DateParseResult parseDate(std::string_view text);

// Finds the first date-shaped token (digits, separator, digits, separator, digits) in free text
// such as "They sent 1402.02.27 <br /> I sent ...": its byte offset and length, or npos.
struct DateToken {
  std::size_t offset = std::string_view::npos;
  std::size_t length = 0;
};
DateToken findDateToken(std::string_view text);

}  // namespace jobname::calendar
