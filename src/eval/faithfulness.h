// Faithfulness and attribution checks: is a summary backed by its sources, and by the sources it
// cites? ROUGE measures overlap with references; these measure whether what the summary says,
// and whom it credits, can be found in the input. They work on any system's output (text only,
// or text with citations) and use nothing of the summarizer, so they can judge it.
//
// Per summary sentence:
//  - provenance: found verbatim in a source (word for word, case and punctuation aside, the
//    sources' character references such as "&amp;" read as the characters they name), found
//    after deletions (its words appear in order within one source sentence: an extract trimmed
//    by removing words), or not found;
//  - facts: numbers, money amounts, dates and capitalized names, each checked against the
//    sources (precision: a fact no source contains is unsupported);
//  - citations: each cited source supports the sentence when it contains it (verbatim or after
//    deletions) or when one of its sentences, or two adjacent ones, carry at least
//    kSupportRecall of the sentence's distinct content stems, every one of its numbers, and a word
//    of one of its names at least when it has any (what a source says of the U.S. Food and Drug
//    Administration does not support a sentence about Health Canada).
#ifndef PRECIS_EVAL_FAITHFULNESS_H_
#define PRECIS_EVAL_FAITHFULNESS_H_

#include <array>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace precis::eval {

enum class Provenance { kVerbatim, kDeletions, kNotFound };
enum class FactKind { kNumber, kDate, kMoney, kName };
inline constexpr size_t kFactKinds = 4;
const char* FactKindName(FactKind kind);

struct Fact {
  FactKind kind = FactKind::kNumber;
  std::string text;  // as written in the summary
  bool found = false;
};

struct SentenceCheck {
  std::string text;
  std::vector<int> cited;  // as given, 0-based document indices
  Provenance provenance = Provenance::kNotFound;
  int found_in = -1;              // a document holding it (verbatim or after deletions)
  std::vector<int> supported_by;  // the cited documents that support it
  std::vector<Fact> facts;
};

struct FaithfulnessReport {
  std::vector<SentenceCheck> sentences;  // empty in reports summed with Add
  size_t summaries = 0;
  size_t sentence_count = 0;
  size_t documents = 0;
  size_t verbatim = 0;
  size_t with_deletions = 0;  // found after deletions, not verbatim
  std::array<size_t, kFactKinds> facts{};
  std::array<size_t, kFactKinds> facts_found{};
  size_t citations = 0;  // (sentence, cited document) pairs
  size_t citations_supported = 0;
  size_t cited_sentences = 0;      // sentences citing at least one document
  size_t supported_sentences = 0;  // ... every one of whose citations supports it
  size_t bad_citations = 0;        // citations of a document index out of range
  size_t distinct_sources = 0;     // documents cited at least once

  // Adds another report's counts (for averaging over many summaries); sentences are not copied.
  void Add(const FaithfulnessReport& other);
  size_t TotalFacts() const;
  size_t TotalFactsFound() const;
};

// Ratios with an explicit "nothing to measure": `den` 0 gives -1, printed as "n/a".
double Share(size_t num, size_t den);

class FaithfulnessChecker {
 public:
  static constexpr double kSupportRecall = 0.5;

  // `documents` are the sources' texts (UTF-8); `language` an ISO 639-1 code for stemming and
  // stop words ("" detects it from the documents).
  FaithfulnessChecker(const std::vector<std::string_view>& documents, std::string_view language);
  ~FaithfulnessChecker();
  FaithfulnessChecker(const FaithfulnessChecker&) = delete;
  FaithfulnessChecker& operator=(const FaithfulnessChecker&) = delete;

  SentenceCheck CheckSentence(std::string_view sentence, const std::vector<int>& cited);

  // Checks every sentence; `cited` may be empty (no citations to check) or parallel to
  // `sentences`.
  FaithfulnessReport Check(const std::vector<std::string>& sentences,
                           const std::vector<std::vector<int>>& cited);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The report as readable text (per-sentence lines when `detailed`) and as one JSON object.
std::string FaithfulnessText(const FaithfulnessReport& report, bool detailed);
std::string FaithfulnessJson(const FaithfulnessReport& report, bool detailed);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_FAITHFULNESS_H_
