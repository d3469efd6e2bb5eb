// Summarizer: from several articles about one event to one short summary in which every
// sentence is taken from the sources and names every source that reports it.
//
// Usage:
//   std::unique_ptr<precis::Summarizer> summarizer;
//   precis::Status s = precis::Summarizer::Create(precis::SummarizerConfig{}, &summarizer);
//   precis::SummaryOptions options;
//   options.budget = precis::Budget::Words(200);
//   precis::Summary summary;
//   s = summarizer->Summarize(documents, options, &summary);
//
// A Summarizer is immutable after Create and safe to use from many threads at once. The same
// documents and options always give the same summary, byte for byte.
#ifndef PRECIS_SUMMARIZER_H_
#define PRECIS_SUMMARIZER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "precis/document.h"
#include "precis/status.h"

namespace precis {

// How long the summary may be. Word counts are whitespace-separated tokens, as ROUGE counts them;
// in a script written without spaces (Chinese, Japanese, Thai, ...) each dictionary word counts.
struct Budget {
  enum class Unit { kWords, kSentences, kRatio };
  Unit unit = Unit::kWords;
  double amount = 200;  // words, sentences, or a share (0, 1] of the cluster's words after clean-up
  // With kWords: false = the summary never exceeds `amount` words (whole sentences, filled as fully
  // as the cap allows); true = sentences are added until the summary reaches `amount` words, the
  // last one added running past it and read last, so that evaluation protocols that cut at N
  // words (ROUGE -l N) cut that one (unless it must follow the sentence it leans on). A cluster
  // with fewer words of complete sentences that read on their own gives a shorter summary.
  bool fill = false;

  static Budget Words(double n, bool fill = false) { return Budget{Unit::kWords, n, fill}; }
  static Budget Sentences(double n) { return Budget{Unit::kSentences, n, false}; }
  static Budget Ratio(double r) { return Budget{Unit::kRatio, r, false}; }
};

struct SummaryOptions {
  Budget budget;
  // A name from Summarizer::Methods(); empty selects the default (the best) method.
  std::string method;
  // One of Summarizer::Languages() (ISO 639-1 codes: "en", "de", "zh", ...), or empty to detect
  // the language from the text; another code is an error (kInvalidArgument). Snowball's languages
  // are stemmed; Chinese and Japanese words are matched as written.
  std::string language;
};

// Where a summary sentence stands in a source: UTF-8 byte offsets into Document::text.
struct SourceSpan {
  int doc = 0;
  size_t begin = 0;
  size_t end = 0;
};

struct SummarySentence {
  // The sentence as written in its source, white space folded and character references ("&amp;")
  // decoded. The tail of a quotation that opened in the sentence before and that names its speaker
  // is shown with the opening mark restored: "We will rebuild," the mayor said. A sentence that
  // leaves a quotation open is shown with the closing mark added, unless the sentence that goes
  // on with it comes next: The mayor said, "We will rebuild." The marks are not in `offsets`.
  std::string text;
  std::vector<int> sources;  // 0-based indices of every document reporting it, ascending
  // How many independent sources those are: a wire copy and its original (or a repeated text)
  // count once.
  int independent_sources = 0;
  double score = 0;                 // the method's importance score for this sentence
  std::vector<SourceSpan> offsets;  // the span it was taken from first, then supporting spans
};

struct DocumentReport {
  int index = 0;
  std::string title;
  std::string source;
  std::string url;
  std::string date;
  bool non_article = false;  // dropped as not an article (crawl notice, cookie wall, ...)
  // The earlier document whose text this one repeats or copies (syndicated wire copy), or -1.
  int copy_of = -1;
  std::string note;       // why it was dropped or what was repaired; empty when nothing
  size_t words_kept = 0;  // words left after clean-up
};

struct Summary {
  std::vector<SummarySentence> sentences;  // in reading order
  std::vector<DocumentReport> documents;   // one per input document, in input order
  std::vector<std::string> warnings;       // caveats a user should know about (one article, ...)
  std::string language;                    // the language the text was processed as
  std::string method;                      // the method that produced it

  // The sentences one per line, as in the batch output's "summary" field.
  std::string Text() const;
  size_t WordCount() const;
};

struct SummarizerConfig {
  // A model file written by `precis train`; empty loads the one shipped with precis (looked up next
  // to the executable, in the source tree, and in the install prefix). A summarizer without a model
  // still works, with default weights and no learned boilerplate list.
  std::string model_path;
  bool require_model = false;
};

class Summarizer {
 public:
  virtual ~Summarizer() = default;

  static Status Create(const SummarizerConfig& config, std::unique_ptr<Summarizer>* out);

  // Names accepted by SummaryOptions::method, the default first.
  static std::vector<std::string> Methods();
  static std::string DefaultMethod();
  // The languages SummaryOptions::language accepts, as ISO 639-1 codes.
  static std::vector<std::string> Languages();

  // Summarizes one cluster. Fails only when no usable text remains (all documents empty or
  // non-articles) or the options are invalid; caveats go to summary->warnings.
  virtual Status Summarize(const std::vector<Document>& documents, const SummaryOptions& options,
                           Summary* summary) const = 0;
};

}  // namespace precis

#endif  // PRECIS_SUMMARIZER_H_
