#include "summarize/selector.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "summarize/coverage_selector.h"
#include "summarize/ilp_selector.h"
#include "summarize/lead_selector.h"
#include "summarize/learned_selector.h"
#include "summarize/lexrank_selector.h"

namespace precis::summarize {

std::unique_ptr<SentenceSelector> CreateSelector(std::string_view name,
                                                 const SummarizerModel& model) {
  if (name == "coverage") return std::make_unique<CoverageSelector>(model);
  if (name == "ilp") return std::make_unique<IlpSelector>(model);
  if (name == "learned") return std::make_unique<LearnedSelector>(model);
  if (name == "lexrank") return std::make_unique<LexRankSelector>();
  if (name == "lead") return std::make_unique<LeadSelector>();
  return nullptr;
}

const std::vector<std::string>& SelectorNames() {
  static const std::vector<std::string> names = {"learned", "coverage", "ilp", "lexrank", "lead"};
  return names;
}

bool Selectable(const AnalyzedSentence& s) { return s.eligible && !s.dangling; }

int64_t Antecedent(const ClusterAnalysis& cluster, uint32_t i) {
  if (i == 0 || i >= cluster.sentences.size()) return -1;
  const AnalyzedSentence& s = cluster.sentences[i];
  const AnalyzedSentence& before = cluster.sentences[i - 1];
  return before.doc == s.doc && before.position + 1 == s.position ? int64_t{i} - 1 : -1;
}

bool SelectableAfter(const ClusterAnalysis& cluster, uint32_t i,
                     const std::vector<uint8_t>& chosen) {
  const AnalyzedSentence& s = cluster.sentences[i];
  if (Selectable(s)) return true;
  return s.eligible && AntecedentTaken(cluster, i, chosen);
}

bool AntecedentTaken(const ClusterAnalysis& cluster, uint32_t i,
                     const std::vector<uint8_t>& chosen) {
  const int64_t a = Antecedent(cluster, i);
  return a >= 0 && chosen[static_cast<size_t>(a)];
}

double TermCosine(const AnalyzedSentence& a, const AnalyzedSentence& b) {
  const std::vector<uint32_t>& x = a.terms;  // ascending, repeats kept
  const std::vector<uint32_t>& y = b.terms;
  if (x.empty() || y.empty()) return 0;
  auto norm = [](const std::vector<uint32_t>& v) {
    double n = 0;
    for (size_t i = 0; i < v.size();) {
      size_t j = i;
      while (j < v.size() && v[j] == v[i]) ++j;
      n += static_cast<double>((j - i) * (j - i));
      i = j;
    }
    return std::sqrt(n);
  };
  double dot = 0;
  size_t i = 0, j = 0;
  while (i < x.size() && j < y.size()) {
    if (x[i] < y[j]) {
      ++i;
    } else if (y[j] < x[i]) {
      ++j;
    } else {
      uint32_t v = x[i];
      size_t ci = 0, cj = 0;
      while (i < x.size() && x[i] == v) ++i, ++ci;
      while (j < y.size() && y[j] == v) ++j, ++cj;
      dot += static_cast<double>(ci * cj);
    }
  }
  return dot / (norm(x) * norm(y));
}

bool SimilarToAnyChosen(const ClusterAnalysis& cluster, uint32_t i,
                        const std::vector<uint32_t>& chosen, double max_cosine) {
  for (uint32_t c : chosen) {
    if (TermCosine(cluster.sentences[i], cluster.sentences[c]) > max_cosine) return true;
  }
  return false;
}

double TermContainment(const AnalyzedSentence& a, const AnalyzedSentence& b) {
  const std::vector<uint32_t>& x = a.terms;  // ascending, repeats kept
  const std::vector<uint32_t>& y = b.terms;
  size_t shared = 0, distinct_x = 0, distinct_y = 0;
  size_t i = 0, j = 0;
  while (i < x.size() || j < y.size()) {
    bool take_x = j >= y.size() || (i < x.size() && x[i] <= y[j]);
    bool take_y = i >= x.size() || (j < y.size() && y[j] <= x[i]);
    uint32_t v = take_x ? x[i] : y[j];
    if (take_x) {
      ++distinct_x;
      while (i < x.size() && x[i] == v) ++i;
    }
    if (take_y) {
      ++distinct_y;
      while (j < y.size() && y[j] == v) ++j;
    }
    shared += take_x && take_y;
  }
  if (distinct_x == 0 || distinct_y == 0) return 0;
  return static_cast<double>(shared) / static_cast<double>(std::min(distinct_x, distinct_y));
}

bool Redundant(const AnalyzedSentence& a, const AnalyzedSentence& b, double max_similarity) {
  return TermCosine(a, b) > max_similarity || TermContainment(a, b) > kMaxContainment;
}

void SelectByScore(const ClusterAnalysis& cluster, const WordLimit& limit,
                   const std::vector<double>& scores, double max_similarity, Selection* out) {
  const auto& sentences = cluster.sentences;
  std::vector<uint32_t> order(sentences.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if (scores[a] != scores[b]) return scores[a] > scores[b];
    if (sentences[a].position != sentences[b].position) {
      return sentences[a].position < sentences[b].position;
    }
    return a < b;
  });
  uint32_t words = 0;
  std::vector<uint8_t> chosen(sentences.size(), 0);
  for (uint32_t idx : order) {
    const AnalyzedSentence& s = sentences[idx];
    if (limit.Full(words, static_cast<uint32_t>(out->chosen.size()))) break;
    if (!SelectableAfter(cluster, idx, chosen)) continue;
    if (!limit.Admits(words, static_cast<uint32_t>(out->chosen.size()), s.words)) continue;
    bool redundant = false;
    for (uint32_t c : out->chosen) {
      if (Redundant(s, sentences[c], max_similarity)) {
        redundant = true;
        break;
      }
    }
    if (redundant) continue;
    chosen[idx] = 1;
    out->chosen.push_back(idx);
    out->scores.push_back(scores[idx]);
    words += s.words;
  }
}

}  // namespace precis::summarize
