// Batch clustering of a whole archive (ClusterArchive in precis/story_clusterer.h).
//
// Every article is compared with its likely neighbours (candidates from an inverted index over
// heavy terms, then exact TF-IDF cosine with document frequencies of the whole archive), near-
// copies are linked outright, each edge is raised to its neighbourhood-scaled value where that is
// higher (AddNeighbourhoodScaling) and, in turn, to what the learned probability that the pair
// reports one event is worth (StoryLinkModel, link_model.h), and the resulting sparse graph is
// clustered by agglomeration: two groups merge while their linkage (GroupLinkage: the summed
// similarity over all their cross pairs, missing pairs counting as 0, over the product of their
// sizes to the power 0.9, so nearly their mean) stays above the threshold. Unlike a single pass,
// no article is judged before the evidence after it is in, and a story cannot grow by chaining
// through one similar member.
#ifndef PRECIS_CLUSTER_BATCH_CLUSTERER_H_
#define PRECIS_CLUSTER_BATCH_CLUSTERER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "cluster/article_profile.h"
#include "cluster/story_assembly.h"
#include "cluster/term_vector.h"

namespace precis::cluster {

// The default linkage (GroupLinkage) at which two groups merge, tuned on exploded Multi-News
// events, DUC 2006 and the two mixed.
inline constexpr double kDefaultMergeThreshold = 0.23;

// The cosine in which evidence beyond plain cosine is expressed: a pair at 1.1 times its
// neighbourhoods' density (AddNeighbourhoodScaling) or at link probability
// kLinkProbabilityAtThreshold (link_model.h) is worth this much. Both were tuned when this was
// also the merge threshold; raising the threshold alone (to 0.23, with group sizes weighed by
// kGroupSizeExponent) kept them at their worth, which measured better than scaling them along
// (exploded Multi-News val B3-F1 0.8196 against 0.8040).
inline constexpr double kEvidenceUnit = 0.18;

struct SimilarityEdge {
  uint32_t a = 0;  // a < b
  uint32_t b = 0;
  float similarity = 0;
};

// The candidate graph of an archive of articles with `profiles`, TF-IDF `vectors` and publication
// `days` (kNoDay when unknown): near-copies linked outright at similarity 1 (and united in
// `copies`, which gets one entry per article), and each article's strongest TF-IDF cosines to
// candidates found through an inverted index over its heaviest terms. Pairs whose days are more
// than `quiet_days` apart are not linked. Each pair once (a < b), sorted by (a, b); deterministic
// whatever the number of `threads`.
void BuildCandidateGraph(const std::vector<ArticleProfile>& profiles,
                         const std::vector<TermVector>& vectors, const std::vector<int32_t>& days,
                         double quiet_days, int threads, CopyGroups* copies,
                         std::vector<SimilarityEdge>* edges);

// An article's neighbourhood: its kNeighbourhoodSize strongest edges.
inline constexpr size_t kNeighbourhoodSize = 10;

// Each node's neighbourhood density: the mean similarity of its neighbourhood's edges, missing
// ones counting 0.
void NeighbourhoodDensities(size_t nodes, const std::vector<SimilarityEdge>& edges,
                            std::vector<double>* density);

// What a pair's similarity is divided by to scale it to its ends' neighbourhoods: the geometric
// mean of their densities, the product floored so that an article with next to no neighbours is
// not made similar to everything.
double NeighbourhoodScale(double density_a, double density_b);

// Raises each edge's similarity to its locally scaled value where that is higher: the cosine
// divided by the geometric mean of the two ends' neighbourhood densities (the mean similarity of
// a node's nearest neighbours, from the edges themselves), times a constant that maps the scaled
// range onto cosine's. Raw cosine is not comparable across articles: a short article on a rare
// event is close to few others, even its own event's, while a long one on a busy topic is close
// to many. Scaling alone ("local scaling", as in self-tuning spectral clustering and the CSLS
// hubness correction) would split large stories, whose members' nearest neighbours are each
// other, so it only ever adds evidence to the plain cosine.
void AddNeighbourhoodScaling(size_t nodes, std::vector<SimilarityEdge>* edges);

// Agglomeration of `nodes` nodes over `edges` (each pair at most once): the two groups with the
// highest GroupLinkage merge, while it reaches `threshold`. Writes each node's group as the
// smallest node number in it. Deterministic: ties merge the pair with the
// smallest numbers first.
void AgglomerateGroups(size_t nodes, const std::vector<SimilarityEdge>& edges, double threshold,
                       std::vector<uint32_t>* group);

}  // namespace precis::cluster

#endif  // PRECIS_CLUSTER_BATCH_CLUSTERER_H_
