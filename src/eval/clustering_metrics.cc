#include "eval/clustering_metrics.h"

#include <algorithm>
#include <map>
#include <utility>

namespace precis::eval {
namespace {
double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }
double Pairs(double n) { return n * (n - 1) / 2; }
}  // namespace

ClusteringScores ScoreClustering(const std::vector<uint64_t>& gold,
                                 const std::vector<uint64_t>& predicted) {
  ClusteringScores s;
  const size_t n = std::min(gold.size(), predicted.size());
  s.items = n;
  if (n == 0) return s;
  std::map<uint64_t, size_t> gold_size, predicted_size;
  std::map<std::pair<uint64_t, uint64_t>, size_t> joint;
  for (size_t i = 0; i < n; ++i) {
    ++gold_size[gold[i]];
    ++predicted_size[predicted[i]];
    ++joint[{gold[i], predicted[i]}];
  }
  s.gold_clusters = gold_size.size();
  s.predicted_clusters = predicted_size.size();
  // Every item of a (gold, predicted) cell has the same precision and recall contribution.
  double precision = 0, recall = 0, true_pairs = 0, gold_pairs = 0, predicted_pairs = 0;
  for (const auto& [key, count] : joint) {
    const double c = static_cast<double>(count);
    precision += c * c / static_cast<double>(predicted_size[key.second]);
    recall += c * c / static_cast<double>(gold_size[key.first]);
    true_pairs += Pairs(c);
  }
  for (const auto& [label, count] : gold_size) gold_pairs += Pairs(static_cast<double>(count));
  for (const auto& [label, count] : predicted_size) {
    predicted_pairs += Pairs(static_cast<double>(count));
  }
  s.bcubed_precision = precision / static_cast<double>(n);
  s.bcubed_recall = recall / static_cast<double>(n);
  s.bcubed_f1 = F1(s.bcubed_precision, s.bcubed_recall);
  s.pairwise_precision = predicted_pairs > 0 ? true_pairs / predicted_pairs : 1;
  s.pairwise_recall = gold_pairs > 0 ? true_pairs / gold_pairs : 1;
  s.pairwise_f1 = F1(s.pairwise_precision, s.pairwise_recall);
  return s;
}

}  // namespace precis::eval
