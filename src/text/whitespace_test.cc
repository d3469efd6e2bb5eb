#include "text/whitespace.h"

#include <gtest/gtest.h>

#include <string>

namespace precis::text {
namespace {

TEST(WhitespaceTest, CountSpaceTokensCountsWhatPerlSplitWouldGive) {
  EXPECT_EQ(CountSpaceTokens(""), 0u);
  EXPECT_EQ(CountSpaceTokens(" \t\n\r\f\v "), 0u);
  EXPECT_EQ(CountSpaceTokens("one"), 1u);
  EXPECT_EQ(CountSpaceTokens("  $2.3 million,\tU.S.\n\nofficials said. "), 5u);
  // Only ASCII white space separates: a no-break space (U+00A0) is part of a token.
  EXPECT_EQ(CountSpaceTokens("6\xC2\xA0miles away"), 2u);
}

TEST(WhitespaceTest, FoldWhitespaceLeavesOneSpaceBetweenTokensAndTrims) {
  EXPECT_EQ(FoldWhitespace(""), "");
  EXPECT_EQ(FoldWhitespace(" \n\t "), "");
  EXPECT_EQ(FoldWhitespace("one"), "one");
  EXPECT_EQ(FoldWhitespace("\n  The judge\truled\r\n\non Friday.  "), "The judge ruled on Friday.");
  EXPECT_EQ(FoldWhitespace("6\xC2\xA0miles \v\f away"), "6\xC2\xA0miles away");
  // A NUL byte is not white space and survives.
  EXPECT_EQ(FoldWhitespace(std::string("a\0b  c", 6)), std::string("a\0b c", 5));
}

TEST(WhitespaceTest, FoldedTextHasAsManyTokensAsTheOriginal) {
  for (const char* s : {"a", " a  b ", "x\ty\nz", "  ", "end.\n\nStart"}) {
    EXPECT_EQ(CountSpaceTokens(FoldWhitespace(s)), CountSpaceTokens(s)) << s;
  }
}

}  // namespace
}  // namespace precis::text
