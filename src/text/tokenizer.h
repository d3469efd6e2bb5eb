// Tokenizer: splits UTF-8 text into words, numbers and punctuation, keeping byte offsets.
//
// Rules, chosen for news text:
//  - a word is a run of letters, digits and combining marks; an apostrophe between letters stays
//    inside ("don't", "Chicago's"); a hyphen splits ("law-enforcement" is two words);
//  - in scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar), a run of
//    letters is cut into words by ICU's dictionary word breaker: "联邦法官" is 联邦 | 法官;
//  - dotted abbreviations stay one token with their dots: "U.S.", "a.m.", "p.m.", "U.N.";
//  - numbers keep their decimal and grouping marks: "6.4", "2,300", "$2.3" is "$" then "2.3";
//  - every other non-space character is a token of its own, except that runs of dots ("...") and
//    the ellipsis character are one token.
// The tokenizer never allocates per token and never fails: malformed UTF-8 bytes become symbols.
#ifndef PRECIS_TEXT_TOKENIZER_H_
#define PRECIS_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace precis::text {

enum class TokenKind : uint8_t {
  kWord,    // starts with a letter
  kNumber,  // starts with a digit
  kPunct,   // punctuation: . , ; : ! ? quotes brackets dashes ...
  kSymbol,  // anything else: $ % @ # & emoji, stray bytes
};

struct Token {
  uint32_t begin = 0;  // byte offsets into the tokenized text
  uint32_t end = 0;
  TokenKind kind = TokenKind::kSymbol;
  uint8_t newlines_before = 0;  // line breaks in the white space before it, capped at 2
  bool space_before = false;    // any white space before it (or start of text)
  bool upper_initial = false;   // first character is an uppercase letter
  bool lower_initial = false;   // first character is a lowercase letter
  bool all_upper = false;       // has letters, all of them uppercase ("NASA", "U.S.")
  // A word of a script written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar),
  // cut from its run of letters by ICU's dictionary word breaker.
  bool unspaced_script = false;

  uint32_t size() const { return end - begin; }
  std::string_view text(std::string_view source) const { return source.substr(begin, end - begin); }
  bool is_word_like() const { return kind == TokenKind::kWord || kind == TokenKind::kNumber; }
};

// Appends the tokens of `text` to `*tokens` (cleared first). Texts over 4 GiB are not supported;
// callers cap their input well below that.
void Tokenize(std::string_view text, std::vector<Token>* tokens);

// Words as summary budgets and ROUGE count them: white-space separated tokens, except that in a
// script written without spaces each word the tokenizer cuts counts as one ("联邦法官裁定。" is
// three). Counts tokens [first, end) of `text`, as Tokenize gave them.
uint32_t CountBudgetWords(std::string_view text, const std::vector<Token>& tokens, size_t first,
                          size_t end);

// The same for a whole text, tokenizing it only when it holds a script written without spaces.
uint32_t CountBudgetWords(std::string_view text);

// Lowercases (Unicode case folding), maps typographic apostrophes to "'" and drops the dots of
// dotted abbreviations ("U.S." -> "us"), writing the result to `*out`. ASCII takes a fast path.
void FoldToken(std::string_view token, std::string* out);

// The 64-bit hash (XXH3) by which later stages key a folded word: shingles, vocabularies and the
// stop word tables all use this one function, so their hashes agree.
uint64_t HashFoldedWord(std::string_view folded);

// HashFoldedWord of the folded `token`, without building the folded string for short ASCII words
// (nearly all of them); `scratch` serves the others.
uint64_t HashWordToken(std::string_view token, std::string* scratch);

}  // namespace precis::text

#endif  // PRECIS_TEXT_TOKENIZER_H_
