// StoryLinkModel: the learned probability that two articles of an archive report the same event.
//
// Raw TF-IDF cosine is a poor judge on its own: two long articles on busy topics share many words
// by chance, a short report of a rare event is close to few others, even its own event's, and a
// pair held together by one rare name differs from one that shares a whole vocabulary. So batch
// clustering describes each candidate pair by its cosine seen from both ends (how it ranks among
// each article's neighbours, how it compares with their densest neighbourhoods and their best
// match), the articles' lengths, what the shared terms are like, and how many nearest neighbours
// the two have in common; a logistic regression trained on exploded Multi-News train events
// (TrainStoryLinkModel, kept apart in link_trainer.h) turns that into a probability.
//
// The weights live in the summarizer's model file as parameters "story.link.<feature name>" and
// "story.link.bias". A model without them leaves batch clustering on (neighbourhood-scaled)
// cosine alone.
#ifndef PRECIS_CLUSTER_LINK_MODEL_H_
#define PRECIS_CLUSTER_LINK_MODEL_H_

#include <array>
#include <cstddef>
#include <vector>

#include "cluster/article_profile.h"
#include "cluster/batch_clusterer.h"
#include "cluster/term_vector.h"
#include "summarize/model.h"

namespace precis::cluster {

inline constexpr size_t kLinkFeatures = 17;
using LinkFeatures = std::array<float, kLinkFeatures>;

// The features' names, in LinkFeatures order (each weight's parameter is "story.link.<name>").
extern const char* const kLinkFeatureNames[kLinkFeatures];

// What the model's probability is worth as similarity: a pair at kLinkProbabilityAtThreshold
// counts as kEvidenceUnit (batch_clusterer.h). Batch clustering only ever raises an
// edge to this value, never lowers it: the model learned from Multi-News's small events of
// truncated articles, and its low probabilities do not carry over to archives of long articles
// in large events (DUC 2006: 25 full-text articles a topic), where trusting them split every
// topic (BCubed F1 0.57 -> 0.10), while its high ones still hold. 0.3 tuned on exploded
// Multi-News val and the mixed stream.
inline constexpr double kLinkProbabilityAtThreshold = 0.3;
inline double LinkEvidence(double probability) {
  return kEvidenceUnit * probability / kLinkProbabilityAtThreshold;
}

// Whether an edge is a copy link (near-duplicate texts), which is kept at similarity 1 and never
// scored by the model.
inline bool IsCopyLink(const SimilarityEdge& e) { return e.similarity >= 1.0f; }

// The features of every edge of the candidate graph `edges` (each pair once, a < b) over articles
// with `profiles` and TF-IDF `vectors`. Neighbourhood features are read from the graph itself, so
// the features of a pair depend on the whole archive, deterministically.
void ComputeLinkFeatures(const std::vector<ArticleProfile>& profiles,
                         const std::vector<TermVector>& vectors,
                         const std::vector<SimilarityEdge>& edges,
                         std::vector<LinkFeatures>* features);

class StoryLinkModel {
 public:
  // Reads the weights from `model`; false (and an untrained model) when any is missing.
  bool Load(const summarize::SummarizerModel& model);
  bool trained() const { return trained_; }

  // The probability that the pair is of one event.
  float Probability(const LinkFeatures& features) const;

  // Writes the weights into `model`.
  static void Store(const std::array<double, kLinkFeatures>& weights, double bias,
                    summarize::SummarizerModel* model);

 private:
  std::array<double, kLinkFeatures> weights_{};
  double bias_ = 0;
  bool trained_ = false;
};

}  // namespace precis::cluster

#endif  // PRECIS_CLUSTER_LINK_MODEL_H_
