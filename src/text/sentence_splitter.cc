#include "text/sentence_splitter.h"

#include <algorithm>
#include <array>
#include <string>

#include "text/stopwords.h"
#include "text/whitespace.h"

namespace precis::text {
namespace {

bool IsOneOf(std::string_view folded, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), folded) != words.end();
}

// Abbreviations that stand before a name, so a capitalized word after them does not start a
// sentence.
bool IsTitleAbbreviation(std::string_view w) {
  return IsOneOf(
      w, {"mr",     "mrs",   "ms",   "messrs", "dr",   "prof", "gov",  "sen",  "rep",  "reps",
          "gen",    "lt",    "col",  "sgt",    "capt", "cmdr", "adm",  "maj",  "cpl",  "pvt",
          "st",     "ste",   "mt",   "ft",     "rev",  "hon",  "pres", "supt", "atty", "insp",
          "det",    "gov't", "sens", "ald",    "fr",   "sr",   "msgr", "vs",   "v",    "cf",
          "approx", "dept",  "univ", "ave",    "blvd", "rd",   "hwy"});
}

// Abbreviations that stand before a number ("Jan. 5", "No. 3").
bool IsNumericAbbreviation(std::string_view w) {
  return IsOneOf(w, {"jan", "feb",  "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                     "nov", "dec",  "no",  "nos", "vol", "p",   "pp",  "art", "fig",  "ch",
                     "sec", "para", "ed",  "est", "ca",  "c",   "op",  "nr"});
}

// Abbreviations that may end a sentence: "Apple Inc. The company said" vs "Apple Inc. Chief".
bool IsAmbiguousAbbreviation(std::string_view w) {
  return IsOneOf(w, {"inc", "corp", "co", "ltd", "llc", "plc", "bros", "jr", "etc", "al", "esq",
                     "cos", "assn", "intl"});
}

bool IsOpening(std::string_view t) {
  return t == "\"" || t == "'" || t == "(" || t == "[" || t == "\xE2\x80\x9C" ||
         t == "\xE2\x80\x98" || t == "\xC2\xAB" || t == "\xE2\x80\xB9" || t == "\xC2\xBF" ||
         t == "\xC2\xA1" || t == "-" || t == "\xE2\x80\x94" || t == "\xE2\x80\x93" ||
         IsOneOf(t, {"\xE3\x80\x8C", "\xE3\x80\x8E", "\xEF\xBC\x88", "\xE3\x80\x90", "\xE3\x80\x94",
                     "\xE3\x80\x8A", "\xE3\x80\x88"});  // 「『（【〔《〈
}

// Words a sentence must have before a space may end it (SpaceEndsSentence).
constexpr size_t kMinWordsBeforeSpaceEnd = 4;

}  // namespace

bool IsClosingPunctuation(std::string_view t) {
  return t == "\"" || t == "'" || t == ")" || t == "]" || t == "}" || t == "\xE2\x80\x9D" ||
         t == "\xE2\x80\x99" || t == "\xC2\xBB" || t == "\xE2\x80\xBA" ||
         IsOneOf(t, {"\xE3\x80\x8D", "\xE3\x80\x8F", "\xEF\xBC\x89", "\xE3\x80\x91", "\xE3\x80\x95",
                     "\xE3\x80\x8B", "\xE3\x80\x89"});  // 」』）】〕》〉
}

bool EndsSentenceWithoutSpace(std::string_view t) {
  // 。！？．｡ (Chinese and Japanese), ။ (Myanmar), ។ (Khmer).
  return IsOneOf(t, {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F", "\xEF\xBC\x8E", "\xEF\xBD\xA1",
                     "\xE1\x81\x8B", "\xE1\x9F\x94"});
}

bool EndsCutOff(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t end) {
  if (end - first < 2) return false;
  const Token& mark = tokens[end - 1];
  const Token& before = tokens[end - 2];
  const std::string_view m = mark.text(text);
  const bool ellipsis = m.find("\xE2\x80\xA6") != std::string_view::npos ||
                        (m.size() >= 3 && m.find_first_not_of('.') == std::string_view::npos);
  return mark.kind == TokenKind::kPunct && ellipsis && before.end == mark.begin &&
         (before.is_word_like() || before.text(text) == ",");
}

bool SpaceEndsSentence(const std::vector<Token>& tokens, size_t next) {
  return next > 0 && next < tokens.size() && tokens[next].space_before &&
         tokens[next].newlines_before == 0 && tokens[next].unspaced_script &&
         tokens[next - 1].unspaced_script;
}

bool IsSentenceTerminal(std::string_view t) {
  // . ! ? and ellipses; । ॥ (Devanagari and other Indic scripts), ؟ ۔ (Arabic, Urdu), ።
  // (Ethiopic), ։ (Armenian).
  return t == "." || t == "!" || t == "?" || t == "\xE2\x80\xA6" || t.find("..") == 0 ||
         EndsSentenceWithoutSpace(t) ||
         IsOneOf(t, {"\xE0\xA5\xA4", "\xE0\xA5\xA5", "\xD8\x9F", "\xDB\x94", "\xE1\x8D\xA2",
                     "\xD6\x89"});
}

namespace {

// Japanese particles that go on from a closed quote: 「…した。」と述べた is one sentence.
bool IsQuotativeParticle(std::string_view t) {
  return IsOneOf(
      t, {"\xE3\x81\xA8", "\xE3\x81\xA8\xE3\x81\xAE", "\xE3\x81\xA3\xE3\x81\xA6"});  // と との って
}

bool EndsWithTerminal(std::string_view text, const Token& t) {
  std::string_view s = t.text(text);
  return t.kind == TokenKind::kPunct && (IsSentenceTerminal(s) || s == ":" || s == ";");
}

// Does the token at `i` begin a sentence, judged by its shape?
bool LooksLikeSentenceStart(std::string_view text, const std::vector<Token>& tokens, size_t i) {
  const Token& t = tokens[i];
  if (t.upper_initial || t.kind == TokenKind::kNumber) return true;
  if (t.kind == TokenKind::kWord && !t.lower_initial) return true;  // caseless scripts
  if (t.kind == TokenKind::kPunct && IsOpening(t.text(text)) && i + 1 < tokens.size()) {
    const Token& n = tokens[i + 1];
    return n.upper_initial || n.kind == TokenKind::kNumber ||
           (n.kind == TokenKind::kWord && !n.lower_initial);
  }
  if (t.kind == TokenKind::kSymbol) return t.text(text) == "$" || t.text(text) == "#";
  return false;
}

// Whether an agency's tag and a dash follow at `i`, so the period before it closes a dateline's
// place, not a sentence: "ST. JOSEPH, Mich. (AP) — Health officials ...". The tag is a word or
// three in brackets ("(AP)", "(Reuters)", "(CBS News)"); the dash may be "-", "--", "–" or "—".
bool AgencyTagAndDashFollow(std::string_view text, const std::vector<Token>& tokens, size_t i) {
  if (i >= tokens.size() || tokens[i].text(text) != "(") return false;
  size_t words = 0;
  for (++i; i < tokens.size() && tokens[i].kind == TokenKind::kWord && tokens[i].upper_initial &&
            tokens[i].newlines_before == 0;
       ++i) {
    ++words;
  }
  if (words == 0 || words > 3 || i + 1 >= tokens.size() || tokens[i].text(text) != ")") {
    return false;
  }
  const std::string_view dash = tokens[i + 1].text(text);
  return tokens[i + 1].newlines_before == 0 &&
         (dash == "-" || dash == "--" || dash == "\xE2\x80\x94" || dash == "\xE2\x80\x93");
}

// The first token from `i` on that is not punctuation, case-folded into `*folded`; false when the
// text ends first.
bool FoldedWordFrom(std::string_view text, const std::vector<Token>& tokens, size_t i,
                    std::string* folded) {
  while (i < tokens.size() && tokens[i].kind == TokenKind::kPunct) ++i;
  if (i >= tokens.size()) return false;
  FoldToken(tokens[i].text(text), folded);
  return true;
}

// Whether the capitalized word at `i` is one that commonly opens a sentence ("The", "He", "But").
bool IsSentenceOpenerWord(std::string_view text, const std::vector<Token>& tokens, size_t i) {
  std::string folded;
  return !FoldedWordFrom(text, tokens, i, &folded) || IsEnglishStopword(folded);
}

// Whether the word at `i` (after any punctuation) reports speech, as after a name: "Trump Jr.
// said", "Acme Inc. says". These hardly ever open a sentence, though they are common words.
bool IsAttributionVerb(std::string_view text, const std::vector<Token>& tokens, size_t i) {
  std::string folded;
  return FoldedWordFrom(text, tokens, i, &folded) &&
         IsOneOf(folded, {"said", "says", "told", "added", "wrote", "tweeted"});
}

// Whether the word at `i` (after any punctuation) is a function word that goes on from a noun
// and seldom opens a sentence: in text lowercased but for a capital after each period, it was
// lowercase before the capital was put back after an abbreviation ("the u.s. And canada", "in the
// u.s. Is tallied", "the u.s. Has tried", "karzai said the u.s. Doesn't want", "entered the u.s.
// In september"). A verb or a conjunction cannot open the next sentence; a preposition can, but in
// cased news "U.S. in" outnumbers a sentence ending at "U.S." before "In" by 15 to 1, and "Inc.
// in" one ending at "Inc." before "In" by 15 to 0.
bool ContinuesAfterAbbreviation(std::string_view text, const std::vector<Token>& tokens, size_t i) {
  while (i < tokens.size() && tokens[i].kind == TokenKind::kPunct) ++i;
  std::string folded, then;
  if (!FoldedWordFrom(text, tokens, i, &folded)) return false;
  if (folded == "for" && FoldedWordFrom(text, tokens, i + 1, &then) &&
      IsOneOf(then, {"example", "instance"})) {
    return false;  // "... in the u.s. For example, he"
  }
  return IsOneOf(
      folded,
      {"and",     "or",        "nor",     "is",      "are",    "was",      "were",    "be",
       "been",    "being",     "has",     "have",    "had",    "having",   "does",    "did",
       "doesn't", "don't",     "didn't",  "isn't",   "aren't", "wasn't",   "weren't", "hasn't",
       "haven't", "hadn't",    "will",    "won't",   "would",  "wouldn't", "could",   "couldn't",
       "should",  "shouldn't", "can",     "can't",   "cannot", "may",      "might",   "must",
       "shall",   "said",      "says",    "to",      "of",     "than",     "in",      "into",
       "on",      "at",        "for",     "from",    "by",     "with",     "over",    "under",
       "through", "upon",      "against", "between", "during"});
}

// Whether the period at `p`, with no space on either side, ends a sentence glued to the next one
// where a line break was lost ("his death.the band", "as tmz learned.as authorities work"): a
// lowercase word standing after a space, then a word of three letters or more (or "we", "he",
// "if", "as"), not in capitals, that a space or a closing mark ends. A domain, an address or a file
// name does not qualify ("news.yahoo.com", "cnn.it", "chris.fiscus(at)", "index.html"): a dot,
// slash or bracket follows, the part after the dot is two letters (country domains) or names a
// domain or file type, or the part before it is a title ("st.louis") or "www".
bool GluedSentenceEnd(std::string_view text, const std::vector<Token>& tokens, size_t p) {
  if (p == 0 || p + 1 >= tokens.size() || tokens[p].text(text) != ".") return false;
  const Token& before = tokens[p - 1];
  const Token& next = tokens[p + 1];
  if (before.kind != TokenKind::kWord || !before.lower_initial || before.size() < 2 ||
      !before.space_before || tokens[p].space_before) {
    return false;
  }
  if (next.kind != TokenKind::kWord || next.space_before || next.all_upper ||
      !(next.lower_initial || next.upper_initial)) {
    return false;
  }
  if (p + 2 < tokens.size() && !tokens[p + 2].space_before &&
      !IsOneOf(tokens[p + 2].text(text),
               {",", ";", "!", "?", "\"", ")", "\xE2\x80\x9D", "...", "\xE2\x80\xA6"})) {
    return false;  // "news.yahoo.com", "chris.fiscus(at)pni.com", "cnn.com/2012"
  }
  std::string folded;
  FoldToken(before.text(text), &folded);
  if (IsTitleAbbreviation(folded) || folded == "www") return false;
  FoldToken(next.text(text), &folded);
  const size_t apostrophe = folded.find('\'');
  if (apostrophe != std::string::npos) {
    folded.resize(apostrophe);  // "amazon.com's" is a domain, "ago.it's" a sentence
  } else if (folded.size() < 3) {
    return IsOneOf(folded, {"we", "he", "if", "as"});
  }
  return !IsOneOf(folded,
                  {"com", "org", "net", "gov",  "edu",  "mil", "int",  "info", "biz", "html",
                   "htm", "php", "asp", "aspx", "jsp",  "cgi", "jpg",  "jpeg", "png", "gif",
                   "pdf", "swf", "txt", "doc",  "docx", "xml", "json", "lnk",  "exe", "mov",
                   "mp3", "mp4", "wav", "avi",  "zip",  "csv", "xls",  "xlsx", "ppt"});
}

// Whether the word at `i` (after any punctuation) is one a clock time runs on into: a weekday, a
// month or a time zone ("at 3 p.m. Sunday", "7 p.m. EST", "10 a.m. Eastern time"). In text
// lowercased but for a capital after each period (`capitalized_only_after_periods`), also a
// preposition or conjunction, which there was lowercase before the capital was put back: "at 10
// p.m. On saturday", "from 8 p.m. To 6 a.m.", "at 4: 45 a.m. And waited"; and a noun the time
// names, which no sentence opens with: "the cbs 12: 35 a.m. Show", "the 9 a.m. Hour of today",
// "a 5 p.m. Deadline".
bool ContinuesClockTime(std::string_view text, const std::vector<Token>& tokens, size_t i,
                        bool capitalized_only_after_periods) {
  std::string folded;
  if (!FoldedWordFrom(text, tokens, i, &folded)) return false;
  if (capitalized_only_after_periods &&
      IsOneOf(folded,
              {"and",      "or",        "to",        "until",    "till",     "through",  "on",
               "at",       "in",        "by",        "for",      "from",     "show",     "shows",
               "hour",     "newscast",  "broadcast", "bulletin", "deadline", "curfew",   "slot",
               "timeslot", "edition",   "shift",     "kickoff",  "tipoff",   "mass",     "service",
               "meeting",  "execution", "departure", "session",  "program",  "programme"})) {
    return true;
  }
  return IsOneOf(folded,
                 {"monday",  "tuesday",   "wednesday", "thursday", "friday",   "saturday", "sunday",
                  "january", "february",  "march",     "april",    "may",      "june",     "july",
                  "august",  "september", "october",   "november", "december", "jan",      "feb",
                  "aug",     "sept",      "oct",       "nov",      "dec",      "et",       "est",
                  "edt",     "ct",        "cst",       "cdt",      "mt",       "mst",      "mdt",
                  "pt",      "pst",       "pdt",       "gmt",      "utc",      "bst",      "cet",
                  "cest",    "eastern",   "central",   "mountain", "pacific",  "local"});
}

// Whether the text is lowercased but for a capital after each period (as Multi-News gives it):
// 40 words or more, and no capitalized word inside a sentence, where names would put them in
// ordinary text. There a "?" or "!" before a lowercase word ends a sentence as well.
bool CapitalizedOnlyAfterPeriods(std::string_view text, const std::vector<Token>& tokens) {
  size_t words = 0;
  for (size_t i = 1; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    ++words;
    if (!t.upper_initial || t.newlines_before > 0) continue;
    // After a sentence's mark or a dotted word ("p.m. On"), maybe with a quote or a bracket
    // between.
    if (IsSentenceTerminal(tokens[i - 1].text(text)) ||
        (i >= 2 && IsSentenceTerminal(tokens[i - 2].text(text))) ||
        text[tokens[i - 1].end - 1] == '.') {
      continue;
    }
    return false;
  }
  return words >= 40;
}

// Decides whether a sentence ends after the terminal token at `p` when the next sentence-like
// token is at `next`; `capitalized_only_after_periods` as for ContinuesClockTime.
bool PeriodEndsSentence(std::string_view text, const std::vector<Token>& tokens, size_t p,
                        size_t next, bool capitalized_only_after_periods) {
  std::string_view mark = tokens[p].text(text);
  if (mark == "!" || mark == "?") return true;
  if (mark != ".") return true;  // ellipses and CJK full stops
  if (p == 0) return true;
  const Token& before = tokens[p - 1];
  if (!before.is_word_like() || tokens[p].space_before) return true;
  std::string folded;
  FoldToken(before.text(text), &folded);
  const Token& n = tokens[next];
  if (IsTitleAbbreviation(folded) && before.upper_initial) return false;
  // In text lowercased but for a capital after each period (as Multi-News gives it), the title is
  // lowercase and the name after it capitalized: "said mr. Trump". A common word after it ("main
  // st. The") still starts a sentence.
  if (IsTitleAbbreviation(folded) && before.lower_initial && n.upper_initial &&
      !IsSentenceOpenerWord(text, tokens, next)) {
    return false;
  }
  if (IsNumericAbbreviation(folded) && before.size() <= 4 && n.kind == TokenKind::kNumber) {
    return false;
  }
  // An initial: one uppercase letter before the dot, after a capitalized word or another initial.
  if (before.kind == TokenKind::kWord && before.size() <= 2 && before.upper_initial &&
      folded.size() == 1 && n.upper_initial) {
    return false;
  }
  // The same in text lowercased but for a capital after each period (as Multi-News gives it):
  // "mayor rudolph w. Giuliani". A common word after it ("plan b. The") still starts a sentence.
  if (before.kind == TokenKind::kWord && folded.size() == 1 && before.lower_initial &&
      n.upper_initial && !IsSentenceOpenerWord(text, tokens, next)) {
    return false;
  }
  // In text lowercased but for a capital after each period, a function word after "inc." was
  // lowercase before its capital was put back: "google inc. Has been testing", "transvalue inc. Of
  // miami" (in cased news, "Inc. in", "Inc. has" and "Inc. and" are common, "Inc. In" rare). A
  // list's "etc." ends its sentence too often for that: "puff, etc. On saturday, the mogul said".
  if (IsAmbiguousAbbreviation(folded)) {
    return IsSentenceOpenerWord(text, tokens, next) && !IsAttributionVerb(text, tokens, next) &&
           !(capitalized_only_after_periods && folded != "etc" &&
             ContinuesAfterAbbreviation(text, tokens, next));
  }
  return true;
}

// A run of more than kMaxRunWords words without a single terminal in it (a transcript, a list, a
// page's links pasted as one line) is no sentence anyone wrote: it is cut into pieces of about
// kRunPieceWords words, at a pause (comma, dash) when one lies within kRunCutReach words of the
// cut, so that text without punctuation still yields units a summary can quote. A sentence of
// more than kMaxRunWords words is no summary's material either, so text that is punctuated loses
// nothing by it.
constexpr uint32_t kMaxRunWords = 80;
constexpr uint32_t kRunPieceWords = 40;
constexpr size_t kRunCutReach = 8;

// Whether any of tokens [first, end) is a sentence terminal.
bool HoldsTerminal(std::string_view text, const std::vector<Token>& tokens, size_t first,
                   size_t end) {
  for (size_t i = first; i < end; ++i) {
    if (tokens[i].kind == TokenKind::kPunct && IsSentenceTerminal(tokens[i].text(text))) {
      return true;
    }
  }
  return false;
}

// Where to cut tokens [first, end), a run that holds no terminal, when it has more than
// kMaxRunWords words: the ends of pieces of about equal length near kRunPieceWords each, every
// cut moved to just after a comma, semicolon, colon or dash within kRunCutReach words of it when
// there is one, the nearest first. Appends the ends of all pieces but the last; nothing for a
// shorter run.
void RunPieceEnds(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t end,
                  std::vector<size_t>* ends) {
  // The token opening each word (a token after white space, or a word of a script written
  // without spaces), so cuts fall between words.
  std::vector<size_t> word_starts;
  for (size_t i = first; i < end; ++i) {
    if (i == first || tokens[i].space_before ||
        (tokens[i].unspaced_script && tokens[i].is_word_like())) {
      word_starts.push_back(i);
    }
  }
  if (word_starts.size() <= kMaxRunWords) return;
  const size_t pieces = (word_starts.size() + kRunPieceWords - 1) / kRunPieceWords;
  auto after_pause = [&](size_t w) {  // word w follows a comma, semicolon, colon or dash
    if (w == 0) return false;         // the run's first word: what precedes is not the run's
    const Token& before = tokens[word_starts[w] - 1];
    if (before.kind != TokenKind::kPunct) return false;
    // , ; : - -- – — and the ideographic commas 、，
    return IsOneOf(before.text(text), {",", ";", ":", "-", "--", "\xE2\x80\x93", "\xE2\x80\x94",
                                       "\xE3\x80\x81", "\xEF\xBC\x8C"});
  };
  size_t last = 0;  // index into word_starts of the current piece's first word
  for (size_t p = 1; p < pieces; ++p) {
    const size_t target = word_starts.size() * p / pieces;
    size_t cut = target;
    for (size_t d = 0; d <= kRunCutReach; ++d) {
      if (target + d < word_starts.size() && after_pause(target + d)) {
        cut = target + d;
        break;
      }
      if (target >= d && target - d > last && after_pause(target - d)) {
        cut = target - d;
        break;
      }
    }
    if (cut <= last || cut >= word_starts.size()) continue;
    ends->push_back(word_starts[cut]);
    last = cut;
  }
}

}  // namespace

void SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                    std::vector<SentenceSpan>* sentences, uint32_t max_tokens) {
  sentences->clear();
  const size_t n = tokens.size();
  size_t start = 0;
  std::vector<size_t> run_ends;
  auto emit = [&](size_t end) {  // [start, end)
    run_ends.clear();
    if (end - start > kMaxRunWords && !HoldsTerminal(text, tokens, start, end)) {
      RunPieceEnds(text, tokens, start, end, &run_ends);
    }
    size_t next_run_end = 0;
    while (start < end) {
      size_t piece_end = std::min(end, start + max_tokens);
      while (next_run_end < run_ends.size() && run_ends[next_run_end] <= start) ++next_run_end;
      if (next_run_end < run_ends.size()) piece_end = std::min(piece_end, run_ends[next_run_end]);
      SentenceSpan s;
      s.first_token = static_cast<uint32_t>(start);
      s.end_token = static_cast<uint32_t>(piece_end);
      s.begin = tokens[start].begin;
      s.end = tokens[piece_end - 1].end;
      s.starts_line = start == 0 || tokens[start].newlines_before > 0;
      s.ends_line = piece_end >= n || tokens[piece_end].newlines_before > 0;
      sentences->push_back(s);
      start = piece_end;
    }
  };
  size_t quotes_before = 0, quotes_counted_to = 0;  // straight quotes in [0, quotes_counted_to)
  // CapitalizedOnlyAfterPeriods, worked out the first time a rule needs it (a pass over the text).
  int lowercased = -1;
  auto is_lowercased = [&] {
    if (lowercased < 0) lowercased = CapitalizedOnlyAfterPeriods(text, tokens) ? 1 : 0;
    return lowercased == 1;
  };
  for (size_t i = 0; i + 1 <= n; ++i) {
    if (i + 1 == n) {
      emit(n);
      break;
    }
    const Token& t = tokens[i];
    const Token& next = tokens[i + 1];
    // Line structure first.
    if (next.newlines_before >= 2) {
      emit(i + 1);
      continue;
    }
    if (next.newlines_before == 1) {
      bool wraps = next.lower_initial && !EndsWithTerminal(text, t) &&
                   (t.is_word_like() || t.text(text) == ",");
      if (!wraps) {
        emit(i + 1);
        continue;
      }
    }
    // A space between words of a script written without spaces (Thai, Lao); a subject or a name
    // of a few words before it goes on ("กระทรวงยุติธรรมสหรัฐฯ ระบุว่า..." is one sentence).
    if (SpaceEndsSentence(tokens, i + 1)) {
      size_t words = 0;
      for (size_t k = start; k <= i && words < kMinWordsBeforeSpaceEnd; ++k) {
        words += tokens[k].is_word_like();
      }
      if (words >= kMinWordsBeforeSpaceEnd) {
        emit(i + 1);
        continue;
      }
    }
    // Punctuation.
    bool terminal = t.kind == TokenKind::kPunct && IsSentenceTerminal(t.text(text));
    bool dotted_word =
        t.kind == TokenKind::kWord && t.size() >= 2 && text[t.end - 1] == '.';  // "U.S.", "a.m."
    if (!terminal && !dotted_word) continue;
    // Closing quotes and brackets belong to the sentence that ends here.
    size_t last = i;
    while (last + 1 < n && tokens[last + 1].kind == TokenKind::kPunct &&
           !tokens[last + 1].space_before && tokens[last + 1].newlines_before == 0 &&
           (IsClosingPunctuation(tokens[last + 1].text(text)) ||
            IsSentenceTerminal(tokens[last + 1].text(text)))) {
      ++last;
    }
    if (last + 1 >= n) continue;  // the end of text closes it anyway
    const Token& after = tokens[last + 1];
    if (!after.space_before && (!terminal || !EndsSentenceWithoutSpace(t.text(text)) ||
                                (last > i && IsQuotativeParticle(after.text(text))))) {
      if (last == i && GluedSentenceEnd(text, tokens, i)) emit(i + 1);
      i = last;
      continue;
    }
    if (after.newlines_before > 0) {
      emit(last + 1);
      i = last;
      continue;
    }
    // A straight quote after the mark, then a word, in text whose quotes were spaced out by a
    // tokenizer, lowercase but for a capital after each period (as Multi-News gives it), where the
    // word shows nothing. A quote standing alone between spaces: the sentence ends at the mark,
    // the quote closing it when an odd number of quotes come before it. A quote opened on a
    // lowercase word ("he wrote. "i find it"): a new sentence all the same.
    if (terminal && last + 2 < n && tokens[last + 1].text(text) == "\"" &&
        tokens[last + 2].kind == TokenKind::kWord && tokens[last + 2].newlines_before == 0 &&
        (tokens[last + 2].space_before || tokens[last + 2].lower_initial) &&
        PeriodEndsSentence(text, tokens, i, last + 2, is_lowercased())) {
      for (; quotes_counted_to < last + 1; ++quotes_counted_to) {
        quotes_before += tokens[quotes_counted_to].text(text) == "\"";
      }
      const bool closing = tokens[last + 2].space_before && quotes_before % 2 == 1;
      emit(closing ? last + 2 : last + 1);
      i = closing ? last + 1 : last;
      continue;
    }
    // A dateline's place ends in a period ("ST. JOSEPH, Mich. (AP) —"); the story follows its
    // agency's tag. A few capitalized words at most stand before it.
    if (last == i && AgencyTagAndDashFollow(text, tokens, last + 1) && i - start <= 8) {
      continue;
    }
    if (!LooksLikeSentenceStart(text, tokens, last + 1)) {
      const std::string_view mark = t.text(text);
      if (terminal && (mark == "?" || mark == "!") && after.kind == TokenKind::kWord &&
          after.lower_initial) {
        if (is_lowercased()) emit(last + 1);
      }
      i = last;
      continue;
    }
    bool ends;
    if (dotted_word) {
      std::string folded;
      FoldToken(t.text(text), &folded);
      const bool clock = folded == "am" || folded == "pm";
      // "a.m."/"p.m." before a capital usually ends a sentence, unless the time runs on ("3 p.m.
      // Sunday"); "U.S. Attorney" does not end one.
      ends = clock ? !ContinuesClockTime(text, tokens, last + 1, is_lowercased())
                   : IsSentenceOpenerWord(text, tokens, last + 1) &&
                         !(is_lowercased() && ContinuesAfterAbbreviation(text, tokens, last + 1));
    } else {
      ends = PeriodEndsSentence(text, tokens, i, last + 1, is_lowercased());
    }
    if (ends) emit(last + 1);
    i = last;
  }
}

std::vector<std::string> SplitSentencesToStrings(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<SentenceSpan> spans;
  SplitSentences(text, tokens, &spans);
  std::vector<std::string> out;
  for (const SentenceSpan& s : spans) {
    std::string folded = FoldWhitespace(text.substr(s.begin, s.end - s.begin));
    out.push_back(std::move(folded));
  }
  return out;
}

}  // namespace precis::text
