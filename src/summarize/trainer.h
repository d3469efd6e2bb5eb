// The trainer: learns a SummarizerModel from a corpus of clusters with reference summaries
// (Multi-News train). Kept apart from the runtime, which only loads the model it writes.
//
// It learns two things:
//  1. Boilerplate: word shingles that occur in at least `boilerplate_min_clusters` distinct
//     events and in no reference summary. Unrelated events share few eight-word runs but the text
//     around articles (crawl notices, cookie walls, reprint lines), so repetition finds it without
//     any list; the news phrases that recur as much ("the centers for disease control and
//     prevention said") are in references, which people wrote, and boilerplate never is.
//  2. Sentence importance: a ridge regression from SentenceFeatures (dense features and the
//     weights of common word forms) to how much of a sentence is in the reference (unigram plus
//     bigram precision against the reference, stemmed), trained on the sentences a summary may
//     quote.
#ifndef PRECIS_SUMMARIZE_TRAINER_H_
#define PRECIS_SUMMARIZE_TRAINER_H_

#include <string>

#include "precis/status.h"
#include "summarize/model.h"

namespace precis::summarize {

struct TrainerOptions {
  std::string src;   // Multi-News train.src(.xz)
  std::string tgt;   // Multi-News train.tgt(.xz)
  size_t limit = 0;  // events to read (0: all)
  size_t boilerplate_min_clusters = 8;
  double ridge = 10.0;  // L2 penalty of the regression
  // A word form gets a weight of its own when the sentences of at least this many events have it:
  // counted by events, not sentences, so a word that one big story repeats (a city, a name) does
  // not learn that story's fate.
  uint32_t min_word_events = 200;
  int threads = 0;
};

// Trains a model; `report` receives a human-readable account (counts, fit quality).
Status TrainSummarizerModel(const TrainerOptions& options, SummarizerModel* model,
                            std::string* report);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_TRAINER_H_
