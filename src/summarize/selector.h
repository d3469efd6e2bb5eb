// SentenceSelector: one summarization method. Every method reads the same ClusterAnalysis and
// chooses sentences for the same WordLimit; they differ only in how they judge importance and
// redundancy. New methods register in selector.cc.
#ifndef PRECIS_SUMMARIZE_SELECTOR_H_
#define PRECIS_SUMMARIZE_SELECTOR_H_

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "summarize/cluster_analysis.h"
#include "summarize/model.h"

namespace precis::summarize {

// The budget resolved to numbers. In cap mode a summary never exceeds max_words; in fill mode
// sentences are added until it reaches target_words (the last may run past). Either way at most
// max_sentences sentences.
struct WordLimit {
  bool fill = false;
  uint32_t max_words = std::numeric_limits<uint32_t>::max();
  uint32_t target_words = 0;
  uint32_t max_sentences = std::numeric_limits<uint32_t>::max();

  // Whether a sentence of `words` may join a summary of `have_words` words and `have_sentences`.
  bool Admits(uint32_t have_words, uint32_t have_sentences, uint32_t words) const {
    if (have_sentences >= max_sentences || Full(have_words, have_sentences)) return false;
    return fill || have_words + words <= max_words;
  }
  bool Full(uint32_t have_words, uint32_t have_sentences) const {
    if (have_sentences >= max_sentences) return true;
    return fill ? have_words >= target_words : have_words >= max_words;
  }
};

struct Selection {
  std::vector<uint32_t> chosen;  // indices into ClusterAnalysis::sentences, in order chosen
  std::vector<double> scores;    // one per chosen sentence: the method's score for it
};

class SentenceSelector {
 public:
  virtual ~SentenceSelector() = default;
  virtual std::string_view name() const = 0;
  virtual void Select(const ClusterAnalysis& cluster, const WordLimit& limit,
                      Selection* out) const = 0;
};

// Methods by name; nullptr for an unknown name.
std::unique_ptr<SentenceSelector> CreateSelector(std::string_view name,
                                                 const SummarizerModel& model);
// Registered names, the default (best) first.
const std::vector<std::string>& SelectorNames();

// Shared by methods that rank sentences by a score: takes eligible sentences in descending score
// (ties: earlier position, then earlier document), skipping any Redundant with one already
// taken and any dangling one whose antecedent is not taken before it (SelectableAfter), until the
// limit is reached.
void SelectByScore(const ClusterAnalysis& cluster, const WordLimit& limit,
                   const std::vector<double>& scores, double max_similarity, Selection* out);

// Whether sentence `s` may be chosen at all (eligible, not dangling).
bool Selectable(const AnalyzedSentence& s);

// The content sentence just before sentence `i` in its document (its antecedent, which a
// dangling opener needs; furniture that clean-up dropped between them does not count), or -1 when
// `i` opens its document's content.
int64_t Antecedent(const ClusterAnalysis& cluster, uint32_t i);

// Whether sentence `i` may join a summary whose sentences are flagged in `chosen` (one flag per
// sentence of the cluster): it is Selectable, or it is eligible but dangling and its Antecedent is
// chosen, so that it is read right after it (the summarizer orders it so).
bool SelectableAfter(const ClusterAnalysis& cluster, uint32_t i,
                     const std::vector<uint8_t>& chosen);

// Whether sentence i has an Antecedent and it is marked in `chosen` (indexed by sentence).
bool AntecedentTaken(const ClusterAnalysis& cluster, uint32_t i,
                     const std::vector<uint8_t>& chosen);

// Cosine similarity of two sentences' content-term counts.
double TermCosine(const AnalyzedSentence& a, const AnalyzedSentence& b);

// Whether sentence `i` has a TermCosine above `max_cosine` with any of the `chosen` sentences.
bool SimilarToAnyChosen(const ClusterAnalysis& cluster, uint32_t i,
                        const std::vector<uint32_t>& chosen, double max_cosine);

// The share of the shorter sentence's distinct content terms that the other also has: high when
// one sentence restates the other's claim in a longer or shorter form, which cosine misses.
double TermContainment(const AnalyzedSentence& a, const AnalyzedSentence& b);

// Whether two sentences say much the same: content-term cosine above `max_similarity`, or more
// than kMaxContainment of the shorter one's terms in the other (0.4: on DUC 2006 this cut
// restatements and raised ROUGE-2 slightly; on Multi-News it cost 0.2 ROUGE-2, whose short
// summaries reward repeating the core fact).
inline constexpr double kMaxContainment = 0.4;
bool Redundant(const AnalyzedSentence& a, const AnalyzedSentence& b, double max_similarity);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_SELECTOR_H_
