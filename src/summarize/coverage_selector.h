// CoverageSelector: the default method. Chooses the set of sentences that covers the most
// concept weight within the budget, as a budgeted monotone submodular maximization solved
// greedily with cost scaling (Lin & Bilmes 2010/2011): repeatedly take the sentence with the best
// gain per word of uncovered concept weight plus its position prior, then compare with the best
// single sentence. A concept counts once however many chosen sentences state it, which is what
// keeps the summary free of repeats; a cosine cap additionally rejects near-copies.
// Linear in the cluster per step, so it meets the batch speed targets where an exact ILP cannot.
#ifndef PRECIS_SUMMARIZE_COVERAGE_SELECTOR_H_
#define PRECIS_SUMMARIZE_COVERAGE_SELECTOR_H_

#include "summarize/selector.h"

namespace precis::summarize {

class CoverageSelector : public SentenceSelector {
 public:
  explicit CoverageSelector(const SummarizerModel& model) : model_(model) {}
  std::string_view name() const override { return "coverage"; }
  void Select(const ClusterAnalysis& cluster, const WordLimit& limit,
              Selection* out) const override;

 private:
  const SummarizerModel& model_;
};

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_COVERAGE_SELECTOR_H_
