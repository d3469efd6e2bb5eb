// ROUGE-1.5.5, reproduced exactly: the same tokenization, length limits, stemming, clipping,
// union LCS, WLCS, skip-bigrams, model averaging, rounding, and bootstrap resampling (Perl's
// srand/rand, a drand48 generator) as the reference Perl script, so that every number it prints
// matches the script's to the last printed decimal. Where the script's behaviour differs from its
// documentation (-l/-b truncate the references too; F is computed from R and P already rounded to
// five decimals; WLCS raises its already-weighted base to the weight again; with -u the last
// token's unigram is not counted), the script wins.
#ifndef PRECIS_EVAL_ROUGE_H_
#define PRECIS_EVAL_ROUGE_H_

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/flat_hash_map.h"
#include "eval/rouge_stemmer.h"
#include "precis/status.h"

namespace precis::eval {

struct RougeOptions {
  int max_ngram = 0;              // -n N: ROUGE-1..N (0: none)
  bool rouge_l = true;            // false with -x
  std::string wlcs_weight;        // -w W as given (empty: no ROUGE-W)
  std::string skip_distance;      // -2 D as given (empty: no ROUGE-S)
  bool skip_unigrams = false;     // -u: ROUGE-SU
  bool skip_both = false;         // -U: ROUGE-S and ROUGE-SU
  bool stem = false;              // -m
  bool remove_stopwords = false;  // -s
  long length_limit = 0;          // -l words (0: none)
  long byte_limit = 0;            // -b bytes (0: none)
  char score_mode = 'A';          // -f A (model average) or B (best model)
  double alpha = 0.5;             // -p
  int count_mode = 0;             // -t 0 (sentence units), 1 (tokens), 2 (raw counts)
  std::string confidence = "95";  // -c as given
  int resamples = 1000;           // -r
  bool per_eval = false;          // -d
};

// A summary as ROUGE reads it: its units (sentences) in order, lowercased (ASCII only, as the
// script's tr/A-Z/a-z/), empty lines dropped.
using SummaryUnits = std::vector<std::string>;

// One metric's result for one evaluation instance: recall, precision, F (each rounded to five
// decimals, as printed), or with count_mode 1/2 the model, peer and hit counts.
struct EvalScore {
  double r = 0, p = 0, f = 0;
};

struct RougeMetric {
  enum class Kind { kNgram, kLcs, kWlcs, kSkip };
  Kind kind = Kind::kNgram;
  int n = 1;                   // for kNgram
  bool skip_unigrams = false;  // for kSkip
  std::string tag;             // "ROUGE-1", "ROUGE-L", "ROUGE-W-1.2", "ROUGE-SU4", ...
};

struct RougeAverage {
  double avg_r = 0, avg_p = 0,
         avg_f = 0;  // means of the bootstrap samples (what the script prints)
  double low_r = 0, low_p = 0, low_f = 0;  // confidence interval
  double high_r = 0, high_p = 0, high_f = 0;
  double mean_r = 0, mean_p = 0, mean_f = 0;     // plain means over instances
  double count_m = 0, count_p = 0, count_h = 0;  // summed counts (count_mode 1 and 2)
  size_t instances = 0;
};

// Perl's rand as ROUGE-1.5.5 meets it: drand48 seeded by srand(seed).
class PerlRandom {
 public:
  explicit PerlRandom(uint32_t seed) { state_ = 0x330Eull + (static_cast<uint64_t>(seed) << 16); }
  double Next() {
    state_ = (0x5DEECE66Dull * state_ + 0xBull) & ((1ull << 48) - 1);
    return static_cast<double>(state_) / static_cast<double>(1ull << 48);
  }

 private:
  uint64_t state_;
};

// "%7.5f" then back to a number: the script's rounding, which later arithmetic builds on.
double Round5(double x);
// The script's "%7.5f".
std::string Format5(double x);

class RougeScorer {
 public:
  // `stemmer` is needed with options.stem; `stopwords` with options.remove_stopwords.
  RougeScorer(const RougeOptions& options, RougeStemmer* stemmer, std::set<std::string> stopwords);
  ~RougeScorer();

  // The metrics the options ask for, in the order the script prints them.
  const std::vector<RougeMetric>& metrics() const { return metrics_; }

  // Scores `peer` against `models` for every metric (one EvalScore per metric, in metrics()
  // order). `peer_key` and `model_keys` identify the texts so their processing is cached (pass
  // empty keys to skip caching).
  std::vector<EvalScore> Score(const SummaryUnits& peer,
                               const std::vector<const SummaryUnits*>& models,
                               const std::string& peer_key = "",
                               const std::vector<std::string>& model_keys = {});

  // Averages per-instance scores the script's way: instances in Perl's string sort order of their
  // ids, bootstrap sample i drawn after srand(i).
  RougeAverage Average(const std::vector<std::pair<std::string, EvalScore>>& instances) const;

  // Keeps only the low `bits` bits of each token's hash, so that tests can make distinct tokens
  // share a hash and exercise the exact fallback; scores must not change. Call before scoring.
  void SetTokenHashBitsForTesting(int bits) { token_hash_mask_ = (uint64_t{1} << bits) - 1; }

 private:
  struct Processed;
  // The processed text: cached under `key`, or, with an empty key, built into `*uncached`.
  const Processed& Process(const SummaryUnits& units, const std::string& key,
                           std::unique_ptr<Processed>* uncached);
  Processed ProcessUncached(const SummaryUnits& units);

  RougeOptions options_;
  RougeStemmer* stemmer_;
  std::set<std::string> stopwords_;
  std::vector<RougeMetric> metrics_;
  double wlcs_weight_ = 0;
  long skip_distance_ = 0;
  // The id of a token's form (its stem with -m): tokens recur, so each distinct token is
  // stemmed and looked up in `vocabulary_` once, then found by its hash, its text compared.
  uint32_t TokenId(std::string_view token);
  uint32_t FormId(std::string_view token);

  std::unordered_map<std::string, uint32_t> vocabulary_;  // form -> dense id
  U64Map token_slots_;                    // hash of a token -> index in token_texts_
  std::vector<std::string> token_texts_;  // each distinct token
  std::vector<uint32_t> token_form_ids_;  // its form's id
  std::unordered_map<std::string, uint32_t> colliding_tokens_;  // tokens whose hash was taken
  uint64_t token_hash_mask_ = ~uint64_t{0};                     // every bit, except in tests
  std::vector<int> peer_left_, model_left_;  // scratch unigram counts by form id (ROUGE-L/W)
  std::unordered_map<std::string, std::unique_ptr<Processed>> cache_;
};

}  // namespace precis::eval

#endif  // PRECIS_EVAL_ROUGE_H_
