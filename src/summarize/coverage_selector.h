// CoverageSelector: chooses the set of sentences that covers the most concept weight within the
// budget, as a budgeted monotone submodular maximization solved greedily with cost scaling (Lin &
// Bilmes 2010/2011): repeatedly take the sentence with the best gain per word of uncovered concept
// weight plus its own value (here the position prior). A concept counts once however many chosen
// sentences state it, which is what keeps the summary free of repeats; a cosine cap additionally
// rejects near-copies. Linear in the cluster per step, so it meets the batch speed targets where
// an exact ILP cannot. The learned method runs the same greedy with a learned sentence value.
#ifndef PRECIS_SUMMARIZE_COVERAGE_SELECTOR_H_
#define PRECIS_SUMMARIZE_COVERAGE_SELECTOR_H_

#include "summarize/concept_weights.h"
#include "summarize/selector.h"

namespace precis::summarize {

// The greedy shared by coverage methods: a sentence's gain is scoring.sentence_prior[i] plus the
// weight of its concepts not yet covered; the sentence with the best gain per effective word
// (words^length_exponent) is taken unless its cosine with a chosen one exceeds max_similarity
// (then it is set aside), until the limit is reached or no sentence has a positive gain. Ties keep
// the earlier sentence. out->scores holds each chosen sentence's gain when taken.
void SelectByCoverage(const ClusterAnalysis& cluster, const WordLimit& limit,
                      const ConceptScoring& scoring, Selection* out);

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
