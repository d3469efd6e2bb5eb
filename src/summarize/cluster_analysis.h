// ClusterAnalysis: everything the summarization methods need to know about a cluster, computed
// once: each document cleaned and judged, each content sentence tokenized, stemmed, and mapped to
// cluster-local term and concept ids, with document frequencies.
//
// Ids are assigned in order of first occurrence (documents in input order), so they, and every
// result computed from them, are the same whichever thread analyzes the cluster.
#ifndef PRECIS_SUMMARIZE_CLUSTER_ANALYSIS_H_
#define PRECIS_SUMMARIZE_CLUSTER_ANALYSIS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "extract/boilerplate_model.h"
#include "extract/non_article_detector.h"
#include "extract/text_cleaner.h"
#include "precis/document.h"

namespace precis::summarize {

// A kind of quotation mark, to restore one in the style of the text it belongs to.
// Named by the opening mark: " “ „ « ``.
enum class QuoteMark : uint8_t { kNone, kStraight, kCurly, kLow, kAngle, kNewswire };

struct AnalyzedSentence {
  int doc = 0;
  uint32_t position = 0;  // index among its document's content sentences
  uint32_t begin = 0;     // byte offsets into the document's text
  uint32_t end = 0;
  uint32_t words = 0;  // white-space separated tokens of its text, as ROUGE counts them
  // Its words in the document's CleanedText::word_hashes: [first_word, end_word).
  uint32_t first_word = 0;
  uint32_t end_word = 0;
  std::vector<uint32_t> terms;     // content (non-stop) term ids, ascending, repeats kept
  std::vector<uint32_t> concepts;  // unique concept ids (content unigrams and bigrams), ascending
  std::vector<uint32_t> names;     // unique term ids of capitalized words not at sentence start
  std::vector<uint32_t> numbers;   // unique term ids of number tokens
  bool eligible = false;           // may be quoted in a summary (see ClusterAnalyzer for the rules)
  // Needs context it does not carry: opens with a word that needs an antecedent ("But", "He",
  // "It's"), or starts inside a quotation whose opening is in an earlier sentence.
  bool dangling = false;
  // Does not end where its writer ended it: cut off by an ellipsis glued to its last word, or the
  // unpunctuated last sentence of a document whose text was cut mid-sentence. Never quoted.
  bool truncated = false;
  // The tail of a quotation that opened in an earlier sentence and that names its speaker ("We
  // will rebuild," the mayor said.): shown with an opening mark of this kind restored in front.
  QuoteMark reopen_quote = QuoteMark::kNone;
  // A quotation it opens (or continues) is still open at its end, opened by a mark of this kind:
  // shown alone, it gets the closing mark, so the reader sees where the quoted words stop.
  QuoteMark open_at_end = QuoteMark::kNone;
  bool has_quote = false;  // contains a quotation mark
  bool question = false;   // ends with a question mark
};

struct AnalyzedDocument {
  extract::CleanedText cleaned;
  extract::NonArticleVerdict verdict;
  std::string note;                   // repairs and drops, for the document report
  bool duplicate_of_earlier = false;  // same content as an earlier document
  int duplicate_of = -1;
  bool identical_text = false;  // byte-identical to duplicate_of, so offsets carry over
  // The earliest document this one is a wire copy of (the same agency text trimmed, extended or
  // retouched: cluster::IsCopy), or -1. Copies stay in the cluster (each outlet is listed) but
  // count as one independent source.
  int copy_of = -1;
  uint32_t first_sentence = 0;  // its sentences in ClusterAnalysis::sentences
  uint32_t end_sentence = 0;
};

struct ClusterAnalysis {
  std::string language;
  std::vector<AnalyzedDocument> docs;
  std::vector<AnalyzedSentence> sentences;  // content sentences of usable documents, by doc
  uint32_t num_terms = 0;
  uint32_t num_concepts = 0;
  std::vector<uint32_t> term_df;     // documents containing each term
  std::vector<uint32_t> concept_df;  // documents containing each concept
  std::vector<uint32_t> concept_tf;  // occurrences of each concept in the cluster
  std::vector<float> concept_first;  // earliest relative position (0 = lead) of each concept
  std::vector<uint8_t> concept_is_bigram;
  size_t usable_docs = 0;  // documents that are articles and not duplicates
  bool all_non_articles = false;
  size_t content_words = 0;
  // No sentence of the cluster ends with punctuation (text without any: lines of captions, a
  // transcript, a script whose sentences the splitter cannot see), so sentences are quotable
  // without it; otherwise a summary of such text would be empty.
  bool unpunctuated = false;
};

// Analyzes clusters. Holds per-thread caches (stems, vocabulary), so use one per thread.
class ClusterAnalyzer {
 public:
  explicit ClusterAnalyzer(const extract::BoilerplateModel* boilerplate);
  ~ClusterAnalyzer();
  ClusterAnalyzer(const ClusterAnalyzer&) = delete;
  ClusterAnalyzer& operator=(const ClusterAnalyzer&) = delete;

  // `texts` are the documents' texts, valid UTF-8. `language` empty = detect. When every
  // non-empty document is judged not an article, they are all kept (and `out->all_non_articles`
  // set): a summary of doubtful text with a warning serves better than none.
  void Analyze(const std::vector<std::string_view>& texts, const std::string& language,
               ClusterAnalysis* out);

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_CLUSTER_ANALYSIS_H_
