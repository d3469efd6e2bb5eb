#include "summarize/selector.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "summarize/cluster_analysis.h"
#include "summarize/model.h"

namespace precis::summarize {
namespace {

// The text of the sentences a method chooses for `texts` with a limit of `sentences` sentences.
std::vector<std::string> Choose(std::string_view method, const SummarizerModel& model,
                                const std::vector<std::string_view>& texts, uint32_t sentences) {
  ClusterAnalyzer analyzer(&model.boilerplate);
  ClusterAnalysis cluster;
  analyzer.Analyze(texts, "en", &cluster);
  WordLimit limit;
  limit.max_sentences = sentences;
  Selection selection;
  CreateSelector(method, model)->Select(cluster, limit, &selection);
  std::vector<std::string> chosen;
  for (uint32_t i : selection.chosen) {
    const AnalyzedSentence& s = cluster.sentences[i];
    chosen.emplace_back(texts[static_cast<size_t>(s.doc)].substr(s.begin, s.end - s.begin));
  }
  return chosen;
}

// A model under which every word of every sentence is worth the same, except that a sentence
// with a number is worth `number_weight` more per word.
SummarizerModel FlatImportance(double number_weight) {
  SummarizerModel model;
  model.params["sentence.w.bias"] = 1.0;
  model.params["sentence.w.has_number"] = number_weight;
  return model;
}

const std::vector<std::string_view> kMuseumCluster = {
    "A spokesman for the gallery declined to comment on weekend opening hours. "
    "The city museum will close its east wing for roof repairs until March.",
    "The east wing of the city museum will close for roof repairs through March, officials said.",
    "Roof repairs will close the city museum's east wing until March, the director announced.",
};

TEST(LearnedSelectorTest, AmongEquallyImportantSentencesWhatTheSourcesAgreeOnWins) {
  // Ranked by importance alone, the tie would go to the first document's lead, an aside no other
  // source reports; coverage of the concepts the three sources share breaks it.
  const std::vector<std::string> chosen = Choose("learned", FlatImportance(0), kMuseumCluster, 1);
  ASSERT_EQ(chosen.size(), 1u);
  EXPECT_NE(chosen[0].find("east wing"), std::string::npos) << chosen[0];
}

TEST(LearnedSelectorTest, LearnedImportanceCanOutweighAgreement) {
  std::vector<std::string_view> texts = kMuseumCluster;
  const std::string with_number =
      std::string(texts[0]) + " Admission will rise to 25 dollars for adults in April.";
  texts[0] = with_number;
  const std::vector<std::string> chosen = Choose("learned", FlatImportance(10), texts, 1);
  ASSERT_EQ(chosen.size(), 1u);
  EXPECT_NE(chosen[0].find("Admission"), std::string::npos) << chosen[0];
  // With numbers worth nothing extra, agreement decides again.
  const std::vector<std::string> flat = Choose("learned", FlatImportance(0), texts, 1);
  ASSERT_EQ(flat.size(), 1u);
  EXPECT_NE(flat[0].find("east wing"), std::string::npos) << flat[0];
}

TEST(LearnedSelectorTest, ARestatedFactIsNotTakenTwice) {
  const std::vector<std::string> chosen = Choose("learned", FlatImportance(0), kMuseumCluster, 2);
  ASSERT_EQ(chosen.size(), 2u);
  const size_t wing = (chosen[0].find("east wing") != std::string::npos) +
                      (chosen[1].find("east wing") != std::string::npos);
  EXPECT_EQ(wing, 1u) << chosen[0] << " | " << chosen[1];
}

TEST(CoverageSelectorTest, InFillModeASentenceTheTargetCutsEarnsOnlyForTheWordsItKeeps) {
  // Eight words to go: a long sentence covers more, but the cut keeps only its first eight
  // words; per word a short one is worth more, and comes first.
  const std::vector<std::string_view> texts = {
      "The city museum will close in March. The east wing of the city museum needs roof repairs "
      "that will cost four million dollars, the gallery director said on Monday, and visitors "
      "will use the west wing entrance while the east wing roof repairs go on.",
      "The city museum will close in March, officials said. East wing roof repairs at the city "
      "museum will cost four million dollars, the gallery director said, and visitors will use "
      "the west wing entrance.",
      "Officials said the city museum will close in March. The gallery director said the east "
      "wing roof repairs will cost four million dollars and visitors will use the west wing "
      "entrance.",
  };
  SummarizerModel model;
  ClusterAnalyzer analyzer(&model.boilerplate);
  ClusterAnalysis cluster;
  analyzer.Analyze(texts, "en", &cluster);
  WordLimit limit;
  limit.fill = true;
  limit.target_words = 8;
  Selection selection;
  CreateSelector("coverage", model)->Select(cluster, limit, &selection);
  ASSERT_FALSE(selection.chosen.empty());
  const AnalyzedSentence& s = cluster.sentences[selection.chosen[0]];
  EXPECT_LE(s.words, 10u) << texts[static_cast<size_t>(s.doc)].substr(s.begin, s.end - s.begin);
}

}  // namespace
}  // namespace precis::summarize
