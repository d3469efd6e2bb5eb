#include "text/text_decoding.h"

#include <gtest/gtest.h>

namespace precis::text {
namespace {

TEST(TextDecodingTest, ValidUtf8PassesThroughWithoutBom) {
  std::string out, note;
  ASSERT_TRUE(DecodeText("\xEF\xBB\xBFZürich", &out, &note).ok());
  EXPECT_EQ(out, "Zürich");
  EXPECT_TRUE(note.empty());
}

TEST(TextDecodingTest, Windows1252IsConverted) {
  std::string out, note;
  ASSERT_TRUE(DecodeText("caf\xE9 \x93quoted\x94", &out, &note).ok());
  EXPECT_EQ(out, "café “quoted”");
  EXPECT_NE(note.find("windows-1252"), std::string::npos);
}

TEST(TextDecodingTest, Utf16WithBom) {
  std::string bytes("\xFF\xFEH\0i\0", 6);
  std::string out, note;
  ASSERT_TRUE(DecodeText(bytes, &out, &note).ok());
  EXPECT_EQ(out, "Hi");
}

TEST(TextDecodingTest, BinaryIsRejectedWithOffset) {
  std::string bytes("abc\0def", 7);
  std::string out, note;
  Status s = DecodeText(bytes, &out, &note);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("offset 3"), std::string::npos);
}

TEST(TextDecodingTest, AFewStrayBytesAreReplaced) {
  std::string text(1000, 'a');
  text += "é";        // valid
  text[10] = '\xC3';  // truncated sequence
  std::string out, note;
  ASSERT_TRUE(DecodeText(text, &out, &note).ok());
  EXPECT_TRUE(IsValidUtf8(out));
  EXPECT_NE(out.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(TextDecodingTest, UndecodableIsRejected) {
  // Mostly invalid UTF-8 that also uses bytes windows-1252 leaves undefined.
  std::string text;
  for (int i = 0; i < 50; ++i) text += "\x81\x8D\x90 x";
  std::string out, note;
  EXPECT_FALSE(DecodeText(text, &out, &note).ok());
}

}  // namespace
}  // namespace precis::text
