#include "summarize/cluster_analysis.h"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <unordered_map>

#include "base/ascii.h"
#include "base/flat_hash_map.h"
#include "cluster/near_duplicates.h"
#include "text/stopwords.h"
#include "text/tokenizer.h"
#include "text/vocabulary.h"
#include "text/whitespace.h"

namespace precis::summarize {
namespace {

// Long enough to state a fact, short enough to quote: sentences outside these bounds are
// fragments, or lists and run-ons.
bool QuotableLength(const AnalyzedSentence& as) {
  return as.words >= 6 && as.words <= 80 && as.terms.size() >= 3;
}

// Words that, opening a sentence, point back to something the sentence does not contain.
bool IsDanglingOpener(std::string_view folded) {
  static const char* const kOpeners[] = {
      "but",         "and",       "or",           "so",        "yet",       "however",
      "also",        "still",     "instead",      "meanwhile", "moreover",  "furthermore",
      "then",        "thus",      "therefore",    "he",        "she",       "they",
      "it",          "his",       "her",          "their",     "its",       "this",
      "that",        "these",     "those",        "such",      "there",     "here",
      "him",         "them",      "we",           "our",       "both",      "another",
      "other",       "others",    "nevertheless", "besides",   "otherwise", "additionally",
      "later",       "afterward", "afterwards",   "likewise",  "similarly", "hence",
      "accordingly", "though",    "although",     "because",   "while",     "consequently",
      "which",       "whereas",   "whereby"};
  static const std::vector<std::string_view> sorted = [] {
    std::vector<std::string_view> v(std::begin(kOpeners), std::end(kOpeners));
    std::sort(v.begin(), v.end());
    return v;
  }();
  return std::binary_search(sorted.begin(), sorted.end(), folded);
}

// Whether `word` is one of `lower_words` (lowercase ASCII), ignoring the case of ASCII letters.
template <typename Words>
bool IsOneOfIgnoringCase(std::string_view word, const Words& lower_words) {
  for (std::string_view w : lower_words) {
    if (AsciiEqualsLowercase(word, w)) return true;
  }
  return false;
}

// Whether the sentence opens with a phrase that links it to the one before: a connective ("In
// other words", "As a result", "For that reason") or a preposition whose object points back ("After
// that", "Since then", "Despite this,", "Because of that", "From there", "Nor"). IsDanglingOpener
// covers the single words ("But", "He"); this covers the openers of several words. "This" counts
// only when a comma closes the phrase: "In this case," leans back, "In this city" or "For this
// year's budget" need not.
bool OpensWithLinkingPhrase(std::string_view s) {
  static const std::string_view kPhrases[] = {"in other words",
                                              "on the other hand",
                                              "as a result",
                                              "for example",
                                              "for instance",
                                              "in contrast",
                                              "by contrast",
                                              "in turn",
                                              "even so",
                                              "in that case",
                                              "on top of that",
                                              "as for",
                                              "nor",
                                              "that said",
                                              "to that end",
                                              "with that",
                                              "in the meantime",
                                              "all the same"};
  for (std::string_view phrase : kPhrases) {
    const char next = s.size() > phrase.size() ? AsciiLower(s[phrase.size()]) : 'a';
    if (next >= 'a' && next <= 'z') continue;  // a longer word ("In additional tests")
    if (AsciiStartsWithLowercase(s, phrase)) return true;
  }
  // Prepositions, and the phrases that work as one, whose object may point back.
  static const std::string_view kPrepositions[] = {
      "after",     "before",  "despite", "since",  "until", "by",     "for",     "at",
      "following", "besides", "beyond",  "unlike", "from",  "during", "because", "due",
      "apart",     "in",      "of",      "on",     "among", "prior"};
  static const std::string_view kLinkWords[] = {"of", "to", "from", "spite"};  // "because of"
  size_t i = 0;
  auto next_word = [&] {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n')) ++i;
    const size_t begin = i;
    while (i < s.size() && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))) ++i;
    return s.substr(begin, i - begin);
  };
  if (!IsOneOfIgnoringCase(next_word(), kPrepositions)) return false;
  std::string_view word = next_word();
  // "Because of that", "In spite of this", "Prior to that": the phrase's last word.
  for (int k = 0; k < 2 && IsOneOfIgnoringCase(word, kLinkWords); ++k) word = next_word();
  if (i < s.size() && s[i] == '\'') return false;  // "that's", "this year's"
  static const std::string_view kBackWords[] = {"that", "then", "there", "them"};
  static const std::string_view kNearWords[] = {"this", "these"};
  return IsOneOfIgnoringCase(word, kBackWords) ||
         (IsOneOfIgnoringCase(word, kNearWords) && i < s.size() && s[i] == ',');
}

// Whether the sentence starts inside a quotation: its first quote mark closes one ("It's a win,"
// said the mayor; It's a win,'' said the mayor). Such a sentence is the tail of a quote whose start
// is elsewhere. Returns the kind of mark that opened it, as its closing mark tells, or kNone.
QuoteMark QuoteOpenAtStart(std::string_view s) {
  for (size_t i = s.find_first_of("\"`'\xE2"); i < s.size();
       i = s.find_first_of("\"`'\xE2", i + 1)) {
    const char c = s[i];
    // Newswire's ASCII quotes, as in DUC and TDT: ``opens'' and closes.
    if (c == '`' || c == '\'') {
      if (i + 1 < s.size() && s[i + 1] == c)
        return c == '\'' ? QuoteMark::kNewswire : QuoteMark::kNone;
      continue;
    }
    if (s.compare(i, 3, "\xE2\x80\x9D") == 0) return QuoteMark::kCurly;  // ” closes
    if (s.compare(i, 3, "\xE2\x80\x9C") == 0) return QuoteMark::kNone;   // “ opens
    if (s[i] == '"') {
      // A straight quote right after a word or punctuation closes; after a space or at the
      // start it opens.
      const bool closes =
          i > 0 && s[i - 1] != ' ' && s[i - 1] != '\n' && s[i - 1] != '\t' && s[i - 1] != '(';
      return closes ? QuoteMark::kStraight : QuoteMark::kNone;
    }
  }
  return QuoteMark::kNone;
}

// The quotation marks of a sentence read in order, given how a quotation open at its start was
// opened (kNone: none is). Curly, low (German „…“), angle (« ») and newswire (``, '') marks say
// which way they go; a straight quote closes an open quotation and opens one otherwise, since
// scraped text spaces both alike (" like this ").
struct QuoteScan {
  QuoteMark open_at_end = QuoteMark::kNone;  // the kind of mark that opened it, or kNone
  // When a quotation was open at the start: the byte offsets of the mark that closes it, or npos.
  size_t close_begin = std::string_view::npos;
  size_t close_end = std::string_view::npos;
};

QuoteScan ScanQuotes(std::string_view s, QuoteMark open_at_start) {
  static constexpr std::string_view kMarkBytes = "\"`'\xE2\xC2";
  QuoteScan scan;
  QuoteMark open = open_at_start;
  for (size_t i = s.find_first_of(kMarkBytes); i < s.size();
       i = s.find_first_of(kMarkBytes, i + 1)) {
    size_t length = 0;
    QuoteMark opens = QuoteMark::kNone;  // the kind it opens, or kNone when it closes
    if (s[i] == '"') {
      length = 1, opens = open == QuoteMark::kNone ? QuoteMark::kStraight : QuoteMark::kNone;
    } else if ((s[i] == '`' || s[i] == '\'') && i + 1 < s.size() && s[i + 1] == s[i]) {
      length = 2, opens = s[i] == '`' ? QuoteMark::kNewswire : QuoteMark::kNone;
    } else if (s.compare(i, 3, "\xE2\x80\x9E") == 0) {  // „
      length = 3, opens = QuoteMark::kLow;
    } else if (s.compare(i, 3, "\xE2\x80\x9C") == 0) {  // “ opens, or closes a „
      length = 3, opens = open == QuoteMark::kLow ? QuoteMark::kNone : QuoteMark::kCurly;
    } else if (s.compare(i, 3, "\xE2\x80\x9D") == 0 || s.compare(i, 2, "\xC2\xBB") == 0) {  // ” »
      length = s[i] == '\xC2' ? 2 : 3, opens = QuoteMark::kNone;
    } else if (s.compare(i, 2, "\xC2\xAB") == 0) {  // «
      length = 2, opens = QuoteMark::kAngle;
    } else {
      continue;
    }
    if (open != QuoteMark::kNone && opens == QuoteMark::kNone &&
        open_at_start != QuoteMark::kNone && scan.close_end == std::string_view::npos) {
      scan.close_begin = i;
      scan.close_end = i + length;
    }
    open = opens;
    i += length - 1;
  }
  scan.open_at_end = open;
  return scan;
}

// Whether the words after a quotation's closing mark name who spoke: a verb of saying with a
// speaker that is not a pronoun (" the king said in an address."; '' said Sgt. Rob Knapton.).
// "..., " he said." names no one the reader knows.
bool NamesItsSpeaker(std::string_view after) {
  static const std::string_view kSayings[] = {
      "said",      "says",      "told",      "tells",    "added",    "adds",     "wrote",
      "writes",    "explained", "explains",  "asked",    "asks",     "noted",    "notes",
      "continued", "recalled",  "stated",    "declared", "insisted", "argued",   "tweeted",
      "announced", "replied",   "responded", "admitted", "warned",   "concluded"};
  static const std::string_view kPronouns[] = {"he", "she", "they", "it",  "i",
                                               "we", "you", "him",  "her", "them"};
  std::array<std::string_view, 8> words;
  size_t count = 0;
  size_t begin = std::string_view::npos;
  for (size_t i = 0; i <= after.size() && count < words.size(); ++i) {
    const char c = i < after.size() ? after[i] : ' ';
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    if (letter && begin == std::string_view::npos) begin = i;
    if (!letter && begin != std::string_view::npos) {
      words[count++] = after.substr(begin, i - begin);
      begin = std::string_view::npos;
    }
    if (c == '"' || c == '`' || c == '(' || c == '\xE2') break;  // the quotation goes on
  }
  for (size_t k = 0; k < count; ++k) {
    if (!IsOneOfIgnoringCase(words[k], kSayings)) continue;
    // "he said", "said he": one pronoun is the whole speaker.
    const bool pronoun_before = k == 1 && IsOneOfIgnoringCase(words[0], kPronouns);
    const bool pronoun_after = k == 0 && k + 1 < count && IsOneOfIgnoringCase(words[1], kPronouns);
    return k > 0 ? !pronoun_before : k + 1 < count && !pronoun_after;
  }
  return false;
}

}  // namespace

struct ClusterAnalyzer::Impl {
  const extract::BoilerplateModel* boilerplate;
  // Per-thread vocabularies, one per language. Their stem ids never leak into results: they are
  // mapped to cluster-local ids in order of first occurrence.
  std::map<std::string, std::unique_ptr<text::Vocabulary>> vocabularies;
  std::vector<uint32_t> local_of_global;  // kNone when unseen in this cluster
  U64Map bigram_ids;                      // (local term, local term) -> concept id
  std::vector<uint32_t> touched;
  static constexpr uint32_t kNone = 0xFFFFFFFF;

  text::Vocabulary& Vocabulary(const std::string& language) {
    std::unique_ptr<text::Vocabulary>& v = vocabularies[language];
    if (!v) v = std::make_unique<text::Vocabulary>(language);
    if (v->forms() > 1000000) v->Clear();  // bound memory on endless input
    return *v;
  }
};

ClusterAnalyzer::ClusterAnalyzer(const extract::BoilerplateModel* boilerplate)
    : impl_(new Impl{boilerplate, {}, {}, {}, {}}) {}

ClusterAnalyzer::~ClusterAnalyzer() { delete impl_; }

void ClusterAnalyzer::Analyze(const std::vector<std::string_view>& texts,
                              const std::string& language, ClusterAnalysis* out) {
  *out = ClusterAnalysis();
  static const extract::BoilerplateModel kEmptyModel;
  const extract::BoilerplateModel& model = impl_->boilerplate ? *impl_->boilerplate : kEmptyModel;

  // Clean and judge each document; find repeated texts (the same prose word for word) and wire
  // copies (the same agency text trimmed, extended or retouched: MinHash containment).
  out->docs.resize(texts.size());
  std::vector<uint64_t> fingerprints(texts.size(), 0);
  cluster::NearDuplicateIndex copies_index;
  std::vector<uint32_t> copies;
  std::vector<uint64_t> prose;
  for (size_t d = 0; d < texts.size(); ++d) {
    AnalyzedDocument& doc = out->docs[d];
    extract::CleanText(texts[d], model, &doc.cleaned);
    doc.verdict = extract::JudgeArticle(texts[d], doc.cleaned);
    cluster::MinHashSignature signature;  // empty: neither matches nor is matched
    if (doc.verdict.non_article) {
      doc.note = "dropped as not an article: " + doc.verdict.reason;
      copies_index.Add(signature, &copies);
      continue;
    }
    const extract::CleanedText& cleaned = doc.cleaned;
    prose.clear();
    for (size_t s = 0; s < cleaned.sentences.size(); ++s) {
      if (!cleaned.IsContent(s)) continue;
      prose.insert(
          prose.end(),
          cleaned.word_hashes.begin() + cleaned.FirstWordAt(cleaned.sentences[s].first_token),
          cleaned.word_hashes.begin() + cleaned.FirstWordAt(cleaned.sentences[s].end_token));
    }
    fingerprints[d] = XXH3_64bits(prose.data(), prose.size() * sizeof(uint64_t));
    for (size_t e = 0; e < d; ++e) {
      if (fingerprints[e] == fingerprints[d] && !out->docs[e].duplicate_of_earlier &&
          !out->docs[e].verdict.non_article) {
        doc.duplicate_of_earlier = true;
        doc.duplicate_of = static_cast<int>(e);
        doc.identical_text = texts[d] == texts[e];
        doc.note = "same text as document " + std::to_string(e) + "; collapsed into it";
        break;
      }
    }
    if (!doc.duplicate_of_earlier) cluster::ComputeSignature(prose, &signature);
    copies_index.Add(signature, &copies);
    if (copies.empty()) continue;
    const int first = static_cast<int>(copies.front());
    doc.copy_of = out->docs[first].copy_of >= 0 ? out->docs[first].copy_of : first;
    const std::string note = "a copy of document " + std::to_string(doc.copy_of) +
                             "'s text (syndicated): counted as one source with it";
    doc.note = doc.note.empty() ? note : doc.note + "; " + note;
  }

  // Language: given, or detected on the longest text (from its tokens, already made).
  if (!language.empty()) {
    out->language = language;
  } else if (texts.empty()) {
    out->language = "en";
  } else {
    size_t longest = 0;
    for (size_t i = 1; i < texts.size(); ++i) {
      if (texts[i].size() > texts[longest].size()) longest = i;
    }
    const extract::CleanedText& cleaned = out->docs[longest].cleaned;
    out->language = text::DetectLanguage(texts[longest], cleaned.tokens, cleaned.word_hashes);
  }
  const std::string& lang = out->language;
  text::Vocabulary& vocab = impl_->Vocabulary(lang);

  bool any_article = false, any_text = false;
  for (size_t d = 0; d < texts.size(); ++d) {
    any_article |= !out->docs[d].verdict.non_article;
    any_text |= out->docs[d].cleaned.content_words > 0;
  }
  if (!any_article && any_text) {
    out->all_non_articles = true;
    for (AnalyzedDocument& doc : out->docs) {
      if (doc.cleaned.content_words == 0) continue;
      doc.verdict.non_article = false;
      doc.note = "kept although it does not look like an article: " + doc.verdict.reason;
    }
  }

  // Sentences, terms and concepts.
  std::vector<uint32_t>& local = impl_->local_of_global;
  std::vector<uint32_t>& touched = impl_->touched;
  U64Map& bigram_ids = impl_->bigram_ids;
  bigram_ids.Clear();
  std::vector<uint32_t> term_last_doc, concept_last_doc;
  std::string folded;
  std::vector<std::pair<uint32_t, bool>> seq;  // (local term, stop) of word tokens in a sentence
  auto local_term = [&](uint32_t stem_gid) {
    if (stem_gid >= local.size()) local.resize(stem_gid + 1024, Impl::kNone);
    if (local[stem_gid] == Impl::kNone) {
      local[stem_gid] = out->num_terms++;
      touched.push_back(stem_gid);
      out->term_df.push_back(0);
      term_last_doc.push_back(0xFFFFFFFF);
      // A unigram concept per term, with the same id space offset handled below.
    }
    return local[stem_gid];
  };
  std::vector<uint32_t> unigram_concept;  // term -> concept id or kNone
  auto new_concept = [&](bool bigram) {
    uint32_t id = out->num_concepts++;
    out->concept_df.push_back(0);
    out->concept_tf.push_back(0);
    out->concept_first.push_back(1.0f);
    out->concept_is_bigram.push_back(bigram);
    concept_last_doc.push_back(0xFFFFFFFF);
    return id;
  };

  for (size_t d = 0; d < texts.size(); ++d) {
    AnalyzedDocument& doc = out->docs[d];
    doc.first_sentence = static_cast<uint32_t>(out->sentences.size());
    if (doc.verdict.non_article || doc.duplicate_of_earlier) {
      doc.end_sentence = doc.first_sentence;
      continue;
    }
    ++out->usable_docs;
    out->content_words += doc.cleaned.content_words;
    std::string_view text = texts[d];
    uint32_t position = 0;
    bool last_terminated = true, any_terminated = false;
    uint32_t content_count = static_cast<uint32_t>(doc.cleaned.content_sentences);
    // A quotation left open by an earlier sentence of the same paragraph: the sentences inside it
    // are someone's words with the speaker named elsewhere (``Look at all the copy cats. I don't
    // think it's going to stop.''). A paragraph closes any quote (one that runs on opens again),
    // and one open over more than kQuoteSpan sentences is taken for a stray mark.
    constexpr int kQuoteSpan = 4;
    QuoteMark quote_open = QuoteMark::kNone;
    int quote_age = 0;
    uint32_t quote_line = 0;
    for (size_t s = 0; s < doc.cleaned.sentences.size(); ++s) {
      const extract::CleanSentence& cs = doc.cleaned.sentences[s];
      const std::string_view st = text.substr(cs.begin, cs.end - cs.begin);
      const QuoteMark open_at_start =
          quote_open != QuoteMark::kNone && cs.line == quote_line && quote_age < kQuoteSpan
              ? quote_open
              : QuoteOpenAtStart(st);
      const bool inside_quote = open_at_start != QuoteMark::kNone;
      const QuoteScan quotes = ScanQuotes(st, open_at_start);
      quote_age = inside_quote && quotes.open_at_end != QuoteMark::kNone ? quote_age + 1 : 0;
      quote_open = quotes.open_at_end;
      quote_line = cs.line;
      if (!doc.cleaned.IsContent(s)) continue;
      AnalyzedSentence as;
      as.doc = static_cast<int>(d);
      as.position = position++;
      as.begin = cs.begin;
      as.end = cs.end;
      as.words = text::CountBudgetWords(text, doc.cleaned.tokens, cs.first_token, cs.end_token);
      seq.clear();
      bool first_word = true;
      const size_t end_word = doc.cleaned.FirstWordAt(cs.end_token);
      const size_t word_begin = doc.cleaned.FirstWordAt(cs.first_token);
      as.first_word = static_cast<uint32_t>(word_begin);
      as.end_word = static_cast<uint32_t>(end_word);
      for (size_t w = word_begin; w < end_word; ++w) vocab.Prefetch(doc.cleaned.word_hashes[w]);
      // At most a term per word and a unigram and a bigram concept per word: one allocation each,
      // filled by index (the hot loop's push_backs were not inlined) and cut to size after.
      as.terms.resize(end_word - word_begin);
      as.concepts.resize(2 * (end_word - word_begin));
      size_t terms = 0, concepts = 0;
      for (size_t w = word_begin; w < end_word; ++w) {
        const text::Token& tok = doc.cleaned.tokens[doc.cleaned.word_token[w]];
        // Words are keyed by the hash of their folded form (CleanedText::word_hashes): 64 bits
        // make a collision among a vocabulary's million forms a one-in-ten-million event, and
        // save folding and comparing every word again.
        const text::Vocabulary::Entry entry =
            vocab.Lookup(doc.cleaned.word_hashes[w], tok.text(text));
        if (entry.skip) continue;
        if (first_word) {
          text::FoldToken(tok.text(text), &folded);
          // "It's", "That's": the word before the apostrophe decides.
          std::string_view head = std::string_view(folded).substr(0, folded.find('\''));
          as.dangling = lang == "en" && !tok.all_upper && IsDanglingOpener(head);
        }
        uint32_t term = local_term(entry.stem);
        bool stop = entry.stop;
        seq.emplace_back(term, stop);
        if (!stop) {
          as.terms[terms++] = term;
          if (tok.kind == text::TokenKind::kNumber)
            as.numbers.push_back(term);
          else if (tok.upper_initial && !first_word)
            as.names.push_back(term);
        }
        first_word = false;
      }
      as.terms.resize(terms);
      for (uint32_t term : as.terms) {
        if (term_last_doc[term] != d) {
          term_last_doc[term] = static_cast<uint32_t>(d);
          ++out->term_df[term];
        }
      }
      // Concepts: content unigrams and bigrams of adjacent words (not both stop words).
      if (unigram_concept.size() < out->num_terms) {
        unigram_concept.resize(out->num_terms, Impl::kNone);
      }
      for (size_t k = 0; k < seq.size(); ++k) {
        if (!seq[k].second) {
          uint32_t& c = unigram_concept[seq[k].first];
          if (c == Impl::kNone) c = new_concept(false);
          as.concepts[concepts++] = c;
        }
        if (k + 1 < seq.size() && !(seq[k].second && seq[k + 1].second)) {
          uint64_t key = (static_cast<uint64_t>(seq[k].first) << 32) | seq[k + 1].first;
          bool inserted;
          uint32_t& id = bigram_ids.FindOrInsert(key, 0, &inserted);
          if (inserted) id = new_concept(true);
          as.concepts[concepts++] = id;
        }
      }
      {
        as.has_quote = st.find('"') != std::string_view::npos ||
                       st.find("\xE2\x80\x9C") != std::string_view::npos ||
                       st.find("\xE2\x80\x9D") != std::string_view::npos;
        size_t last = st.find_last_not_of("\"'\xE2\x80\x9D) ");
        as.question = last != std::string_view::npos && st[last] == '?';
        // The end of a quotation that opened before the sentence: whole when it names its speaker
        // (shown with the opening mark restored), otherwise someone's words with no one to say
        // them.
        if (inside_quote) {
          if (quotes.close_end != std::string_view::npos && quotes.close_begin > 0 &&
              NamesItsSpeaker(st.substr(quotes.close_end))) {
            as.reopen_quote = open_at_start;
          } else {
            as.dangling = true;
          }
        }
        as.dangling |= lang == "en" && OpensWithLinkingPhrase(st);
        as.open_at_end = quotes.open_at_end;
      }
      float rel = content_count > 1 ? static_cast<float>(as.position) / content_count : 0.0f;
      as.concepts.resize(concepts);
      for (uint32_t c : as.concepts) {
        ++out->concept_tf[c];
        out->concept_first[c] = std::min(out->concept_first[c], rel);
        if (concept_last_doc[c] != d) {
          concept_last_doc[c] = static_cast<uint32_t>(d);
          ++out->concept_df[c];
        }
      }
      std::sort(as.terms.begin(), as.terms.end());
      std::sort(as.concepts.begin(), as.concepts.end());
      as.concepts.erase(std::unique(as.concepts.begin(), as.concepts.end()), as.concepts.end());
      for (auto* v : {&as.names, &as.numbers}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
      }
      // Eligible to be quoted: complete prose of reasonable length, and no question (a headline's,
      // a teaser's, or one the next sentence answers: alone it tells nothing), nor a list item
      // that finishes the line introducing its list (alone it says what no one said).
      as.eligible = cs.terminated && !cs.cut_off && QuotableLength(as) && !as.question &&
                    !cs.finishes_list_intro;
      as.truncated = cs.cut_off;
      last_terminated = cs.terminated;
      any_terminated |= cs.terminated;
      out->sentences.push_back(std::move(as));
    }
    // Text cut mid-sentence; a document without any full stop is lines, not cut prose.
    if (any_terminated && !last_terminated) out->sentences.back().truncated = true;
    doc.end_sentence = static_cast<uint32_t>(out->sentences.size());
  }
  out->unpunctuated = !out->sentences.empty() &&
                      std::none_of(out->sentences.begin(), out->sentences.end(),
                                   [](const AnalyzedSentence& as) { return as.eligible; });
  if (out->unpunctuated) {
    for (AnalyzedSentence& as : out->sentences) as.eligible = QuotableLength(as);
  }
  for (uint32_t g : touched) local[g] = Impl::kNone;
  touched.clear();
}

}  // namespace precis::summarize
