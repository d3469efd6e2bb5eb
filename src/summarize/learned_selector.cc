#include "summarize/learned_selector.h"

#include "summarize/sentence_features.h"

namespace precis::summarize {

void LearnedSelector::Select(const ClusterAnalysis& cluster, const WordLimit& limit,
                             Selection* out) const {
  std::vector<double> scores = LearnedSentenceScores(cluster, model_);
  SelectByScore(cluster, limit, scores, model_.Param("learned.max_similarity", 0.5), out);
}

}  // namespace precis::summarize
