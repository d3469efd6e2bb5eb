// Evaluation data sets: clusters of documents with reference summaries.
#ifndef PRECIS_EVAL_DATASETS_H_
#define PRECIS_EVAL_DATASETS_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "precis/document.h"
#include "precis/status.h"

namespace precis::eval {

struct EvalCluster {
  std::string id;
  std::vector<Document> documents;
  // (reference id, text); a text may be one line of running prose (Multi-News) or one
  // sentence per line (DUC).
  std::vector<std::pair<std::string, std::string>> references;
};

// Multi-News layout: `src` has one event per line, articles separated by " ||||| "; `tgt` has the
// reference on the same line. ".xz" files are read directly. Ids are "<basename>-<line>".
// `limit` > 0 reads only the first `limit` events.
Status ReadMultiNews(const std::string& src, const std::string& tgt, size_t limit,
                     std::vector<EvalCluster>* out);

// JSONL clusters, one per line: {"id" or "topic", "documents": [{"text", "headline"/"title",
// "docno"/"id", ...} or "text"], "references": [..] or {"A": ..}}. This is the DUC 2006 file's
// format and precis's own. ".xz" is read directly.
Status ReadClusterJsonl(const std::string& path, size_t limit, std::vector<EvalCluster>* out);

// A stream of articles with gold event labels, for story clustering: every cluster's documents,
// labelled with the cluster's position in `clusters`, shuffled with `seed` (a fixed Fisher-Yates
// over a 64-bit Mersenne Twister, so the order is the same on every platform). Ids are
// "<cluster id>/<n>".
void ExplodeClusters(const std::vector<EvalCluster>& clusters, uint64_t seed,
                     std::vector<Document>* articles, std::vector<uint64_t>* labels);

// Near-duplicate test pairs built from full-text articles, reproducibly from `seed`: for each
// article, a copy as outlets make them (10-40% of its paragraphs cut from the end or the start, a
// new first sentence, up to 5% of words substituted or inserted) is a positive pair; the article
// against every other article of its cluster is a negative one.
//
// Some negatives are copies all the same: DUC topics hold the same wire story filed twice, or an
// agency's rewrite of another's. `copy_in_collection` marks a negative whose texts share at least
// half of the shorter one's 5-word shingles, counted exactly (ExactShingleContainment), so reports
// can say how many "false" positives are such pairs; the label stays negative.
struct CopyPair {
  std::string a, b;
  bool copy = false;
  bool copy_in_collection = false;
};
// The share of the shorter text's distinct 5-word shingles (whitespace-separated words, ASCII
// letters lowercased, punctuation kept) that occur in the other text. 0 when either has none.
double ExactShingleContainment(const std::string& a, const std::string& b);
void BuildCopyPairs(const std::vector<EvalCluster>& clusters, uint64_t seed,
                    std::vector<CopyPair>* pairs);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_DATASETS_H_
