#include "precis/summarizer.h"

#include <gtest/gtest.h>

#include "base/example_cluster.h"

#include <re2/re2.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

namespace precis {
namespace {

std::vector<Document> ExampleCluster() { return ReadExampleCluster(); }

class SummarizerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(Summarizer::Create(SummarizerConfig{}, &summarizer_).ok()); }
  // Summarizes plain texts within a budget of `words` words, expecting success.
  Summary SummarizeTexts(const std::vector<std::string>& texts, double words) {
    std::vector<Document> documents(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) documents[i].text = texts[i];
    SummaryOptions options;
    options.budget = Budget::Words(words);
    Summary summary;
    EXPECT_TRUE(summarizer_->Summarize(documents, options, &summary).ok());
    return summary;
  }
  // Expects every sentence of `summary` that `leans` on the sentence before it in its document (an
  // opener like "He said", the tail of a quotation) to come right after that sentence: the one
  // before it in the summary ends where, in the same document, only white space separates the two.
  static void ExpectLeaningSentencesRightAfterTheirAntecedent(
      const Summary& summary, const std::vector<std::string>& texts,
      const std::function<bool(const std::string&)>& leans) {
    for (size_t k = 0; k < summary.sentences.size(); ++k) {
      const SummarySentence& s = summary.sentences[k];
      if (!leans(s.text)) continue;
      ASSERT_GT(k, 0u) << "opens the summary: " << s.text;
      const SourceSpan& own = s.offsets[0];
      const SourceSpan& before = summary.sentences[k - 1].offsets[0];
      ASSERT_EQ(before.doc, own.doc) << s.text;
      ASSERT_LE(before.end, own.begin) << s.text;
      const std::string& text = texts[static_cast<size_t>(own.doc)];
      EXPECT_EQ(text.find_first_not_of(" \n\t", before.end), static_cast<size_t>(own.begin))
          << s.text;
    }
  }
  static std::function<bool(const std::string&)> OpensWithOneOf(std::vector<std::string> openers) {
    return [openers = std::move(openers)](const std::string& text) {
      for (const std::string& opener : openers) {
        if (text.rfind(opener, 0) == 0) return true;
      }
      return false;
    };
  }
  // Whether `text` closes a quotation it does not open (`open` and `close` are the marks).
  static std::function<bool(const std::string&)> ClosesAQuotation(std::string open,
                                                                  std::string close) {
    return [open = std::move(open), close = std::move(close)](const std::string& text) {
      const size_t c = text.find(close), o = text.find(open);
      return c != std::string::npos && (o == std::string::npos || c < o);
    };
  }
  // Three reports of a bridge's closing whose best-shared sentences open with `openers[0]` and
  // `openers[1]`, phrases that lean on the sentence before, and a third that opens with
  // `openers[2]`. None of the three may be quoted without that sentence right before it.
  void ExpectNoneQuotedAlone(const std::string (&openers)[3]) {
    const std::vector<std::string> texts = {
        "Inspectors found cracks in the deck last week. " + openers[0] +
            " the old bridge over the river will close on Monday for six months of repairs.\n\n"
            "Drivers will have to take a detour through the north side of town.\n",
        "The bridge failed its inspection in May. " + openers[1] +
            " the old bridge over the river will close on Monday for six months of repairs.\n\n"
            "Residents were told to use the ferry instead, which will run every half hour.\n",
        "The city council said the old bridge over the river needs repairs.\n\n" + openers[2] +
            " the repairs have been priced at about $4 million, and the bridge carries about "
            "8,000 cars a day.\n"};
    const Summary summary = SummarizeTexts(texts, 25);
    ASSERT_FALSE(summary.sentences.empty());
    ExpectLeaningSentencesRightAfterTheirAntecedent(
        summary, texts, OpensWithOneOf({openers[0], openers[1], openers[2]}));
  }
  std::unique_ptr<Summarizer> summarizer_;
};

TEST_F(SummarizerTest, ExampleClusterIsCleanCitedAndInBudget) {
  std::vector<Document> docs = ExampleCluster();
  ASSERT_EQ(docs.size(), 5u);
  SummaryOptions options;
  options.budget = Budget::Words(200);
  Summary summary;
  ASSERT_TRUE(summarizer_->Summarize(docs, options, &summary).ok());
  EXPECT_GE(summary.WordCount(), 150u);
  EXPECT_LE(summary.WordCount(), 200u);
  static const RE2 junk(
      R"((?i)(photo|caption|gallery|read more|see also|sign up|subscribe|newsletter|pic\.twitter|@\w+\)|copyright|REUTERS/))");
  size_t max_sources = 0;
  for (const SummarySentence& s : summary.sentences) {
    EXPECT_FALSE(RE2::PartialMatch(s.text, junk)) << s.text;
    ASSERT_FALSE(s.sources.empty());
    ASSERT_EQ(s.offsets.size(), s.sources.size());
    // The first span is the sentence itself, verbatim (white space folded) in its source.
    const SourceSpan& own = s.offsets[0];
    std::string quoted =
        docs[static_cast<size_t>(own.doc)].text.substr(own.begin, own.end - own.begin);
    std::string folded;
    for (char c : quoted) {
      if (c == '\n' || c == '\t') c = ' ';
      if (c == ' ' && !folded.empty() && folded.back() == ' ') continue;
      folded.push_back(c);
    }
    EXPECT_EQ(folded, s.text);
    max_sources = std::max(max_sources, s.sources.size());
  }
  // Openers that need an antecedent, and tails of quotations, come only right after it.
  std::vector<std::string> texts;
  for (const Document& d : docs) texts.push_back(d.text);
  ExpectLeaningSentencesRightAfterTheirAntecedent(
      summary, texts,
      OpensWithOneOf({"But ", "He said", "That ", "This ", "It ", "It\xE2\x80\x99s "}));
  ExpectLeaningSentencesRightAfterTheirAntecedent(summary, texts,
                                                  ClosesAQuotation("\xE2\x80\x9C", "\xE2\x80\x9D"));
  EXPECT_GE(max_sources, 3u);
}

TEST_F(SummarizerTest, CharacterReferencesInScrapedTextAreShownDecoded) {
  // Text scraped rather than copied from a browser keeps its markup's references; the summary
  // shows what a reader of the page saw, and its offsets still point into the text as given.
  const std::vector<std::string> texts = {
      "The Standard &amp; Poor&#8217;s 500 index rose 9 points on Tuesday, led by shares of "
      "AT&T and Procter &amp; Gamble.\n",
      "Stocks rose on Tuesday. The Standard &amp; Poor's 500 index rose 9 points, led by AT&T "
      "and Procter &amp; Gamble.\n"};
  const Summary summary = SummarizeTexts(texts, 30);
  ASSERT_FALSE(summary.sentences.empty());
  const SummarySentence& lead = summary.sentences[0];
  EXPECT_EQ(lead.text.find("&amp;"), std::string::npos) << lead.text;
  EXPECT_NE(lead.text.find("Standard & Poor"), std::string::npos) << lead.text;
  EXPECT_NE(lead.text.find("AT&T"), std::string::npos) << lead.text;
  const SourceSpan& own = lead.offsets[0];
  const std::string quoted =
      texts[static_cast<size_t>(own.doc)].substr(own.begin, own.end - own.begin);
  EXPECT_NE(quoted.find("Standard &amp; Poor"), std::string::npos) << quoted;
}

TEST_F(SummarizerTest, SentencesCutOffByAnEllipsisAreNotQuoted) {
  // The lead two texts share is cut off in both, as paywall previews and gossip paragraphs are:
  // it is the best sentence, and is not quoted.
  const std::string lead =
      "The city council voted on Tuesday to close the old bridge over the river for repairs";
  const Summary summary = SummarizeTexts(
      {lead + ", and the mayor said...\n\nThe bridge was built in 1920 and carries about 8,000 "
              "cars a day across the river.\n\nDrivers will have to take a detour through the "
              "north side of town.\n",
       lead + " until spring\u2026\n\nResidents were told to use the ferry instead, which will "
              "run every half hour.\n\nShop owners near the bridge worry that they will lose "
              "customers during the work.\n",
       "The old bridge will close for repairs, officials said.\n\nThe repairs will cost about $4 "
       "million and take six months, the council said.\n\nThe bridge was last repaired more than "
       "thirty years ago.\n"},
      25);
  ASSERT_FALSE(summary.sentences.empty());
  for (const SummarySentence& s : summary.sentences) {
    EXPECT_EQ(s.text.find("..."), std::string::npos) << s.text;
    EXPECT_EQ(s.text.find("\u2026"), std::string::npos) << s.text;
  }
}

TEST_F(SummarizerTest, TailsOfNewswireQuotationsAreNeverShownWithoutTheirOpening) {
  // Newswire's ``ASCII quotes'': the sentence the texts share best opens inside a quotation. It
  // comes right after its opening, or (naming its speaker) alone with the opening mark restored.
  const std::vector<std::string> texts = {
      "``We have waited long enough. The old bridge over the river will close on Monday for six "
      "months of repairs,'' the mayor said on Tuesday.\n\nDrivers will have to take a detour "
      "through the north side of town.\n",
      "``It is falling apart. The old bridge over the river will close on Monday for six months "
      "of repairs,'' a council member said.\n\nResidents were told to use the ferry instead, "
      "which will run every half hour.\n",
      "The city council said the old bridge over the river needs repairs.\n\nThe repairs will "
      "cost about $4 million, and the bridge carries about 8,000 cars a day.\n"};
  const Summary summary = SummarizeTexts(texts, 25);
  ASSERT_FALSE(summary.sentences.empty());
  ExpectLeaningSentencesRightAfterTheirAntecedent(summary, texts, ClosesAQuotation("``", "''"));
}

TEST_F(SummarizerTest, WordsInsideAQuotationAndQuestionsAreNotQuotedAlone) {
  // The sentence the reports share best is, in each, the middle of someone's quoted words (no mark
  // of its own; the speaker is named after the quotation ends) or a question. Alone, neither says
  // who speaks nor what the answer is: the middle comes only right after the quotation's opening,
  // a question never.
  const std::string shared = "The old bridge over the river will close on Monday for six months";
  const std::vector<std::string> texts = {
      "The mayor spoke on Tuesday. \"We have waited long enough. " + shared +
          " of repairs. Nobody wants that,\" she said.\n\nDrivers will take a detour.\n",
      "\u201CIt is falling apart. " + shared +
          " of repairs. It must be done,\u201D a council member said.\n\nA ferry will run "
          "instead.\n",
      "Will " + std::string("the old bridge over the river close on Monday for six months") +
          " of repairs? The council votes today.\n\nThe repairs will cost about $4 million.\n"};
  const Summary summary = SummarizeTexts(texts, 30);
  ASSERT_FALSE(summary.sentences.empty());
  for (const SummarySentence& s : summary.sentences) {
    EXPECT_NE(s.text.back(), '?') << s.text;
  }
  ExpectLeaningSentencesRightAfterTheirAntecedent(summary, texts, OpensWithOneOf({shared}));
}

TEST_F(SummarizerTest, TheTailOfAQuotationNamingItsSpeakerIsShownWithItsOpeningMark) {
  // The shared sentence ends a quotation that opened in the sentence before. When it names its
  // speaker it stands alone, shown with the opening mark in its text's style; offsets still point
  // at the words as given. "..., he said" names no one, so that tail stays with its opening.
  const std::string shared = "the old bridge over the river will close on Monday for six months";
  const std::vector<std::string> texts = {
      "Officials met on Tuesday. ``We have waited long enough. The old bridge over the river will "
      "close on Monday for six months,'' Mayor Ann Lee said.\n\nDrivers will take a detour.\n",
      "Officials met on Tuesday. \"It is falling apart. The old bridge over the river will close "
      "on Monday for six months,\" he said.\n\nA ferry will run instead.\n",
      "The city council said " + shared + ".\n\nThe repairs will cost about $4 million.\n"};
  const Summary summary = SummarizeTexts(texts, 40);
  const std::string restored =
      "``The old bridge over the river will close on Monday for six months,'' Mayor Ann Lee said.";
  bool shown = false;
  for (const SummarySentence& s : summary.sentences) {
    if (s.text != restored) continue;
    shown = true;
    const SourceSpan& own = s.offsets[0];
    EXPECT_EQ(texts[static_cast<size_t>(own.doc)].substr(own.begin, own.end - own.begin),
              restored.substr(2));
  }
  EXPECT_TRUE(shown);
  ExpectLeaningSentencesRightAfterTheirAntecedent(summary, texts, ClosesAQuotation("\"", "\""));
  ExpectLeaningSentencesRightAfterTheirAntecedent(
      summary, texts,
      OpensWithOneOf({"The old bridge over the river will close on Monday for six "
                      "months,\" he said."}));
}

TEST_F(SummarizerTest, AQuotationLeftOpenIsClosedWhereTheSummaryLeavesIt) {
  // The reports' best-shared sentence opens a quotation that goes on in the next sentence. Quoted
  // without that sentence (25 words), it is shown with the closing mark in its text's style;
  // quoted with it right after (filled to 200 words, which takes every sentence but repeats), as
  // is. Offsets still point at the words as given.
  const std::vector<std::string> texts = {
      "Mayor Ann Lee said on Tuesday, ``The old bridge over the river will close on Monday for "
      "six months of repairs. We have waited far too long for this day to come.''\n\nDrivers will "
      "have to take a "
      "detour through the north side of town while the work goes on.\n",
      "Speaking to reporters, Mayor Ann Lee said, \u201CThe old bridge over the river will close "
      "on Monday for six months of repairs. It is falling apart and must be fixed right "
      "away.\u201D\n\nResidents were told "
      "to use the ferry instead, which will run every half hour.\n",
      "The city council said the old bridge over the river needs repairs after inspectors found "
      "cracks.\n\nThe repairs will cost about $4 million, and the bridge carries about 8,000 "
      "cars a day.\n"};
  for (const bool fill : {false, true}) {
    std::vector<Document> documents(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) documents[i].text = texts[i];
    SummaryOptions options;
    options.budget = Budget::Words(fill ? 200 : 25, fill);
    Summary summary;
    ASSERT_TRUE(summarizer_->Summarize(documents, options, &summary).ok());
    size_t openings = 0, continued_openings = 0;
    for (size_t k = 0; k < summary.sentences.size(); ++k) {
      const SummarySentence& s = summary.sentences[k];
      const SourceSpan& own = s.offsets[0];
      const std::string& text = texts[static_cast<size_t>(own.doc)];
      const std::string as_given = text.substr(own.begin, own.end - own.begin);
      const bool opening = as_given.find("Mayor Ann Lee said") != std::string::npos;
      if (!opening) continue;
      ++openings;
      const bool continued = k + 1 < summary.sentences.size() &&
                             summary.sentences[k + 1].offsets[0].doc == own.doc &&
                             text.find_first_not_of(' ', own.end) ==
                                 static_cast<size_t>(summary.sentences[k + 1].offsets[0].begin);
      continued_openings += continued;
      const std::string close = own.doc == 0 ? "''" : "\u201D";
      EXPECT_EQ(s.text, continued ? as_given : as_given + close) << "fill " << fill;
    }
    EXPECT_GE(openings, 1u) << "fill " << fill;
    EXPECT_EQ(continued_openings, fill ? openings : 0u) << "fill " << fill;
  }
}

TEST_F(SummarizerTest, AListItemFinishingItsIntroductionIsNotQuoted) {
  // The reports share best a list item that finishes the line introducing it ("urging automakers
  // to:"); alone it is an order with no one giving it, so it is not quoted.
  const std::string item = "--Install shoulder belts in all rear seats of cars and light trucks.";
  const std::vector<std::string> texts = {
      "The safety board called on Wednesday for changes to make cars safer for children.\nHall "
      "said the board is urging automakers to:\n" +
          item + "\nThe board has no power to make rules, a spokesman said.\n",
      "Federal safety officials want cars to protect children better in crashes.\nThe board "
      "asked automakers to:\n" +
          item + "\nAutomakers said they would study the idea over the coming year.\n",
      "Shoulder belts in all rear seats of cars and light trucks would save children's lives, "
      "the safety board said on Wednesday.\nThe board made several other recommendations.\n"};
  const Summary summary = SummarizeTexts(texts, 60);
  ASSERT_FALSE(summary.sentences.empty());
  for (const SummarySentence& s : summary.sentences) {
    EXPECT_EQ(s.text.find("Install shoulder belts"), std::string::npos) << s.text;
  }
}

TEST_F(SummarizerTest, AGermanQuotationEndsWhereItsMarksSay) {
  // „…“ closes with the mark that opens an English quotation: the sentence after it is no part of
  // it and may be quoted alone.
  const std::string bridge =
      "Die alte Br\u00FCcke \u00FCber den Fluss wird am Montag f\u00FCr sechs Monate geschlossen.";
  const std::vector<std::string> texts = {
      "\u201EWir haben lange genug gewartet\u201C, sagte der B\u00FCrgermeister am Dienstag. " +
          bridge + " Autofahrer m\u00FCssen einen Umweg durch den Norden der Stadt nehmen.\n",
      "\u201ESie zerf\u00E4llt\u201C, sagte ein Mitglied des Stadtrats. " + bridge +
          " Eine F\u00E4hre f\u00E4hrt stattdessen jede halbe Stunde.\n",
      "Der Stadtrat sagte, die alte Br\u00FCcke \u00FCber den Fluss m\u00FCsse repariert werden. "
      "Die Reparatur kostet etwa vier Millionen Euro.\n"};
  const Summary summary = SummarizeTexts(texts, 14);
  ASSERT_EQ(summary.sentences.size(), 1u);
  EXPECT_EQ(summary.sentences[0].text, bridge);
}

TEST_F(SummarizerTest, ASentenceLeaningOnTheOneBeforeIsQuotedRightAfterIt) {
  // The second sentence of the first two reports carries the facts they share beyond their leads
  // but opens with "He" or "It": one is quoted, after the lead it leans on and right after it,
  // although reading order puts the third report's lead before second sentences.
  const std::vector<std::string> texts = {
      "Mayor John Smith closed the old river bridge on Monday after an inspection. He said the "
      "repairs would cost $4 million and take six months.\n",
      "The old river bridge was closed on Monday by Mayor John Smith after an inspection. It will "
      "need six months of repairs costing $4 million, officials said.\n",
      "Traffic will detour through the north side of town for half a year, city officials said. "
      "A ferry will run across the river every half hour.\n"};
  const Summary summary = SummarizeTexts(texts, 50);
  ASSERT_EQ(summary.sentences.size(), 3u);
  EXPECT_EQ(summary.sentences[1].text,
            "He said the repairs would cost $4 million and take six months.");
  EXPECT_EQ(summary.sentences[2].offsets[0].doc, 2);
  ExpectLeaningSentencesRightAfterTheirAntecedent(summary, texts,
                                                  OpensWithOneOf({"He said", "It will"}));
}

TEST_F(SummarizerTest, SentencesOpeningWithALinkingPhraseAreNotQuotedAlone) {
  ExpectNoneQuotedAlone({"As a result,", "In other words,", "For that reason,"});
}

TEST_F(SummarizerTest, SentencesOpeningWithARelativeOrNorAreNotQuotedAlone) {
  // The sentence before holds what "Which" refers to, and the negation "Nor" continues.
  ExpectNoneQuotedAlone({"Which is why", "Nor, as planned,", "Whereas"});
}

TEST_F(SummarizerTest, SentencesWhosePrepositionPointsBackAreNotQuotedAlone) {
  // The time or cause is in the sentence before.
  ExpectNoneQuotedAlone({"After that,", "Because of this,", "Since then,"});
}

TEST_F(SummarizerTest, Deterministic) {
  std::vector<Document> docs = ExampleCluster();
  SummaryOptions options;
  Summary a, b;
  ASSERT_TRUE(summarizer_->Summarize(docs, options, &a).ok());
  ASSERT_TRUE(summarizer_->Summarize(docs, options, &b).ok());
  EXPECT_EQ(a.Text(), b.Text());
}

TEST_F(SummarizerTest, BudgetSemantics) {
  std::vector<Document> docs = ExampleCluster();
  for (const std::string& method : Summarizer::Methods()) {
    SummaryOptions options;
    options.method = method;
    Summary s;
    options.budget = Budget::Words(100);
    ASSERT_TRUE(summarizer_->Summarize(docs, options, &s).ok()) << method;
    EXPECT_LE(s.WordCount(), 100u) << method;
    EXPECT_FALSE(s.sentences.empty()) << method;
    for (const double target : {80.0, 100.0, 180.0, 250.0}) {
      options.budget = Budget::Words(target, /*fill=*/true);
      ASSERT_TRUE(summarizer_->Summarize(docs, options, &s).ok());
      EXPECT_GE(s.WordCount(), target) << method;
      // The sentence that runs past the target is read last: a cut at the target cuts only it.
      ASSERT_FALSE(s.sentences.empty()) << method;
      const SummarySentence last = s.sentences.back();
      s.sentences.pop_back();
      EXPECT_LT(s.WordCount(), target) << method << " " << target << ": " << last.text;
    }
    options.budget = Budget::Sentences(2);
    ASSERT_TRUE(summarizer_->Summarize(docs, options, &s).ok());
    EXPECT_EQ(s.sentences.size(), 2u) << method;
  }
}

TEST_F(SummarizerTest, FillStopsShortRatherThanQuoteATruncatedOrDanglingSentence) {
  // Three short reports hold fewer words than the target. What is left after the readable
  // sentences is a sentence cut off by a glued ellipsis, a "But" that leans on it, and a last
  // sentence the text was cut in the middle of: none is quoted, and the summary stays short.
  const std::vector<std::string> texts = {
      "The city council voted on Tuesday to shut the crossing on Elm Street after a failed "
      "inspection.\n\n"
      "The mayor said the bridge had been unsafe for years and that the...\n\n"
      "But the council kept it open for one more week so that shops could prepare for the "
      "detour.\n",
      "The old bridge over the river will close for six months of repairs, the council said.\n\n"
      "Residents were told to use the ferry instead, which will run every half hour. Shop owners "
      "near the bridge worry that they will lose customers during the long\n",
      "The repairs will cost about $4 million and will be paid for by the state, officials "
      "said.\n\nThe bridge was built in 1920 and carries about 8,000 cars a day between the two "
      "halves of town.\n\nEngineers found rust in the steel beams and cracks in the concrete deck "
      "during the inspection.\n"};
  std::vector<Document> documents(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) documents[i].text = texts[i];
  for (const std::string& method : Summarizer::Methods()) {
    SummaryOptions options;
    options.method = method;
    options.budget = Budget::Words(300, /*fill=*/true);
    Summary summary;
    ASSERT_TRUE(summarizer_->Summarize(documents, options, &summary).ok()) << method;
    ASSERT_GE(summary.sentences.size(), 4u) << method;
    EXPECT_LT(summary.WordCount(), 300u) << method;
    for (const SummarySentence& s : summary.sentences) {
      EXPECT_EQ(s.text.find("..."), std::string::npos) << method << ": " << s.text;
      EXPECT_NE(s.text.rfind("But", 0), 0u) << method << ": " << s.text;
      EXPECT_EQ(s.text.find("during the long"), std::string::npos) << method << ": " << s.text;
    }
  }
}

TEST_F(SummarizerTest, BadOptionsAndEmptyInput) {
  Summary s;
  SummaryOptions options;
  EXPECT_EQ(summarizer_->Summarize({}, options, &s).code(), Status::Code::kInvalidInput);
  Document empty;
  EXPECT_EQ(summarizer_->Summarize({empty}, options, &s).code(), Status::Code::kInvalidInput);
  options.method = "nope";
  EXPECT_EQ(summarizer_->Summarize(ExampleCluster(), options, &s).code(),
            Status::Code::kInvalidArgument);
  options.method = "";
  options.language = "english";
  EXPECT_EQ(summarizer_->Summarize(ExampleCluster(), options, &s).code(),
            Status::Code::kInvalidArgument);
  options.language = "en";
  EXPECT_TRUE(summarizer_->Summarize(ExampleCluster(), options, &s).ok());
  options.language = "";
  options.budget = Budget::Ratio(2);
  EXPECT_EQ(summarizer_->Summarize(ExampleCluster(), options, &s).code(),
            Status::Code::kInvalidArgument);
}

TEST_F(SummarizerTest, OneArticleAndIdenticalCopies) {
  std::vector<Document> docs = ExampleCluster();
  Summary s;
  ASSERT_TRUE(summarizer_->Summarize({docs[2]}, SummaryOptions{}, &s).ok());
  ASSERT_FALSE(s.warnings.empty());
  EXPECT_NE(s.warnings[0].find("single-document"), std::string::npos);
  std::vector<Document> copies = {docs[1], docs[1], docs[1]};
  ASSERT_TRUE(summarizer_->Summarize(copies, SummaryOptions{}, &s).ok());
  for (const SummarySentence& sentence : s.sentences) {
    EXPECT_EQ(sentence.sources, (std::vector<int>{0, 1, 2}));
    EXPECT_EQ(sentence.independent_sources, 1);
  }
}

// A wire copy (the same report with its last paragraphs cut and a new first sentence) is listed
// with every sentence it supports but counts as one source with its original.
TEST_F(SummarizerTest, SyndicatedCopiesCountAsOneSource) {
  std::vector<Document> docs = ExampleCluster();
  Document copy = docs[0];
  copy.text = "Chicago's mayor welcomed the decision on Friday.\n\n" +
              copy.text.substr(0, copy.text.size() * 3 / 4);
  docs.push_back(copy);
  Summary s;
  ASSERT_TRUE(summarizer_->Summarize(docs, SummaryOptions{}, &s).ok());
  ASSERT_EQ(s.documents.size(), 6u);
  EXPECT_EQ(s.documents[5].copy_of, 0);
  for (int d = 0; d < 5; ++d) EXPECT_EQ(s.documents[d].copy_of, -1) << d;
  bool counted_once = false;
  for (const SummarySentence& sentence : s.sentences) {
    const bool both = std::count(sentence.sources.begin(), sentence.sources.end(), 0) &&
                      std::count(sentence.sources.begin(), sentence.sources.end(), 5);
    EXPECT_EQ(sentence.independent_sources,
              static_cast<int>(sentence.sources.size()) - (both ? 1 : 0));
    counted_once |= both;
  }
  EXPECT_TRUE(counted_once);
  EXPECT_TRUE(std::any_of(s.warnings.begin(), s.warnings.end(), [](const std::string& w) {
    return w.find("syndicated") != std::string::npos;
  }));
}

TEST_F(SummarizerTest, OtherLanguageUsesItsStemmer) {
  Document a, b;
  a.text =
      "Die Bundesregierung hat am Montag ein neues Gesetz zur Energie beschlossen. Das Gesetz "
      "soll die Preise für Strom und Gas senken. Die Opposition kritisierte den Plan scharf.";
  b.text =
      "Das Kabinett hat das Gesetz zur Senkung der Energiepreise am Montag beschlossen. Die "
      "Preise für Strom und Gas sollen sinken. Kritiker halten den Plan für zu teuer.";
  Summary s;
  ASSERT_TRUE(summarizer_->Summarize({a, b}, SummaryOptions{}, &s).ok());
  EXPECT_EQ(s.language, "de");
  EXPECT_FALSE(s.sentences.empty());
}

// Chinese is written without spaces: its sentences end at 。 with nothing after, and the budget
// counts the words ICU's dictionary cuts, not white-space runs (a whole text would be one "word").
TEST_F(SummarizerTest, ChineseIsSplitCountedAndSummarized) {
  const Summary s = SummarizeTexts(
      {"芝加哥法官阻止庇护城市资金令\n\n"
       "芝加哥一名联邦法官周五发布全国性禁令，阻止司法部长塞申斯拒绝向庇护城市提供警察补助金。"
       "法官表示，塞申斯超越了他的权限。芝加哥市长对这项裁决表示欢迎。司法部说将会上诉。",
       "芝加哥联邦法官周五裁定，司法部不能以移民合作为条件拒绝向庇护城市发放警察补助金。"
       "这项禁令在全国范围内有效。司法部表示将对裁决提出上诉。移民官员此前要求进入地方监狱。"},
      40);
  EXPECT_EQ(s.language, "zh");
  ASSERT_EQ(s.documents.size(), 2u);
  EXPECT_FALSE(s.documents[0].non_article);
  EXPECT_FALSE(s.documents[1].non_article);
  ASSERT_GE(s.sentences.size(), 2u);
  EXPECT_LE(s.WordCount(), 40u);
  EXPECT_GE(s.WordCount(), 20u);
  for (const SummarySentence& sentence : s.sentences) {
    EXPECT_TRUE(sentence.text.ends_with("。")) << sentence.text;
    EXPECT_NE(sentence.text, "芝加哥法官阻止庇护城市资金令");  // the headline
  }
}

// Thai has no full stop: a space ends its sentences and clauses. Text with no sentence punctuation
// at all is still summarized, its lines quoted as sentences, with a warning, never an empty
// summary.
TEST_F(SummarizerTest, TextWithoutFullStopsIsSummarized) {
  Summary s = SummarizeTexts({"ผู้พิพากษาศาลรัฐบาลกลางในชิคาโกออกคำสั่งห้ามทั่วประเทศเมื่อวันศุกร์ "
                              "ผู้พิพากษากล่าวว่าอัยการสูงสุดใช้อำนาจเกินขอบเขต นายกเทศมนตรีชิคาโกยินดีกับคำตัดสินนี้",
                              "กระทรวงยุติธรรมสหรัฐฯ ระบุว่าจะอุทธรณ์คำตัดสินของผู้พิพากษาในชิคาโก "
                              "ผู้พิพากษาได้ระงับเงื่อนไขใหม่สำหรับเงินช่วยเหลือตำรวจทั่วประเทศ"},
                             30);
  ASSERT_GE(s.sentences.size(), 2u);
  EXPECT_LE(s.WordCount(), 30u);
  // The subject before the first space stays with its clause.
  for (const SummarySentence& sentence : s.sentences) {
    EXPECT_NE(sentence.text.find("ระบุว่า"), 0u) << sentence.text;
  }

  s = SummarizeTexts(
      {"Federal judge blocks sanctuary city funding rule in Chicago ruling\n"
       "The judge said the attorney general exceeded his authority over police grants\n"
       "Chicago mayor welcomed the decision and called it a win for the city\n",
       "Justice department says it will appeal the Chicago judge ruling on police grants\n"
       "Sanctuary cities refuse to cooperate with federal immigration officials on detainers\n"
       "The ruling applies nationwide until the case is decided by the appeals court\n"},
      30);
  EXPECT_FALSE(s.sentences.empty());
  EXPECT_LE(s.WordCount(), 30u);
  bool warned = false;
  for (const std::string& w : s.warnings) warned |= w.find("no sentence ends with") == 0;
  EXPECT_TRUE(warned);

  // Speech to text: no punctuation and no line breaks either, each report one run of over 80
  // words. Its pieces are quoted (it gave an empty summary when the run was one "sentence").
  s = SummarizeTexts(
      {"a federal judge in chicago on friday blocked the justice department from withholding "
       "police grant money from sanctuary cities the judge said attorney general jeff sessions "
       "had exceeded his authority by imposing new conditions on the grants and the ruling "
       "applies nationwide the city of chicago had sued the department in august arguing that "
       "the conditions were unconstitutional and mayor rahm emanuel welcomed the decision the "
       "justice department said it would appeal the ruling which applies to every city that "
       "receives the grants that pay for police equipment and training across the country",
       "the justice department will appeal a ruling by a federal judge in chicago who blocked "
       "new conditions on police grants for sanctuary cities across the country the conditions "
       "would have required cities to give immigration agents access to local jails and to "
       "warn them two days before releasing anyone they wanted and chicago said the rules were "
       "an attempt to force the city to change its policies on immigration and officials in "
       "several other cities including seattle and san francisco welcomed the decision"},
      60);
  ASSERT_FALSE(s.sentences.empty());
  EXPECT_LE(s.WordCount(), 60u);
}

// A budget too small for any sentence gives an empty summary that says why.
TEST_F(SummarizerTest, BudgetBelowEverySentenceIsExplained) {
  Summary s = SummarizeTexts({"The judge ruled against the city on Friday. The city will appeal.",
                              "A judge ruled against the city on Friday. The mayor was upset."},
                             3);
  EXPECT_TRUE(s.sentences.empty());
  bool explained = false;
  for (const std::string& w : s.warnings) {
    explained |= w == "no sentence fits within 3 words (the shortest that may be quoted has 8)";
  }
  EXPECT_TRUE(explained);
}

TEST_F(SummarizerTest, HugeAndBinaryishInputStaysBounded) {
  Document big;
  std::string sentence = "The council met on Tuesday and voted to raise the city budget again. ";
  while (big.text.size() < (6u << 20)) big.text += sentence;
  Document bad;
  bad.text = std::string("caf\xE9 au lait est servi ici tous les jours avec du pain frais.", 62);
  Summary s;
  ASSERT_TRUE(summarizer_->Summarize({big, bad}, SummaryOptions{}, &s).ok());
  bool capped = false;
  for (const std::string& w : s.warnings) capped |= w.find("first 4 MB") != std::string::npos;
  EXPECT_TRUE(capped);
}

TEST_F(SummarizerTest, DocumentsPastTheCapAreNamedInOneWarning) {
  // 20,000 documents are read; the 5 beyond are reported, each in its document's note and all
  // together in one warning rather than one line apiece.
  std::vector<Document> docs(20005);
  for (size_t i = 0; i < docs.size(); ++i) {
    docs[i].text = "Report " + std::to_string(i) + " says the council voted to raise the budget.";
  }
  Summary s;
  ASSERT_TRUE(summarizer_->Summarize(docs, SummaryOptions{}, &s).ok());
  ASSERT_EQ(s.documents.size(), docs.size());
  EXPECT_NE(s.documents[20004].note.find("more than 20000 documents"), std::string::npos);
  EXPECT_EQ(s.documents[19999].note.find("more than"), std::string::npos);
  size_t cap_warnings = 0;
  for (const std::string& w : s.warnings) {
    if (w.find("more than 20000 documents") == std::string::npos) continue;
    ++cap_warnings;
    EXPECT_NE(w.find("5 document(s) not read, from document 20000 on"), std::string::npos) << w;
  }
  EXPECT_EQ(cap_warnings, 1u);
}

}  // namespace
}  // namespace precis
