// Evaluation data sets: clusters of documents with reference summaries.
#ifndef PRECIS_EVAL_DATASETS_H_
#define PRECIS_EVAL_DATASETS_H_

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

}  // namespace precis::eval

#endif  // PRECIS_EVAL_DATASETS_H_
