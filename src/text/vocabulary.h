// Vocabulary: word forms of one language mapped to stems, with stop-word flags, cached.
//
// Both the summarizer's analysis and story clustering reduce every word to its Snowball stem and
// skip stop words; this class is the one place that does it. Words are looked up by the hash of
// their folded form (CleanedText::word_hashes, HashFoldedWord), so a form is folded and stemmed
// only the first time it is seen. Stems get dense ids in order of first sight, and each id has a
// 64-bit hash of the stem's text, stable across runs and machines, for callers that persist terms.
#ifndef PRECIS_TEXT_VOCABULARY_H_
#define PRECIS_TEXT_VOCABULARY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/flat_hash_map.h"
#include "text/stemmer.h"

namespace precis::text {

class Vocabulary {
 public:
  // `language`: ISO 639-1 code; a language without a stemmer or stop list gets the identity stem
  // and no stop words.
  explicit Vocabulary(std::string_view language);

  struct Entry {
    uint32_t stem = 0;  // dense id; meaningless when `skip`
    bool stop = false;  // a function word of the language
    bool skip = false;  // not a usable word: empty once folded, or longer than 64 bytes
  };

  // `word_hash` is HashFoldedWord(FoldToken(word)); `word` is the token as written, read only
  // when the form is new.
  Entry Lookup(uint64_t word_hash, std::string_view word);

  // Starts loading where Lookup(word_hash, ...) will look: the table of a long run's forms is
  // larger than the caches, so callers prefetch a sentence's words before looking them up.
  void Prefetch(uint64_t word_hash) const { forms_.Prefetch(word_hash); }

  // HashFoldedWord of the stem's text.
  uint64_t StemHash(uint32_t stem) const { return stem_hashes_[stem]; }
  size_t forms() const { return forms_.size(); }
  size_t stems() const { return stem_hashes_.size(); }
  const std::string& language() const { return language_; }

  // Forgets everything (ids start again from 0): for owners that bound memory on endless input
  // between units of work.
  void Clear();

 private:
  std::string language_;
  Stemmer stemmer_;
  U64Map forms_;  // folded-form hash -> packed Entry
  std::unordered_map<std::string, uint32_t> stem_ids_;
  std::vector<uint64_t> stem_hashes_;
  std::string folded_;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_VOCABULARY_H_
