#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace precis::text {
namespace {

std::vector<std::string> Texts(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(t.text(text));
  return out;
}

TEST(TokenizerTest, WordsNumbersAndPunctuation) {
  EXPECT_EQ(Texts("Chicago's $2.3 million, 6.4% (up)."),
            (std::vector<std::string>{"Chicago's", "$", "2.3", "million", ",", "6.4", "%", "(",
                                      "up", ")", "."}));
}

TEST(TokenizerTest, DottedAbbreviationsStayWhole) {
  EXPECT_EQ(Texts("the U.S. and a.m. U.N."),
            (std::vector<std::string>{"the", "U.S.", "and", "a.m.", "U.N."}));
  EXPECT_EQ(Texts("Harry D. Smith"), (std::vector<std::string>{"Harry", "D", ".", "Smith"}));
}

TEST(TokenizerTest, HyphensSplitApostrophesJoin) {
  EXPECT_EQ(Texts("law-enforcement don’t"),
            (std::vector<std::string>{"law", "-", "enforcement", "don’t"}));
  EXPECT_EQ(Texts("Sessions' order"), (std::vector<std::string>{"Sessions", "'", "order"}));
}

TEST(TokenizerTest, EllipsisIsOneToken) {
  EXPECT_EQ(Texts("wait... now…"), (std::vector<std::string>{"wait", "...", "now", "…"}));
}

TEST(TokenizerTest, LineBreaksAndCase) {
  std::string text = "A\nb\n\n\nC D";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[1].newlines_before, 1);
  EXPECT_EQ(tokens[2].newlines_before, 2);
  EXPECT_TRUE(tokens[0].upper_initial);
  EXPECT_TRUE(tokens[1].lower_initial);
}

TEST(TokenizerTest, UnicodeLettersAndStrayBytes) {
  std::string text = "Zürich naïve \xFF end";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kWord);
  EXPECT_EQ(tokens[2].kind, TokenKind::kSymbol);
}

TEST(TokenizerTest, ScriptsWithoutSpacesAreCutIntoDictionaryWords) {
  EXPECT_EQ(Texts("芝加哥一名联邦法官，2017年"),
            (std::vector<std::string>{"芝加哥", "一名", "联邦", "法官", "，", "2017", "年"}));
  EXPECT_EQ(Texts("シカゴの連邦判事は"),
            (std::vector<std::string>{"シカゴ", "の", "連邦", "判事", "は"}));
  EXPECT_EQ(Texts("ศาลรัฐบาลกลาง"), (std::vector<std::string>{"ศาล", "รัฐบาล", "กลาง"}));

  std::string text = "Judge 联邦法官 ruled\n联邦";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_FALSE(tokens[0].unspaced_script);
  EXPECT_TRUE(tokens[1].unspaced_script && tokens[1].space_before);
  EXPECT_TRUE(tokens[2].unspaced_script);
  EXPECT_FALSE(tokens[2].space_before);  // the second word of the run follows the first directly
  EXPECT_EQ(tokens[2].kind, TokenKind::kWord);
  EXPECT_FALSE(tokens[3].unspaced_script);
  EXPECT_EQ(tokens[4].newlines_before, 1);
}

TEST(TokenizerTest, BudgetWordsCountSpacesOrDictionaryWords) {
  EXPECT_EQ(CountBudgetWords("The judge ruled on Friday, 6.4 % ."), 8u);
  EXPECT_EQ(CountBudgetWords("联邦法官周五裁定。"), 4u);  // 联邦 | 法官 | 周五 | 裁定
  EXPECT_EQ(CountBudgetWords("Judge 联邦法官 ruled."), 4u);
  EXPECT_EQ(CountBudgetWords(""), 0u);
  std::string text = "A b 联邦法官 c";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  EXPECT_EQ(CountBudgetWords(text, tokens, 0, tokens.size()), 5u);
  EXPECT_EQ(CountBudgetWords(text, tokens, 0, 2), 2u);
}

TEST(TokenizerTest, FoldToken) {
  std::string out;
  FoldToken("U.S.", &out);
  EXPECT_EQ(out, "us");
  FoldToken("DON’T", &out);
  EXPECT_EQ(out, "don't");
  FoldToken("ÉCOLE", &out);
  EXPECT_EQ(out, "école");
}

TEST(TokenizerTest, HashWordTokenIsTheHashOfTheFoldedWord) {
  std::string folded, scratch;
  for (std::string_view word :
       std::vector<std::string_view>{"Chicago", "U.S.", "a.m.", "6.4", "DON’T", "ÉCOLE", "x", "",
                                     std::string_view("Ab\0C", 4),
                                     "Pneumonoultramicroscopicsilicovolcanoconiosis-"
                                     "Supercalifragilistic-Antidisestablishment"}) {
    FoldToken(word, &folded);
    EXPECT_EQ(HashWordToken(word, &scratch), HashFoldedWord(folded)) << word;
  }
}

}  // namespace
}  // namespace precis::text
