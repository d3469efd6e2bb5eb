// Concept weights and the sentence position prior, shared by the coverage and ILP methods.
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
};

ConceptScoring ScoreConcepts(const ClusterAnalysis& cluster, const SummarizerModel& model);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_CONCEPT_WEIGHTS_H_
