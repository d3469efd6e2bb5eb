// NonArticleDetector: tells whether a cleaned text is a news article at all.
//
// Crawled "articles" are often something else: web-archive crawl notices, social-network shells
// ("Tweet with a location ..."), cookie and JavaScript walls, log-in and paywall prompts, a wire
// service's budget (the list of stories it sends editors) or a digest of briefs. The
// summarizer drops them so they are neither summarized nor cited, and story clustering keeps each
// as a flagged singleton instead of merging them into one junk story. The verdict rests on
// structure and repetition, not on phrases: text mostly made of boilerplate learned from
// repetition across unrelated events, too little prose left after clean-up, a paragraph after
// paragraph opening with its own dateline (many stories, not one), or prose that mostly
// addresses the reader rather than reporting.
#ifndef PRECIS_EXTRACT_NON_ARTICLE_DETECTOR_H_
#define PRECIS_EXTRACT_NON_ARTICLE_DETECTOR_H_

#include <string>
#include <string_view>

#include "extract/text_cleaner.h"

namespace precis::extract {

struct NonArticleVerdict {
  bool non_article = false;
  std::string reason;  // for people: why, with the figure that decided it
};

// `text` is the text `cleaned` was made from.
NonArticleVerdict JudgeArticle(std::string_view text, const CleanedText& cleaned);

}  // namespace precis::extract

#endif  // PRECIS_EXTRACT_NON_ARTICLE_DETECTOR_H_
