#include "cluster/article_profile.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "base/parallel.h"
#include "extract/non_article_detector.h"
#include "text/character_references.h"
#include "text/dates.h"
#include "text/stopwords.h"
#include "text/tokenizer.h"
#include "text/whitespace.h"

namespace precis::cluster {
namespace {

bool IsCopyEvidence(extract::SentenceLabel label) {
  using extract::SentenceLabel;
  switch (label) {
    case SentenceLabel::kCaption:
    case SentenceLabel::kPromo:
    case SentenceLabel::kPrompt:
    case SentenceLabel::kSocial:
    case SentenceLabel::kCredit:
    case SentenceLabel::kBoilerplate:
    case SentenceLabel::kOutsideArticle:
      return false;
    default:
      return true;
  }
}

}  // namespace

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
  out->headline = text::DisplayText(document.title.empty() ? cleaned_.title : document.title);
  if (!document.date.empty()) {
    out->day = text::ParseDay(document.date);
    if (out->day == kNoDay) out->date_note = "unreadable date \"" + document.date + "\", ignored";
  }
  // A text that is no article gets no terms (it joins no story) but still its copy signature:
  // near-duplicate matching tells a wire budget or a notice sent twice for what it is.
  text::Vocabulary* vocabulary = nullptr;
  if (!out->non_article) {
    bool confident = false;
    out->language = text::DetectLanguage(text, cleaned_.tokens, cleaned_.word_hashes, &confident);
    vocabulary = &VocabularyFor(out->language);
  }

  // Terms of the prose; and for the copy signature, the words of everything but the page's
  // furniture (captions, credits, promotions, prompts, social embeds, cross-event boilerplate),
  // which differs between outlets running the same copy or repeats across unrelated articles.
  scratch_.clear();
  prose_words_.clear();
  for (size_t s = 0; s < cleaned_.sentences.size(); ++s) {
    const extract::CleanSentence& cs = cleaned_.sentences[s];
    const size_t end_word = cleaned_.FirstWordAt(cs.end_token);
    // With its dateline: no sentence, but copies of a wire story share it, and it names where
    // the event happened.
    const size_t first_word =
        cleaned_.FirstWordAt(std::min(cs.dateline_first_token, cs.first_token));
    if (IsCopyEvidence(cs.label)) {
      prose_words_.insert(prose_words_.end(), cleaned_.word_hashes.begin() + first_word,
                          cleaned_.word_hashes.begin() + end_word);
    }
    if (vocabulary == nullptr || !cleaned_.IsContent(s)) continue;
    for (size_t w = first_word; w < end_word; ++w) {
      const text::Token& token = cleaned_.tokens[cleaned_.word_token[w]];
      const text::Vocabulary::Entry e =
          vocabulary->Lookup(cleaned_.word_hashes[w], token.text(text));
      if (e.skip || e.stop) continue;
      scratch_.push_back(TermCount{vocabulary->StemHash(e.stem), 1.0f});
    }
  }
  ComputeSignature(prose_words_, &out->signature);
  if (vocabulary == nullptr) return;

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
          vocabulary->Lookup(text::HashFoldedWord(folded), t.text(out->headline));
      if (e.skip || e.stop) continue;
      scratch_.push_back(TermCount{vocabulary->StemHash(e.stem), 2.0f});
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
