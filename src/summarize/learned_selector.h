// LearnedSelector: ranks sentences by the importance model learned from reference summaries
// (SentenceFeatures x the model's weights) and takes them in order, skipping near-repeats.
#ifndef PRECIS_SUMMARIZE_LEARNED_SELECTOR_H_
#define PRECIS_SUMMARIZE_LEARNED_SELECTOR_H_

#include "summarize/selector.h"

namespace precis::summarize {

class LearnedSelector : public SentenceSelector {
 public:
  explicit LearnedSelector(const SummarizerModel& model) : model_(model) {}
  std::string_view name() const override { return "learned"; }
  void Select(const ClusterAnalysis& cluster, const WordLimit& limit,
              Selection* out) const override;

 private:
  const SummarizerModel& model_;
};

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_LEARNED_SELECTOR_H_
