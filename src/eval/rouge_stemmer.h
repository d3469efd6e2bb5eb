// The stemming of ROUGE-1.5.5's -m option, reproduced exactly: a WordNet 2.0 exception table
// consulted first ("went" -> "go"), then the script's own regex-based Porter stemmer, which
// differs from Snowball's "english" and from Porter's C release in small ways (for example its
// step 4 tries "-ment" and "-ent" after the other suffixes, on the already-shortened word).
#ifndef PRECIS_EVAL_ROUGE_STEMMER_H_
#define PRECIS_EVAL_ROUGE_STEMMER_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "precis/status.h"

namespace precis::eval {

// Porter's algorithm exactly as ROUGE-1.5.5.pl implements it. `word` is lowercase ASCII.
std::string RougePorterStem(std::string_view word);

class RougeStemmer {
 public:
  // Loads the exception table: one "word<TAB>base" per line (wordnet-2.0-exceptions.tsv).
  Status LoadExceptions(const std::string& path);

  // MorphStem: the exception's base form if the word has one, else RougePorterStem. Cached.
  const std::string& Stem(const std::string& word);

  size_t exception_count() const { return exceptions_.size(); }

 private:
  std::unordered_map<std::string, std::string> exceptions_;
  std::unordered_map<std::string, std::string> cache_;
};

}  // namespace precis::eval

#endif  // PRECIS_EVAL_ROUGE_STEMMER_H_
