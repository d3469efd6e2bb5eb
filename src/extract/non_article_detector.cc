#include "extract/non_article_detector.h"

#include <fmt/format.h>
#include <re2/re2.h>

namespace precis::extract {

namespace {
// Minimum prose for an article: a brief of two short sentences has about this many words.
constexpr size_t kMinContentWords = 25;
// Words addressing the reader ("you", "your", "please") per 100 words of a notice, at least.
constexpr size_t kMinReaderCuesPer100Words = 5;
// A list of stories: at least this many paragraphs after the first open with a dateline or a
// story slug of their own, one per kMaxWordsPerDatelinedStory words of prose or more often. On
// DUC 2006 the wire services' budgets (story lists sent to editors: "CUBA-ELIAN _ MIAMI _ As both
// sides ... (Williams/Lipman, Cox News Service).") hold 5 to 32 such paragraphs, one per 51 to
// 107 words; the articles at most 3 (a digest of three briefs, one per 102 words). Multi-News
// val, lowercased, has none.
constexpr size_t kMinDatelinedStories = 4;
constexpr size_t kMaxWordsPerDatelinedStory = 200;
}  // namespace

NonArticleVerdict JudgeArticle(std::string_view text, const CleanedText& cleaned) {
  NonArticleVerdict v;
  if (cleaned.total_words == 0) {
    v.non_article = true;
    v.reason = "no words";
    return v;
  }
  if (cleaned.boilerplate_share >= 0.5) {
    v.non_article = true;
    v.reason = fmt::format(
        "{:.0f}% of its words repeat text seen across unrelated events (crawl notice, social "
        "page, cookie or log-in wall)",
        100 * cleaned.boilerplate_share);
    return v;
  }
  if (cleaned.content_words < kMinContentWords) {
    v.non_article = true;
    v.reason = fmt::format("too little article text: {} of {} words left after clean-up",
                           cleaned.content_words, cleaned.total_words);
    return v;
  }
  if (cleaned.datelined_paragraphs >= kMinDatelinedStories &&
      cleaned.content_words <= cleaned.datelined_paragraphs * kMaxWordsPerDatelinedStory) {
    v.non_article = true;
    v.reason = fmt::format(
        "{} of its paragraphs open with a dateline or story slug of their own, in {} words: a list "
        "of stories (a wire budget or digest), not an article",
        cleaned.datelined_paragraphs, cleaned.content_words);
    return v;
  }
  // Prose that speaks to the reader: notices and prompts, not reports.
  // Only short texts are judged this way, so longer ones are not scanned.
  static const RE2 reader(R"((?i)\b(?:you|your|please)\b)");
  size_t sentences = 0;
  for (const CleanSentence& s : cleaned.sentences) sentences += s.label == SentenceLabel::kContent;
  if (sentences > 12) return v;
  // Quoted speech addresses someone in the story, not the reader.
  auto quoted = [](std::string_view st) {
    return st.find('"') != std::string_view::npos ||
           st.find("\xE2\x80\x9C") != std::string_view::npos;
  };
  size_t addressing = 0, judged = 0;
  for (const CleanSentence& s : cleaned.sentences) {
    if (s.label != SentenceLabel::kContent) continue;
    // Stop once the sentences left could not make the share: the verdict is already "article".
    if ((addressing + sentences - judged) * 10 < sentences * 6) break;
    ++judged;
    std::string_view st = text.substr(s.begin, s.end - s.begin);
    addressing += !quoted(st) && RE2::PartialMatch(st, reader);
  }
  if (addressing * 10 < sentences * 6) return v;
  // Notices say "you" over and over; a report, a column or a review that speaks to its reader
  // once or twice ("here is what you need to know") is still a report. In Multi-News the notices
  // run at 5 to 17 such words per 100, the articles this share of sentences caught at 1 to 5.
  size_t cues = 0;
  for (const CleanSentence& s : cleaned.sentences) {
    if (s.label != SentenceLabel::kContent) continue;
    const std::string_view st = text.substr(s.begin, s.end - s.begin);
    if (quoted(st)) continue;
    re2::StringPiece rest(st.data(), st.size());
    while (RE2::FindAndConsume(&rest, reader)) ++cues;
  }
  if (cues * 100 >= cleaned.content_words * kMinReaderCuesPer100Words) {
    v.non_article = true;
    v.reason = fmt::format(
        "{} of its {} sentences address the reader, {} times in {} words: a notice, not an "
        "article",
        addressing, sentences, cues, cleaned.content_words);
  }
  return v;
}

}  // namespace precis::extract
