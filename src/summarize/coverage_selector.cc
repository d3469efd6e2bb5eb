#include "summarize/coverage_selector.h"

#include <cmath>

namespace precis::summarize {

void SelectByCoverage(const ClusterAnalysis& cluster, const WordLimit& limit,
                      const ConceptScoring& scoring, Selection* out) {
  const auto& sentences = cluster.sentences;
  std::vector<uint8_t> covered(cluster.num_concepts, 0);
  std::vector<uint8_t> taken(sentences.size(), 0);
  std::vector<uint8_t> chosen(sentences.size(), 0);
  // Dangling sentences are candidates too: one may be chosen once its antecedent is.
  std::vector<uint32_t> candidates;
  for (uint32_t i = 0; i < sentences.size(); ++i) {
    if (sentences[i].eligible) candidates.push_back(i);
  }
  auto gain_of = [&](uint32_t i) {
    double g = scoring.sentence_prior[i];
    for (uint32_t c : sentences[i].concepts) {
      if (!covered[c]) g += scoring.concept_weight[c];
    }
    return g;
  };
  uint32_t words = 0;
  while (!limit.Full(words, static_cast<uint32_t>(out->chosen.size()))) {
    double best_ratio = -1;
    double best_gain = 0;
    uint32_t best = 0;
    bool found = false;
    for (uint32_t i : candidates) {
      if (taken[i] || !SelectableAfter(cluster, i, chosen)) continue;
      const AnalyzedSentence& s = sentences[i];
      if (!limit.Admits(words, static_cast<uint32_t>(out->chosen.size()), s.words)) continue;
      double gain = gain_of(i);
      // Per word of the sentence, even when the target cuts it (fill mode): what is cut earns
      // nothing, so its gain per word is what the words that remain earn.
      double cost = std::max<uint32_t>(1, s.words);
      double ratio = gain / std::pow(cost, scoring.length_exponent);
      if (ratio > best_ratio) {  // strict: ties keep the earlier sentence
        best_ratio = ratio;
        best_gain = gain;
        best = i;
        found = true;
      }
    }
    if (!found || best_gain <= 0) break;
    taken[best] = 1;
    if (SimilarToAnyChosen(cluster, best, out->chosen, scoring.max_similarity)) continue;
    for (uint32_t c : sentences[best].concepts) covered[c] = 1;
    chosen[best] = 1;
    out->chosen.push_back(best);
    out->scores.push_back(best_gain);
    words += sentences[best].words;
  }
}

void CoverageSelector::Select(const ClusterAnalysis& cluster, const WordLimit& limit,
                              Selection* out) const {
  SelectByCoverage(cluster, limit, ScoreConcepts(cluster, model_), out);
}

}  // namespace precis::summarize
