#include "text/vocabulary.h"

#include "text/stopwords.h"
#include "text/tokenizer.h"

namespace precis::text {
namespace {
constexpr uint32_t kStemMask = (1u << 30) - 1;
constexpr uint32_t kStopForm = 1u << 30;
constexpr uint32_t kSkipForm = 1u << 31;
}  // namespace

Vocabulary::Vocabulary(std::string_view language)
    : language_(language), stemmer_(language, /*cached=*/false) {}

Vocabulary::Entry Vocabulary::Lookup(uint64_t word_hash, std::string_view word) {
  bool inserted;
  uint32_t& packed = forms_.FindOrInsert(word_hash, 0, &inserted);
  if (inserted) {
    FoldToken(word, &folded_);
    if (folded_.empty() || folded_.size() > 64) {
      packed = kSkipForm;
    } else {
      std::string stem(stemmer_.Stem(folded_));
      auto [it, added] = stem_ids_.emplace(stem, static_cast<uint32_t>(stem_hashes_.size()));
      if (added) stem_hashes_.push_back(HashFoldedWord(stem));
      packed = it->second | (IsStopword(language_, folded_) ? kStopForm : 0);
    }
  }
  Entry e;
  e.skip = (packed & kSkipForm) != 0;
  e.stop = (packed & kStopForm) != 0;
  e.stem = packed & kStemMask;
  return e;
}

void Vocabulary::Clear() {
  forms_.Clear();
  stem_ids_.clear();
  stem_hashes_.clear();
}

}  // namespace precis::text
