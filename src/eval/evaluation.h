// Evaluation: run summarization methods over a data set, score them with the exact ROUGE, and
// report quality, attribution and speed in one table. `precis eval` is a thin front end on this.
#ifndef PRECIS_EVAL_EVALUATION_H_
#define PRECIS_EVAL_EVALUATION_H_

#include <map>
#include <string>
#include <vector>

#include "eval/datasets.h"
#include "eval/faithfulness.h"
#include "eval/rouge.h"
#include "precis/summarizer.h"

namespace precis::eval {

struct EvaluationConfig {
  std::vector<std::string> methods;  // empty: every method
  Budget budget = Budget::Words(230, true);
  RougeOptions rouge;
  bool split_references = true;  // references are running text: split into sentence units
  bool jackknife = false;        // leave-one-out over references, as NIST's DUC configs
  bool use_recall = false;       // report R instead of F as the headline figure
  int threads = 0;
  std::string rouge_data_dir;  // wordnet-2.0-exceptions.tsv (for -m)
};

struct MethodResult {
  std::string method;
  std::vector<std::string> metric_tags;
  std::map<std::string, RougeAverage> rouge;  // by tag
  size_t clusters = 0;
  size_t failures = 0;
  double seconds = 0;  // summarization wall time
  double mean_words = 0;
  double mean_sentences = 0;
  double mean_sources = 0;          // documents cited per sentence
  double multi_source_share = 0;    // sentences citing 2 or more documents
  FaithfulnessReport faithfulness;  // summed over clusters (eval/faithfulness.h)
};

Status Evaluate(const std::vector<EvalCluster>& clusters, const Summarizer& summarizer,
                const EvaluationConfig& config, std::vector<MethodResult>* results);

// The results as a Markdown table and as JSON (stable key order, for diffing runs).
std::string ResultsMarkdown(const std::vector<MethodResult>& results, bool recall);
std::string ResultsJson(const std::vector<MethodResult>& results);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_EVALUATION_H_
