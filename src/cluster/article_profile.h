// ArticleProfile: what story clustering knows of one article, computed once on arrival.
//
// An article is reduced to the evidence that tells events apart: its content terms (Snowball
// stems of the words that survive clean-up, stop words out, headline words counted twice), a
// MinHash signature of its prose for recognising copies, its publication day, and the verdict of
// the non-article detector (crawl notices, social pages, cookie walls are not stories). Profiles
// do not depend on other articles, so they are computed in parallel; terms are keyed by stable
// hashes of stems, so they can be stored and compared across runs.
#ifndef PRECIS_CLUSTER_ARTICLE_PROFILE_H_
#define PRECIS_CLUSTER_ARTICLE_PROFILE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cluster/near_duplicates.h"
#include "extract/boilerplate_model.h"
#include "extract/text_cleaner.h"
#include "precis/document.h"
#include "text/dates.h"
#include "text/vocabulary.h"

namespace precis::cluster {

using text::kNoDay;

struct TermCount {
  uint64_t term = 0;  // HashFoldedWord of the stem
  float count = 0;    // occurrences; headline occurrences count twice
};

struct ArticleProfile {
  std::vector<TermCount> terms;  // ascending by term, unique; none for a non-article
  // Of its words outside page furniture (captions, credits...); a non-article has one too.
  MinHashSignature signature;
  bool non_article = false;
  std::string non_article_reason;
  int32_t day = kNoDay;   // days since 1970-01-01 (UTC) of Document::date
  std::string date_note;  // why a given date was not used; empty when fine or absent
  std::string headline;   // Document::title, else the headline found in the text
  std::string language;   // ISO 639-1, detected
  size_t content_words = 0;
};

// Profiles articles. Holds per-language vocabularies (stem caches), so use one per thread.
class ArticleProfiler {
 public:
  // `boilerplate` (may be null) is the summarizer model's list of text repeated across events.
  explicit ArticleProfiler(const extract::BoilerplateModel* boilerplate);
  ~ArticleProfiler();

  void Profile(const Document& document, ArticleProfile* out);

 private:
  text::Vocabulary& VocabularyFor(const std::string& language);

  const extract::BoilerplateModel* boilerplate_;
  std::map<std::string, std::unique_ptr<text::Vocabulary>> vocabularies_;
  extract::CleanedText cleaned_;
  std::vector<uint64_t> prose_words_;
  std::vector<TermCount> scratch_;
};

// Profiles documents[i] into (*out)[i] for every i, on up to `threads` threads (0 = all cores),
// each with its own profiler. The result does not depend on the number of threads.
void ProfileAll(const std::vector<Document>& documents,
                const extract::BoilerplateModel* boilerplate, int threads,
                std::vector<ArticleProfile>* out);

}  // namespace precis::cluster

#endif  // PRECIS_CLUSTER_ARTICLE_PROFILE_H_
