// Snowball stemming (libstemmer) with a cache, for one language.
#ifndef PRECIS_TEXT_STEMMER_H_
#define PRECIS_TEXT_STEMMER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sb_stemmer;

namespace precis::text {

// Not thread-safe: each thread owns its Stemmers. Stems are cached, since news vocabulary repeats
// heavily and Snowball is the costliest step of text analysis.
class Stemmer {
 public:
  // `language` is an ISO 639-1 code; languages without a Snowball stemmer get the identity.
  // `cached`: keep every stem (for callers that stem the same words again and again); callers
  // with their own cache of forms pass false.
  explicit Stemmer(std::string_view language, bool cached = true);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // `folded` must be case-folded (FoldToken). The returned view is valid until the Stemmer dies
  // when cached, else until the next call.
  std::string_view Stem(std::string_view folded);

  bool has_algorithm() const { return stemmer_ != nullptr; }

 private:
  sb_stemmer* stemmer_ = nullptr;
  bool cached_ = true;
  std::string last_;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> cache_;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_STEMMER_H_
