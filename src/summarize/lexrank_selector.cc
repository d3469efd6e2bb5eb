#include "summarize/lexrank_selector.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace precis::summarize {

void LexRankSelector::Select(const ClusterAnalysis& cluster, const WordLimit& limit,
                             Selection* out) const {
  const auto& sentences = cluster.sentences;
  // Graph nodes: all sentences, or the earliest of each document in turn when there are many.
  std::vector<uint32_t> nodes(sentences.size());
  std::iota(nodes.begin(), nodes.end(), 0);
  if (nodes.size() > kMaxGraphSentences) {
    std::stable_sort(nodes.begin(), nodes.end(), [&](uint32_t a, uint32_t b) {
      return sentences[a].position < sentences[b].position;
    });
    nodes.resize(kMaxGraphSentences);
    std::sort(nodes.begin(), nodes.end());
  }
  const size_t n = nodes.size();
  std::vector<double> scores(sentences.size(), 0.0);
  if (n == 0) return;

  // Sentence frequency of terms, for IDF.
  std::vector<uint32_t> sf(cluster.num_terms, 0);
  std::vector<uint32_t> last(cluster.num_terms, 0xFFFFFFFF);
  for (uint32_t k = 0; k < n; ++k) {
    for (uint32_t t : sentences[nodes[k]].terms) {
      if (last[t] != k) {
        last[t] = k;
        ++sf[t];
      }
    }
  }
  std::vector<double> idf(cluster.num_terms);
  for (uint32_t t = 0; t < cluster.num_terms; ++t) {
    idf[t] = sf[t] ? std::log(static_cast<double>(n + 1) / sf[t]) : 0;
  }
  // Sparse TF-IDF vectors, sorted by term.
  std::vector<std::vector<std::pair<uint32_t, double>>> vec(n);
  std::vector<double> norm(n, 0);
  for (size_t k = 0; k < n; ++k) {
    const std::vector<uint32_t>& terms = sentences[nodes[k]].terms;  // ascending
    for (size_t i = 0; i < terms.size();) {
      size_t j = i;
      while (j < terms.size() && terms[j] == terms[i]) ++j;
      double w = static_cast<double>(j - i) * idf[terms[i]];
      vec[k].emplace_back(terms[i], w);
      norm[k] += w * w;
      i = j;
    }
    norm[k] = std::sqrt(norm[k]);
  }
  std::vector<double> sim(n * n, 0.0);
  std::vector<double> row_sum(n, 0.0);
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = a; b < n; ++b) {
      double dot = 0;
      size_t i = 0, j = 0;
      const auto& x = vec[a];
      const auto& y = vec[b];
      while (i < x.size() && j < y.size()) {
        if (x[i].first < y[j].first)
          ++i;
        else if (y[j].first < x[i].first)
          ++j;
        else
          dot += x[i++].second * y[j++].second;
      }
      double s = (norm[a] > 0 && norm[b] > 0) ? dot / (norm[a] * norm[b]) : 0;
      sim[a * n + b] = sim[b * n + a] = s;
    }
  }
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = 0; b < n; ++b) row_sum[a] += sim[a * n + b];
  }
  // Power iteration: p = (1-d)/n + d * M^T p, M row-normalized.
  const double damping = 0.85;
  std::vector<double> p(n, 1.0 / n), next(n);
  for (int iter = 0; iter < 100; ++iter) {
    std::fill(next.begin(), next.end(), (1 - damping) / n);
    for (size_t a = 0; a < n; ++a) {
      if (row_sum[a] <= 0) continue;
      double share = damping * p[a] / row_sum[a];
      for (size_t b = 0; b < n; ++b) next[b] += share * sim[a * n + b];
    }
    double delta = 0;
    for (size_t k = 0; k < n; ++k) delta += std::fabs(next[k] - p[k]);
    p.swap(next);
    if (delta < 1e-7) break;
  }
  for (size_t k = 0; k < n; ++k) scores[nodes[k]] = p[k] * n;
  SelectByScore(cluster, limit, scores, /*max_similarity=*/0.5, out);
}

}  // namespace precis::summarize
