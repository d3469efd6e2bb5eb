#include "cluster/term_vector.h"

#include <algorithm>
#include <cmath>

namespace precis::cluster {
namespace {
bool Heavier(const WeightedTerm& a, const WeightedTerm& b) {
  return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
}
bool ByTerm(const WeightedTerm& a, const WeightedTerm& b) { return a.term < b.term; }
}  // namespace

void DocumentFrequencies::Count(const ArticleProfile& profile) {
  ++articles_;
  for (const TermCount& t : profile.terms) {
    bool inserted;
    uint32_t& slot = index_.FindOrInsert(t.term, static_cast<uint32_t>(terms_.size()), &inserted);
    if (inserted) {
      terms_.push_back(t.term);
      counts_.push_back(0);
    }
    ++counts_[slot];
  }
}

uint32_t DocumentFrequencies::Frequency(uint64_t term) const {
  const uint32_t* slot = index_.Find(term);
  return slot ? counts_[*slot] : 0;
}

float DocumentFrequencies::Idf(uint64_t term) const {
  return std::log((static_cast<double>(articles_) + kPriorArticles) / (Frequency(term) + 0.5));
}

void DocumentFrequencies::Restore(uint64_t articles, const std::vector<uint64_t>& terms,
                                  const std::vector<uint32_t>& counts) {
  index_.Clear();
  terms_ = terms;
  counts_ = counts;
  articles_ = articles;
  for (size_t i = 0; i < terms_.size(); ++i) {
    bool inserted;
    index_.FindOrInsert(terms_[i], static_cast<uint32_t>(i), &inserted);
  }
}

void WeighArticle(const ArticleProfile& profile, const DocumentFrequencies& df, TermVector* out) {
  out->clear();
  for (const TermCount& t : profile.terms) {
    out->push_back(WeightedTerm{t.term, (1.0f + std::log(t.count)) * df.Idf(t.term)});
  }
  KeepHeaviest(kMaxArticleTerms, out);
  const float norm = Norm(*out);
  if (norm > 0) {
    for (WeightedTerm& w : *out) w.weight /= norm;
  }
}

float Dot(const TermVector& a, const TermVector& b) {
  float dot = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].term < b[j].term) {
      ++i;
    } else if (b[j].term < a[i].term) {
      ++j;
    } else {
      dot += a[i++].weight * b[j++].weight;
    }
  }
  return dot;
}

float Norm(const TermVector& v) {
  double s = 0;
  for (const WeightedTerm& w : v) s += static_cast<double>(w.weight) * w.weight;
  return static_cast<float>(std::sqrt(s));
}

void AddTo(const TermVector& v, TermVector* sum) {
  TermVector merged;
  merged.reserve(v.size() + sum->size());
  size_t i = 0, j = 0;
  while (i < v.size() || j < sum->size()) {
    if (j == sum->size() || (i < v.size() && v[i].term < (*sum)[j].term)) {
      merged.push_back(v[i++]);
    } else if (i == v.size() || (*sum)[j].term < v[i].term) {
      merged.push_back((*sum)[j++]);
    } else {
      merged.push_back(WeightedTerm{v[i].term, v[i].weight + (*sum)[j].weight});
      ++i;
      ++j;
    }
  }
  sum->swap(merged);
}

void KeepHeaviest(size_t n, TermVector* v) {
  if (v->size() <= n) return;
  std::nth_element(v->begin(), v->begin() + static_cast<std::ptrdiff_t>(n), v->end(), Heavier);
  v->resize(n);
  std::sort(v->begin(), v->end(), ByTerm);
}

void HeaviestTerms(const TermVector& v, size_t n, std::vector<WeightedTerm>* out) {
  out->assign(v.begin(), v.end());
  n = std::min(n, out->size());
  std::partial_sort(out->begin(), out->begin() + static_cast<std::ptrdiff_t>(n), out->end(),
                    Heavier);
  out->resize(n);
}

}  // namespace precis::cluster
