// IlpSelector: exact concept coverage, Gillick & Favre's ICSI formulation solved with GLPK:
//   maximize  sum_c w_c y_c + sum_s prior_s x_s
//   s.t.      sum_s words_s x_s <= budget
//             y_c <= sum_{s contains c} x_s          (a concept counts only if a chosen sentence
//             has it) x_s + x_t <= 1 for near-copies s, t     (redundancy cap)
// over the sentences the greedy ranking puts first (kMaxCandidates). The search is bounded by a
// count of branch-and-bound nodes (kMaxNodes), so a hard instance returns the best solution found
// rather than hang, and the same one on any machine; with none found, the greedy coverage
// selection stands in. A time limit far above the node bound's cost guards against pathological
// instances only. In fill mode the optimum under the target is topped up greedily until the
// target is reached.
#ifndef PRECIS_SUMMARIZE_ILP_SELECTOR_H_
#define PRECIS_SUMMARIZE_ILP_SELECTOR_H_

#include "summarize/selector.h"

namespace precis::summarize {

class IlpSelector : public SentenceSelector {
 public:
  explicit IlpSelector(const SummarizerModel& model) : model_(model) {}
  std::string_view name() const override { return "ilp"; }
  void Select(const ClusterAnalysis& cluster, const WordLimit& limit,
              Selection* out) const override;

  static constexpr size_t kMaxCandidates = 80;
  static constexpr int kMaxNodes = 50;
  static constexpr int kTimeLimitMs = 10000;

 private:
  const SummarizerModel& model_;
};

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_ILP_SELECTOR_H_
