// SentenceFeatures: the description of a sentence the learned importance model reads. One
// function computes them for the trainer and the runtime alike, so what was learned is what is
// applied. Features are bucketed (one-hot) where the effect is not linear (position, length).
#ifndef PRECIS_SUMMARIZE_SENTENCE_FEATURES_H_
#define PRECIS_SUMMARIZE_SENTENCE_FEATURES_H_

#include <string>
#include <vector>

#include "summarize/cluster_analysis.h"
#include "summarize/model.h"

namespace precis::summarize {

// Feature names, in the order of the vectors below; model parameters are "sentence.w.<name>".
const std::vector<std::string>& SentenceFeatureNames();

// One row per sentence of `cluster` (row-major, SentenceFeatureNames().size() columns).
void ComputeSentenceFeatures(const ClusterAnalysis& cluster, std::vector<float>* rows);

// The learned importance of every sentence: the model's weights applied to its features. All
// zeros when the model has no sentence weights.
std::vector<double> LearnedSentenceScores(const ClusterAnalysis& cluster,
                                          const SummarizerModel& model);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_SENTENCE_FEATURES_H_
