// Calendar dates as news metadata writes them: parsing to day numbers, formatting, and
// normalizing to ISO 8601.
#ifndef PRECIS_TEXT_DATES_H_
#define PRECIS_TEXT_DATES_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace precis::text {

// No usable date.
inline constexpr int32_t kNoDay = INT32_MIN;

// Parses the dates found in feeds and page metadata: ISO 8601 ("2017-09-15", "2017-09-15T14:03Z",
// with offsets), RFC 822/2822 ("Fri, 15 Sep 2017 14:03:00 +0000") and "15 September 2017" or
// "September 15, 2017". Returns the day number of the calendar date as written (the time of day
// and zone are ignored: an error of a day is far below a story's quiet period), or kNoDay.
int32_t ParseDay(std::string_view date);

// "YYYY-MM-DD" of a day number, "" for kNoDay.
std::string FormatDay(int32_t day);

// A date as ISO 8601: an ISO date or date-time is kept with its time and offset, normalized
// ("2019-11-19 08:00:00+0000" -> "2019-11-19T08:00:00+00:00"); other forms ParseDay reads give
// "YYYY-MM-DD". Empty when the date cannot be read.
std::string NormalizeDate(std::string_view date);

}  // namespace precis::text

#endif  // PRECIS_TEXT_DATES_H_
