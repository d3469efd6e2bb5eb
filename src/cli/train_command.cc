// precis train: reproduces the shipped model from Multi-News train.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cluster/link_trainer.h"
#include "summarize/model.h"
#include "summarize/trainer.h"

namespace precis::cli {
namespace {

struct TrainOptions {
  summarize::TrainerOptions trainer;
  std::string out = "models/precis.model";
  std::string base;
  std::string compare;
};

// Whether `trained` is `reference` up to rounding (parameters within 1e-6, relative where large;
// the same boilerplate shingles); the differences are reported on stderr.
bool SameModel(const summarize::SummarizerModel& trained,
               const summarize::SummarizerModel& reference) {
  size_t differences = 0;
  auto report = [&](const std::string& what) {
    if (++differences <= 10) std::fprintf(stderr, "precis train: differs: %s\n", what.c_str());
  };
  for (const auto& [name, value] : reference.params) {
    auto it = trained.params.find(name);
    if (it == trained.params.end()) {
      report(name + " is not trained");
    } else if (std::fabs(it->second - value) > 1e-6 * std::max(1.0, std::fabs(value))) {
      report(name + ": " + std::to_string(it->second) + " against " + std::to_string(value));
    }
  }
  for (const auto& [name, value] : trained.params) {
    if (!reference.params.count(name)) report(name + " is new");
  }
  if (trained.boilerplate.shingles() != reference.boilerplate.shingles()) {
    report("boilerplate shingles: " + std::to_string(trained.boilerplate.shingles().size()) +
           " against " + std::to_string(reference.boilerplate.shingles().size()));
  }
  if (differences > 10) std::fprintf(stderr, "precis train: ... %zu differences\n", differences);
  return differences == 0;
}

int RunTrain(TrainOptions& o) {
  const std::string shared = std::string(PRECIS_SOURCE_DIR) + "/../shared/data/multinews";
  if (o.trainer.src.empty()) o.trainer.src = shared + "/train.src.xz";
  if (o.trainer.tgt.empty()) o.trainer.tgt = shared + "/train.tgt.xz";
  summarize::SummarizerModel model;
  if (!o.base.empty()) {
    Status s = summarize::SummarizerModel::Load(o.base, &model);
    if (!s.ok()) {
      std::fprintf(stderr, "precis train: %s\n", s.message().c_str());
      return kExitInputError;
    }
  }
  std::string report;
  Status s = summarize::TrainSummarizerModel(o.trainer, &model, &report);
  if (s.ok()) {
    // The story link model profiles articles with the boilerplate list just learned.
    cluster::LinkTrainerOptions link;
    link.src = o.trainer.src;
    link.tgt = o.trainer.tgt;
    link.threads = o.trainer.threads;
    if (o.trainer.limit > 0) {
      link.events_per_archive = std::min(link.events_per_archive, o.trainer.limit);
      link.archives =
          std::clamp<size_t>(o.trainer.limit / link.events_per_archive, 1, link.archives);
    }
    s = cluster::TrainStoryLinkModel(link, &model, &report);
  }
  std::fputs(report.c_str(), stderr);
  if (!s.ok()) {
    std::fprintf(stderr, "precis train: %s\n", s.message().c_str());
    return kExitInputError;
  }
  s = model.Save(o.out);
  if (!s.ok()) {
    std::fprintf(stderr, "precis train: %s\n", s.message().c_str());
    return kExitInternal;
  }
  std::fprintf(stderr, "precis train: wrote %s\n", o.out.c_str());
  if (!o.compare.empty()) {
    summarize::SummarizerModel reference;
    s = summarize::SummarizerModel::Load(o.compare, &reference);
    if (!s.ok()) {
      std::fprintf(stderr, "precis train: %s\n", s.message().c_str());
      return kExitInputError;
    }
    if (!SameModel(model, reference)) {
      std::fprintf(stderr, "precis train: the trained model differs from %s\n", o.compare.c_str());
      return kExitInputError;
    }
    std::fprintf(stderr, "precis train: the trained model is %s\n", o.compare.c_str());
  }
  return kExitOk;
}

}  // namespace

void AddTrainCommand(CLI::App& app, std::function<int()>* run) {
  auto o = std::make_shared<TrainOptions>();
  CLI::App* cmd = app.add_subcommand("train",
                                     "Learn the model (boilerplate shingles, sentence weights, "
                                     "story link weights) from Multi-News train.");
  cmd->footer(kExitCodesHelp);
  cmd->add_option("--src", o->trainer.src, "Multi-News train.src(.xz) (default: ../shared)");
  cmd->add_option("--tgt", o->trainer.tgt, "Multi-News train.tgt(.xz) (default: ../shared)");
  cmd->add_option("--limit", o->trainer.limit, "Use only the first N events");
  cmd->add_option("--min-events", o->trainer.boilerplate_min_clusters,
                  "Boilerplate: a shingle must occur in at least this many events (default 8)");
  cmd->add_option("--ridge", o->trainer.ridge,
                  "L2 penalty of the sentence regression (default 10)");
  cmd->add_option("--min-word-events", o->trainer.min_word_events,
                  "A word form gets its own weight when the sentences of at least this many "
                  "training events have it (default 200)");
  cmd->add_option("--base", o->base, "Start from this model's other parameters");
  cmd->add_option("--out,-o", o->out, "Output model file (default models/precis.model)");
  cmd->add_option("--threads,-j", o->trainer.threads, "Threads (default: all cores)");
  cmd->add_option("--compare", o->compare,
                  "Check that the trained model equals this one (up to rounding), e.g. that the "
                  "shipped model is reproduced; exit 1 when they differ");
  cmd->callback([o, run] { *run = [o] { return RunTrain(*o); }; });
}

}  // namespace precis::cli
