// The article-extraction benchmark (Scrapinghub's AEB): its pages, its ground truth, the saved
// outputs of other extractors, and its metric, reproduced exactly.
//
// The metric: tokens are the matches of Python's `\w+` (Unicode letters, digits and '_', case
// kept); each page's extraction and ground truth become multisets of 4-token shingles, whose
// overlap gives tp, fp and fn, normalized by tp+fp+fn so every page weighs the same. Precision is
// the mean of tp/(tp+fp) over pages with a non-empty extraction, recall the mean of tp/(tp+fn)
// over pages, and F1 = 2PR/(P+R) of those two means.
#ifndef PRECIS_EVAL_EXTRACTION_BENCHMARK_H_
#define PRECIS_EVAL_EXTRACTION_BENCHMARK_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis::eval {

struct ShingleMatch {
  double tp = 0, fp = 0, fn = 0;  // normalized to sum to 1 (all 0 when both texts are empty)
};

// `\w+` tokens of `text`, as Python's re module finds them.
std::vector<std::string_view> WordTokens(std::string_view text);

ShingleMatch MatchShingles(std::string_view truth, std::string_view prediction, int n = 4);

struct ExtractionScores {
  double precision = 0, recall = 0, f1 = 0;
  size_t pages = 0;
};

ExtractionScores ScoreExtraction(const std::vector<ShingleMatch>& matches);

struct AebPage {
  std::string id;
  std::string url;
  std::string html;   // the page's bytes, decompressed
  std::string truth;  // articleBody of the ground truth
};

// Reads `dir` (ground-truth.json and html/<id>.html.gz), pages sorted by id.
Status LoadAebPages(const std::string& dir, std::vector<AebPage>* pages);

// Reads every `dir`/output/<tool>.json: tool name -> page id -> articleBody.
Status LoadAebToolOutputs(const std::string& dir,
                          std::map<std::string, std::map<std::string, std::string>>* outputs);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_EXTRACTION_BENCHMARK_H_
