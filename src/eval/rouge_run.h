// Running ROUGE the way ROUGE-1.5.5.pl runs: evaluations read from its XML configuration file (or
// a -z file list, or built in memory from JSONL), every requested peer scored against each
// evaluation's models, averaged with bootstrap resampling, and printed in the script's format.
#ifndef PRECIS_EVAL_ROUGE_RUN_H_
#define PRECIS_EVAL_ROUGE_RUN_H_

#include <map>
#include <string>
#include <vector>

#include "eval/rouge.h"
#include "precis/status.h"

namespace precis::eval {

struct RougeEval {
  std::string id;
  // (id, text) in configuration order; keys (file paths) identify texts for caching.
  std::vector<std::pair<std::string, SummaryUnits>> peers;
  std::vector<std::pair<std::string, SummaryUnits>> models;
  std::vector<std::string> peer_keys;
  std::vector<std::string> model_keys;
};

// Reads a summary file in one of the script's formats: SPL (a unit per line), SEE (the DUC HTML
// format) or ISI (<S SNTNO="..."> lines). Units are lowercased (ASCII) and empty lines dropped,
// as the script does.
Status ReadSummaryUnits(const std::string& path, const std::string& format, SummaryUnits* out);
// The same for text already in memory.
SummaryUnits SplitSummaryUnits(std::string_view text, const std::string& format);

// SPL units of `text`; with `split_sentences`, each line is further split by precis's sentence
// splitter (for references written as running text). Splitting happens before lowercasing,
// since capitals are what mark sentence starts.
SummaryUnits SentenceUnits(std::string_view text, bool split_sentences);

// Parses a ROUGE XML configuration (<ROUGE_EVAL><EVAL ID><PEER-ROOT><MODEL-ROOT><INPUT-FORMAT
// TYPE><PEERS><P ID><MODELS><M ID>) and reads every summary it names. `root_override`, when not
// empty, maps a configured root directory to a local one (configs written elsewhere).
Status LoadRougeConfig(const std::string& path, const std::map<std::string, std::string>& root_map,
                       std::vector<RougeEval>* evals, std::vector<std::string>* peer_ids);

// Parses a -z file list: each line "peer model1 model2 ...", system id `system_id`.
Status LoadRougeFileList(const std::string& path, const std::string& format,
                         const std::string& system_id, std::vector<RougeEval>* evals);

struct RougeReport {
  std::string text;                   // exactly what ROUGE-1.5.5.pl prints to standard output
  std::vector<std::string> warnings;  // what it prints to standard error
  // peer -> metric tag -> average
  std::map<std::string, std::map<std::string, RougeAverage>> averages;
  std::vector<std::string> metric_tags;
};

// Scores `peer_ids` (in that order) over `evals`.
RougeReport RunRouge(const std::vector<RougeEval>& evals, const std::vector<std::string>& peer_ids,
                     RougeScorer* scorer, const RougeOptions& options);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_ROUGE_RUN_H_
