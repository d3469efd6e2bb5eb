#include "eval/clustering_metrics.h"

#include <gtest/gtest.h>

namespace precis::eval {
namespace {

TEST(ClusteringMetricsTest, PerfectAndKnownValues) {
  ClusteringScores perfect = ScoreClustering({1, 1, 2, 2, 3}, {7, 7, 5, 5, 9});
  EXPECT_DOUBLE_EQ(perfect.bcubed_f1, 1.0);
  EXPECT_DOUBLE_EQ(perfect.pairwise_f1, 1.0);
  // Gold {a,b,c} {d}; predicted {a,b} {c,d}.
  ClusteringScores s = ScoreClustering({0, 0, 0, 1}, {0, 0, 1, 1});
  // Precision per item: a 1, b 1, c 1/2, d 1/2 -> 0.75. Recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3.
  EXPECT_DOUBLE_EQ(s.bcubed_precision, 0.75);
  EXPECT_DOUBLE_EQ(s.bcubed_recall, 2.0 / 3.0);
  // Pairs: predicted {ab, cd}, gold {ab, ac, bc}: one true pair.
  EXPECT_DOUBLE_EQ(s.pairwise_precision, 0.5);
  EXPECT_DOUBLE_EQ(s.pairwise_recall, 1.0 / 3.0);
  EXPECT_EQ(s.gold_clusters, 2u);
  EXPECT_EQ(s.predicted_clusters, 2u);
  // All singletons: BCubed precision 1, recall 1/cluster size.
  ClusteringScores singletons = ScoreClustering({0, 0}, {0, 1});
  EXPECT_DOUBLE_EQ(singletons.bcubed_precision, 1.0);
  EXPECT_DOUBLE_EQ(singletons.bcubed_recall, 0.5);
  EXPECT_EQ(ScoreClustering({}, {}).items, 0u);
}

}  // namespace
}  // namespace precis::eval
