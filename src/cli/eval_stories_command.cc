// precis eval-stories: story clustering and copy detection against gold labels, with timings.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "cli/commands.h"
#include "cluster/article_profile.h"
#include "cluster/near_duplicates.h"
#include "eval/clustering_metrics.h"
#include "eval/datasets.h"
#include "precis/story_clusterer.h"
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
  cmd->add_option("--model", o->model, "Model file (default: the shipped one)");
  cmd->add_option("--threads,-j", o->threads, "Threads (default: all cores)");
  cmd->callback([o, run] { *run = [o] { return RunEvalStories(*o); }; });
}

}  // namespace precis::cli
