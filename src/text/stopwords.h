// Stop words (function words) per language, and language identification from them.
#ifndef PRECIS_TEXT_STOPWORDS_H_
#define PRECIS_TEXT_STOPWORDS_H_

#include <string>
#include <string_view>
#include <vector>

#include <cstdint>

#include "text/tokenizer.h"

namespace precis::text {

// Languages with a stop word list, as ISO 639-1 codes; all but Chinese and Japanese have a
// Snowball stemmer.
const std::vector<std::string>& SupportedLanguages();

// The Snowball algorithm name for an ISO 639-1 code ("en" -> "english"), or "" if unknown.
std::string_view SnowballAlgorithm(std::string_view language);

// `folded` must be case-folded (FoldToken). Unknown languages have no stop words.
bool IsStopword(std::string_view language, std::string_view folded);
bool IsEnglishStopword(std::string_view folded);

// Guesses the language of a text from the share of each language's stop words among its first
// few hundred words. Returns "en" when nothing is conclusive (too little text, unknown language).
// `confident` (optional) is set when the winner is clear.
std::string DetectLanguage(std::string_view text, bool* confident = nullptr);

// The same, from the hashes (HashFoldedWord) of a text's words, reading the first `max_words`:
// for callers that have them already.
std::string DetectLanguage(const std::vector<uint64_t>& word_hashes, bool* confident = nullptr,
                           size_t max_words = 400);

// The same for a text already tokenized, with the hashes of its words (as the clean-up gives
// them). When the function words do not decide (a text of a few lines), the script may: see
// LanguageOfScript. A script that one language alone writes decides (`confident` is set); one
// that several share gives its likeliest language, unconfidently: a few lines of Russian are
// stemmed as Russian (or a Serbian text as Russian), never as English.
std::string DetectLanguage(std::string_view text, const std::vector<Token>& tokens,
                           const std::vector<uint64_t>& word_hashes, bool* confident = nullptr);

// The language that the script of most of a text's first few hundred words names: alone, for
// Greek (el), Armenian (hy), Tamil (ta), kana (ja) and Chinese characters without kana (zh); as
// the likeliest of several (`*shared` set), for Cyrillic (ru), Arabic (ar) and Devanagari (hi).
// "" for Latin, other scripts and mixed text.
std::string LanguageOfScript(std::string_view text, const std::vector<Token>& tokens,
                             bool* shared = nullptr);

}  // namespace precis::text

#endif  // PRECIS_TEXT_STOPWORDS_H_
