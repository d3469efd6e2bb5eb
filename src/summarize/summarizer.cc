// The public Summarizer: validation, analysis, selection, attribution, ordering.
#include "precis/summarizer.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cmath>

#include "summarize/attribution.h"
#include "summarize/cluster_analysis.h"
#include "summarize/model.h"
#include "summarize/selector.h"
#include "text/character_references.h"
#include "text/stopwords.h"
#include "text/text_decoding.h"

namespace precis {

std::string Summary::Text() const {
  std::string out;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (i) out.push_back('\n');
    out += sentences[i].text;
  }
  return out;
}

size_t Summary::WordCount() const {
  size_t n = 0;
  for (const SummarySentence& s : sentences) n += text::CountBudgetWords(s.text);
  return n;
}

namespace summarize {
namespace {

// The marks that open and close a quotation opened by a mark of kind `mark` (" “ „ « ``), to
// restore one the summary cuts off: an opening mark before a quotation's tail, a closing mark
// after a sentence that leaves its quotation open.
struct QuoteMarks {
  std::string_view open, close;
};
QuoteMarks MarksOf(QuoteMark mark) {
  switch (mark) {
    case QuoteMark::kStraight:
      return {"\"", "\""};
    case QuoteMark::kCurly:
      return {"\xE2\x80\x9C", "\xE2\x80\x9D"};
    case QuoteMark::kLow:
      return {"\xE2\x80\x9E", "\xE2\x80\x9C"};
    case QuoteMark::kAngle:
      return {"\xC2\xAB", "\xC2\xBB"};
    case QuoteMark::kNewswire:
      return {"``", "''"};
    case QuoteMark::kNone:
      break;
  }
  return {};
}

// Limits that keep time and memory bounded on huge input; beyond them a warning says what was
// left out.
constexpr size_t kMaxDocumentBytes = 4u << 20;  // per document
constexpr size_t kMaxClusterBytes = 64u << 20;  // all documents together
constexpr size_t kMaxDocuments = 20000;

std::atomic<uint64_t> next_summarizer_id{1};

class SummarizerImpl : public Summarizer {
 public:
  explicit SummarizerImpl(SummarizerModel model)
      : model_(std::move(model)), id_(next_summarizer_id++) {
    for (const std::string& name : SelectorNames()) {
      selectors_.push_back(CreateSelector(name, model_));
    }
  }

  Status Summarize(const std::vector<Document>& documents, const SummaryOptions& options,
                   Summary* summary) const override;

 private:
  ClusterAnalyzer& ThreadAnalyzer() const {
    // One analyzer per thread and summarizer: it caches stems and vocabulary.
    thread_local uint64_t owner = 0;
    thread_local std::unique_ptr<ClusterAnalyzer> analyzer;
    if (owner != id_ || !analyzer) {
      analyzer = std::make_unique<ClusterAnalyzer>(&model_.boilerplate);
      owner = id_;
    }
    return *analyzer;
  }

  const SentenceSelector* FindSelector(std::string_view name) const {
    for (const auto& s : selectors_) {
      if (s->name() == name) return s.get();
    }
    return nullptr;
  }

  SummarizerModel model_;
  uint64_t id_;
  std::vector<std::unique_ptr<SentenceSelector>> selectors_;
};

Status ResolveBudget(const Budget& budget, size_t content_words, WordLimit* limit) {
  if (!std::isfinite(budget.amount) || budget.amount <= 0) {
    return Status::InvalidArgument(fmt::format("budget must be positive, got {}", budget.amount));
  }
  switch (budget.unit) {
    case Budget::Unit::kWords:
      limit->fill = budget.fill;
      limit->max_words = static_cast<uint32_t>(std::min(budget.amount, 1e9));
      limit->target_words = limit->max_words;
      break;
    case Budget::Unit::kSentences:
      limit->max_sentences = static_cast<uint32_t>(std::min(budget.amount, 1e6));
      break;
    case Budget::Unit::kRatio:
      if (budget.amount > 1) {
        return Status::InvalidArgument(
            fmt::format("ratio must be in (0, 1], got {}", budget.amount));
      }
      limit->max_words =
          std::max<uint32_t>(1, static_cast<uint32_t>(std::lround(budget.amount * content_words)));
      break;
  }
  return Status::OK();
}

// Why no document could be used, for the error message, so the user can tell a wrong file from a
// page the detector misjudged: ": " then each distinct note once with the (1-based) documents it
// applies to, the first few notes only; empty when no document has a note.
std::string WhyUnusable(const std::vector<DocumentReport>& documents) {
  constexpr size_t kReasonsShown = 3;
  constexpr size_t kDocumentsShown = 8;
  std::vector<std::pair<std::string_view, std::vector<size_t>>> reasons;
  for (size_t i = 0; i < documents.size(); ++i) {
    std::string_view note = documents[i].note;
    if (note.empty()) continue;
    auto it = std::find_if(reasons.begin(), reasons.end(),
                           [&](const auto& r) { return r.first == note; });
    if (it == reasons.end()) it = reasons.insert(reasons.end(), {note, {}});
    it->second.push_back(i + 1);
  }
  std::string why;
  for (size_t r = 0; r < reasons.size() && r < kReasonsShown; ++r) {
    const std::vector<size_t>& docs = reasons[r].second;
    why += fmt::format("{}document{} ", r ? "; " : ": ", docs.size() > 1 ? "s" : "");
    for (size_t k = 0; k < docs.size() && k < kDocumentsShown; ++k) {
      why += fmt::format("{}{}", k ? ", " : "", docs[k]);
    }
    if (docs.size() > kDocumentsShown) {
      why += fmt::format(" and {} more", docs.size() - kDocumentsShown);
    }
    why += fmt::format(": {}", reasons[r].first);
  }
  if (reasons.size() > kReasonsShown) {
    why += fmt::format("; and {} other reason(s)", reasons.size() - kReasonsShown);
  }
  return why;
}

// In fill mode, when the method ran out of quotable sentences before the target, adds the
// remaining sentences of some substance, earliest first: first those that read on their own or
// after their chosen antecedent, then the unpunctuated and odd-length ones (headline-like lines,
// very long sentences), since evaluation protocols cut at N words and a short summary only loses
// recall. Never a truncated sentence, nor a dangling one without its antecedent before it: the
// summary stays short instead.
void TopUp(const ClusterAnalysis& cluster, const WordLimit& limit, Selection* selection) {
  if (!limit.fill) return;
  uint32_t words = 0;
  for (uint32_t i : selection->chosen) words += cluster.sentences[i].words;
  if (limit.Full(words, static_cast<uint32_t>(selection->chosen.size()))) return;
  std::vector<uint8_t> taken(cluster.sentences.size(), 0);
  for (uint32_t i : selection->chosen) taken[i] = 1;
  std::vector<uint32_t> order;
  for (uint32_t i = 0; i < cluster.sentences.size(); ++i) {
    const AnalyzedSentence& s = cluster.sentences[i];
    if (!taken[i] && s.words >= 5 && s.terms.size() >= 2) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const AnalyzedSentence& x = cluster.sentences[a];
    const AnalyzedSentence& y = cluster.sentences[b];
    if (x.eligible != y.eligible) return x.eligible;
    return x.position < y.position;
  });
  // Three passes: first the eligible sentences, then the rest, then once more for the dangling
  // ones whose antecedent the second pass took. A dangling sentence is taken only after its
  // antecedent, so the first pass takes exactly those that are SelectableAfter.
  for (int pass = 0; pass < 3; ++pass) {
    for (uint32_t i : order) {
      if (limit.Full(words, static_cast<uint32_t>(selection->chosen.size()))) return;
      const AnalyzedSentence& s = cluster.sentences[i];
      if (taken[i] || s.truncated || (pass == 0 && !s.eligible) ||
          (s.dangling && !AntecedentTaken(cluster, i, taken)) ||
          SimilarToAnyChosen(cluster, i, selection->chosen, 0.5)) {
        continue;
      }
      taken[i] = 1;
      selection->chosen.push_back(i);
      selection->scores.push_back(0);
      words += s.words;
    }
  }
}

// The order in which the chosen sentences are read: earlier in its article first (leads carry
// the event), then by date, then by input order; except that a dangling sentence ("He said ...",
// "But ...") whose antecedent is chosen comes right after it, and a run of them after the
// antecedent in turn. In fill mode the sentence chosen last, the one that runs past the target,
// is read last (unless it is chained to a sentence it leans on or that leans on it), so that a
// protocol cutting at the target cuts that one and not a sentence chosen before it. Indices into
// selection.chosen.
std::vector<size_t> ReadingOrder(const ClusterAnalysis& cluster,
                                 const std::vector<Document>& documents, const Selection& selection,
                                 bool fill) {
  const size_t n = selection.chosen.size();
  std::vector<size_t> by_place(n);
  for (size_t i = 0; i < n; ++i) by_place[i] = i;
  std::stable_sort(by_place.begin(), by_place.end(), [&](size_t a, size_t b) {
    const AnalyzedSentence& x = cluster.sentences[selection.chosen[a]];
    const AnalyzedSentence& y = cluster.sentences[selection.chosen[b]];
    if (x.position != y.position) return x.position < y.position;
    const std::string& dx = documents[static_cast<size_t>(x.doc)].date;
    const std::string& dy = documents[static_cast<size_t>(y.doc)].date;
    if (!dx.empty() && !dy.empty() && dx != dy) return dx < dy;
    return x.doc < y.doc;
  });
  // follower[k]: the chosen dangling sentence that continues chosen sentence k, if any.
  std::vector<int64_t> follower(n, -1);
  std::vector<uint8_t> follows(n, 0);
  std::vector<int64_t> slot(cluster.sentences.size(), -1);  // sentence -> index into chosen
  for (size_t k = 0; k < n; ++k) slot[selection.chosen[k]] = static_cast<int64_t>(k);
  for (size_t k = 0; k < n; ++k) {
    const uint32_t idx = selection.chosen[k];
    if (!cluster.sentences[idx].dangling) continue;
    const int64_t a = Antecedent(cluster, idx);
    if (a < 0) continue;
    const int64_t before = slot[static_cast<size_t>(a)];
    if (before < 0) continue;
    follower[static_cast<size_t>(before)] = static_cast<int64_t>(k);
    follows[k] = 1;
  }
  std::vector<size_t> order;
  order.reserve(n);
  const bool last_goes_last = fill && n > 1 && !follows[n - 1] && follower[n - 1] < 0;
  for (size_t k : by_place) {
    if (follows[k] || (last_goes_last && k == n - 1)) continue;
    for (int64_t j = static_cast<int64_t>(k); j >= 0; j = follower[static_cast<size_t>(j)]) {
      order.push_back(static_cast<size_t>(j));
    }
  }
  if (last_goes_last) order.push_back(n - 1);
  return order;
}

Status SummarizerImpl::Summarize(const std::vector<Document>& documents,
                                 const SummaryOptions& options, Summary* summary) const {
  *summary = Summary();
  const std::string method = options.method.empty() ? DefaultMethod() : options.method;
  const SentenceSelector* selector = FindSelector(method);
  if (!selector) {
    std::string known;
    for (const std::string& n : SelectorNames()) known += (known.empty() ? "" : ", ") + n;
    return Status::InvalidArgument("unknown method '" + method + "' (known: " + known + ")");
  }
  summary->method = method;
  if (!options.language.empty()) {
    const std::vector<std::string> languages = Languages();
    if (std::find(languages.begin(), languages.end(), options.language) == languages.end()) {
      return Status::InvalidArgument(fmt::format("unknown language '{}' (known: {})",
                                                 options.language, fmt::join(languages, ", ")));
    }
  }
  if (documents.empty()) return Status::InvalidInput("empty cluster: no documents");

  // Texts as analyzed: repaired when not valid UTF-8, capped in size.
  std::vector<std::string> repaired(documents.size());
  std::vector<std::string_view> texts(documents.size());
  summary->documents.resize(documents.size());
  size_t total_bytes = 0;
  // Documents left out by the caps: one warning each cap names how many and the first, since a
  // flood of thousands of identical lines would bury the other warnings; every such document's
  // report still says why.
  size_t over_count = 0, over_bytes = 0, first_over_bytes = 0;
  for (size_t i = 0; i < documents.size(); ++i) {
    const Document& doc = documents[i];
    DocumentReport& report = summary->documents[i];
    report.index = static_cast<int>(i);
    report.title = doc.title;
    report.source = doc.source;
    report.url = doc.url;
    report.date = doc.date;
    std::string_view text = doc.text;
    if (i >= kMaxDocuments) {
      report.note =
          "not read: the cluster has more than " + std::to_string(kMaxDocuments) + " documents";
      texts[i] = {};
      ++over_count;
      continue;
    }
    if (!text::IsValidUtf8(text)) {
      std::string note;
      Status s = text::DecodeText(text, &repaired[i], &note);
      if (!s.ok()) {
        report.note = "not read: " + s.message();
        summary->warnings.push_back(fmt::format("document {}: {}", i, report.note));
        continue;
      }
      report.note = note;
      text = repaired[i];
    }
    if (text.size() > kMaxDocumentBytes) {
      size_t cut = kMaxDocumentBytes;
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      text = text.substr(0, cut);
      summary->warnings.push_back(
          fmt::format("document {} is {:.1f} MB; only its first {} MB were read", i,
                      doc.text.size() / 1048576.0, kMaxDocumentBytes >> 20));
    }
    if (total_bytes + text.size() > kMaxClusterBytes) {
      report.note =
          "not read: the cluster exceeds " + std::to_string(kMaxClusterBytes >> 20) + " MB";
      if (over_bytes++ == 0) first_over_bytes = i;
      continue;
    }
    total_bytes += text.size();
    texts[i] = text;
  }
  if (over_bytes) {
    summary->warnings.push_back(
        fmt::format("{} document(s) not read, from document {} on: the cluster exceeds {} MB",
                    over_bytes, first_over_bytes, kMaxClusterBytes >> 20));
  }
  if (over_count) {
    summary->warnings.push_back(fmt::format(
        "{} document(s) not read, from document {} on: the cluster has more than {} documents",
        over_count, kMaxDocuments, kMaxDocuments));
  }

  ClusterAnalysis cluster;
  ThreadAnalyzer().Analyze(texts, options.language, &cluster);
  summary->language = cluster.language;

  size_t dropped = 0, duplicates = 0, copies = 0;
  for (size_t i = 0; i < documents.size(); ++i) {
    const AnalyzedDocument& doc = cluster.docs[i];
    DocumentReport& report = summary->documents[i];
    if (report.title.empty()) report.title = doc.cleaned.title;
    report.words_kept = doc.verdict.non_article ? 0 : doc.cleaned.content_words;
    if (texts[i].empty() && report.note.empty()) report.note = "empty document";
    if (doc.verdict.non_article && !texts[i].empty()) {
      report.non_article = true;
      ++dropped;
    }
    if (doc.duplicate_of_earlier) ++duplicates;
    if (doc.copy_of >= 0) ++copies;
    report.copy_of = doc.duplicate_of_earlier ? doc.duplicate_of : doc.copy_of;
    if (!doc.note.empty() && !texts[i].empty()) {
      report.note = report.note.empty() ? doc.note : report.note + "; " + doc.note;
    }
  }
  if (cluster.usable_docs == 0 || cluster.sentences.empty()) {
    return Status::InvalidInput(
        fmt::format("no usable article text in {} document(s){}{}", documents.size(),
                    dropped ? fmt::format(" ({} dropped as not articles)", dropped) : std::string(),
                    WhyUnusable(summary->documents)));
  }
  if (cluster.all_non_articles) {
    summary->warnings.push_back(
        "no document looks like a news article (notices, prompts or boilerplate); summarized "
        "anyway");
  }
  if (cluster.usable_docs == 1) {
    summary->warnings.push_back("only one usable article: this is a single-document summary");
  }
  if (duplicates) {
    summary->warnings.push_back(fmt::format(
        "{} document(s) repeat another's text; collapsed, and cited with it", duplicates));
  }
  if (copies) {
    summary->warnings.push_back(fmt::format(
        "{} document(s) are copies of another's text (syndicated); each counts as one source "
        "with its original",
        copies));
  }
  if (dropped) {
    summary->warnings.push_back(fmt::format("{} document(s) dropped as not articles", dropped));
  }
  if (cluster.unpunctuated) {
    summary->warnings.push_back(
        "no sentence ends with punctuation: lines and clauses are quoted as sentences");
  }
  if (cluster.language != "en") {
    summary->warnings.push_back(
        text::SnowballAlgorithm(cluster.language).empty()
            ? fmt::format("text processed as language '{}' (no stemmer for it: words are matched "
                          "as written)",
                          cluster.language)
            : fmt::format("text processed as language '{}'", cluster.language));
  }

  WordLimit limit;
  Status s = ResolveBudget(options.budget, cluster.content_words, &limit);
  if (!s.ok()) return s;

  Selection selection;
  selector->Select(cluster, limit, &selection);
  TopUp(cluster, limit, &selection);
  if (selection.chosen.empty()) {
    uint32_t shortest = 0;
    for (const AnalyzedSentence& as : cluster.sentences) {
      if (as.eligible && (shortest == 0 || as.words < shortest)) shortest = as.words;
    }
    if (shortest > limit.max_words) {
      summary->warnings.push_back(
          fmt::format("no sentence fits within {} words (the shortest that may be quoted has {})",
                      limit.max_words, shortest));
    }
  }

  const std::vector<size_t> order = ReadingOrder(cluster, documents, selection, limit.fill);

  Attributor attributor(cluster, model_.Param("attribution.support", 0.4));
  for (size_t r = 0; r < order.size(); ++r) {
    const size_t k = order[r];
    uint32_t idx = selection.chosen[k];
    const AnalyzedSentence& as = cluster.sentences[idx];
    SummarySentence out;
    out.text =
        text::DisplayText(texts[static_cast<size_t>(as.doc)].substr(as.begin, as.end - as.begin));
    out.text.insert(0, MarksOf(as.reopen_quote).open);
    // A quotation left open is closed where the summary leaves it, unless the sentence that goes
    // on with it is read next.
    if (as.open_at_end != QuoteMark::kNone) {
      const bool continued = r + 1 < order.size() && selection.chosen[order[r + 1]] == idx + 1 &&
                             cluster.sentences[idx + 1].doc == as.doc;
      if (!continued) out.text += MarksOf(as.open_at_end).close;
    }
    Attribution attribution = attributor.Attribute(idx);
    out.sources = std::move(attribution.sources);
    std::vector<int> originals;
    for (int src : out.sources) {
      const int copy_of = summary->documents[static_cast<size_t>(src)].copy_of;
      originals.push_back(copy_of >= 0 ? copy_of : src);
    }
    std::sort(originals.begin(), originals.end());
    out.independent_sources =
        static_cast<int>(std::unique(originals.begin(), originals.end()) - originals.begin());
    out.offsets = std::move(attribution.offsets);
    out.score = std::round(selection.scores[k] * 1e4) / 1e4;
    summary->sentences.push_back(std::move(out));
  }
  return Status::OK();
}

}  // namespace
}  // namespace summarize

std::vector<std::string> Summarizer::Methods() { return summarize::SelectorNames(); }
std::string Summarizer::DefaultMethod() { return summarize::SelectorNames().front(); }
std::vector<std::string> Summarizer::Languages() { return text::SupportedLanguages(); }

Status Summarizer::Create(const SummarizerConfig& config, std::unique_ptr<Summarizer>* out) {
  summarize::SummarizerModel model;
  Status s = summarize::LoadModelOrDefault(config.model_path, config.require_model, &model);
  if (!s.ok()) return s;
  *out = std::make_unique<summarize::SummarizerImpl>(std::move(model));
  return Status::OK();
}

}  // namespace precis
