#include "extract/shingles.h"

#include <xxhash.h>

#include <array>
#include <string>

namespace precis::extract {

void WordShingles(std::string_view text, const std::vector<text::Token>& tokens, size_t first,
                  size_t end, std::vector<uint64_t>* out) {
  std::array<uint64_t, kShingleWords> window{};
  size_t count = 0;
  std::string folded;
  for (size_t i = first; i < end; ++i) {
    const text::Token& t = tokens[i];
    if (!t.is_word_like()) continue;
    text::FoldToken(t.text(text), &folded);
    window[count % kShingleWords] = XXH3_64bits(folded.data(), folded.size());
    ++count;
    if (count >= kShingleWords) {
      // A polynomial over the window, oldest word first, so the hash depends on word order; the
      // word hashes are already well mixed, so multiply-add keeps the result uniform.
      uint64_t h = 0x9E3779B97F4A7C15ull;
      for (size_t k = 0; k < kShingleWords; ++k) {
        h = (h ^ window[(count + k) % kShingleWords]) * 0x100000001B3ull;
        h ^= h >> 29;
      }
      out->push_back(h);
    }
  }
}

}  // namespace precis::extract
