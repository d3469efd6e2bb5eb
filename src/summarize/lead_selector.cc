#include "summarize/lead_selector.h"

namespace precis::summarize {

void LeadSelector::Select(const ClusterAnalysis& cluster, const WordLimit& limit,
                          Selection* out) const {
  std::vector<double> scores(cluster.sentences.size());
  for (size_t i = 0; i < scores.size(); ++i) {
    scores[i] = 1.0 / (1.0 + cluster.sentences[i].position);
  }
  SelectByScore(cluster, limit, scores, /*max_similarity=*/0.6, out);
}

}  // namespace precis::summarize
