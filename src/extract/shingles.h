// Word shingles: hashes of runs of consecutive case-folded words, the unit in which precis
// recognises repeated text (boilerplate across unrelated events, template lines within a page).
#ifndef PRECIS_EXTRACT_SHINGLES_H_
#define PRECIS_EXTRACT_SHINGLES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace precis::extract {

// Words per shingle. Eight words almost never repeat by chance in news prose, yet a notice
// truncated at any point still shares most of its shingles with its other copies.
inline constexpr int kShingleWords = 8;

// Appends to `*out` the hash of every run of kShingleWords consecutive word or number tokens in
// tokens[first, end), folded (FoldToken). Punctuation is skipped, so "a, b" and "a b" agree.
void WordShingles(std::string_view text, const std::vector<text::Token>& tokens, size_t first,
                  size_t end, std::vector<uint64_t>* out);

// The same in two steps, for callers that shingle several ranges of one text: the hash of each
// word or number token in tokens[first, end), folded, appended to `*word_hashes`; then the
// shingles of word_hashes[first_word, end_word), appended to `*out`. WordShingles is exactly
// HashWords followed by ShinglesOfWords over all of them.
void HashWords(std::string_view text, const std::vector<text::Token>& tokens, size_t first,
               size_t end, std::vector<uint64_t>* word_hashes);
// `width` words per shingle: kShingleWords for boilerplate, fewer where edits must be tolerated.
void ShinglesOfWords(const std::vector<uint64_t>& word_hashes, size_t first_word, size_t end_word,
                     std::vector<uint64_t>* out, size_t width = kShingleWords);

}  // namespace precis::extract

#endif  // PRECIS_EXTRACT_SHINGLES_H_
