#include "eval/rouge.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "eval/rouge_run.h"
#include "eval/rouge_stemmer.h"

namespace precis::eval {
namespace {

const std::string kShared = std::string(PRECIS_SOURCE_DIR) + "/../shared/data";

TEST(PerlRandomTest, MatchesDrand48) {
  PerlRandom r(0);
  EXPECT_DOUBLE_EQ(r.Next(), 0.17082803610628972);
  EXPECT_DOUBLE_EQ(r.Next(), 0.7499019804849638);
}

TEST(RougeStemmerTest, PorterAsTheScriptDoesIt) {
  EXPECT_EQ(RougePorterStem("caresses"), "caress");
  EXPECT_EQ(RougePorterStem("ponies"), "poni");
  EXPECT_EQ(RougePorterStem("agreed"), "agre");
  EXPECT_EQ(RougePorterStem("hopping"), "hop");
  EXPECT_EQ(RougePorterStem("filing"), "file");
  EXPECT_EQ(RougePorterStem("happy"), "happi");
  EXPECT_EQ(RougePorterStem("relational"), "relat");
  EXPECT_EQ(RougePorterStem("conditional"), "condit");
  EXPECT_EQ(RougePorterStem("generalizations"), "gener");
  EXPECT_EQ(RougePorterStem("replacement"), "replac");
  EXPECT_EQ(RougePorterStem("adjustment"), "adjust");
  EXPECT_EQ(RougePorterStem("controlling"), "control");
  EXPECT_EQ(RougePorterStem("yelling"), "yell");
  EXPECT_EQ(RougePorterStem("by"), "by");
}

TEST(RougeTest, TruncationCountsPerlFieldsAndCutsReferencesToo) {
  RougeOptions o;
  o.max_ngram = 1;
  o.length_limit = 3;
  RougeScorer scorer(o, nullptr, {});
  SummaryUnits peer = {"a b c d e"};
  SummaryUnits model = {"a b x y z"};
  std::vector<EvalScore> s = scorer.Score(peer, {&model});
  // Both cut to three words: "a b c" vs "a b x": 2 of 3.
  EXPECT_DOUBLE_EQ(s[0].r, 0.66667);
  EXPECT_DOUBLE_EQ(s[0].p, 0.66667);
}

TEST(RougeTest, SkipBigramsWithUnigramsOmitTheLastUnigram) {
  RougeOptions o;
  o.rouge_l = false;
  o.skip_distance = "4";
  o.skip_unigrams = true;
  o.count_mode = 2;
  RougeScorer scorer(o, nullptr, {});
  SummaryUnits text = {"a b c"};
  std::vector<EvalScore> s = scorer.Score(text, {&text});
  // Unigrams a, b (not c) and bigrams ab, ac, bc: 5.
  EXPECT_DOUBLE_EQ(s[0].r, 5);
  EXPECT_DOUBLE_EQ(s[0].f, 5);
}

TEST(RougeTest, SentenceUnitsSplitRunningTextBeforeLowercasing) {
  EXPECT_EQ(SentenceUnits("The judge ruled on Friday. The city won.\nA second line.", true),
            (SummaryUnits{"the judge ruled on friday.", "the city won.", "a second line."}));
  EXPECT_EQ(SentenceUnits("One. Two.\n\nThree", false), (SummaryUnits{"one. two.", "three"}));
}

TEST(RougeTest, EmptyPeerScoresZero) {
  RougeOptions o;
  o.max_ngram = 2;
  RougeScorer scorer(o, nullptr, {});
  SummaryUnits empty;
  SummaryUnits model = {"the judge ruled"};
  for (const EvalScore& s : scorer.Score(empty, {&model})) {
    EXPECT_EQ(s.r, 0);
    EXPECT_EQ(s.p, 0);
    EXPECT_EQ(s.f, 0);
  }
}

// Tokens are found by a 64-bit hash of their text; two tokens with one hash must still count
// as different words. With 2 bits of hash nearly every token collides, and every score must
// equal the one computed with the full hash.
TEST(RougeTest, TokensSharingAHashStayDistinct) {
  RougeOptions o;
  o.max_ngram = 2;
  o.skip_distance = "4";
  o.skip_unigrams = true;
  o.wlcs_weight = "1.2";
  o.count_mode = 2;
  RougeScorer exact(o, nullptr, {});
  RougeScorer colliding(o, nullptr, {});
  colliding.SetTokenHashBitsForTesting(2);
  SummaryUnits peer = {"the judge blocked the order on friday", "cities won a ruling"};
  SummaryUnits model_a = {"a federal judge blocked the justice department order"};
  SummaryUnits model_b = {"chicago won its case on friday", "the ruling applies to cities"};
  for (int round = 0; round < 2; ++round) {  // the second round finds every token already known
    std::vector<EvalScore> want = exact.Score(peer, {&model_a, &model_b});
    std::vector<EvalScore> got = colliding.Score(peer, {&model_a, &model_b});
    ASSERT_EQ(got.size(), want.size());
    for (size_t m = 0; m < want.size(); ++m) {
      EXPECT_EQ(got[m].r, want[m].r) << "metric " << m;
      EXPECT_EQ(got[m].p, want[m].p) << "metric " << m;
      EXPECT_EQ(got[m].f, want[m].f) << "metric " << m;
    }
  }
  // A peer whose words all differ from the model's shares nothing, however the hashes collide.
  SummaryUnits other = {"xylophone quartz jumps"};
  // (count_mode 2: r, p, f are the model, peer and hit counts.)
  for (const EvalScore& s : colliding.Score(other, {&model_a})) EXPECT_EQ(s.f, 0);
}

// NIST's own ROUGE-1.5.5 run on DUC 2006: every line of its output, per summary and averaged,
// with confidence intervals, must come out identical.
TEST(RougeOracleTest, ReproducesNistDuc2006OutputExactly) {
  const std::string dir = kShared + "/duc2006/rouge-oracle";
  if (!std::filesystem::exists(dir + "/rougejk.in")) GTEST_SKIP() << "no ../shared data";
  RougeOptions o;
  o.max_ngram = 4;
  o.wlcs_weight = "1.2";
  o.stem = true;
  o.skip_distance = "4";
  o.skip_unigrams = true;
  o.per_eval = true;
  RougeStemmer stemmer;
  ASSERT_TRUE(stemmer.LoadExceptions(kShared + "/rouge/wordnet-2.0-exceptions.tsv").ok());
  std::vector<RougeEval> evals;
  std::vector<std::string> peers;
  Status s = LoadRougeConfig(dir + "/rougejk.in",
                             {{"/home/barney1/duc/duc2006/eval/peers", dir + "/peers"},
                              {"/home/barney1/duc/duc2006/eval/models", dir + "/models"}},
                             &evals, &peers);
  ASSERT_TRUE(s.ok()) << s.ToString();
  RougeScorer scorer(o, &stemmer, {});
  RougeReport report = RunRouge(evals, peers, &scorer, o);
  std::ifstream expected_file(dir + "/rougejk.m.out");
  std::stringstream expected;
  expected << expected_file.rdbuf();
  std::istringstream got_lines(report.text), want_lines(expected.str());
  std::string got, want;
  size_t line = 0, mismatches = 0;
  while (std::getline(want_lines, want)) {
    ++line;
    ASSERT_TRUE(std::getline(got_lines, got)) << "output ends early at line " << line;
    if (got != want && ++mismatches <= 5) {
      ADD_FAILURE() << "line " << line << "\n  got:  " << got << "\n  want: " << want;
    }
  }
  EXPECT_FALSE(std::getline(got_lines, got)) << "extra output after line " << line;
  EXPECT_EQ(mismatches, 0u);
  std::printf("ROUGE oracle: %zu lines compared, %zu mismatches\n", line, mismatches);
}

}  // namespace
}  // namespace precis::eval
