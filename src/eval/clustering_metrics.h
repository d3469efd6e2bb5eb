// Clustering quality against gold labels: BCubed (Bagga & Baldwin 1998; Amigó et al. 2009) and
// pairwise precision/recall, the two figures event-clustering papers report.
#ifndef PRECIS_EVAL_CLUSTERING_METRICS_H_
#define PRECIS_EVAL_CLUSTERING_METRICS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace precis::eval {

struct ClusteringScores {
  double bcubed_precision = 0, bcubed_recall = 0, bcubed_f1 = 0;
  double pairwise_precision = 0, pairwise_recall = 0, pairwise_f1 = 0;
  size_t items = 0, gold_clusters = 0, predicted_clusters = 0;
};

// `gold[i]` and `predicted[i]` label item i; labels are arbitrary integers. BCubed precision is
// the mean over items of the share of its predicted cluster that shares its gold label; recall
// the mean share of its gold cluster that shares its predicted cluster (each item counts itself).
// Pairwise figures count unordered pairs of distinct items. An empty input scores 0.
ClusteringScores ScoreClustering(const std::vector<uint64_t>& gold,
                                 const std::vector<uint64_t>& predicted);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_CLUSTERING_METRICS_H_
