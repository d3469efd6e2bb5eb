// LexRankSelector: continuous LexRank (Erkan & Radev 2004). Sentences are nodes of a graph
// weighted by TF-IDF cosine similarity; a sentence is central when many central sentences
// resemble it (the stationary distribution of a random walk with damping). Central sentences are
// then taken in order, skipping near-repeats.
#ifndef PRECIS_SUMMARIZE_LEXRANK_SELECTOR_H_
#define PRECIS_SUMMARIZE_LEXRANK_SELECTOR_H_

#include "summarize/selector.h"

namespace precis::summarize {

class LexRankSelector : public SentenceSelector {
 public:
  std::string_view name() const override { return "lexrank"; }
  void Select(const ClusterAnalysis& cluster, const WordLimit& limit,
              Selection* out) const override;

  // The graph is quadratic in sentences: beyond this many, only the earliest sentences of each
  // document (taken in turn) enter it, which bounds time and memory on huge clusters.
  static constexpr size_t kMaxGraphSentences = 1500;
};

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_LEXRANK_SELECTOR_H_
