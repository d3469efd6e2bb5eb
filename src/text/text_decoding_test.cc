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

// A file cut at a byte count can end inside a character: the rest is the text. A legacy text
// ending in a byte that looks like a UTF-8 lead byte is still read as windows-1252.
TEST(TextDecodingTest, ACharacterCutAtTheEndIsDropped) {
  const std::string chinese = "联邦法官周五裁定。";
  std::string out, note;
  ASSERT_TRUE(DecodeText(chinese + "\xE8\x81", &out, &note).ok());
  EXPECT_EQ(out, chinese);
  EXPECT_NE(note.find("last 2 byte(s) dropped"), std::string::npos) << note;
  ASSERT_TRUE(DecodeText("Z\xC3\xBCrich \xC3", &out, &note).ok());
  EXPECT_EQ(out, "Zürich ");
  ASSERT_TRUE(DecodeText("Nobody could enter the caf\xE9", &out, &note).ok());
  EXPECT_EQ(out, "Nobody could enter the café");
  EXPECT_NE(note.find("windows-1252"), std::string::npos);
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
