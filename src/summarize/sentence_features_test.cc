#include "summarize/sentence_features.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string_view>
#include <vector>

#include "summarize/cluster_analysis.h"
#include "text/tokenizer.h"

namespace precis::summarize {
namespace {

ClusterAnalysis Analyze(const SummarizerModel& model, const std::vector<std::string_view>& texts) {
  ClusterAnalyzer analyzer(&model.boilerplate);
  ClusterAnalysis cluster;
  analyzer.Analyze(texts, "en", &cluster);
  return cluster;
}

TEST(SentenceFeaturesTest, TheWordSetIsTheSentencesDistinctFoldedWords) {
  SummarizerModel model;
  ClusterAnalysis cluster = Analyze(
      model, {"The mayor spoke at the Photo call, and the photo was shared widely on Monday. "
              "The council met on Tuesday to vote on the new budget for the city."});
  ASSERT_EQ(cluster.sentences.size(), 2u);
  std::vector<uint64_t> words;
  SentenceWordSet(cluster, 0, &words);
  // the mayor spoke at photo call and was shared widely on monday: 12 distinct of 15 words.
  EXPECT_EQ(words.size(), 12u);
  EXPECT_TRUE(std::is_sorted(words.begin(), words.end()));
  EXPECT_EQ(std::count(words.begin(), words.end(), text::HashFoldedWord("photo")), 1);
  SentenceWordSet(cluster, 1, &words);
  EXPECT_EQ(std::count(words.begin(), words.end(), text::HashFoldedWord("photo")), 0);
}

TEST(SentenceFeaturesTest, AWordWeightCountsOncePerSentenceOverTheRootOfItsDistinctWords) {
  SummarizerModel model;
  model.params["sentence.w.bias"] = 0.5;
  model.params[std::string(kWordWeightPrefix) + "photo"] = -1.0;
  ClusterAnalysis cluster = Analyze(
      model, {"The mayor spoke at the Photo call, and the photo was shared widely on Monday. "
              "The council met on Tuesday to vote on the new budget for the city."});
  std::vector<double> scores = SentenceScorer(model).Score(cluster);
  ASSERT_EQ(scores.size(), 2u);
  EXPECT_NEAR(scores[0], 0.5 - 1.0 / std::sqrt(12.0), 1e-9);
  EXPECT_NEAR(scores[1], 0.5, 1e-9);

  // Word weights alone make a model too.
  SummarizerModel words_only;
  words_only.params[std::string(kWordWeightPrefix) + "photo"] = -1.0;
  scores = SentenceScorer(words_only).Score(cluster);
  EXPECT_NEAR(scores[0], -1.0 / std::sqrt(12.0), 1e-9);
  EXPECT_EQ(scores[1], 0.0);
  // And no weights at all score nothing.
  scores = SentenceScorer(SummarizerModel()).Score(cluster);
  EXPECT_EQ(scores, std::vector<double>(2, 0.0));
}

}  // namespace
}  // namespace precis::summarize
