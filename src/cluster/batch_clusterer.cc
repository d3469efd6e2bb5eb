#include "cluster/batch_clusterer.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>
#include <unordered_map>

#include "base/parallel.h"
#include "cluster/article_profile.h"
#include "cluster/incremental_clusterer.h"
#include "cluster/link_model.h"
#include "cluster/near_duplicates.h"
#include "cluster/story_assembly.h"
#include "cluster/term_vector.h"
#include "summarize/model.h"

namespace precis::cluster {
namespace {

constexpr size_t kIndexTerms = 24;        // an article's heaviest terms it is findable under
constexpr size_t kQueryTerms = 16;        // its heaviest terms that look up neighbours
constexpr size_t kMaxPostingRead = 5000;  // longer lists belong to terms too common to help
constexpr size_t kCandidates = 48;        // articles compared exactly per article
constexpr size_t kNeighbours = 24;        // edges kept per article
constexpr float kMinEdge = 0.05f;         // weaker similarities are noise
// Floor of the product of two densities: an article with next to no neighbours is not made
// similar to everything by dividing by almost zero.
constexpr double kMinDensitySquared = 1e-3;
// What a scaled similarity is worth in cosine terms: a pair at 1.1 times its neighbourhoods'
// density counts as kEvidenceUnit (1.1 tuned on exploded Multi-News val).
constexpr double kScaledWeight = kEvidenceUnit / 1.1;

}  // namespace

void AgglomerateGroups(size_t nodes, const std::vector<SimilarityEdge>& edges, double threshold,
                       std::vector<uint32_t>* group) {
  // Per live group: its size and the summed similarity to each adjacent group.
  std::vector<uint32_t> size(nodes, 1), version(nodes, 0), parent(nodes);
  std::vector<std::unordered_map<uint32_t, double>> links(nodes);
  for (size_t i = 0; i < nodes; ++i) parent[i] = static_cast<uint32_t>(i);
  for (const SimilarityEdge& e : edges) {
    links[e.a][e.b] += e.similarity;
    links[e.b][e.a] += e.similarity;
  }
  struct Candidate {
    double linkage;
    uint32_t a, b;  // a < b, group representatives
    uint32_t version_a, version_b;
    bool operator<(const Candidate& o) const {  // max-heap: highest linkage, then smallest pair
      if (linkage != o.linkage) return linkage < o.linkage;
      if (a != o.a) return a > o.a;
      return b > o.b;
    }
  };
  std::priority_queue<Candidate> heap;
  auto push = [&](uint32_t a, uint32_t b, double sum) {
    if (a > b) std::swap(a, b);
    const double linkage = GroupLinkage(sum, size[a], size[b]);
    if (linkage >= threshold) heap.push(Candidate{linkage, a, b, version[a], version[b]});
  };
  for (size_t a = 0; a < nodes; ++a) {
    for (const auto& [b, sum] : links[a]) {
      if (a < b) push(static_cast<uint32_t>(a), b, sum);
    }
  }
  while (!heap.empty()) {
    const Candidate c = heap.top();
    heap.pop();
    if (version[c.a] != c.version_a || version[c.b] != c.version_b) continue;  // stale
    // Merge c.b into c.a (the smaller number represents the group).
    const uint32_t keep = c.a, gone = c.b;
    parent[gone] = keep;
    size[keep] += size[gone];
    ++version[keep];
    ++version[gone];
    std::unordered_map<uint32_t, double> gone_links;
    gone_links.swap(links[gone]);
    links[keep].erase(gone);
    for (const auto& [n, sum] : gone_links) {
      if (n == keep) continue;
      links[keep][n] += sum;
      links[n].erase(gone);
      links[n][keep] += sum;
    }
    // Sorted, so equal linkages are pushed (and break ties) the same way every run.
    std::vector<std::pair<uint32_t, double>> adjacent(links[keep].begin(), links[keep].end());
    std::sort(adjacent.begin(), adjacent.end());
    for (const auto& [n, sum] : adjacent) push(keep, n, sum);
  }
  group->resize(nodes);
  for (size_t i = 0; i < nodes; ++i) {
    uint32_t r = static_cast<uint32_t>(i);
    while (parent[r] != r) r = parent[r];
    (*group)[i] = r;
  }
}

void NeighbourhoodDensities(size_t nodes, const std::vector<SimilarityEdge>& edges,
                            std::vector<double>* density) {
  std::vector<std::vector<float>> incident(nodes);
  for (const SimilarityEdge& e : edges) {
    incident[e.a].push_back(e.similarity);
    incident[e.b].push_back(e.similarity);
  }
  density->assign(nodes, 0);
  for (size_t i = 0; i < nodes; ++i) {
    std::vector<float>& sims = incident[i];
    const size_t k = std::min(sims.size(), kNeighbourhoodSize);
    std::partial_sort(sims.begin(), sims.begin() + static_cast<std::ptrdiff_t>(k), sims.end(),
                      std::greater<float>());
    double sum = 0;
    for (size_t j = 0; j < k; ++j) sum += sims[j];
    (*density)[i] = sum / static_cast<double>(kNeighbourhoodSize);  // missing neighbours count 0
  }
}

double NeighbourhoodScale(double density_a, double density_b) {
  return std::sqrt(std::max(density_a * density_b, kMinDensitySquared));
}

void AddNeighbourhoodScaling(size_t nodes, std::vector<SimilarityEdge>* edges) {
  std::vector<double> density;
  NeighbourhoodDensities(nodes, *edges, &density);
  for (SimilarityEdge& e : *edges) {
    const double scale = NeighbourhoodScale(density[e.a], density[e.b]);
    e.similarity =
        static_cast<float>(std::max<double>(e.similarity, kScaledWeight * e.similarity / scale));
  }
}

void BuildCandidateGraph(const std::vector<ArticleProfile>& profiles,
                         const std::vector<TermVector>& vectors, const std::vector<int32_t>& days,
                         double quiet_days, int threads, CopyGroups* copies,
                         std::vector<SimilarityEdge>* edges) {
  const size_t n = profiles.size();
  edges->clear();
  // Copies: linked outright (as similarity 1), and grouped as syndicated.
  NearDuplicateIndex copy_index;
  std::vector<uint32_t> item_article, items;
  for (size_t i = 0; i < n; ++i) {
    copies->Add();
    if (profiles[i].non_article) continue;
    copy_index.Add(profiles[i].signature, &items);
    item_article.push_back(static_cast<uint32_t>(i));
    for (uint32_t item : items) {
      const uint32_t other = item_article[item];
      if (!WithinQuietPeriod(days[i], days[other], days[other], quiet_days)) {
        continue;
      }
      copies->Union(static_cast<uint32_t>(i), other);
      edges->push_back(SimilarityEdge{other, static_cast<uint32_t>(i), 1.0f});
    }
  }

  // Neighbours through an inverted index over each article's heaviest terms.
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;
  std::vector<WeightedTerm> heaviest;
  for (size_t i = 0; i < n; ++i) {
    HeaviestTerms(vectors[i], kIndexTerms, &heaviest);
    for (const WeightedTerm& t : heaviest) postings[t.term].push_back(static_cast<uint32_t>(i));
  }
  std::vector<std::vector<SimilarityEdge>> neighbours(n);
  const size_t chunks = std::min<size_t>(n, 64);
  ParallelFor(chunks, threads, [&](size_t c) {
    std::vector<float> score(n, 0);
    std::vector<uint32_t> touched;
    std::vector<WeightedTerm> query;
    TermTable table;
    for (size_t i = n * c / chunks; i < n * (c + 1) / chunks; ++i) {
      if (vectors[i].empty()) continue;
      HeaviestTerms(vectors[i], kQueryTerms, &query);
      touched.clear();
      for (const WeightedTerm& t : query) {
        auto it = postings.find(t.term);
        if (it == postings.end() || it->second.size() > kMaxPostingRead) continue;
        for (uint32_t j : it->second) {
          if (j == i) continue;
          if (score[j] == 0) touched.push_back(j);
          score[j] += t.weight;
        }
      }
      auto better = [&](uint32_t a, uint32_t b) {
        return score[a] != score[b] ? score[a] > score[b] : a < b;
      };
      if (touched.size() > kCandidates) {
        std::nth_element(touched.begin(), touched.begin() + kCandidates, touched.end(), better);
      }
      for (size_t k = kCandidates; k < touched.size(); ++k) score[touched[k]] = 0;
      touched.resize(std::min(touched.size(), kCandidates));
      std::vector<SimilarityEdge>& mine = neighbours[i];
      if (!touched.empty()) table.Assign(vectors[i]);
      for (uint32_t j : touched) {
        if (!WithinQuietPeriod(days[i], days[j], days[j], quiet_days)) {
          continue;
        }
        const float sim = table.Dot(vectors[j]);
        if (sim >= kMinEdge) {
          mine.push_back(SimilarityEdge{std::min<uint32_t>(i, j), std::max<uint32_t>(i, j), sim});
        }
      }
      for (uint32_t j : touched) score[j] = 0;
      std::sort(mine.begin(), mine.end(), [](const SimilarityEdge& x, const SimilarityEdge& y) {
        if (x.similarity != y.similarity) return x.similarity > y.similarity;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
      });
      if (mine.size() > kNeighbours) mine.resize(kNeighbours);
    }
  });
  for (const auto& list : neighbours) edges->insert(edges->end(), list.begin(), list.end());
  // Each pair once, with its highest similarity (a copy link outranks the cosine).
  std::sort(edges->begin(), edges->end(), [](const SimilarityEdge& x, const SimilarityEdge& y) {
    if (x.a != y.a) return x.a < y.a;
    if (x.b != y.b) return x.b < y.b;
    return x.similarity > y.similarity;
  });
  edges->erase(std::unique(edges->begin(), edges->end(),
                           [](const SimilarityEdge& x, const SimilarityEdge& y) {
                             return x.a == y.a && x.b == y.b;
                           }),
               edges->end());
}

}  // namespace precis::cluster

namespace precis {

Status ClusterArchive(const std::vector<Document>& documents, const StoryConfig& config,
                      std::vector<Story>* stories,
                      std::vector<std::vector<std::string>>* warnings) {
  using namespace cluster;
  summarize::SummarizerModel model;
  if (Status s = summarize::LoadModelOrDefault(config.model_path, false, &model); !s.ok()) {
    return s;
  }
  const size_t n = documents.size();
  std::vector<ArticleProfile> profiles;
  ProfileAll(documents, &model.boilerplate, config.threads, &profiles);

  // The latest believable day: the latest of the archive's dates, unless it stands more than a
  // year past all the others (a date in the far future, as the incremental mode would find it
  // after the articles before it), and so on down.
  std::vector<int32_t> known_days;
  for (const ArticleProfile& p : profiles) {
    if (PlausibleDay(p.day, kNoDay)) known_days.push_back(p.day);
  }
  std::sort(known_days.begin(), known_days.end());
  while (known_days.size() >= 2 &&
         !PlausibleDay(known_days.back(), known_days[known_days.size() - 2])) {
    known_days.pop_back();
  }
  const int32_t latest = known_days.empty() ? kNoDay : known_days.back();
  std::vector<std::vector<std::string>> notes(n);
  std::vector<ArticleRecord> records;
  records.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    records.push_back(
        StartRecord(documents[i], profiles[i], static_cast<uint32_t>(i), latest, &notes[i]));
  }
  if (warnings) *warnings = std::move(notes);
  std::vector<TermVector> vectors;
  WeighArchive(profiles, config.threads, &vectors);

  std::vector<int32_t> days(n);
  for (size_t i = 0; i < n; ++i) days[i] = records[i].day;
  std::vector<SimilarityEdge> edges;
  CopyGroups copy_groups;
  BuildCandidateGraph(profiles, vectors, days, config.quiet_days, config.threads, &copy_groups,
                      &edges);

  // The link model's features read the plain cosines, so they are computed before scaling.
  StoryLinkModel link_model;
  std::vector<LinkFeatures> features;
  if (link_model.Load(model)) ComputeLinkFeatures(profiles, vectors, edges, &features);
  AddNeighbourhoodScaling(n, &edges);
  for (size_t k = 0; k < features.size(); ++k) {
    if (IsCopyLink(edges[k])) continue;
    edges[k].similarity = std::max(
        edges[k].similarity, static_cast<float>(LinkEvidence(link_model.Probability(features[k]))));
  }
  const double threshold =
      config.join_threshold >= 0 ? config.join_threshold : kDefaultMergeThreshold;
  std::vector<uint32_t> group;
  AgglomerateGroups(n, edges, threshold, &group);

  // Stories numbered in order of their first article; non-articles alone.
  std::vector<uint32_t> story_of_group(n, UINT32_MAX);
  uint32_t stories_made = 0;
  for (size_t i = 0; i < n; ++i) {
    ArticleRecord& r = records[i];
    r.copy_root = copy_groups.Root(static_cast<uint32_t>(i));
    if (r.non_article) {
      r.story = stories_made++;
      continue;
    }
    uint32_t& s = story_of_group[group[i]];
    if (s == UINT32_MAX) s = stories_made++;
    r.story = s;
  }
  AssembleStories(records, stories_made, stories);
  return Status::OK();
}

}  // namespace precis
