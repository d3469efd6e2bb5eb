// Attribution: which documents report each summary sentence.
//
// A document supports a sentence when one of its sentences states the same thing: it carries
// most of the sentence's distinctive content (content words weighted by how rare they are in the
// cluster, so the event's ubiquitous words, like the city's name, prove little), more than its
// names, one of its names at least, and every one of its numbers. Wording may differ entirely;
// outlets rarely copy each other. Documents collapsed as copies of a supporting document are cited
// with it.
#ifndef PRECIS_SUMMARIZE_ATTRIBUTION_H_
#define PRECIS_SUMMARIZE_ATTRIBUTION_H_

#include <vector>

#include "precis/summarizer.h"
#include "summarize/cluster_analysis.h"

namespace precis::summarize {

struct Attribution {
  std::vector<int> sources;         // ascending document indices, the sentence's own included
  std::vector<SourceSpan> offsets;  // own span first, then each supporting span by document
};

class Attributor {
 public:
  // `support_threshold`: the share of the sentence's weighted content a supporting sentence
  // must carry.
  Attributor(const ClusterAnalysis& cluster, double support_threshold);

  Attribution Attribute(uint32_t sentence) const;

  // How well sentence b states what sentence a says, in [0, 1]: the rarity-weighted content
  // they share, measured against the shorter of the two; 0 when they share fewer than
  // kMinSharedTerms content words, or fewer than kMinSharedWords that are not names or numbers,
  // when b carries under kMinClaimCoverage of a's content, when a has names and b none of them
  // (a name: a term written capitalized inside at least half the cluster's sentences that hold
  // it), or when b misses one of a's numbers.
  double Support(uint32_t a, uint32_t b) const;

  static constexpr size_t kMinSharedTerms = 4;
  // What a sentence says of its names, not only the names: in a cluster about one topic every
  // sentence names the same film, court or people (on DUC 2006, "Star Wars creator George Lucas"
  // alone made 11 documents support "Which is a good thing for Star Wars creator George Lucas").
  static constexpr size_t kMinSharedWords = 3;
  static constexpr double kMinClaimCoverage = 0.25;

 private:
  const ClusterAnalysis& cluster_;
  double threshold_;
  std::vector<double> idf_;    // per term, from sentence frequency in the cluster
  std::vector<bool> is_name_;  // per term
  std::vector<std::vector<uint32_t>> unique_terms_;  // per sentence, sorted
};

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_ATTRIBUTION_H_
