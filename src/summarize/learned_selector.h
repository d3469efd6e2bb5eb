// LearnedSelector: the default method. Each sentence's importance comes from the model learned
// from reference summaries (SentenceScorer: the model's weights over a sentence's features and
// words, predicting how much of a reference its words and bigrams state, per word); the summary is
// the set of sentences with the most importance plus coverage of what the sources agree on
// (concepts weighted by how many documents carry them), chosen by the coverage greedy
// (SelectByCoverage). Importance alone ranks well but repeats a cluster's core fact in many
// wordings; coverage alone cannot tell a lead from a caption-like aside. Together they beat both on
// Multi-News val and DUC 2006.
#ifndef PRECIS_SUMMARIZE_LEARNED_SELECTOR_H_
#define PRECIS_SUMMARIZE_LEARNED_SELECTOR_H_

#include "summarize/selector.h"
#include "summarize/sentence_features.h"

namespace precis::summarize {

class LearnedSelector : public SentenceSelector {
 public:
  explicit LearnedSelector(const SummarizerModel& model) : model_(model), scorer_(model) {}
  std::string_view name() const override { return "learned"; }
  void Select(const ClusterAnalysis& cluster, const WordLimit& limit,
              Selection* out) const override;

 private:
  const SummarizerModel& model_;
  SentenceScorer scorer_;
};

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_LEARNED_SELECTOR_H_
