#include "extract/shingles.h"

#include <string>

namespace precis::extract {

void HashWords(std::string_view text, const std::vector<text::Token>& tokens, size_t first,
               size_t end, std::vector<uint64_t>* word_hashes) {
  std::string folded;
  for (size_t i = first; i < end; ++i) {
    const text::Token& t = tokens[i];
    if (!t.is_word_like()) continue;
    word_hashes->push_back(text::HashWordToken(t.text(text), &folded));
  }
}

void ShinglesOfWords(const std::vector<uint64_t>& word_hashes, size_t first_word, size_t end_word,
                     std::vector<uint64_t>* out, size_t width) {
  for (size_t i = first_word; i + width <= end_word; ++i) {
    // A polynomial over the window, oldest word first, so the hash depends on word order; the
    // word hashes are already well mixed, so multiply-add keeps the result uniform.
    uint64_t h = 0x9E3779B97F4A7C15ull;
    for (size_t k = 0; k < width; ++k) {
      h = (h ^ word_hashes[i + k]) * 0x100000001B3ull;
      h ^= h >> 29;
    }
    out->push_back(h);
  }
}

void WordShingles(std::string_view text, const std::vector<text::Token>& tokens, size_t first,
                  size_t end, std::vector<uint64_t>* out) {
  std::vector<uint64_t> hashes;
  HashWords(text, tokens, first, end, &hashes);
  ShinglesOfWords(hashes, 0, hashes.size(), out);
}

}  // namespace precis::extract
