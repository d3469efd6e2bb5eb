#include "cluster/term_vector.h"

#include <algorithm>
#include <cmath>

#include "base/parallel.h"

namespace precis::cluster {
namespace {
bool Heavier(const WeightedTerm& a, const WeightedTerm& b) {
  return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
}
bool ByTerm(const WeightedTerm& a, const WeightedTerm& b) { return a.term < b.term; }
}  // namespace

void DocumentFrequencies::Count(const ArticleProfile& profile, std::vector<uint32_t>* frequencies) {
  ++articles_;
  if (frequencies) frequencies->clear();
  for (const TermCount& t : profile.terms) index_.Prefetch(t.term);
  for (const TermCount& t : profile.terms) {
    bool inserted;
    uint32_t& slot = index_.FindOrInsert(t.term, static_cast<uint32_t>(terms_.size()), &inserted);
    if (inserted) {
      terms_.push_back(t.term);
      counts_.push_back(0);
    }
    ++counts_[slot];
    if (frequencies) frequencies->push_back(counts_[slot]);
  }
}

uint32_t DocumentFrequencies::Frequency(uint64_t term) const {
  const uint32_t* slot = index_.Find(term);
  return slot ? counts_[*slot] : 0;
}

float DocumentFrequencies::IdfOf(uint32_t frequency) const {
  return std::log((static_cast<double>(articles_) + kPriorArticles) / (frequency + 0.5));
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
  std::vector<uint32_t> frequencies;
  frequencies.reserve(profile.terms.size());
  for (const TermCount& t : profile.terms) frequencies.push_back(df.Frequency(t.term));
  WeighArticle(profile, df, frequencies, out);
}

void WeighArticle(const ArticleProfile& profile, const DocumentFrequencies& df,
                  const std::vector<uint32_t>& frequencies, TermVector* out) {
  out->clear();
  for (size_t i = 0; i < profile.terms.size(); ++i) {
    const TermCount& t = profile.terms[i];
    out->push_back(WeightedTerm{t.term, (1.0f + std::log(t.count)) * df.IdfOf(frequencies[i])});
  }
  KeepHeaviest(kMaxArticleTerms, out);
  const float norm = Norm(*out);
  if (norm > 0) {
    for (WeightedTerm& w : *out) w.weight /= norm;
  }
}

void WeighArchive(const std::vector<ArticleProfile>& profiles, int threads,
                  std::vector<TermVector>* out) {
  DocumentFrequencies df;
  for (const ArticleProfile& p : profiles) {
    if (!p.non_article) df.Count(p);
  }
  out->assign(profiles.size(), TermVector());
  ParallelFor(profiles.size(), threads, [&](size_t i) {
    if (!profiles[i].non_article) WeighArticle(profiles[i], df, &(*out)[i]);
  });
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

void TermTable::Assign(const TermVector& v) {
  size_t size = 16;
  while (size < v.size() * 4) size *= 2;
  slots_.assign(size, WeightedTerm{});
  mask_ = size - 1;
  zero_term_weight_ = 0;
  for (const WeightedTerm& w : v) {
    if (w.term == 0) {
      zero_term_weight_ = w.weight;
      continue;
    }
    size_t i = w.term & mask_;
    while (slots_[i].term != 0) i = (i + 1) & mask_;
    slots_[i] = w;
  }
}

float TermTable::Dot(const TermVector& other) const {
  float dot = 0;
  for (const WeightedTerm& w : other) {
    if (w.term == 0) {
      dot += zero_term_weight_ * w.weight;
      continue;
    }
    for (size_t i = w.term & mask_; slots_[i].term != 0; i = (i + 1) & mask_) {
      if (slots_[i].term == w.term) {
        dot += slots_[i].weight * w.weight;
        break;
      }
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
  // nth_element then a sort of the n: faster than a heap-based partial_sort, and the same result
  // because Heavier is a strict total order.
  std::nth_element(out->begin(), out->begin() + static_cast<std::ptrdiff_t>(n), out->end(),
                   Heavier);
  out->resize(n);
  std::sort(out->begin(), out->end(), Heavier);
}

}  // namespace precis::cluster
