#include "summarize/attribution.h"

#include <algorithm>
#include <cmath>

namespace precis::summarize {

Attributor::Attributor(const ClusterAnalysis& cluster, double support_threshold)
    : cluster_(cluster), threshold_(support_threshold), idf_(cluster.num_terms, 0) {
  std::vector<uint32_t> sf(cluster.num_terms, 0), last(cluster.num_terms, 0xFFFFFFFF);
  const auto& sentences = cluster.sentences;
  for (uint32_t i = 0; i < sentences.size(); ++i) {
    for (uint32_t t : sentences[i].terms) {
      if (last[t] != i) {
        last[t] = i;
        ++sf[t];
      }
    }
  }
  // A term is a name when it stands capitalized inside at least half the sentences that hold it,
  // and at the start of a sentence ("Zoloft already treats ...") it is that name too. A word a
  // page capitalizes now and then ("Obsessive Compulsive Disorder (OCD)") is not one.
  std::vector<uint32_t> name_sf(cluster.num_terms, 0);
  for (const AnalyzedSentence& s : sentences) {
    for (uint32_t t : s.names) ++name_sf[t];
  }
  is_name_.assign(cluster.num_terms, false);
  for (uint32_t t = 0; t < cluster.num_terms; ++t) {
    is_name_[t] = name_sf[t] > 0 && 2 * name_sf[t] >= sf[t];
  }
  unique_terms_.resize(sentences.size());
  for (uint32_t i = 0; i < sentences.size(); ++i) {
    auto& u = unique_terms_[i];
    u = sentences[i].terms;  // ascending
    u.erase(std::unique(u.begin(), u.end()), u.end());
  }
  const double n = static_cast<double>(sentences.size()) + 1;
  for (uint32_t t = 0; t < cluster.num_terms; ++t) {
    idf_[t] = sf[t] ? std::sqrt(std::log(n / sf[t]) + 1.0) : 0;
  }
}

double Attributor::Support(uint32_t a, uint32_t b) const {
  const AnalyzedSentence& x = cluster_.sentences[a];
  const std::vector<uint32_t>& xs = unique_terms_[a];
  const std::vector<uint32_t>& ys = unique_terms_[b];
  double x_total = 0, y_total = 0, shared = 0;
  size_t shared_terms = 0, shared_words = 0, x_names = 0, shared_names = 0;
  for (uint32_t t : ys) y_total += idf_[t];
  size_t j = 0;
  for (uint32_t t : xs) {
    x_total += idf_[t];
    x_names += is_name_[t];
    while (j < ys.size() && ys[j] < t) ++j;
    if (j < ys.size() && ys[j] == t) {
      shared += idf_[t];
      shared_names += is_name_[t];
      ++shared_terms;
      shared_words += std::find(x.names.begin(), x.names.end(), t) == x.names.end() &&
                      std::find(x.numbers.begin(), x.numbers.end(), t) == x.numbers.end();
    }
  }
  if (x_total <= 0 || y_total <= 0 || shared_terms < kMinSharedTerms ||
      shared_words < kMinSharedWords) {
    return 0;
  }
  // Numbers are facts: a sentence missing one of them does not state the same thing.
  for (uint32_t num : x.numbers) {
    if (!std::binary_search(ys.begin(), ys.end(), num)) return 0;
  }
  // Names say whom or what the claim is about: "Luvox is used to treat obsessive-compulsive
  // disorder and depression" does not support "Zoloft already treats depression,
  // obsessive-compulsive disorder and panic disorder". One shared name is enough, as outlets
  // name the same people and places differently ("a federal judge in Chicago" for "US District
  // Judge Harry Leinenweber").
  if (x_names > 0 && shared_names == 0) return 0;
  // The supporting sentence must carry a fair part of the claim (x coverage), and be mostly
  // about it (y coverage): together, the shared content measured against the shorter sentence.
  double x_cover = shared / x_total;
  if (x_cover < kMinClaimCoverage) return 0;
  return std::min(1.0, shared / std::min(x_total, y_total));
}

Attribution Attributor::Attribute(uint32_t sentence) const {
  const AnalyzedSentence& s = cluster_.sentences[sentence];
  Attribution out;
  out.offsets.push_back(SourceSpan{s.doc, s.begin, s.end});
  std::vector<int> sources{s.doc};
  for (size_t d = 0; d < cluster_.docs.size(); ++d) {
    const AnalyzedDocument& doc = cluster_.docs[d];
    if (static_cast<int>(d) == s.doc || doc.end_sentence == doc.first_sentence) continue;
    double best = 0;
    uint32_t best_sentence = 0;
    for (uint32_t k = doc.first_sentence; k < doc.end_sentence; ++k) {
      double support = Support(sentence, k);
      if (support > best) {
        best = support;
        best_sentence = k;
      }
    }
    if (best >= threshold_) {
      sources.push_back(static_cast<int>(d));
      const AnalyzedSentence& t = cluster_.sentences[best_sentence];
      out.offsets.push_back(SourceSpan{t.doc, t.begin, t.end});
    }
  }
  // Collapsed copies stand with the document they copy.
  for (size_t d = 0; d < cluster_.docs.size(); ++d) {
    const AnalyzedDocument& doc = cluster_.docs[d];
    if (doc.duplicate_of_earlier &&
        std::find(sources.begin(), sources.end(), doc.duplicate_of) != sources.end()) {
      sources.push_back(static_cast<int>(d));
      for (const SourceSpan& span : std::vector<SourceSpan>(out.offsets)) {
        if (span.doc == doc.duplicate_of && doc.identical_text) {
          out.offsets.push_back(SourceSpan{static_cast<int>(d), span.begin, span.end});
        }
      }
    }
  }
  std::sort(sources.begin(), sources.end());
  out.sources = std::move(sources);
  return out;
}

}  // namespace precis::summarize
