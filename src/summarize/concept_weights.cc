#include "summarize/concept_weights.h"

#include <cmath>

namespace precis::summarize {

ConceptScoring ScoreConcepts(const ClusterAnalysis& cluster, const SummarizerModel& model,
                             LeadWeighting lead) {
  const double single_doc = model.Param("concept.single_doc", 0.15);
  const double unigram = model.Param("concept.unigram", 0.5);
  const double lead_boost =
      lead == LeadWeighting::kNone ? 0.0 : model.Param("concept.lead_boost", 1.0);
  const double prior_weight = model.Param("sentence.prior", 0.5);
  const double prior_decay = model.Param("sentence.prior_decay", 3.0);

  ConceptScoring scoring;
  scoring.length_exponent = model.Param("greedy.length_exponent", 1.0);
  scoring.max_similarity = model.Param("greedy.max_similarity", 0.5);
  const size_t docs = cluster.usable_docs;
  scoring.concept_weight.resize(cluster.num_concepts);
  for (uint32_t c = 0; c < cluster.num_concepts; ++c) {
    double df = cluster.concept_df[c];
    double tf = cluster.concept_tf[c];
    double base;
    if (docs >= 2) {
      base = df >= 2 ? df - 1 : single_doc * std::min(tf, 3.0);
    } else {
      base = tf >= 2 ? tf - 1 : single_doc;  // one article: repetition within it
    }
    double first = cluster.concept_first[c];
    double w = base * (cluster.concept_is_bigram[c] ? 1.0 : unigram) *
               (1.0 + lead_boost * (1.0 - first) * (1.0 - first));
    scoring.concept_weight[c] = w;
  }
  // The prior is scaled by the mean weight of a sentence's concepts so it stays comparable
  // across clusters of different sizes.
  double total = 0;
  size_t count = 0;
  for (const AnalyzedSentence& s : cluster.sentences) {
    for (uint32_t c : s.concepts) total += scoring.concept_weight[c];
    count += s.concepts.size();
  }
  const double mean = count ? total / count : 1.0;
  scoring.mean_concept_weight = mean;
  scoring.sentence_prior.resize(cluster.sentences.size());
  for (size_t i = 0; i < cluster.sentences.size(); ++i) {
    scoring.sentence_prior[i] =
        prior_weight * mean * 10.0 *
        std::exp(-static_cast<double>(cluster.sentences[i].position) / prior_decay);
  }
  return scoring;
}

}  // namespace precis::summarize
