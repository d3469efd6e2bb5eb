#include "extract/non_article_detector.h"

#include <fmt/format.h>
#include <re2/re2.h>

namespace precis::extract {

namespace {
// Minimum prose for an article: a brief of two short sentences has about this many words.
constexpr size_t kMinContentWords = 25;
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
  // Prose that speaks to the reader: notices and prompts, not reports.
  // Only short texts are judged this way, so longer ones are not scanned.
  static const RE2 reader(R"((?i)\b(?:you|your|please)\b)");
  size_t sentences = 0;
  for (const CleanSentence& s : cleaned.sentences) sentences += s.label == SentenceLabel::kContent;
  if (sentences > 12) return v;
  size_t addressing = 0, judged = 0;
  for (const CleanSentence& s : cleaned.sentences) {
    if (s.label != SentenceLabel::kContent) continue;
    // Stop once the sentences left could not make the share: the verdict is already "article".
    if ((addressing + sentences - judged) * 10 < sentences * 6) break;
    ++judged;
    std::string_view st = text.substr(s.begin, s.end - s.begin);
    addressing += st.find('"') == std::string_view::npos &&
                  st.find("\xE2\x80\x9C") == std::string_view::npos &&
                  RE2::PartialMatch(st, reader);
  }
  if (addressing * 10 >= sentences * 6) {
    v.non_article = true;
    v.reason = fmt::format("{} of its {} sentences address the reader: a notice, not an article",
                           addressing, sentences);
  }
  return v;
}

}  // namespace precis::extract
