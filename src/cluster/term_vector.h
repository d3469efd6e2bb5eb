// Term vectors: TF-IDF weighted content terms of articles and stories, and the document
// frequencies the weights come from.
#ifndef PRECIS_CLUSTER_TERM_VECTOR_H_
#define PRECIS_CLUSTER_TERM_VECTOR_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/flat_hash_map.h"
#include "cluster/article_profile.h"

namespace precis::cluster {

struct WeightedTerm {
  uint64_t term = 0;
  float weight = 0;
};

// Sorted ascending by term, unique.
using TermVector = std::vector<WeightedTerm>;

// Terms an article keeps: the heaviest. Beyond about a hundred, terms add cost, not evidence.
inline constexpr size_t kMaxArticleTerms = 100;

// In how many articles each term occurs, over all articles counted so far.
//
// Frequencies from a short stream mislead: in ten reports of one event, the event's own words
// ("sanctuary", "injunction") occur in every article and would weigh nothing. So the counts are
// smoothed with kPriorArticles pseudo-articles containing none of the terms: in a short stream
// weights stay nearly flat (nothing is known yet), and as the stream grows past the prior the
// weights become the stream's own IDF.
inline constexpr double kPriorArticles = 1000;

class DocumentFrequencies {
 public:
  // Counts the article's terms; when `frequencies` is given, also writes each term's frequency
  // after counting (`(*frequencies)[i]` for profile.terms[i]), saving a second lookup per term.
  void Count(const ArticleProfile& profile, std::vector<uint32_t>* frequencies = nullptr);
  uint32_t Frequency(uint64_t term) const;
  uint64_t articles() const { return articles_; }
  // Smoothed inverse document frequency, ln((N + kPriorArticles) / (df + 0.5)).
  float Idf(uint64_t term) const { return IdfOf(Frequency(term)); }
  float IdfOf(uint32_t frequency) const;

  size_t terms() const { return counts_.size(); }
  size_t MemoryBytes() const {
    return counts_.capacity() * 4 + terms_.capacity() * 8 + index_.size() * 32;
  }

  // Serialization: (term, count) pairs in first-seen order, and the article count.
  const std::vector<uint64_t>& term_list() const { return terms_; }
  const std::vector<uint32_t>& count_list() const { return counts_; }
  void Restore(uint64_t articles, const std::vector<uint64_t>& terms,
               const std::vector<uint32_t>& counts);

 private:
  U64Map index_;  // term -> position in terms_/counts_
  std::vector<uint64_t> terms_;
  std::vector<uint32_t> counts_;
  uint64_t articles_ = 0;
};

// The article's vector: (1 + ln tf) * idf, the kMaxArticleTerms heaviest terms kept, L2-normalized.
void WeighArticle(const ArticleProfile& profile, const DocumentFrequencies& df, TermVector* out);
// The same, with the terms' frequencies already looked up (as DocumentFrequencies::Count gives).
void WeighArticle(const ArticleProfile& profile, const DocumentFrequencies& df,
                  const std::vector<uint32_t>& frequencies, TermVector* out);

// The vectors of a whole archive: document frequencies over all of `profiles` that are articles,
// then each article's vector ((*out)[i] empty for a non-article), on up to `threads` threads.
void WeighArchive(const std::vector<ArticleProfile>& profiles, int threads,
                  std::vector<TermVector>* out);

// Dot product of two sorted vectors.
float Dot(const TermVector& a, const TermVector& b);
float Norm(const TermVector& v);

// One vector laid out for many dot products against others: an open-addressing table of its
// terms, so a dot product costs one probe per term of the other vector instead of a merge of both
// (a merge's branches are unpredictable; a probe into a table a quarter full mostly ends at once).
// TermTable::Dot(v) equals Dot(table's vector, v) exactly: products are summed in v's term order.
class TermTable {
 public:
  void Assign(const TermVector& v);
  float Dot(const TermVector& other) const;

 private:
  std::vector<WeightedTerm> slots_;  // term 0 marks an empty slot; term 0 itself is kept apart
  size_t mask_ = 0;
  float zero_term_weight_ = 0;
};

// `*sum` += `v` (both sorted).
void AddTo(const TermVector& v, TermVector* sum);
// Keeps the `n` heaviest terms (ties by term), sorted by term again.
void KeepHeaviest(size_t n, TermVector* v);
// The `n` heaviest terms' ids, heaviest first (ties by term).
void HeaviestTerms(const TermVector& v, size_t n, std::vector<WeightedTerm>* out);

}  // namespace precis::cluster

#endif  // PRECIS_CLUSTER_TERM_VECTOR_H_
