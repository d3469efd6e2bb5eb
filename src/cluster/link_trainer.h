// The trainer of StoryLinkModel (link_model.h): a logistic regression from the features of
// candidate pairs to whether the two articles report the same event, learned on Multi-News train
// events exploded into archives the size of the evaluation's (2,000 events, shuffled), so each
// pair's neighbourhood features are seen at the density they will have. Kept apart from the
// runtime, which only reads the weights `precis train` writes into the model file.
#ifndef PRECIS_CLUSTER_LINK_TRAINER_H_
#define PRECIS_CLUSTER_LINK_TRAINER_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "precis/status.h"
#include "summarize/model.h"

namespace precis::cluster {

struct LinkTrainerOptions {
  std::string src;  // Multi-News train.src(.xz)
  std::string tgt;  // Multi-News train.tgt(.xz)
  size_t events_per_archive = 2000;
  size_t archives = 3;  // consecutive blocks of events from the start of the file
  double ridge = 1.0;   // L2 penalty on the standardized weights (not the bias)
  uint64_t seed = 1;    // shuffles each archive
  int threads = 0;
};

// Trains the link model and writes its weights into `model`, whose boilerplate list (trained
// first) drives the articles' profiles as at run time. `report` receives counts and fit quality.
Status TrainStoryLinkModel(const LinkTrainerOptions& options, summarize::SummarizerModel* model,
                           std::string* report);

}  // namespace precis::cluster

#endif  // PRECIS_CLUSTER_LINK_TRAINER_H_
