// TextCleaner: finds the article in text pasted from a web page.
//
// Pasted news carries the page around the article: photo-gallery captions and credits, slide-show
// controls ("HIDE CAPTION", "SEE ALL"), "READ MORE:" and "SEE ALSO:" links, newsletter prompts,
// embedded tweets, copyright and wire credit lines, and datelines. The cleaner tokenizes and splits
// the text once, then labels every sentence as content or as one kind of junk, judging by the
// shape of its line (length, closing punctuation, capitals, brackets, labels ending in a colon),
// by a few cues that are the same on every site (credit slashes, twitter links, "©"), by repetition
// within the page (template lines), and by repetition across unrelated events (BoilerplateModel).
// Nothing is deleted: callers see every sentence with its label and offsets into the text as given.
#ifndef PRECIS_EXTRACT_TEXT_CLEANER_H_
#define PRECIS_EXTRACT_TEXT_CLEANER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/boilerplate_model.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace precis::extract {

enum class SentenceLabel : uint8_t {
  kContent = 0,
  kTitle,      // the headline at the top of the text
  kShortLine,  // a line too short and unpunctuated to be prose: subheads, captions, controls
  kCaption,    // photo captions and credits ("REUTERS/Name", "(Photo: ...)")
  kPromo,      // "READ MORE: ...", "SEE ALSO:", the link titles under it, teasers cut off by "..."
  kPrompt,     // newsletter, subscription, sharing and other calls to action
  kSocial,     // embedded social posts ("pic.twitter.com/...", "— Name (@handle) date")
  kCredit,     // copyright and wire credit lines, and a page's time stamp ("Updated 8:21 a.m. ET")
  kAside,      // a whole line in brackets: "[Reporter: ...]", "(Photo: ...)"
  kTemplate,   // a line (or a sentence of a long line) repeating most of its words in two others
  kBoilerplate,     // text the BoilerplateModel has seen across unrelated events
  kRepeated,        // the same sentence earlier in the same text
  kOutsideArticle,  // prose of a page pasted whole, away from its article: teasers, comments
};

const char* SentenceLabelName(SentenceLabel label);

struct CleanSentence {
  // Token range and byte offsets of the sentence, after any dateline (or, in a long line, a
  // photo credit) has been cut from its front.
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
  // Where a content sentence began before a dateline was cut from it (first_token when none
  // was; UINT32_MAX on other sentences): the dateline is no sentence, but wire copies share it,
  // so copy detection reads from here.
  uint32_t dateline_first_token = UINT32_MAX;
  uint32_t line = 0;   // index of the line (paragraph) it stands in
  uint32_t words = 0;  // word and number tokens
  SentenceLabel label = SentenceLabel::kContent;
  bool terminated = false;  // ends with . ! ? (possibly inside closing quotes)
  bool cut_off = false;     // ends with an ellipsis glued to a word: text::EndsCutOff
  // The first sentence of a list item under a line that ends in a colon ("The board is urging
  // automakers to:" / "--Stock more vehicles with built-in child seats."): it finishes or
  // answers that line, and alone it says what no one said.
  bool finishes_list_intro = false;
};

struct CleanedText {
  std::vector<text::Token> tokens;
  // Per word or number token, in order: its token index, and the XXH3 hash of its folded form
  // (FoldToken). Later stages key words by this hash instead of folding them again.
  std::vector<uint32_t> word_token;
  std::vector<uint64_t> word_hashes;
  std::vector<CleanSentence> sentences;
  std::string title;     // headline found at the top, if any
  std::string dateline;  // e.g. "CHICAGO", cut from the first sentence
  size_t content_words = 0;
  size_t content_sentences = 0;
  // Paragraphs of content after the first that open with a wire dateline or a story slug of
  // their own ("CUBA-ELIAN _ MIAMI _ ...", "WASHINGTON (AP) --"): one article has one dateline;
  // a wire service's budget or a digest of briefs has one per story (NonArticleDetector).
  size_t datelined_paragraphs = 0;
  size_t total_words = 0;
  double boilerplate_share = 0;  // share of words covered by BoilerplateModel shingles

  bool IsContent(size_t i) const { return sentences[i].label == SentenceLabel::kContent; }
  // The index of the first word at or after token `token`.
  size_t FirstWordAt(uint32_t token) const;
};

// Labels the sentences of `text` (valid UTF-8). `model` may be empty.
void CleanText(std::string_view text, const BoilerplateModel& model, CleanedText* out);

}  // namespace precis::extract

#endif  // PRECIS_EXTRACT_TEXT_CLEANER_H_
