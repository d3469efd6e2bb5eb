#include "text/stemmer.h"

#include <libstemmer.h>

#include <string>

#include "text/stopwords.h"

namespace precis::text {

Stemmer::Stemmer(std::string_view language, bool cached) : cached_(cached) {
  std::string_view algorithm = SnowballAlgorithm(language);
  if (!algorithm.empty()) stemmer_ = sb_stemmer_new(std::string(algorithm).c_str(), "UTF_8");
}

Stemmer::~Stemmer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

std::string_view Stemmer::Stem(std::string_view folded) {
  if (cached_) {
    auto it = cache_.find(folded);
    if (it != cache_.end()) return it->second;
  }
  // Bound the cache: a 50 MB article of random strings must not grow it without limit.
  if (cache_.size() > 500000) cache_.clear();
  std::string stem(folded);
  if (stemmer_ && folded.size() < 64) {
    const sb_symbol* out =
        sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(folded.data()),
                        static_cast<int>(folded.size()));
    if (out)
      stem.assign(reinterpret_cast<const char*>(out),
                  static_cast<size_t>(sb_stemmer_length(stemmer_)));
  }
  if (!cached_) {
    last_ = std::move(stem);
    return last_;
  }
  return cache_.emplace(std::string(folded), std::move(stem)).first->second;
}

}  // namespace precis::text
