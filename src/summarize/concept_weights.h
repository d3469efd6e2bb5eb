// Concept weights and the sentence position prior, shared by the coverage, ILP and learned methods.
//
// A concept is a stemmed content word or a bigram of adjacent stemmed words (not two stop words).
// Its weight says how much a summary gains by stating it: concepts that several documents carry
// are what the sources agree on (Gillick & Favre 2009 weight by document frequency); concepts that
// appear early in an article are what its writer thought most important (news leads carry the
// event). All coefficients come from the SummarizerModel, with defaults tuned on Multi-News val.
#ifndef PRECIS_SUMMARIZE_CONCEPT_WEIGHTS_H_
#define PRECIS_SUMMARIZE_CONCEPT_WEIGHTS_H_

#include <vector>

#include "summarize/cluster_analysis.h"
#include "summarize/model.h"

namespace precis::summarize {

struct ConceptScoring {
  std::vector<double> concept_weight;  // per concept id
  std::vector<double> sentence_prior;  // per sentence: position prior, added once if chosen
  double length_exponent = 1.0;        // greedy gain is divided by words^length_exponent
  double max_similarity = 0.5;         // redundancy cap: cosine above this is a repeat
  // The mean weight of a concept occurrence in the cluster's sentences: the scale on which a
  // sentence-level value (the prior, a learned importance) is made comparable to concept weight
  // across clusters of different sizes.
  double mean_concept_weight = 1.0;
};

// Whether concept weights carry position evidence. The coverage and ILP methods weigh concepts
// that first appear early in an article up, as their only sense of the news lead; the learned
// method leaves position to its sentence model, which has learned it from reference summaries
// (counting it twice cost ROUGE on both Multi-News and DUC 2006).
enum class LeadWeighting { kBoostEarlyConcepts, kNone };

ConceptScoring ScoreConcepts(const ClusterAnalysis& cluster, const SummarizerModel& model,
                             LeadWeighting lead = LeadWeighting::kBoostEarlyConcepts);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_CONCEPT_WEIGHTS_H_
