// precis train: reproduces the shipped model from Multi-News train.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "summarize/model.h"
#include "summarize/trainer.h"

namespace precis::cli {
namespace {

struct TrainOptions {
  summarize::TrainerOptions trainer;
  std::string out = "models/precis.model";
  std::string base;
};

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
  return kExitOk;
}

}  // namespace

void AddTrainCommand(CLI::App& app, std::function<int()>* run) {
  auto o = std::make_shared<TrainOptions>();
  CLI::App* cmd = app.add_subcommand("train",
                                     "Learn the summarizer's model (boilerplate shingles, sentence "
                                     "weights) from Multi-News train.");
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
  cmd->callback([o, run] { *run = [o] { return RunTrain(*o); }; });
}

}  // namespace precis::cli
