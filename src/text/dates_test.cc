#include "text/dates.h"

#include <gtest/gtest.h>

namespace precis::text {
namespace {

TEST(ParseDayTest, ReadsFeedAndMetadataFormats) {
  const int32_t day = ParseDay("2017-09-15");
  EXPECT_EQ(day, 17424);
  EXPECT_EQ(ParseDay("2017-09-15T14:03:00Z"), day);
  EXPECT_EQ(ParseDay("2017-09-15T23:59:00-07:00"), day);
  EXPECT_EQ(ParseDay("Fri, 15 Sep 2017 14:03:00 +0000"), day);
  EXPECT_EQ(ParseDay("15 September 2017"), day);
  EXPECT_EQ(ParseDay("September 15, 2017"), day);
  EXPECT_EQ(ParseDay("Sept. 15, 2017"), day);
  EXPECT_EQ(ParseDay("1970-01-01"), 0);
  EXPECT_EQ(FormatDay(day), "2017-09-15");
  EXPECT_EQ(FormatDay(ParseDay("2000-02-29")), "2000-02-29");
  for (const char* bad : {"", "yesterday", "2017-13-01", "2017-02-30", "2019-02-29", "15/09/17",
                          "Fri,", "99999999999", "2017-09", "September 2017"}) {
    EXPECT_EQ(ParseDay(bad), kNoDay) << bad;
  }
}

TEST(NormalizeDateTest, KeepsIsoTimesAndNormalizesOtherForms) {
  EXPECT_EQ(NormalizeDate("2019-11-19T08:00:00-05:00"), "2019-11-19T08:00:00-05:00");
  EXPECT_EQ(NormalizeDate(" 2019-11-19 08:00:00+0000 "), "2019-11-19T08:00:00+00:00");
  EXPECT_EQ(NormalizeDate("2019-11-19T08:00:00.123Z"), "2019-11-19T08:00:00.123Z");
  EXPECT_EQ(NormalizeDate("2019-11-19T08:00"), "2019-11-19T08:00");
  EXPECT_EQ(NormalizeDate("2019-11-19"), "2019-11-19");
  EXPECT_EQ(NormalizeDate("2019-11-19T25:00"), "2019-11-19");
  EXPECT_EQ(NormalizeDate("Tue, 19 Nov 2019 13:00:00 GMT"), "2019-11-19");
  EXPECT_EQ(NormalizeDate("November 19, 2019"), "2019-11-19");
  EXPECT_EQ(NormalizeDate("last Tuesday"), "");
  EXPECT_EQ(NormalizeDate(""), "");
}

}  // namespace
}  // namespace precis::text
