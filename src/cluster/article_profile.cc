#include "cluster/article_profile.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "base/parallel.h"
#include "extract/non_article_detector.h"
#include "text/stopwords.h"
#include "text/tokenizer.h"
#include "text/whitespace.h"

namespace precis::cluster {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
int32_t DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int32_t>(doe) - 719468;
}

bool ValidDate(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1] &&
         !(m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

// 1-12 for an English month name or its three-letter abbreviation at `s`, else 0.
int MonthNumber(std::string_view s) {
  static const char* const kMonths[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};
  std::string word;
  for (char c : s) {
    if (!std::isalpha(static_cast<unsigned char>(c))) break;
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (word.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kMonths[m];
    if (word == full ||
        (word.size() <= 4 && full.substr(0, 3) == std::string_view(word).substr(0, 3) &&
         (word.size() == 3 || word == "sept"))) {
      return m + 1;
    }
  }
  return 0;
}

// Reads an unsigned number of 1 to `max_digits` digits at s[*i].
bool ReadNumber(std::string_view s, size_t* i, int max_digits, int* out) {
  int v = 0, digits = 0;
  while (*i < s.size() && std::isdigit(static_cast<unsigned char>(s[*i])) && digits < max_digits) {
    v = v * 10 + (s[*i] - '0');
    ++*i;
    ++digits;
  }
  if (digits == 0 || (*i < s.size() && std::isdigit(static_cast<unsigned char>(s[*i])))) {
    return false;
  }
  *out = v;
  return true;
}

void SkipSeparators(std::string_view s, size_t* i) {
  while (*i < s.size() && (s[*i] == ' ' || s[*i] == ',' || s[*i] == '.' || s[*i] == '\t')) ++*i;
}

void SkipWord(std::string_view s, size_t* i) {
  while (*i < s.size() && std::isalpha(static_cast<unsigned char>(s[*i]))) ++*i;
}

bool IsCopyEvidence(extract::SentenceLabel label) {
  using extract::SentenceLabel;
  switch (label) {
    case SentenceLabel::kCaption:
    case SentenceLabel::kPromo:
    case SentenceLabel::kPrompt:
    case SentenceLabel::kSocial:
    case SentenceLabel::kCredit:
    case SentenceLabel::kBoilerplate:
      return false;
    default:
      return true;
  }
}

}  // namespace

int32_t ParseDay(std::string_view date) {
  size_t i = 0;
  while (i < date.size() && std::isspace(static_cast<unsigned char>(date[i]))) ++i;
  std::string_view s = date.substr(i);
  if (s.empty()) return kNoDay;
  int y = 0, m = 0, d = 0;
  size_t p = 0;
  if (std::isdigit(static_cast<unsigned char>(s[0]))) {
    int first;
    if (!ReadNumber(s, &p, 4, &first)) return kNoDay;
    if (p == 4 && p < s.size() && (s[p] == '-' || s[p] == '/')) {  // 2017-09-15
      char sep = s[p++];
      y = first;
      if (!ReadNumber(s, &p, 2, &m) || p >= s.size() || s[p++] != sep ||
          !ReadNumber(s, &p, 2, &d)) {
        return kNoDay;
      }
    } else if (p <= 2) {  // 15 Sep 2017, 15 September 2017
      d = first;
      SkipSeparators(s, &p);
      m = MonthNumber(s.substr(p));
      SkipWord(s, &p);
      SkipSeparators(s, &p);
      if (!m || !ReadNumber(s, &p, 4, &y)) return kNoDay;
    } else {
      return kNoDay;
    }
  } else {
    m = MonthNumber(s);
    SkipWord(s, &p);
    SkipSeparators(s, &p);
    if (!m) {  // a weekday first: "Fri, 15 Sep 2017"
      if (p == 0) return kNoDay;
      return ParseDay(s.substr(p));
    }
    if (!ReadNumber(s, &p, 2, &d)) return kNoDay;  // September 15, 2017
    while (p < s.size() && std::isalpha(static_cast<unsigned char>(s[p]))) ++p;  // 15th
    SkipSeparators(s, &p);
    if (!ReadNumber(s, &p, 4, &y)) return kNoDay;
  }
  if (y < 100) return kNoDay;  // two-digit years are ambiguous
  if (!ValidDate(y, m, d)) return kNoDay;
  return DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

ArticleProfiler::ArticleProfiler(const extract::BoilerplateModel* boilerplate)
    : boilerplate_(boilerplate) {}

ArticleProfiler::~ArticleProfiler() = default;

text::Vocabulary& ArticleProfiler::VocabularyFor(const std::string& language) {
  std::unique_ptr<text::Vocabulary>& v = vocabularies_[language];
  if (!v) v = std::make_unique<text::Vocabulary>(language);
  if (v->forms() > 2000000) v->Clear();  // bound memory on endless input; stems keep their hashes
  return *v;
}

void ArticleProfiler::Profile(const Document& document, ArticleProfile* out) {
  *out = ArticleProfile();
  static const extract::BoilerplateModel kNoBoilerplate;
  const std::string_view text = document.text;
  extract::CleanText(text, boilerplate_ ? *boilerplate_ : kNoBoilerplate, &cleaned_);

  const extract::NonArticleVerdict verdict = extract::JudgeArticle(text, cleaned_);
  out->non_article = verdict.non_article;
  out->non_article_reason = verdict.reason;
  out->content_words = cleaned_.content_words;
  out->headline = text::FoldWhitespace(document.title.empty() ? cleaned_.title : document.title);
  if (!document.date.empty()) {
    out->day = ParseDay(document.date);
    if (out->day == kNoDay) out->date_note = "unreadable date \"" + document.date + "\", ignored";
  }
  if (out->non_article) return;

  bool confident = false;
  out->language = text::DetectLanguage(cleaned_.word_hashes, &confident);
  text::Vocabulary& vocabulary = VocabularyFor(out->language);

  // Terms of the prose; and for the copy signature, the words of everything but the page's
  // furniture (captions, credits, promotions, prompts, social embeds, cross-event boilerplate),
  // which differs between outlets running the same copy or repeats across unrelated articles.
  scratch_.clear();
  prose_words_.clear();
  for (size_t s = 0; s < cleaned_.sentences.size(); ++s) {
    const extract::CleanSentence& cs = cleaned_.sentences[s];
    const size_t end_word = cleaned_.FirstWordAt(cs.end_token);
    const size_t first_word = cleaned_.FirstWordAt(cs.first_token);
    if (IsCopyEvidence(cs.label)) {
      prose_words_.insert(prose_words_.end(), cleaned_.word_hashes.begin() + first_word,
                          cleaned_.word_hashes.begin() + end_word);
    }
    if (!cleaned_.IsContent(s)) continue;
    for (size_t w = first_word; w < end_word; ++w) {
      const text::Token& token = cleaned_.tokens[cleaned_.word_token[w]];
      const text::Vocabulary::Entry e =
          vocabulary.Lookup(cleaned_.word_hashes[w], token.text(text));
      if (e.skip || e.stop) continue;
      scratch_.push_back(TermCount{vocabulary.StemHash(e.stem), 1.0f});
    }
  }
  ComputeSignature(prose_words_, &out->signature);

  // Headline words count twice: a headline names the event. The headline is either given
  // (Document::title) or the cleaner's, which the prose above does not include.
  if (!out->headline.empty()) {
    std::vector<text::Token> tokens;
    text::Tokenize(out->headline, &tokens);
    std::string folded;
    for (const text::Token& t : tokens) {
      if (!t.is_word_like()) continue;
      text::FoldToken(t.text(out->headline), &folded);
      const text::Vocabulary::Entry e =
          vocabulary.Lookup(text::HashFoldedWord(folded), t.text(out->headline));
      if (e.skip || e.stop) continue;
      scratch_.push_back(TermCount{vocabulary.StemHash(e.stem), 2.0f});
    }
  }
  std::sort(scratch_.begin(), scratch_.end(),
            [](const TermCount& a, const TermCount& b) { return a.term < b.term; });
  for (const TermCount& t : scratch_) {
    if (!out->terms.empty() && out->terms.back().term == t.term) {
      out->terms.back().count += t.count;
    } else {
      out->terms.push_back(t);
    }
  }
}

void ProfileAll(const std::vector<Document>& documents,
                const extract::BoilerplateModel* boilerplate, int threads,
                std::vector<ArticleProfile>* out) {
  out->resize(documents.size());
  // Contiguous chunks, one profiler each: profilers keep their stem caches across a chunk.
  const size_t chunks = std::min<size_t>(documents.size(), 64);
  ParallelFor(chunks, threads, [&](size_t c) {
    ArticleProfiler profiler(boilerplate);
    const size_t begin = documents.size() * c / chunks, end = documents.size() * (c + 1) / chunks;
    for (size_t i = begin; i < end; ++i) profiler.Profile(documents[i], &(*out)[i]);
  });
}

}  // namespace precis::cluster
