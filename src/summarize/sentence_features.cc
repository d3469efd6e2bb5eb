#include "summarize/sentence_features.h"

#include <algorithm>
#include <cmath>

#include "text/tokenizer.h"

namespace precis::summarize {
namespace {

struct Buckets {
  const char* prefix;
  std::vector<double> upper;  // bucket k holds values <= upper[k]; the last is open-ended
};

const Buckets kPosition{"pos", {0, 1, 2, 3, 4, 5, 7, 10, 15}};
const Buckets kDocIndex{"doc", {0, 1, 2, 3}};
const Buckets kDocs{"ndocs", {1, 2, 3, 4, 6}};
const Buckets kWords{"words", {9, 14, 19, 24, 29, 39}};
const Buckets kDocLength{"doclen", {3, 7, 15}};

size_t BucketCount(const Buckets& b) { return b.upper.size() + 1; }
size_t BucketOf(const Buckets& b, double v) {
  for (size_t k = 0; k < b.upper.size(); ++k) {
    if (v <= b.upper[k]) return k;
  }
  return b.upper.size();
}

const char* const kScalarNames[] = {"bias",         "relpos",   "concept_df", "bigram_df",
                                    "shared_share", "centroid", "density",    "has_number",
                                    "has_quote",    "question", "lead_multi", "tf_mean",
                                    "dangling",     "max_df",   "log_words"};

}  // namespace

const std::vector<std::string>& SentenceFeatureNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> n(std::begin(kScalarNames), std::end(kScalarNames));
    for (const Buckets* b : {&kPosition, &kDocIndex, &kDocs, &kWords, &kDocLength}) {
      for (size_t k = 0; k < BucketCount(*b); ++k)
        n.push_back(std::string(b->prefix) + std::to_string(k));
    }
    return n;
  }();
  return names;
}

void ComputeSentenceFeatures(const ClusterAnalysis& cluster, std::vector<float>* rows) {
  const size_t width = SentenceFeatureNames().size();
  const auto& sentences = cluster.sentences;
  rows->assign(sentences.size() * width, 0.0f);
  const double docs = static_cast<double>(std::max<size_t>(1, cluster.usable_docs));
  // Centroid: term weights by document frequency.
  std::vector<double> centroid(cluster.num_terms, 0);
  for (uint32_t t = 0; t < cluster.num_terms; ++t) {
    centroid[t] = cluster.term_df[t] >= 2 ? cluster.term_df[t] / docs : 0;
  }
  // log(1 + occurrences) per concept, once: sentences share their concepts, and most counts are
  // small enough for a table.
  static const std::vector<double> kSmallLogs = [] {
    std::vector<double> t(256);
    for (size_t n = 0; n < t.size(); ++n) t[n] = std::log1p(static_cast<double>(n));
    return t;
  }();
  std::vector<double> log_tf(cluster.num_concepts);
  for (uint32_t c = 0; c < cluster.num_concepts; ++c) {
    const uint32_t n = cluster.concept_tf[c];
    log_tf[c] = n < kSmallLogs.size() ? kSmallLogs[n] : std::log1p(n);
  }
  double centroid_norm = 0;
  for (double c : centroid) centroid_norm += c * c;
  centroid_norm = std::sqrt(centroid_norm);

  for (size_t i = 0; i < sentences.size(); ++i) {
    const AnalyzedSentence& s = sentences[i];
    const AnalyzedDocument& doc = cluster.docs[static_cast<size_t>(s.doc)];
    const double doc_len = static_cast<double>(doc.end_sentence - doc.first_sentence);
    float* f = rows->data() + i * width;
    double concept_df = 0, bigram_df = 0, shared = 0, tf = 0, max_df = 0;
    size_t bigrams = 0;
    for (uint32_t c : s.concepts) {
      double df = cluster.concept_df[c];
      double norm = docs > 1 ? (df - 1) / (docs - 1) : 0;
      concept_df += norm;
      max_df = std::max(max_df, norm);
      shared += df >= 2;
      tf += log_tf[c];
      if (cluster.concept_is_bigram[c]) {
        bigram_df += norm;
        ++bigrams;
      }
    }
    const double nc = std::max<size_t>(1, s.concepts.size());
    double dot = 0, snorm = 0;
    {
      const std::vector<uint32_t>& terms = s.terms;  // ascending
      for (size_t a = 0; a < terms.size();) {
        size_t b = a;
        while (b < terms.size() && terms[b] == terms[a]) ++b;
        double w = static_cast<double>(b - a);
        dot += w * centroid[terms[a]];
        snorm += w * w;
        a = b;
      }
    }
    size_t k = 0;
    f[k++] = 1.0f;
    f[k++] = static_cast<float>(doc_len > 1 ? s.position / doc_len : 0);
    f[k++] = static_cast<float>(concept_df / nc);
    f[k++] = static_cast<float>(bigrams ? bigram_df / bigrams : 0);
    f[k++] = static_cast<float>(shared / nc);
    f[k++] = static_cast<float>(
        snorm > 0 && centroid_norm > 0 ? dot / (std::sqrt(snorm) * centroid_norm) : 0);
    f[k++] = static_cast<float>(s.words ? static_cast<double>(s.terms.size()) / s.words : 0);
    f[k++] = static_cast<float>(!s.numbers.empty());
    f[k++] = static_cast<float>(s.has_quote);
    f[k++] = static_cast<float>(s.question);
    f[k++] = static_cast<float>(s.position == 0 && docs >= 2);
    f[k++] = static_cast<float>(tf / nc);
    f[k++] = static_cast<float>(s.dangling);
    f[k++] = static_cast<float>(max_df);
    f[k++] = static_cast<float>(std::log1p(s.words));
    auto one_hot = [&](const Buckets& b, double v) {
      f[k + BucketOf(b, v)] = 1.0f;
      k += BucketCount(b);
    };
    one_hot(kPosition, s.position);
    one_hot(kDocIndex, s.doc);
    one_hot(kDocs, docs);
    one_hot(kWords, s.words);
    one_hot(kDocLength, doc_len);
  }
}

void SentenceWordSet(const ClusterAnalysis& cluster, size_t i, std::vector<uint64_t>* out) {
  const AnalyzedSentence& s = cluster.sentences[i];
  const std::vector<uint64_t>& hashes =
      cluster.docs[static_cast<size_t>(s.doc)].cleaned.word_hashes;
  out->assign(hashes.begin() + s.first_word, hashes.begin() + s.end_word);
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

SentenceScorer::SentenceScorer(const SummarizerModel& model) {
  const std::vector<std::string>& names = SentenceFeatureNames();
  weights_.assign(names.size(), 0);
  for (size_t k = 0; k < names.size(); ++k) {
    auto it = model.params.find(std::string(kFeatureWeightPrefix) + names[k]);
    if (it != model.params.end()) {
      weights_[k] = it->second;
      any_ = true;
    }
  }
  for (auto it = model.params.lower_bound(std::string(kWordWeightPrefix));
       it != model.params.end() && it->first.starts_with(kWordWeightPrefix); ++it) {
    bool inserted;
    uint32_t& index = word_index_.FindOrInsert(
        text::HashFoldedWord(std::string_view(it->first).substr(kWordWeightPrefix.size())),
        static_cast<uint32_t>(word_weights_.size()), &inserted);
    if (inserted) {
      word_weights_.push_back(it->second);
    } else {
      word_weights_[index] = it->second;  // two spellings of one folded form: the later wins
    }
  }
  any_ = any_ || !word_weights_.empty();
}

std::vector<double> SentenceScorer::Score(const ClusterAnalysis& cluster) const {
  const size_t width = weights_.size();
  std::vector<double> scores(cluster.sentences.size(), 0);
  if (!any_) return scores;
  std::vector<float> rows;
  ComputeSentenceFeatures(cluster, &rows);
  std::vector<uint64_t> words;
  for (size_t i = 0; i < scores.size(); ++i) {
    double s = 0;
    for (size_t k = 0; k < width; ++k) s += weights_[k] * rows[i * width + k];
    if (!word_weights_.empty()) {
      SentenceWordSet(cluster, i, &words);
      double lexical = 0;
      for (uint64_t w : words) {
        if (const uint32_t* index = word_index_.Find(w)) lexical += word_weights_[*index];
      }
      if (!words.empty()) s += lexical / std::sqrt(static_cast<double>(words.size()));
    }
    scores[i] = s;
  }
  return scores;
}

}  // namespace precis::summarize
