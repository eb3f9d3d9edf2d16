#include "core/calendar/jalali.h"

#include <array>
#include <cstdio>

#include "core/text/utf8.h"

namespace jobname::calendar {

namespace {
// Integer division and remainder that truncate toward zero, as the published algorithm uses.
long div(long a, long b) { return a / b; }
long mod(long a, long b) { return a % b; }

constexpr std::array<long, 20> kBreaks = {-61,  9,    38,   199,  426,  686,  756,  818,  1111, 1181,
                                          1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178};

struct YearInfo {
  int leap;  // 0 for a leap year: years since the last leap year, as in Borkowski
  long gregorianYear;
  long march;  // the day in March (Gregorian) of Farvardin 1st
};

YearInfo jalaliYearInfo(long jy) {
  long gy = jy + 621;
  long leapJ = -14;
  long jp = kBreaks[0];
  long jump = 0;
  for (std::size_t i = 1; i < kBreaks.size(); ++i) {
    const long jm = kBreaks[i];
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm;
  }
  long n = jy - jp;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) == 4 && jump - n == 4) leapJ += 1;
  const long leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  const long march = 20 + leapJ - leapG;
  if (jump - n < 6) n = n - jump + div(jump + 4, 33) * 33;
  long leap = mod(mod(n + 1, 33) - 1, 4);
  if (leap == -1) leap = 4;
  return {static_cast<int>(leap), gy, march};
}

bool inRange(int jy) { return jy >= kMinJalaliYear && jy <= kMaxJalaliYear; }

char32_t asciiDigit(char32_t cp) {
  if (cp >= U'0' && cp <= U'9') return cp;
  if (cp >= 0x06F0 && cp <= 0x06F9) return U'0' + (cp - 0x06F0);  // Persian digits
  if (cp >= 0x0660 && cp <= 0x0669) return U'0' + (cp - 0x0660);  // Arabic-Indic digits
  return 0;
}

bool isSeparator(char32_t cp) { return cp == U'.' || cp == U'/' || cp == U'-'; }
}  // namespace

bool isJalaliLeapYear(int year) { return inRange(year) && jalaliYearInfo(year).leap == 0; }

int jalaliMonthLength(int year, int month) {
  if (month < 1 || month > 12) return 0;
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isJalaliLeapYear(year) ? 30 : 29;
}

bool isValidJalali(const JalaliDate& date) {
  return inRange(date.year) && date.month >= 1 && date.month <= 12 && date.day >= 1 &&
         date.day <= jalaliMonthLength(date.year, date.month);
}

bool isValidGregorian(const GregorianDate& date) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  const bool leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
  const int length = kDays[date.month - 1] + (date.month == 2 && leap ? 1 : 0);
  return date.day <= length && date.year >= 560 && date.year <= 3798;
}

long julianDayFromGregorian(const GregorianDate& date) {
  const long gy = date.year, gm = date.month, gd = date.day;
  long d = div((gy + div(gm - 8, 6) + 100100) * 1461, 4) + div(153 * mod(gm + 9, 12) + 2, 5) + gd - 34840408;
  d = d - div(div(gy + 100100 + div(gm - 8, 6), 100) * 3, 4) + 752;
  return d;
}

GregorianDate gregorianFromJulianDay(long jdn) {
  long j = 4 * jdn + 139361631;
  j = j + div(div(4 * jdn + 183187720, 146097) * 3, 4) * 4 - 3908;
  const long i = div(mod(j, 1461), 4) * 5 + 308;
  const long gd = div(mod(i, 153), 5) + 1;
  const long gm = mod(div(i, 153), 12) + 1;
  const long gy = div(j, 1461) - 100100 + div(8 - gm, 6);
  return {static_cast<int>(gy), static_cast<int>(gm), static_cast<int>(gd)};
}

long julianDayFromJalali(const JalaliDate& date) {
  const YearInfo info = jalaliYearInfo(date.year);
  const long jm = date.month;
  return julianDayFromGregorian({static_cast<int>(info.gregorianYear), 3, static_cast<int>(info.march)}) +
         (jm - 1) * 31 - div(jm, 7) * (jm - 7) + date.day - 1;
}

JalaliDate jalaliFromJulianDay(long jdn) {
  const long gy = gregorianFromJulianDay(jdn).year;
  long jy = gy - 621;
  const YearInfo info = jalaliYearInfo(jy);
  const long firstDay = julianDayFromGregorian({static_cast<int>(gy), 3, static_cast<int>(info.march)});
  long k = jdn - firstDay;
  if (k >= 0) {
    if (k <= 185) return {static_cast<int>(jy), static_cast<int>(1 + div(k, 31)), static_cast<int>(mod(k, 31) + 1)};
    k -= 186;
  } else {
    jy -= 1;
    k += 179;
    if (info.leap == 1) k += 1;
  }
  return {static_cast<int>(jy), static_cast<int>(7 + div(k, 30)), static_cast<int>(mod(k, 30) + 1)};
}

GregorianDate toGregorian(const JalaliDate& date) { return gregorianFromJulianDay(julianDayFromJalali(date)); }
JalaliDate toJalali(const GregorianDate& date) { return jalaliFromJulianDay(julianDayFromGregorian(date)); }

int persianWeekday(const JalaliDate& date) {
  // JDN 0 fell on a Monday; Saturday is then (jdn + 2) % 7 == 0.
  return static_cast<int>(((julianDayFromJalali(date) + 2) % 7 + 7) % 7);
}

JalaliDate jalaliDayAt(std::int64_t unixMs, int timezoneOffsetMinutes) {
  const std::int64_t localMs = unixMs - timezoneOffsetMinutes * 60000LL;
  const long days = static_cast<long>(localMs / 86400000LL);
  return jalaliFromJulianDay(days + 2440588);  // 1970-01-01 is JDN 2440588
}

long daysBetween(const JalaliDate& from, const JalaliDate& to) {
  return julianDayFromJalali(to) - julianDayFromJalali(from);
}

std::string formatJalali(const JalaliDate& date) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%d.%02d.%02d", date.year, date.month, date.day);
  return buffer;
}

std::string formatGregorian(const GregorianDate& date) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

DateToken findDateToken(std::string_view text) {
  // A token is digits SEP digits SEP digits, with 4 digits first (year) and 1-2 after.
  for (std::size_t start = 0; start < text.size();) {
    std::size_t pos = start;
    int groups[3] = {0, 0, 0};
    int group = 0;
    char32_t separator = 0;
    std::size_t end = start;
    while (pos < text.size()) {
      std::size_t next = pos;
      const char32_t cp = text::decodeUtf8(text, next);
      if (asciiDigit(cp)) {
        ++groups[group];
        pos = next;
        end = pos;
      } else if (isSeparator(cp) && group < 2 && groups[group] > 0 && (separator == 0 || cp == separator)) {
        separator = cp;
        ++group;
        pos = next;
      } else {
        break;
      }
    }
    if (group == 2 && groups[0] == 4 && groups[1] >= 1 && groups[1] <= 2 && groups[2] >= 1 && groups[2] <= 2) {
      // Not part of a longer number on the left.
      bool precededByDigit = false;
      if (start > 0) {
        std::size_t back = start - 1;
        while (back > 0 && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) --back;
        std::size_t probe = back;
        precededByDigit = asciiDigit(text::decodeUtf8(text, probe)) != 0;
      }
      if (!precededByDigit) return {start, end - start};
    }
    std::size_t next = start;
    text::decodeUtf8(text, next);
    start = next;
  }
  return {};
}

DateParseResult parseDate(std::string_view input) {
  // Trim ASCII spaces.
  while (!input.empty() && (input.front() == ' ' || input.front() == '\t')) input.remove_prefix(1);
  while (!input.empty() && (input.back() == ' ' || input.back() == '\t' || input.back() == '\r')) input.remove_suffix(1);
  long parts[3] = {0, 0, 0};
  int digits[3] = {0, 0, 0};
  int part = 0;
  char32_t separator = 0;
  for (std::size_t pos = 0; pos < input.size();) {
    const char32_t cp = text::decodeUtf8(input, pos);
    if (const char32_t d = asciiDigit(cp)) {
      if (digits[part] >= 6) return {std::nullopt, "number too long"};
      parts[part] = parts[part] * 10 + (d - U'0');
      ++digits[part];
    } else if (isSeparator(cp) && part < 2 && digits[part] > 0 && (separator == 0 || cp == separator)) {
      separator = cp;
      ++part;
    } else {
      return {std::nullopt, "not a date: expected year.month.day such as 1404.04.09"};
    }
  }
  if (part != 2 || digits[2] == 0) return {std::nullopt, "not a date: expected year.month.day such as 1404.04.09"};
  const int year = static_cast<int>(parts[0]), month = static_cast<int>(parts[1]), day = static_cast<int>(parts[2]);
  if (year >= 1700) {
    const GregorianDate g{year, month, day};
    if (!isValidGregorian(g)) return {std::nullopt, "no such Gregorian date: " + formatGregorian(g)};
    return {ParsedDate{toJalali(g), true}, {}};
  }
  const JalaliDate j{year, month, day};
  if (!inRange(year)) return {std::nullopt, "Jalali year out of range (-61 to 3177)"};
  if (month < 1 || month > 12) return {std::nullopt, "no month " + std::to_string(month) + " in the Jalali calendar"};
  if (day < 1 || day > jalaliMonthLength(year, month)) {
    return {std::nullopt, "no such Jalali date: " + formatJalali(j) + " (month " + std::to_string(month) + " of " +
                              std::to_string(year) + " has " + std::to_string(jalaliMonthLength(year, month)) + " days)"};
  }
  return {ParsedDate{j, false}, {}};
}

}  // namespace jobname::calendar
