#include "text/tokenizer.h"

#include <xxhash.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string>

#include "base/ascii.h"
#include "text/whitespace.h"

namespace precis::text {
namespace {

enum class CharClass : uint8_t {
  kSpace,
  kNewline,
  kLetter,
  kDigit,
  kMark,
  kApostrophe,
  kPunct,
  kSymbol
};

struct DecodedChar {
  UChar32 cp;
  int32_t next;  // offset after the character
};

// Always inlined: called per character, and the ASCII test is most of it.
[[gnu::always_inline]] inline DecodedChar Decode(std::string_view s, int32_t i) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  if (p[i] < 0x80) return {p[i], i + 1};
  int32_t len = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_NEXT(p, i, len, c);
  return {c, i};
}

constexpr CharClass ClassifyAscii(char32_t c) {
  if (c == '\n') return CharClass::kNewline;
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return CharClass::kSpace;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  if (c == '\'') return CharClass::kApostrophe;
  if (c == '$' || c == '%' || c == '@' || c == '#' || c == '&' || c == '+' || c == '=' ||
      c == '<' || c == '>' || c == '|' || c == '~' || c == '^' || c == '`' || c < 0x20) {
    return CharClass::kSymbol;
  }
  return CharClass::kPunct;
}

// ASCII, nearly all of the text, by table: the tokenizer classifies every character.
constexpr std::array<CharClass, 128> kAsciiClass = [] {
  std::array<CharClass, 128> table{};
  for (char32_t c = 0; c < 128; ++c) table[c] = ClassifyAscii(c);
  return table;
}();

// Beyond ASCII: kept out of line, so the ASCII path of Classify inlines into the tokenizer's loops.
[[gnu::noinline]] CharClass ClassifyNonAscii(UChar32 c) {
  if (c < 0) return CharClass::kSymbol;
  if (c == 0x2019 || c == 0x02BC) return CharClass::kApostrophe;  // ’ and modifier apostrophe
  if (c == 0x2028 || c == 0x2029 || c == 0x85) return CharClass::kNewline;
  if (u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF) return CharClass::kSpace;
  int8_t type = u_charType(c);
  switch (type) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return CharClass::kLetter;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
      return CharClass::kMark;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return CharClass::kPunct;
    case U_FORMAT_CHAR:
      return CharClass::kSpace;  // soft hyphens, joiners: invisible
    default:
      return CharClass::kSymbol;
  }
}

inline CharClass Classify(UChar32 c) {
  if (c >= 0 && c < 0x80) return kAsciiClass[static_cast<size_t>(c)];
  return ClassifyNonAscii(c);
}

inline bool IsWordChar(CharClass k) {
  return k == CharClass::kLetter || k == CharClass::kDigit || k == CharClass::kMark;
}

// Letters of the scripts written without spaces between words: Chinese, Japanese, Thai, Lao, Khmer
// and Myanmar. Everything below U+0E00 (Latin, Greek, Cyrillic, Arabic, Hebrew, Indic scripts)
// is written with spaces, so the common case costs one comparison.
inline bool IsUnspacedScriptChar(UChar32 c) {
  if (c < 0x0E00) return false;
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
      return true;
    default:
      return false;
  }
}

// ICU's dictionary-based word breaker, one per thread (break iterators are not thread-safe),
// opened on first use: only text in a script written without spaces needs it.
class UnspacedWordBreaker {
 public:
  UnspacedWordBreaker() {
    UErrorCode status = U_ZERO_ERROR;
    breaker_ = ubrk_open(UBRK_WORD, "", nullptr, 0, &status);
    if (U_FAILURE(status)) breaker_ = nullptr;
  }
  ~UnspacedWordBreaker() {
    if (breaker_ != nullptr) ubrk_close(breaker_);
    utext_close(&utext_);
  }
  UnspacedWordBreaker(const UnspacedWordBreaker&) = delete;
  UnspacedWordBreaker& operator=(const UnspacedWordBreaker&) = delete;

  // Appends to `*ends` the end offsets (relative to `run`) of the words of `run`, a run of word
  // characters; the last is run.size(). Without ICU's break data the run stays one word.
  void Break(std::string_view run, std::vector<int32_t>* ends) {
    ends->clear();
    UErrorCode status = U_ZERO_ERROR;
    if (breaker_ != nullptr) {
      utext_openUTF8(&utext_, run.data(), static_cast<int64_t>(run.size()), &status);
      ubrk_setUText(breaker_, &utext_, &status);
    }
    if (breaker_ == nullptr || U_FAILURE(status)) {
      ends->push_back(static_cast<int32_t>(run.size()));
      return;
    }
    ubrk_first(breaker_);
    for (int32_t end = ubrk_next(breaker_); end != UBRK_DONE; end = ubrk_next(breaker_)) {
      ends->push_back(end);
    }
    if (ends->empty() || ends->back() != static_cast<int32_t>(run.size())) {
      ends->push_back(static_cast<int32_t>(run.size()));
    }
  }

 private:
  UBreakIterator* breaker_ = nullptr;
  UText utext_ = UTEXT_INITIALIZER;
};

void SetCase(std::string_view text, Token* t) {
  bool has_upper = false, has_lower = false;
  bool first = true;
  for (int32_t i = static_cast<int32_t>(t->begin); i < static_cast<int32_t>(t->end);) {
    DecodedChar d = Decode(text, i);
    i = d.next;
    bool up = d.cp < 0x80 ? (d.cp >= 'A' && d.cp <= 'Z') : u_isupper(d.cp);
    bool low = d.cp < 0x80 ? (d.cp >= 'a' && d.cp <= 'z') : u_islower(d.cp);
    if (first) {
      t->upper_initial = up;
      t->lower_initial = low;
      first = false;
    }
    has_upper |= up;
    has_lower |= low;
  }
  t->all_upper = has_upper && !has_lower;
}

// The kind of a word-run token by its first character.
TokenKind WordRunKind(CharClass first) {
  if (first == CharClass::kDigit) return TokenKind::kNumber;
  return first == CharClass::kMark ? TokenKind::kSymbol : TokenKind::kWord;
}

// Appends the words of run `t` (a run of word characters that holds letters of a script written
// without spaces) as ICU's dictionary cuts them: "芝加哥一名联邦法官" is 芝加哥 | 一名 | 联邦 |
// 法官. The first word keeps the run's white space and line breaks.
void AppendUnspacedWords(std::string_view text, const Token& run, std::vector<Token>* tokens) {
  thread_local UnspacedWordBreaker breaker;
  thread_local std::vector<int32_t> ends;
  breaker.Break(run.text(text), &ends);
  uint32_t begin = run.begin;
  for (int32_t end : ends) {
    Token t = run;
    if (begin != run.begin) {
      t.newlines_before = 0;
      t.space_before = false;
    }
    t.begin = begin;
    t.end = run.begin + static_cast<uint32_t>(end);
    if (t.end <= t.begin) continue;
    t.kind = WordRunKind(Classify(Decode(text, static_cast<int32_t>(t.begin)).cp));
    for (int32_t i = static_cast<int32_t>(t.begin); i < static_cast<int32_t>(t.end);) {
      const DecodedChar d = Decode(text, i);
      i = d.next;
      if (IsUnspacedScriptChar(d.cp)) {
        t.unspaced_script = true;
        break;
      }
    }
    SetCase(text, &t);
    tokens->push_back(t);
    begin = t.end;
  }
}

}  // namespace

void Tokenize(std::string_view text, std::vector<Token>* tokens) {
  tokens->clear();
  const int32_t n = static_cast<int32_t>(text.size());
  int newlines = 0;
  bool space = true;
  int32_t i = 0;
  while (i < n) {
    DecodedChar d = Decode(text, i);
    CharClass k = Classify(d.cp);
    if (k == CharClass::kSpace || k == CharClass::kNewline) {
      if (k == CharClass::kNewline && newlines < 2) ++newlines;
      space = true;
      i = d.next;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.newlines_before = static_cast<uint8_t>(newlines);
    t.space_before = space;
    newlines = 0;
    space = false;
    if (IsWordChar(k)) {
      const bool starts_digit = k == CharClass::kDigit;
      bool unspaced = IsUnspacedScriptChar(d.cp);
      int32_t j = d.next;
      while (j < n) {
        DecodedChar e = Decode(text, j);
        CharClass ek = Classify(e.cp);
        if (IsWordChar(ek)) {
          unspaced = unspaced || IsUnspacedScriptChar(e.cp);
          j = e.next;
          continue;
        }
        if (e.next >= n) break;
        DecodedChar f = Decode(text, e.next);
        CharClass fk = Classify(f.cp);
        // "don't", "Chicago's": an apostrophe between letters.
        if (ek == CharClass::kApostrophe && fk == CharClass::kLetter) {
          j = f.next;
          continue;
        }
        // "6.4", "2,300": a decimal or grouping mark between digits.
        if (starts_digit && (e.cp == '.' || e.cp == ',') && fk == CharClass::kDigit &&
            Classify(Decode(text, j - 1).cp) == CharClass::kDigit) {
          j = f.next;
          continue;
        }
        break;
      }
      // Dotted abbreviations: single letters each followed by a dot ("U.S.", "a.m.").
      if (!starts_digit && j - i == 1 && j < n && text[j] == '.') {
        int32_t m = j;
        int letters = 1;
        while (m + 2 < n && text[m] == '.' &&
               Classify(Decode(text, m + 1).cp) == CharClass::kLetter &&
               Decode(text, m + 1).next < n && text[Decode(text, m + 1).next] == '.') {
          int32_t after_letter = Decode(text, m + 1).next;
          // The letter must stand alone: "U.S." yes, "U.Sxx." no.
          m = after_letter;
          ++letters;
        }
        if (letters >= 2) j = m + 1;  // include the final dot
      }
      t.end = static_cast<uint32_t>(j);
      i = j;
      if (unspaced) {
        AppendUnspacedWords(text, t, tokens);
        continue;
      }
      t.kind = WordRunKind(k);
      SetCase(text, &t);
    } else if (d.cp == '.' || d.cp == 0x2026) {
      int32_t j = d.next;
      while (j < n && (text[j] == '.' || Decode(text, j).cp == 0x2026)) j = Decode(text, j).next;
      t.end = static_cast<uint32_t>(j);
      t.kind = TokenKind::kPunct;
      i = j;
    } else {
      t.end = static_cast<uint32_t>(d.next);
      t.kind = (k == CharClass::kPunct || k == CharClass::kApostrophe) ? TokenKind::kPunct
                                                                       : TokenKind::kSymbol;
      i = d.next;
    }
    tokens->push_back(t);
  }
}

uint32_t CountBudgetWords(std::string_view text, const std::vector<Token>& tokens, size_t first,
                          size_t end) {
  if (first >= end) return 0;
  bool unspaced = false;
  for (size_t i = first; i < end && !unspaced; ++i) unspaced = tokens[i].unspaced_script;
  if (!unspaced) {
    return CountSpaceTokens(
        text.substr(tokens[first].begin, tokens[end - 1].end - tokens[first].begin));
  }
  // Each white-space separated chunk counts once, or as its words when it holds such a script.
  uint32_t n = 0, chunk_words = 0;
  bool chunk_unspaced = false;
  for (size_t i = first; i < end; ++i) {
    if (i > first && tokens[i].space_before) {
      n += chunk_unspaced ? chunk_words : 1;
      chunk_words = 0;
      chunk_unspaced = false;
    }
    chunk_unspaced = chunk_unspaced || tokens[i].unspaced_script;
    chunk_words += tokens[i].is_word_like();
  }
  return n + (chunk_unspaced ? chunk_words : 1);
}

uint32_t CountBudgetWords(std::string_view text) {
  // Scripts written without spaces start at U+0E00: 3-byte UTF-8, lead byte 0xE0 or above.
  const bool maybe_unspaced = std::any_of(
      text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xE0; });
  if (!maybe_unspaced) return CountSpaceTokens(text);
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  return CountBudgetWords(text, tokens, 0, tokens.size());
}

namespace {

// FoldToken of an all-ASCII token, written to `out` (room for token.size() bytes); returns the
// folded length.
size_t FoldAscii(std::string_view token, char* out) {
  size_t n = 0;
  for (char c : token) {
    out[n] = AsciiLower(c);
    n += c != '.';
  }
  return n;
}

}  // namespace

void FoldToken(std::string_view token, std::string* out) {
  out->clear();
  if (IsAscii(token)) {
    out->resize(token.size());
    out->resize(FoldAscii(token, out->data()));
    return;
  }
  const int32_t n = static_cast<int32_t>(token.size());
  for (int32_t i = 0; i < n;) {
    DecodedChar d = Decode(token, i);
    i = d.next;
    UChar32 c = d.cp;
    if (c == '.') continue;
    if (c == 0x2019 || c == 0x02BC) c = '\'';
    if (c < 0) c = 0xFFFD;
    c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    char buf[4];
    int32_t k = 0;
    UBool bad = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), k, 4, c, bad);
    if (!bad) out->append(buf, static_cast<size_t>(k));
  }
}

uint64_t HashFoldedWord(std::string_view folded) {
  return XXH3_64bits(folded.data(), folded.size());
}

uint64_t HashWordToken(std::string_view token, std::string* scratch) {
  char folded[64];
  if (token.size() <= sizeof(folded) && IsAscii(token)) {
    return HashFoldedWord(std::string_view(folded, FoldAscii(token, folded)));
  }
  FoldToken(token, scratch);
  return HashFoldedWord(*scratch);
}

}  // namespace precis::text
