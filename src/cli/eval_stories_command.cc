// precis eval-stories: story clustering and copy detection against gold labels, with timings.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <unordered_map>

#include "base/parallel.h"
#include "cli/commands.h"
#include "cluster/article_profile.h"
#include "cluster/near_duplicates.h"
#include "cluster/term_vector.h"
#include "eval/clustering_metrics.h"
#include "eval/datasets.h"
#include "precis/story_clusterer.h"
#include "summarize/model.h"
#include "text/tokenizer.h"

namespace precis::cli {
namespace {

struct EvalStoriesOptions {
  std::string preset = "multinews-val";
  size_t limit = 2000;
  std::string mode = "both";
  double threshold = -1;
  uint64_t seed = 1;
  bool copies = false;
  bool separability = false;
  std::string model;
  int threads = 0;
};

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

void PrintScores(const char* mode, const eval::ClusteringScores& s, double seconds) {
  std::printf("%-12s %7.4f %7.4f %7.4f   %7.4f %7.4f %7.4f  %7zu %7zu %9.3f %10.0f\n", mode,
              s.bcubed_precision, s.bcubed_recall, s.bcubed_f1, s.pairwise_precision,
              s.pairwise_recall, s.pairwise_f1, s.gold_clusters, s.predicted_clusters, seconds,
              seconds > 0 ? s.items / seconds : 0);
}

std::vector<uint64_t> LabelsOf(const std::vector<Story>& stories, size_t n) {
  std::vector<uint64_t> labels(n, 0);
  for (const Story& s : stories) {
    for (size_t a : s.articles) labels[a] = s.id;
  }
  return labels;
}

int EvalCopies(const EvalStoriesOptions& o, const std::vector<eval::EvalCluster>& clusters) {
  std::vector<eval::CopyPair> pairs;
  eval::BuildCopyPairs(clusters, o.seed, &pairs);
  size_t tp = 0, fp = 0, fn = 0, tn = 0, fp_in_collection = 0, in_collection = 0;
  auto start = std::chrono::steady_clock::now();
  cluster::ArticleProfiler profiler(nullptr);
  auto signature = [&](const std::string& text, cluster::MinHashSignature* sig) {
    cluster::ArticleProfile p;
    profiler.Profile(Document{text, "", "", "", "", ""}, &p);
    *sig = p.signature;
  };
  cluster::MinHashSignature a, b;
  for (const eval::CopyPair& pair : pairs) {
    signature(pair.a, &a);
    signature(pair.b, &b);
    const cluster::TextOverlap ov = cluster::EstimateOverlap(a, b);
    const bool found = cluster::IsCopy(ov);
    tp += found && pair.copy;
    fp += found && !pair.copy;
    fn += !found && pair.copy;
    tn += !found && !pair.copy;
    in_collection += pair.copy_in_collection;
    fp_in_collection += found && pair.copy_in_collection;
  }
  const double seconds = Seconds(start);
  std::printf("near-duplicates: %zu copy pairs, %zu other pairs (seed %llu)\n", tp + fn, fp + tn,
              static_cast<unsigned long long>(o.seed));
  std::printf("  precision %.4f  recall %.4f  (tp %zu, fp %zu, fn %zu)  %.2f s\n",
              tp + fp ? static_cast<double>(tp) / (tp + fp) : 1.0,
              tp + fn ? static_cast<double>(tp) / (tp + fn) : 1.0, tp, fp, fn, seconds);
  // The negatives include texts the collection itself holds twice (a wire story refiled, an
  // agency's rewrite of another's): said apart, so a reader can tell misses from such pairs.
  const size_t fp_other = fp - fp_in_collection;
  std::printf(
      "  %zu of the other pairs share >= half of their 5-word shingles exactly (copies within the "
      "collection); %zu of the false positives are such pairs. Precision against the rest: %.4f\n",
      in_collection, fp_in_collection,
      tp + fp_other ? static_cast<double>(tp) / (tp + fp_other) : 1.0);
  return kExitOk;
}

// How far bag-of-words similarity can separate the events at all, whatever the clustering: each
// article's exact TF-IDF cosine to every other (document frequencies of the whole set, the
// clusterers' own term vectors), the rank of its nearest event-mate, and the BCubed F1 of the gold
// events with non-articles alone and, in turn, with every article alone whose nearest event-mate is
// not among its K nearest neighbours. No content-based method can be expected above those figures.
int PrintSeparability(const EvalStoriesOptions& o, const std::vector<Document>& articles,
                      const std::vector<uint64_t>& gold) {
  summarize::SummarizerModel model;
  if (Status s = summarize::LoadModelOrDefault(o.model, false, &model); !s.ok()) {
    std::fprintf(stderr, "precis eval-stories: %s\n", s.message().c_str());
    return kExitInputError;
  }
  const size_t n = articles.size();
  std::vector<cluster::ArticleProfile> profiles;
  cluster::ProfileAll(articles, &model.boilerplate, o.threads, &profiles);
  std::vector<cluster::TermVector> vectors;
  cluster::WeighArchive(profiles, o.threads, &vectors);
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;
  for (size_t i = 0; i < n; ++i) {
    for (const cluster::WeightedTerm& t : vectors[i]) {
      postings[t.term].push_back(static_cast<uint32_t>(i));
    }
  }
  std::unordered_map<uint64_t, size_t> event_articles;
  for (size_t i = 0; i < n; ++i) event_articles[gold[i]] += !profiles[i].non_article;
  // rank[i]: how many articles of other events are closer to i than its nearest event-mate
  // (SIZE_MAX: no event-mate that is an article).
  // The threads only read the maps (at(), never operator[]).
  std::vector<size_t> rank(n, SIZE_MAX);
  ParallelFor(n, o.threads, [&](size_t i) {
    if (vectors[i].empty() || event_articles.at(gold[i]) < 2) return;
    cluster::TermTable table;
    table.Assign(vectors[i]);
    std::vector<uint32_t> others;
    for (const cluster::WeightedTerm& t : vectors[i]) {
      for (uint32_t j : postings.at(t.term)) others.push_back(j);
    }
    std::sort(others.begin(), others.end());
    others.erase(std::unique(others.begin(), others.end()), others.end());
    float best_mate = 0;
    std::vector<float> other_event;
    for (uint32_t j : others) {
      if (j == i) continue;
      const float sim = table.Dot(vectors[j]);
      if (gold[j] == gold[i]) {
        best_mate = std::max(best_mate, sim);
      } else {
        other_event.push_back(sim);
      }
    }
    size_t closer = 0;
    for (float sim : other_event) closer += sim > best_mate;
    rank[i] = closer;
  });
  size_t with_mate = 0, first = 0, beyond3 = 0, beyond10 = 0;
  for (size_t r : rank) {
    if (r == SIZE_MAX) continue;
    ++with_mate;
    first += r == 0;
    beyond3 += r >= 3;
    beyond10 += r >= 10;
  }
  auto share = [&](size_t k) { return with_mate ? 100.0 * k / with_mate : 0.0; };
  std::printf(
      "separability: of %zu articles with an event-mate, %.1f%% have one as their nearest "
      "neighbour by TF-IDF cosine; for %.1f%% none is among the 3 nearest, for %.1f%% none among "
      "the 10 nearest\n",
      with_mate, share(first), share(beyond3), share(beyond10));
  std::printf("BCubed F1 of the gold events with these articles taken out as singletons:\n");
  auto ceiling = [&](const char* what, size_t k) {
    std::vector<uint64_t> predicted(n);
    for (size_t i = 0; i < n; ++i) {
      const bool alone = profiles[i].non_article || (rank[i] != SIZE_MAX && rank[i] >= k);
      predicted[i] = alone ? (1ull << 63) | i : gold[i];
    }
    const eval::ClusteringScores s = eval::ScoreClustering(gold, predicted);
    std::printf("  %-58s %7.4f  (recall %.4f)\n", what, s.bcubed_f1, s.bcubed_recall);
  };
  ceiling("non-articles", SIZE_MAX);
  ceiling("non-articles and those with no event-mate among 10 nearest", 10);
  ceiling("non-articles and those with no event-mate among 3 nearest", 3);
  ceiling("non-articles and those whose nearest is of another event", 1);
  return kExitOk;
}

int RunEvalStories(const EvalStoriesOptions& o) {
  const std::string shared = std::string(PRECIS_SOURCE_DIR) + "/../shared/data";
  std::vector<eval::EvalCluster> clusters;
  Status s;
  if (o.preset == "multinews-val") {
    s = eval::ReadMultiNews(shared + "/multinews/val.src.xz", shared + "/multinews/val.tgt.xz",
                            o.limit, &clusters);
  } else if (o.preset == "duc2006") {
    s = eval::ReadClusterJsonl(shared + "/duc2006/duc2006.jsonl.xz", o.limit, &clusters);
  } else if (o.preset == "mixed") {  // Multi-News events and DUC 2006 topics in one stream
    s = eval::ReadMultiNews(shared + "/multinews/val.src.xz", shared + "/multinews/val.tgt.xz",
                            o.limit, &clusters);
    std::vector<eval::EvalCluster> duc;
    if (s.ok()) s = eval::ReadClusterJsonl(shared + "/duc2006/duc2006.jsonl.xz", 0, &duc);
    clusters.insert(clusters.end(), duc.begin(), duc.end());
  } else {
    std::fprintf(stderr,
                 "precis eval-stories: unknown preset '%s' (multinews-val, duc2006, mixed)\n",
                 o.preset.c_str());
    return kExitUsage;
  }
  if (!s.ok()) {
    std::fprintf(stderr, "precis eval-stories: %s\n", s.message().c_str());
    return kExitInputError;
  }
  if (o.copies) return EvalCopies(o, clusters);

  std::vector<Document> articles;
  std::vector<uint64_t> gold;
  eval::ExplodeClusters(clusters, o.seed, &articles, &gold);
  std::printf("%s: %zu events, %zu articles, shuffled with seed %llu\n", o.preset.c_str(),
              clusters.size(), articles.size(), static_cast<unsigned long long>(o.seed));
  if (o.separability) return PrintSeparability(o, articles, gold);
  std::printf("%-12s %7s %7s %7s   %7s %7s %7s  %7s %7s %9s %10s\n", "mode", "B3-P", "B3-R",
              "B3-F1", "pair-P", "pair-R", "pair-F1", "events", "stories", "seconds", "articles/s");
  StoryConfig config;
  config.model_path = o.model;
  config.join_threshold = o.threshold;
  config.threads = o.threads;
  if (o.mode == "incremental" || o.mode == "both") {
    std::unique_ptr<StoryClusterer> clusterer;
    if (Status c = StoryClusterer::Create(config, &clusterer); !c.ok()) {
      std::fprintf(stderr, "precis eval-stories: %s\n", c.message().c_str());
      return kExitInputError;
    }
    auto start = std::chrono::steady_clock::now();
    std::vector<ArticleAssignment> assignments;
    clusterer->AddBatch(articles, &assignments);
    const double seconds = Seconds(start);
    std::vector<Story> stories;
    clusterer->Stories(&stories);
    PrintScores("incremental", eval::ScoreClustering(gold, LabelsOf(stories, articles.size())),
                seconds);
  }
  if (o.mode == "batch" || o.mode == "both") {
    auto start = std::chrono::steady_clock::now();
    std::vector<Story> stories;
    if (Status c = ClusterArchive(articles, config, &stories); !c.ok()) {
      std::fprintf(stderr, "precis eval-stories: %s\n", c.message().c_str());
      return kExitInputError;
    }
    const double seconds = Seconds(start);
    PrintScores("batch", eval::ScoreClustering(gold, LabelsOf(stories, articles.size())), seconds);
  }
  return kExitOk;
}

}  // namespace

void AddEvalStoriesCommand(CLI::App& app, std::function<int()>* run) {
  auto o = std::make_shared<EvalStoriesOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval-stories",
      "Cluster a data set's articles into stories (events exploded and shuffled) and score them "
      "against the events: BCubed and pairwise precision, recall and F1, with timings; or score "
      "copy detection (--copies).");
  cmd->footer(kExitCodesHelp);
  cmd->add_option("--preset", o->preset, "multinews-val (default), duc2006 or mixed");
  cmd->add_option("--limit", o->limit, "Use the first N events (default 2000; 0 = all)");
  cmd->add_option("--mode", o->mode, "incremental, batch or both (default)");
  cmd->add_option("--threshold", o->threshold, "Join/merge threshold (default: tuned)");
  cmd->add_option("--seed", o->seed, "Shuffle seed (default 1)");
  cmd->add_flag("--copies", o->copies,
                "Score near-duplicate detection on copy pairs built from the data set instead");
  cmd->add_flag("--separability", o->separability,
                "Instead of clustering, say how far TF-IDF similarity separates the events at all: "
                "the rank of each article's nearest event-mate, and the BCubed F1 left when "
                "articles no similarity can place are taken out");
  cmd->add_option("--model", o->model, "Model file (default: the shipped one)");
  cmd->add_option("--threads,-j", o->threads, "Threads (default: all cores)");
  cmd->callback([o, run] { *run = [o] { return RunEvalStories(*o); }; });
}

}  // namespace precis::cli
