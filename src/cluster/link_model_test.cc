#include "cluster/link_model.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "cluster/link_trainer.h"

namespace precis::cluster {
namespace {

size_t Index(const char* name) {
  for (size_t k = 0; k < kLinkFeatures; ++k) {
    if (std::string(kLinkFeatureNames[k]) == name) return k;
  }
  ADD_FAILURE() << "no feature " << name;
  return 0;
}

TEST(LinkFeaturesTest, ReadEachPairFromBothEnds) {
  // Three articles: 0 and 1 close, 2 loosely tied to both.
  std::vector<ArticleProfile> profiles(3);
  profiles[0].content_words = 100;
  profiles[1].content_words = 300;
  profiles[2].content_words = 50;
  std::vector<TermVector> vectors = {
      {{1, 0.8f}, {2, 0.6f}},
      {{1, 0.6f}, {2, 0.8f}},
      {{2, 0.6f}, {3, 0.8f}},
  };
  const std::vector<SimilarityEdge> edges = {{0, 1, 0.6f}, {0, 2, 0.2f}, {1, 2, 0.3f}};
  std::vector<LinkFeatures> f;
  ComputeLinkFeatures(profiles, vectors, edges, &f);
  ASSERT_EQ(f.size(), 3u);
  EXPECT_FLOAT_EQ(f[1][Index("cosine")], 0.2f);
  EXPECT_FLOAT_EQ(f[1][Index("log_cosine")], std::log(0.2f));
  // Pair (0, 2): second strongest at both ends.
  EXPECT_FLOAT_EQ(f[1][Index("log_rank_min")], std::log1p(1.0f));
  EXPECT_FLOAT_EQ(f[1][Index("log_rank_max")], std::log1p(1.0f));
  // 0.2 of 0's best (0.6) and of 2's best (0.3).
  EXPECT_FLOAT_EQ(f[1][Index("share_of_best_min")], 0.2f / 0.6f);
  EXPECT_FLOAT_EQ(f[1][Index("share_of_best_max")], 0.2f / 0.3f);
  // Pair (0, 1): the strongest of each; both have 2 as a neighbour.
  EXPECT_FLOAT_EQ(f[0][Index("log_rank_max")], 0.0f);
  EXPECT_FLOAT_EQ(f[0][Index("shared_neighbours")], 1.0f);
  EXPECT_FLOAT_EQ(f[0][Index("log_words_min")], std::log1p(100.0f));
  EXPECT_FLOAT_EQ(f[0][Index("log_words_max")], std::log1p(300.0f));
  EXPECT_FLOAT_EQ(f[0][Index("log_shared_terms")], std::log1p(2.0f));
  EXPECT_FLOAT_EQ(f[0][Index("largest_term")], 0.8f * 0.6f);
  // Density: the mean of the 10 strongest, missing ones counting 0.
  EXPECT_FLOAT_EQ(f[0][Index("density_min")], (0.6f + 0.2f) / 10);
  EXPECT_FLOAT_EQ(f[0][Index("density_max")], (0.6f + 0.3f) / 10);
}

TEST(StoryLinkModelTest, WeightsRoundTripThroughTheModelFile) {
  summarize::SummarizerModel model;
  StoryLinkModel link;
  EXPECT_FALSE(link.Load(model));
  EXPECT_FALSE(link.trained());
  std::array<double, kLinkFeatures> weights{};
  weights[Index("cosine")] = 10;
  StoryLinkModel::Store(weights, -3, &model);
  ASSERT_TRUE(link.Load(model));
  LinkFeatures f{};
  f[Index("cosine")] = 0.3f;
  EXPECT_NEAR(link.Probability(f), 0.5, 1e-6);
  f[Index("cosine")] = 0.5f;
  EXPECT_NEAR(link.Probability(f), 1 / (1 + std::exp(-2.0)), 1e-6);
  model.params.erase("story.link.bias");
  EXPECT_FALSE(link.Load(model));
}

// Multi-News layout files of `events` synthetic events: each event's 2-3 articles share the
// event's own rare words, amid words common to all.
void WriteEvents(const std::filesystem::path& dir, size_t events) {
  std::ofstream src(dir / "train.src"), tgt(dir / "train.tgt");
  std::mt19937_64 random(7);
  const char* common[] = {"the",  "officials", "said",       "city", "report", "people",
                          "year", "police",    "government", "week", "state",  "news"};
  for (size_t e = 0; e < events; ++e) {
    const size_t articles = 2 + random() % 2;
    for (size_t a = 0; a < articles; ++a) {
      if (a) src << " ||||| ";
      for (int w = 0; w < 60; ++w) {
        if (random() % 3 == 0) {
          src << "zq" << e << "x" << random() % 6 << " ";
        } else {
          src << common[random() % 12] << " ";
        }
      }
    }
    src << "\n";
    tgt << "summary of event " << e << "\n";
  }
}

TEST(LinkTrainerTest, LearnsToTellEventMatesApartDeterministically) {
  const auto dir = std::filesystem::temp_directory_path() / "precis_link_trainer_test";
  std::filesystem::create_directories(dir);
  WriteEvents(dir, 120);
  LinkTrainerOptions options;
  options.src = (dir / "train.src").string();
  options.tgt = (dir / "train.tgt").string();
  options.events_per_archive = 60;
  options.archives = 2;
  options.threads = 2;
  summarize::SummarizerModel first, second;
  std::string report;
  ASSERT_TRUE(TrainStoryLinkModel(options, &first, &report).ok()) << report;
  EXPECT_NE(report.find("from 120 events in archives of 60"), std::string::npos) << report;
  StoryLinkModel link;
  ASSERT_TRUE(link.Load(first));
  const size_t auc = report.find("AUC ");
  ASSERT_NE(auc, std::string::npos);
  EXPECT_GT(std::stod(report.substr(auc + 4)), 0.9) << report;
  options.threads = 1;
  ASSERT_TRUE(TrainStoryLinkModel(options, &second, &report).ok());
  EXPECT_EQ(first.params, second.params);
  std::filesystem::remove_all(dir);
}

TEST(LinkTrainerTest, MissingDataIsAnError) {
  LinkTrainerOptions options;
  options.src = "/nonexistent/train.src";
  options.tgt = "/nonexistent/train.tgt";
  summarize::SummarizerModel model;
  std::string report;
  EXPECT_FALSE(TrainStoryLinkModel(options, &model, &report).ok());
}

}  // namespace
}  // namespace precis::cluster
