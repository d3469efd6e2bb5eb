#include "text/dates.h"

#include <cctype>
#include <cstdio>

namespace precis::text {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
int32_t DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int32_t>(doe) - 719468;
}

bool ValidDate(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1] &&
         !(m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

// 1-12 for an English month name or its three-letter abbreviation at `s`, else 0.
int MonthNumber(std::string_view s) {
  static const char* const kMonths[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};
  std::string word;
  for (char c : s) {
    if (!std::isalpha(static_cast<unsigned char>(c))) break;
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (word.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kMonths[m];
    if (word == full ||
        (word.size() <= 4 && full.substr(0, 3) == std::string_view(word).substr(0, 3) &&
         (word.size() == 3 || word == "sept"))) {
      return m + 1;
    }
  }
  return 0;
}

// Reads an unsigned number of 1 to `max_digits` digits at s[*i].
bool ReadNumber(std::string_view s, size_t* i, int max_digits, int* out) {
  int v = 0, digits = 0;
  while (*i < s.size() && std::isdigit(static_cast<unsigned char>(s[*i])) && digits < max_digits) {
    v = v * 10 + (s[*i] - '0');
    ++*i;
    ++digits;
  }
  if (digits == 0 || (*i < s.size() && std::isdigit(static_cast<unsigned char>(s[*i])))) {
    return false;
  }
  *out = v;
  return true;
}

void SkipSeparators(std::string_view s, size_t* i) {
  while (*i < s.size() && (s[*i] == ' ' || s[*i] == ',' || s[*i] == '.' || s[*i] == '\t')) ++*i;
}

void SkipWord(std::string_view s, size_t* i) {
  while (*i < s.size() && std::isalpha(static_cast<unsigned char>(s[*i]))) ++*i;
}

}  // namespace

int32_t ParseDay(std::string_view date) {
  size_t i = 0;
  while (i < date.size() && std::isspace(static_cast<unsigned char>(date[i]))) ++i;
  std::string_view s = date.substr(i);
  if (s.empty()) return kNoDay;
  int y = 0, m = 0, d = 0;
  size_t p = 0;
  if (std::isdigit(static_cast<unsigned char>(s[0]))) {
    int first;
    if (!ReadNumber(s, &p, 4, &first)) return kNoDay;
    if (p == 4 && p < s.size() && (s[p] == '-' || s[p] == '/')) {  // 2017-09-15
      char sep = s[p++];
      y = first;
      if (!ReadNumber(s, &p, 2, &m) || p >= s.size() || s[p++] != sep ||
          !ReadNumber(s, &p, 2, &d)) {
        return kNoDay;
      }
    } else if (p <= 2) {  // 15 Sep 2017, 15 September 2017
      d = first;
      SkipSeparators(s, &p);
      m = MonthNumber(s.substr(p));
      SkipWord(s, &p);
      SkipSeparators(s, &p);
      if (!m || !ReadNumber(s, &p, 4, &y)) return kNoDay;
    } else {
      return kNoDay;
    }
  } else {
    m = MonthNumber(s);
    SkipWord(s, &p);
    SkipSeparators(s, &p);
    if (!m) {  // a weekday first: "Fri, 15 Sep 2017"
      if (p == 0) return kNoDay;
      return ParseDay(s.substr(p));
    }
    if (!ReadNumber(s, &p, 2, &d)) return kNoDay;  // September 15, 2017
    while (p < s.size() && std::isalpha(static_cast<unsigned char>(s[p]))) ++p;  // 15th
    SkipSeparators(s, &p);
    if (!ReadNumber(s, &p, 4, &y)) return kNoDay;
  }
  if (y < 100) return kNoDay;  // two-digit years are ambiguous
  if (!ValidDate(y, m, d)) return kNoDay;
  return DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

std::string FormatDay(int32_t day) {
  if (day == kNoDay) return "";
  // civil_from_days (H. Hinnant)
  int64_t z = static_cast<int64_t>(day) + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y) + (m <= 2 ? 1 : 0),
                m, d);
  return buf;
}

std::string NormalizeDate(std::string_view date) {
  while (!date.empty() && std::isspace(static_cast<unsigned char>(date.front()))) {
    date.remove_prefix(1);
  }
  while (!date.empty() && std::isspace(static_cast<unsigned char>(date.back()))) {
    date.remove_suffix(1);
  }
  const int32_t day = ParseDay(date);
  if (day == kNoDay) return {};
  std::string out = FormatDay(day);
  // An ISO date-time: keep hh:mm[:ss[.fff]] and the zone when they are well formed.
  auto digits = [&](size_t at, size_t n) {
    if (at + n > date.size()) return false;
    for (size_t k = 0; k < n; ++k) {
      if (!std::isdigit(static_cast<unsigned char>(date[at + k]))) return false;
    }
    return true;
  };
  if (!(digits(0, 4) && date.size() >= 10 && date[4] == '-')) return out;
  size_t p = 10;
  if (p >= date.size() || (date[p] != 'T' && date[p] != ' ') || !digits(p + 1, 2) ||
      p + 3 >= date.size() || date[p + 3] != ':' || !digits(p + 4, 2)) {
    return out;
  }
  const int hour = (date[p + 1] - '0') * 10 + (date[p + 2] - '0');
  const int minute = (date[p + 4] - '0') * 10 + (date[p + 5] - '0');
  if (hour > 23 || minute > 59) return out;
  std::string time = "T" + std::string(date.substr(p + 1, 5));
  p += 6;
  if (p < date.size() && date[p] == ':' && digits(p + 1, 2)) {
    time += date.substr(p, 3);
    p += 3;
    if (p < date.size() && date[p] == '.' && digits(p + 1, 1)) {
      size_t q = p + 1;
      while (q < date.size() && std::isdigit(static_cast<unsigned char>(date[q]))) ++q;
      time += date.substr(p, q - p);
      p = q;
    }
  }
  if (p < date.size() && date[p] == ' ') ++p;
  if (p < date.size() && (date[p] == 'Z' || date[p] == 'z')) {
    time += 'Z';
  } else if (p < date.size() && (date[p] == '+' || date[p] == '-') && digits(p + 1, 2)) {
    std::string zone = std::string(1, date[p]) + std::string(date.substr(p + 1, 2)) + ":";
    size_t q = p + 3;
    if (q < date.size() && date[q] == ':') ++q;
    if (!digits(q, 2)) return out + time;
    zone += date.substr(q, 2);
    time += zone;
  }
  return out + time;
}

}  // namespace precis::text
