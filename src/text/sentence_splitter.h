// Sentence segmentation tuned for news text.
//
// A sentence ends at a blank line; at a line break, unless the next line continues the sentence
// (it starts in lowercase after a line that has no closing punctuation: wrapped text); and at
// . ! ? or an ellipsis (with any closing quotes and brackets after it) followed by white space and
// a sentence start (an uppercase letter, a digit, an opening quote or bracket, or a letter of a
// script without case); the full stops of other scripts likewise (। ؟ ։ ...), and 。！？ (Chinese,
// Japanese) whether white space follows or not. In scripts written without spaces a space between
// two words ends a sentence of four words or more too (Thai and Lao mark sentences and clauses so).
// These do not end a sentence:
//  - titles and other abbreviations that precede a name or number: "Mr.", "Dr.", "Gov.", "Sen.",
//    "St.", "Gen.", "Jan. 5", "No. 3", "Vol. 2";
//  - initials: "Harry D. Leinenweber";
//  - dotted abbreviations ("U.S.") and company suffixes ("Inc.", "Corp.") unless the next word is
//    one that starts sentences, such as "The" or "He";
//  - "a.m."/"p.m." before a weekday, month or time zone ("3 p.m. Sunday", "7 p.m. EST"); before
//    any other capitalized word they end the sentence;
//  - decimals and money: "6.4", "$2.3 million" (the tokenizer keeps them whole);
//  - "!" or "?" followed by a lowercase word ("Yahoo! said").
// Text lowercased but for a capital after each period, with its quotes spaced out (as Multi-News
// gives it), is read by the same rules where case still tells ("said mr. Trump", "rudolph w.
// Giuliani" do not end a sentence), and where it cannot: a mark before a quote standing between
// spaces ends a sentence, the quote closing it when an odd number of quotes precede it; and in
// such a text "?" or "!" before a lowercase word ends one too, and "a.m."/"p.m." before a
// capitalized preposition or conjunction does not ("10 p.m. On saturday").
// Lines without any punctuation (headlines, captions) come out as sentences of their own.
#ifndef PRECIS_TEXT_SENTENCE_SPLITTER_H_
#define PRECIS_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace precis::text {

struct SentenceSpan {
  uint32_t first_token = 0;  // [first_token, end_token) into the token vector
  uint32_t end_token = 0;
  uint32_t begin = 0;  // byte offsets: first byte of the first token, end of the last token
  uint32_t end = 0;
  bool starts_line = false;  // begins at the start of a line
  bool ends_line = false;    // the next token (if any) starts a new line
};

// Whether the punctuation token `t` ends a sentence: . ! ? or an ellipsis; 。！？ and the full
// stops of other scripts (। ؟ ۔ ። ։ ။ ។).
bool IsSentenceTerminal(std::string_view t);

// Whether `t` is one of those terminals that end a sentence with no white space after them, as
// Chinese and Japanese are written: 。！？．｡ ။ ។.
bool EndsSentenceWithoutSpace(std::string_view t);

// Whether the punctuation token `t` closes a quote or a bracket, and so belongs to the sentence
// that ends before it: " ' ) ] } ” ’ » › 」 』 ） 】 〕 》 〉.
bool IsClosingPunctuation(std::string_view t);

// Whether tokens [first, end) end with an ellipsis glued to the word or comma before it ("on...",
// "41,...", "a lot\u2026"): text cut off mid-sentence, as teasers of other stories and paywall
// previews are, or trailing off into the next paragraph. Not a closed sentence, though "..." is a
// terminal.
bool EndsCutOff(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t end);

// Whether white space alone may end a sentence before token `next`: a space between two words of
// a script written without spaces, where spaces mark the ends of sentences and clauses (Thai and
// Lao have no full stop), not of words. SplitSentences ends one there once it has four words, so
// that a subject or a name standing before a space stays with its sentence.
bool SpaceEndsSentence(const std::vector<Token>& tokens, size_t next);

// Splits tokenized `text` into sentences. `tokens` must come from Tokenize(text). Sentences
// longer than `max_tokens` are cut into pieces of at most that many tokens, so one run-on
// "sentence" (a table, a list without punctuation) cannot dominate later stages' work. A run of
// more than 80 words with no terminal anywhere in it (speech to text, a list pasted as one line)
// is cut into pieces of about 40 words, each after a comma or dash when one is near, so that text
// without punctuation still yields pieces of a length a summary can quote.
void SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                    std::vector<SentenceSpan>* sentences, uint32_t max_tokens = 250);

// Convenience for tests and tools: the sentences of `text` as strings with white space folded.
std::vector<std::string> SplitSentencesToStrings(std::string_view text);

}  // namespace precis::text

#endif  // PRECIS_TEXT_SENTENCE_SPLITTER_H_
