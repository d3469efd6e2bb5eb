#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace precis::text {
namespace {

struct Case {
  const char* text;
  std::vector<std::string> sentences;
};

// Hand-labelled news-text cases: each lists the exact sentences a reader would mark.
const std::vector<Case>& Cases() {
  static const std::vector<Case> cases = {
      {"Mr. Smith went to Washington. He arrived on Tuesday.",
       {"Mr. Smith went to Washington.", "He arrived on Tuesday."}},
      {"Dr. Jane Doe and Gov. Jay Inslee met Sen. Patty Murray. They talked.",
       {"Dr. Jane Doe and Gov. Jay Inslee met Sen. Patty Murray.", "They talked."}},
      {"The quake measured 6.4 on the scale. Damage was light.",
       {"The quake measured 6.4 on the scale.", "Damage was light."}},
      {"Chicago got $2.3 million in 2016. The city wants more.",
       {"Chicago got $2.3 million in 2016.", "The city wants more."}},
      {"The U.S. Department of Justice sued. The case is pending.",
       {"The U.S. Department of Justice sued.", "The case is pending."}},
      {"He moved to the U.S. The move was hard.", {"He moved to the U.S.", "The move was hard."}},
      {"The meeting ended at 3 p.m. on Friday. Nobody spoke.",
       {"The meeting ended at 3 p.m. on Friday.", "Nobody spoke."}},
      {"It starts at 9 a.m. Doors open early.", {"It starts at 9 a.m.", "Doors open early."}},
      {"The vote is at 3 p.m. Sunday in the Senate. Officials met at 11 a.m. Monday.",
       {"The vote is at 3 p.m. Sunday in the Senate.", "Officials met at 11 a.m. Monday."}},
      {"The rally began at 7 p.m. EST and drew thousands. Police came at 9 a.m. On Friday, the "
       "rally ended.",
       {"The rally began at 7 p.m. EST and drew thousands.", "Police came at 9 a.m.",
        "On Friday, the rally ended."}},
      {"the fire started at 3: 45 p.m. Sunday, officials said. Crews came at 4 p.m. The fire was "
       "out by night.",
       {"the fire started at 3: 45 p.m. Sunday, officials said.", "Crews came at 4 p.m.",
        "The fire was out by night."}},
      {"Judge Harry D. Leinenweber ruled. The city won.",
       {"Judge Harry D. Leinenweber ruled.", "The city won."}},
      {"The vote is set for Jan. 15 in Albany. It may slip.",
       {"The vote is set for Jan. 15 in Albany.", "It may slip."}},
      {"\"We will appeal,\" he said. \"This is wrong.\" The judge left.",
       {"\"We will appeal,\" he said.", "\"This is wrong.\"", "The judge left."}},
      {"She asked, \"Why now?\" Nobody answered.", {"She asked, \"Why now?\"", "Nobody answered."}},
      {"The law (passed in 2015.) was struck down. Officials were silent.",
       {"The law (passed in 2015.) was struck down.", "Officials were silent."}},
      {"Yahoo! said it would cut jobs. Shares rose.",
       {"Yahoo! said it would cut jobs.", "Shares rose."}},
      {"Apple Inc. said profits rose. The company beat forecasts.",
       {"Apple Inc. said profits rose.", "The company beat forecasts."}},
      {"He works for Acme Corp. The firm makes anvils.",
       {"He works for Acme Corp.", "The firm makes anvils."}},
      {"Wait... Then it happened.", {"Wait...", "Then it happened."}},
      {"Sanctuary Cities in the USA\nSee Gallery\nWashington, DC",
       {"Sanctuary Cities in the USA", "See Gallery", "Washington, DC"}},
      {"A federal judge ruled Friday\n\nThe ruling applies nationwide.",
       {"A federal judge ruled Friday", "The ruling applies nationwide."}},
      {"This line was wrapped by\nan old mail client. Next one.",
       {"This line was wrapped by an old mail client.", "Next one."}},
      {"The No. 2 official resigned. No. 3 stayed.",
       {"The No. 2 official resigned.", "No. 3 stayed."}},
      {"St. Louis voted. St. Paul did not.", {"St. Louis voted.", "St. Paul did not."}},
      {"ST. JOSEPH, Mich. (AP) — Health officials reported a death. The risk remains.",
       {"ST. JOSEPH, Mich. (AP) — Health officials reported a death.", "The risk remains."}},
      {"He lives in Lansing, Mich. (Reuters) reported it first.",
       {"He lives in Lansing, Mich.", "(Reuters) reported it first."}},
      {"the u.s. economy grew 2.1 % last year. Analysts expect more.",
       {"the u.s. economy grew 2.1 % last year.", "Analysts expect more."}},
      {"mr. trump said so. He left.", {"mr. trump said so.", "He left."}},
      {"Prices rose 4.5%. Wages did not.", {"Prices rose 4.5%.", "Wages did not."}},
      {"“It is over,” she said. “We won.”", {"“It is over,” she said.", "“We won.”"}},
      {"The 41-page ruling came Friday. It was sealed.",
       {"The 41-page ruling came Friday.", "It was sealed."}},
      {"Visit example.com for details. Thanks.", {"Visit example.com for details.", "Thanks."}},
      {"Gen. Mark Milley spoke. Lt. Col. Ann Bray listened.",
       {"Gen. Mark Milley spoke.", "Lt. Col. Ann Bray listened."}},
      // Multi-News's casing: lowercase but for a capital after each period.
      {"the show presented mayor rudolph w. Giuliani with a group. The crowd cheered.",
       {"the show presented mayor rudolph w. Giuliani with a group.", "The crowd cheered."}},
      {"\" we won, \" said mr. Trump and sen. Warren. The vote was close.",
       {"\" we won, \" said mr. Trump and sen. Warren.", "The vote was close."}},
      {"they met on main st. The shop was shut.", {"they met on main st.", "The shop was shut."}},
      {"lawyers cited \" foreseeable harm. \" the operators declined to comment. \" we will "
       "appeal. \" she said no more.",
       {"lawyers cited \" foreseeable harm. \"", "the operators declined to comment.",
        "\" we will appeal. \"", "she said no more."}},
      {"he was sure, he wrote. \"i find it irritating. \" nobody replied.",
       {"he was sure, he wrote.", "\"i find it irritating. \"", "nobody replied."}},
      {"what about a language you build from scratch? once you share it, are people free to use "
       "it as they wish? this is the question at the heart of a lawsuit over klingon. The case "
       "goes to trial next year in a federal court in california, lawyers said.",
       {"what about a language you build from scratch?",
        "once you share it, are people free to use it as they wish?",
        "this is the question at the heart of a lawsuit over klingon.",
        "The case goes to trial next year in a federal court in california, lawyers said."}},
      {"the shooting happened at about 10: 30 p.m. On saturday near the club, police said. The "
       "curfew runs from 8 p.m. To 6 a.m. And the streets were empty by midnight. Officers "
       "arrived at 9 p.m. The suspect had fled by then, and nobody has been charged yet in the "
       "case.",
       {"the shooting happened at about 10: 30 p.m. On saturday near the club, police said.",
        "The curfew runs from 8 p.m. To 6 a.m. And the streets were empty by midnight.",
        "Officers arrived at 9 p.m.",
        "The suspect had fled by then, and nobody has been charged yet in the case."}},
      // A function word after an abbreviation goes on with the sentence; an opener ends it.
      {"the u.s. And canada missed a friday deadline to settle the dispute over lumber. A change "
       "in how the most widely used credit score in the u.s. Is tallied will make it easier to "
       "borrow. The gap in hours worked between the u.s. And europe is large. Officials met in "
       "the u.s. The talks ended without a deal, both sides said.",
       {"the u.s. And canada missed a friday deadline to settle the dispute over lumber.",
        "A change in how the most widely used credit score in the u.s. Is tallied will make it "
        "easier to borrow.",
        "The gap in hours worked between the u.s. And europe is large.",
        "Officials met in the u.s.", "The talks ended without a deal, both sides said."}},
      {"karzai said the u.s. Doesn't want to leave. The teen entered the u.s. In september and "
       "learned she was pregnant while she was held in federal custody. The envoy flew to the "
       "u.s. From iran. Many factories moved out of the u.s. For example, the plant closed.",
       {"karzai said the u.s. Doesn't want to leave.",
        "The teen entered the u.s. In september and learned she was pregnant while she was held "
        "in federal custody.",
        "The envoy flew to the u.s. From iran.", "Many factories moved out of the u.s.",
        "For example, the plant closed."}},
      // The same after a company's "inc." and a clock time's noun; a list's "etc." still ends
      // its sentence before a preposition.
      {"the self-driving cars that google inc. Has been testing on the roads crashed twice. The "
       "guards working for transvalue inc. Of miami stopped at a gas station. He hosted the 12: 35 "
       "a.m. Show since january. They missed a 5 p.m. Deadline on friday. He used many names, "
       "puff, etc. On saturday, he chose a new one.",
       {"the self-driving cars that google inc. Has been testing on the roads crashed twice.",
        "The guards working for transvalue inc. Of miami stopped at a gas station.",
        "He hosted the 12: 35 a.m. Show since january.", "They missed a 5 p.m. Deadline on friday.",
        "He used many names, puff, etc.", "On saturday, he chose a new one."}},
      {"Yahoo! said it would cut jobs in California. What about Yahoo? said nobody.",
       {"Yahoo! said it would cut jobs in California.", "What about Yahoo? said nobody."}},
      {"he wanted plan b. The rest failed.", {"he wanted plan b.", "The rest failed."}},
      {"\"we are ready, \" trump jr. Said to a lawyer. The meeting ended.",
       {"\"we are ready, \" trump jr. Said to a lawyer.", "The meeting ended."}},
      {"Donald Trump Jr. said he met her. Alphabet Inc. The parent firm grew.",
       {"Donald Trump Jr. said he met her.", "Alphabet Inc.", "The parent firm grew."}},
      // A period glued between two sentences where a line break was lost; domains, addresses
      // and file names keep theirs.
      {"the band mourned his death.the grammy-nominated band split.",
       {"the band mourned his death.", "the grammy-nominated band split."}},
      {"It cost $ 5 million.tmz has obtained a copy, we're told.we love it.",
       {"It cost $ 5 million.", "tmz has obtained a copy, we're told.", "we love it."}},
      {"as tmz learned.as police arrived, he left.",
       {"as tmz learned.", "as police arrived, he left."}},
      {"The plant faced obsolescence.The strikers were angry.",
       {"The plant faced obsolescence.", "The strikers were angry."}},
      {"Read news.yahoo.com or cnn.it now, email chris.fiscus(at)pni.com or open index.html today.",
       {"Read news.yahoo.com or cnn.it now, email chris.fiscus(at)pni.com or open index.html "
        "today."}},
      {"Visitors came after msnbc.com's report and went to st.louis for it.",
       {"Visitors came after msnbc.com's report and went to st.louis for it."}},
      {"Die Regierung hat entschieden. Das Gesetz gilt ab Montag.",
       {"Die Regierung hat entschieden.", "Das Gesetz gilt ab Montag."}},
      // Scripts with other full stops; Chinese and Japanese put no space after theirs.
      {"芝加哥一名联邦法官周五发布禁令。司法部表示将上诉！法院何时裁决？尚不清楚。",
       {"芝加哥一名联邦法官周五发布禁令。", "司法部表示将上诉！", "法院何时裁决？", "尚不清楚。"}},
      {"判事は「権限を逸脱した。」と述べた。シカゴ市は歓迎した。",
       {"判事は「権限を逸脱した。」と述べた。", "シカゴ市は歓迎した。"}},
      {"市長は「勝った。」シカゴ市は歓迎した。", {"市長は「勝った。」", "シカゴ市は歓迎した。"}},
      {"ผู้พิพากษาออกคำสั่งห้าม นายกเทศมนตรียินดี", {"ผู้พิพากษาออกคำสั่งห้าม", "นายกเทศมนตรียินดี"}},
      {"กระทรวงยุติธรรม ระบุว่าจะอุทธรณ์", {"กระทรวงยุติธรรม ระบุว่าจะอุทธรณ์"}},
      {"法官 ruled 今天。", {"法官 ruled 今天。"}},
      {"न्यायाधीश ने फैसला सुनाया। शहर ने स्वागत किया।", {"न्यायाधीश ने फैसला सुनाया।", "शहर ने स्वागत किया।"}},
  };
  return cases;
}

TEST(SentenceSplitterTest, HandLabelledNewsCases) {
  size_t correct = 0;
  for (const Case& c : Cases()) {
    std::vector<std::string> got = SplitSentencesToStrings(c.text);
    EXPECT_EQ(got, c.sentences) << "text: " << c.text;
    correct += got == c.sentences;
  }
  // Accuracy on the hand-labelled set, printed so regressions are visible in the log.
  std::printf("segmentation: %zu/%zu hand-labelled cases exact\n", correct, Cases().size());
}

TEST(SentenceSplitterTest, EndsCutOff) {
  auto cut_off = [](const std::string& text) {
    std::vector<Token> tokens;
    Tokenize(text, &tokens);
    return EndsCutOff(text, tokens, 0, tokens.size());
  };
  EXPECT_TRUE(cut_off("Boudreau said after a loss to the Kings on..."));
  EXPECT_TRUE(cut_off("Raminder Singh Rekhi, 41,..."));
  EXPECT_TRUE(cut_off("\"We are playing a lot\u2026"));
  EXPECT_TRUE(cut_off("\"They are getting better,\" he said...."));
  EXPECT_FALSE(cut_off("The case went on ..."));  // spaced: a writer's, or tokenized text
  EXPECT_FALSE(cut_off("\"I just don't know...\""));
  EXPECT_FALSE(cut_off("The judge ruled on Friday."));
  EXPECT_FALSE(cut_off("..."));
  EXPECT_FALSE(cut_off(""));
}

TEST(SentenceSplitterTest, EmptyAndWhitespace) {
  EXPECT_TRUE(SplitSentencesToStrings("").empty());
  EXPECT_TRUE(SplitSentencesToStrings(" \n\n\t ").empty());
}

TEST(SentenceSplitterTest, LongRunOnIsCut) {
  // A full stop in it: a sentence that runs long, cut only at the token cap.
  std::string text;
  for (int i = 0; i < 400; ++i) text += "word ";
  text += "end.";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<SentenceSpan> spans;
  SplitSentences(text, tokens, &spans, 250);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].end_token - spans[0].first_token, 250u);
  EXPECT_EQ(spans[1].first_token, 250u);
  EXPECT_EQ(spans[1].end_token, tokens.size());
}

// Text with no full stop at all in one long run (a transcript, speech to text) is cut into
// pieces of quotable length, after a comma where one is near; a run of quotable length stays.
TEST(SentenceSplitterTest, UnpunctuatedRunIsCutIntoPieces) {
  const std::string clause = "the judge said the city could keep its grant money for now, ";
  std::string text;
  for (int i = 0; i < 24; ++i) text += clause;  // 288 words, a comma every 12
  text += "officials said";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<SentenceSpan> spans;
  SplitSentences(text, tokens, &spans);
  ASSERT_GE(spans.size(), 6u);
  ASSERT_LE(spans.size(), 8u);
  uint32_t next = 0;
  for (size_t k = 0; k < spans.size(); ++k) {
    const SentenceSpan& s = spans[k];
    EXPECT_EQ(s.first_token, next);  // nothing lost, nothing repeated
    next = s.end_token;
    const std::string piece = text.substr(s.begin, s.end - s.begin);
    const uint32_t words = CountBudgetWords(piece);
    EXPECT_GE(words, 20u) << piece;
    EXPECT_LE(words, 60u) << piece;
    if (k + 1 < spans.size()) {
      EXPECT_EQ(piece.back(), ',') << piece;
    }
  }
  EXPECT_EQ(next, tokens.size());

  // 72 words: a line that long stays whole.
  const std::string line = clause + clause + clause + clause + clause + clause;
  EXPECT_EQ(SplitSentencesToStrings(line).size(), 1u);
}

TEST(SentenceSplitterTest, OffsetsPointIntoText) {
  std::string text = "  First one.  Second one!\nThird";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<SentenceSpan> spans;
  SplitSentences(text, tokens, &spans);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin), "First one.");
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "Second one!");
  EXPECT_EQ(text.substr(spans[2].begin, spans[2].end - spans[2].begin), "Third");
  EXPECT_TRUE(spans[2].starts_line);
}

}  // namespace
}  // namespace precis::text
