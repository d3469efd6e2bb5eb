// SentenceFeatures: the description of a sentence the learned importance model reads. The same
// functions compute them for the trainer and the runtime alike, so what was learned is what is
// applied. Two parts:
//  - dense features of position, length and agreement across the cluster, bucketed (one-hot)
//    where the effect is not linear (position, length);
//  - the sentence's words: a weight per frequent word form, applied to the set of its distinct
//    words scaled to unit length (1/sqrt(distinct words) each). Words say what kind of sentence
//    it is: "photo", "file", "your", "click" mark captions and prompts, "said", "told",
//    "arrested" mark reported facts, in any cluster.
#ifndef PRECIS_SUMMARIZE_SENTENCE_FEATURES_H_
#define PRECIS_SUMMARIZE_SENTENCE_FEATURES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/flat_hash_map.h"
#include "summarize/cluster_analysis.h"
#include "summarize/model.h"

namespace precis::summarize {

// Feature names, in the order of the vectors below (model parameters: kFeatureWeightPrefix).
const std::vector<std::string>& SentenceFeatureNames();

// One row per sentence of `cluster` (row-major, SentenceFeatureNames().size() columns).
void ComputeSentenceFeatures(const ClusterAnalysis& cluster, std::vector<float>* rows);

// The distinct words of sentence `i` of `cluster`, as the hashes of their folded forms
// (text::HashFoldedWord), ascending.
void SentenceWordSet(const ClusterAnalysis& cluster, size_t i, std::vector<uint64_t>* out);

// Model parameter names: kFeatureWeightPrefix + "<feature name>" for the dense weights,
// kWordWeightPrefix + "<folded word>" for the word weights.
inline constexpr std::string_view kFeatureWeightPrefix = "sentence.w.";
inline constexpr std::string_view kWordWeightPrefix = "sentence.word.";

// The learned importance of sentences: the model's weights applied to their features, a
// predicted share of a sentence's words and bigrams that a reference summary states. Built once
// per model (it indexes the word weights); Score is thread-safe.
class SentenceScorer {
 public:
  explicit SentenceScorer(const SummarizerModel& model);
  // One score per sentence of `cluster`; all zeros when the model has no sentence weights.
  std::vector<double> Score(const ClusterAnalysis& cluster) const;

 private:
  std::vector<double> weights_;  // by SentenceFeatureNames()
  U64Map word_index_;            // HashFoldedWord -> index into word_weights_
  std::vector<double> word_weights_;
  bool any_ = false;
};

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_SENTENCE_FEATURES_H_
