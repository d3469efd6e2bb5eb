#include "cluster/link_model.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

#include "base/sorted_sets.h"

namespace precis::cluster {
namespace {

constexpr const char* kParamPrefix = "story.link.";
constexpr size_t kTopTerms = 10;  // heaviest terms compared between the two articles
constexpr float kFloor = 1e-3f;   // keeps logarithms and ratios finite

}  // namespace

const char* const kLinkFeatureNames[kLinkFeatures] = {
    "log_cosine",
    "cosine",
    "scaled",
    "log_scaled",
    "density_min",
    "density_max",
    "share_of_best_min",
    "share_of_best_max",
    "log_rank_min",
    "log_rank_max",
    "log_words_min",
    "log_words_max",
    "log_shared_terms",
    "shared_top_terms",
    "largest_term",
    "largest_term_share",
    "shared_neighbours",
};

void ComputeLinkFeatures(const std::vector<ArticleProfile>& profiles,
                         const std::vector<TermVector>& vectors,
                         const std::vector<SimilarityEdge>& edges,
                         std::vector<LinkFeatures>* features) {
  const size_t n = profiles.size();
  // Each node's edges, strongest first (ties by the other end).
  std::vector<std::vector<std::pair<float, uint32_t>>> incident(n);
  for (const SimilarityEdge& e : edges) {
    incident[e.a].emplace_back(-e.similarity, e.b);
    incident[e.b].emplace_back(-e.similarity, e.a);
  }
  std::vector<double> density;
  NeighbourhoodDensities(n, edges, &density);
  std::vector<float> best(n, 0);
  std::vector<std::vector<uint32_t>> neighbourhood(n);
  std::vector<std::vector<uint64_t>> top_terms(n);
  std::vector<WeightedTerm> heaviest;
  for (size_t i = 0; i < n; ++i) {
    auto& list = incident[i];
    std::sort(list.begin(), list.end());
    const size_t k = std::min(list.size(), kNeighbourhoodSize);
    for (size_t j = 0; j < k; ++j) neighbourhood[i].push_back(list[j].second);
    std::sort(neighbourhood[i].begin(), neighbourhood[i].end());
    best[i] = list.empty() ? 0 : -list[0].first;
    HeaviestTerms(vectors[i], kTopTerms, &heaviest);
    for (const WeightedTerm& t : heaviest) top_terms[i].push_back(t.term);
    std::sort(top_terms[i].begin(), top_terms[i].end());
  }
  // How many of the node's edges are stronger than `similarity`.
  auto rank = [&](uint32_t node, float similarity) {
    const auto& list = incident[node];
    return static_cast<float>(
        std::lower_bound(list.begin(), list.end(), std::make_pair(-similarity, 0u)) - list.begin());
  };
  auto common = [](const auto& x, const auto& y) {
    return static_cast<float>(SortedIntersectionSize(x, y));
  };

  features->resize(edges.size());
  for (size_t k = 0; k < edges.size(); ++k) {
    const SimilarityEdge& e = edges[k];
    const TermVector& va = vectors[e.a];
    const TermVector& vb = vectors[e.b];
    float shared = 0, largest = 0;
    for (size_t i = 0, j = 0; i < va.size() && j < vb.size();) {
      if (va[i].term < vb[j].term) {
        ++i;
      } else if (vb[j].term < va[i].term) {
        ++j;
      } else {
        ++shared;
        largest = std::max(largest, va[i].weight * vb[j].weight);
        ++i, ++j;
      }
    }
    const float c = e.similarity;
    const float scaled = static_cast<float>(c / NeighbourhoodScale(density[e.a], density[e.b]));
    const auto density_a = static_cast<float>(density[e.a]);
    const auto density_b = static_cast<float>(density[e.b]);
    const float share_a = c / std::max(best[e.a], kFloor);
    const float share_b = c / std::max(best[e.b], kFloor);
    const float rank_a = rank(e.a, c), rank_b = rank(e.b, c);
    const float words_a = static_cast<float>(profiles[e.a].content_words);
    const float words_b = static_cast<float>(profiles[e.b].content_words);
    (*features)[k] = LinkFeatures{
        std::log(std::max(c, kFloor)),
        c,
        scaled,
        std::log(std::max(scaled, kFloor)),
        std::min(density_a, density_b),
        std::max(density_a, density_b),
        std::min(share_a, share_b),
        std::max(share_a, share_b),
        std::log1p(std::min(rank_a, rank_b)),
        std::log1p(std::max(rank_a, rank_b)),
        std::log1p(std::min(words_a, words_b)),
        std::log1p(std::max(words_a, words_b)),
        std::log1p(shared),
        common(top_terms[e.a], top_terms[e.b]),
        largest,
        largest / std::max(c, kFloor),
        common(neighbourhood[e.a], neighbourhood[e.b]),
    };
  }
}

bool StoryLinkModel::Load(const summarize::SummarizerModel& model) {
  trained_ = false;
  for (size_t k = 0; k < kLinkFeatures; ++k) {
    auto it = model.params.find(std::string(kParamPrefix) + kLinkFeatureNames[k]);
    if (it == model.params.end()) return false;
    weights_[k] = it->second;
  }
  auto it = model.params.find(std::string(kParamPrefix) + "bias");
  if (it == model.params.end()) return false;
  bias_ = it->second;
  trained_ = true;
  return true;
}

float StoryLinkModel::Probability(const LinkFeatures& features) const {
  double z = bias_;
  for (size_t k = 0; k < kLinkFeatures; ++k) z += weights_[k] * features[k];
  return static_cast<float>(1.0 / (1.0 + std::exp(-z)));
}

void StoryLinkModel::Store(const std::array<double, kLinkFeatures>& weights, double bias,
                           summarize::SummarizerModel* model) {
  for (size_t k = 0; k < kLinkFeatures; ++k) {
    model->params[std::string(kParamPrefix) + kLinkFeatureNames[k]] = weights[k];
  }
  model->params[std::string(kParamPrefix) + "bias"] = bias;
}

}  // namespace precis::cluster
