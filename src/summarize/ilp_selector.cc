#include "summarize/ilp_selector.h"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <numeric>
#include <unordered_map>

#include "summarize/concept_weights.h"

namespace precis::summarize {
namespace {
// GLPK keeps global state; one solve at a time.
std::mutex glpk_mutex;
}  // namespace

void IlpSelector::Select(const ClusterAnalysis& cluster, const WordLimit& limit,
                         Selection* out) const {
  const ConceptScoring scoring = ScoreConcepts(cluster, model_);
  const auto& sentences = cluster.sentences;
  // Candidates: selectable sentences with the best standalone gain per word.
  std::vector<uint32_t> candidates;
  std::vector<double> standalone(sentences.size(), 0);
  for (uint32_t i = 0; i < sentences.size(); ++i) {
    if (!Selectable(sentences[i])) continue;
    double g = scoring.sentence_prior[i];
    for (uint32_t c : sentences[i].concepts) g += scoring.concept_weight[c];
    standalone[i] =
        g / std::pow(std::max<uint32_t>(1, sentences[i].words), scoring.length_exponent);
    candidates.push_back(i);
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [&](uint32_t a, uint32_t b) { return standalone[a] > standalone[b]; });
  if (candidates.size() > kMaxCandidates) candidates.resize(kMaxCandidates);
  std::sort(candidates.begin(), candidates.end());
  if (candidates.empty()) return;

  const uint32_t budget = limit.fill ? limit.target_words : limit.max_words;
  std::vector<uint8_t> chosen_flag(candidates.size(), 0);
  {
    std::lock_guard<std::mutex> lock(glpk_mutex);
    glp_prob* lp = glp_create_prob();
    glp_set_obj_dir(lp, GLP_MAX);
    const int n = static_cast<int>(candidates.size());
    // Concepts present in candidates with positive weight.
    std::unordered_map<uint32_t, int> concept_col;
    std::vector<uint32_t> concepts;
    for (uint32_t i : candidates) {
      for (uint32_t c : sentences[i].concepts) {
        if (scoring.concept_weight[c] > 0 && concept_col.emplace(c, 0).second) {
          concepts.push_back(c);
        }
      }
    }
    std::sort(concepts.begin(), concepts.end());
    const int m = static_cast<int>(concepts.size());
    glp_add_cols(lp, n + m);
    for (int k = 0; k < n; ++k) {
      glp_set_col_kind(lp, k + 1, GLP_BV);
      glp_set_obj_coef(lp, k + 1, scoring.sentence_prior[candidates[k]]);
    }
    for (int k = 0; k < m; ++k) {
      concept_col[concepts[k]] = n + k + 1;
      glp_set_col_kind(lp, n + k + 1, GLP_BV);
      glp_set_obj_coef(lp, n + k + 1, scoring.concept_weight[concepts[k]]);
    }
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0};
    int row = 0;
    // Length.
    glp_add_rows(lp, 1);
    ++row;
    glp_set_row_bnds(lp, row, GLP_UP, 0, budget);
    for (int k = 0; k < n; ++k) {
      ia.push_back(row);
      ja.push_back(k + 1);
      ar.push_back(sentences[candidates[k]].words);
    }
    if (limit.max_sentences < static_cast<uint32_t>(n)) {
      glp_add_rows(lp, 1);
      ++row;
      glp_set_row_bnds(lp, row, GLP_UP, 0, limit.max_sentences);
      for (int k = 0; k < n; ++k) {
        ia.push_back(row);
        ja.push_back(k + 1);
        ar.push_back(1);
      }
    }
    // Coverage: y_c - sum x_s <= 0.
    std::vector<std::vector<int>> holders(m);
    for (int k = 0; k < n; ++k) {
      for (uint32_t c : sentences[candidates[k]].concepts) {
        auto it = concept_col.find(c);
        if (it != concept_col.end() && it->second > 0) holders[it->second - n - 1].push_back(k + 1);
      }
    }
    for (int k = 0; k < m; ++k) {
      glp_add_rows(lp, 1);
      ++row;
      glp_set_row_bnds(lp, row, GLP_UP, 0, 0);
      ia.push_back(row);
      ja.push_back(n + k + 1);
      ar.push_back(1);
      for (int col : holders[k]) {
        ia.push_back(row);
        ja.push_back(col);
        ar.push_back(-1);
      }
    }
    // Redundancy.
    for (int a = 0; a < n; ++a) {
      for (int b = a + 1; b < n; ++b) {
        if (TermCosine(sentences[candidates[a]], sentences[candidates[b]]) >
            scoring.max_similarity) {
          glp_add_rows(lp, 1);
          ++row;
          glp_set_row_bnds(lp, row, GLP_UP, 0, 1);
          ia.push_back(row);
          ja.push_back(a + 1);
          ar.push_back(1);
          ia.push_back(row);
          ja.push_back(b + 1);
          ar.push_back(1);
        }
      }
    }
    glp_load_matrix(lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
    glp_iocp params;
    glp_init_iocp(&params);
    params.presolve = GLP_ON;
    params.msg_lev = GLP_MSG_OFF;
    params.tm_lim = kTimeLimitMs;
    int rc = glp_intopt(lp, &params);
    int status = glp_mip_status(lp);
    if (rc == 0 || status == GLP_FEAS || status == GLP_OPT) {
      for (int k = 0; k < n; ++k) chosen_flag[k] = glp_mip_col_val(lp, k + 1) > 0.5;
    }
    glp_delete_prob(lp);
  }

  std::vector<uint8_t> covered(cluster.num_concepts, 0);
  uint32_t words = 0;
  for (size_t k = 0; k < candidates.size(); ++k) {
    if (!chosen_flag[k]) continue;
    uint32_t i = candidates[k];
    double gain = scoring.sentence_prior[i];
    for (uint32_t c : sentences[i].concepts) gain += covered[c] ? 0 : scoring.concept_weight[c];
    for (uint32_t c : sentences[i].concepts) covered[c] = 1;
    out->chosen.push_back(i);
    out->scores.push_back(gain);
    words += sentences[i].words;
  }
  // Fill mode: top up with the best remaining gain per word until the target is reached.
  while (limit.fill && !limit.Full(words, static_cast<uint32_t>(out->chosen.size()))) {
    double best_ratio = -1;
    uint32_t best = 0;
    bool found = false;
    for (uint32_t i = 0; i < sentences.size(); ++i) {
      if (!Selectable(sentences[i]) ||
          std::find(out->chosen.begin(), out->chosen.end(), i) != out->chosen.end()) {
        continue;
      }
      bool redundant = false;
      for (uint32_t c : out->chosen)
        redundant |= TermCosine(sentences[i], sentences[c]) > scoring.max_similarity;
      if (redundant) continue;
      double gain = scoring.sentence_prior[i];
      for (uint32_t c : sentences[i].concepts) gain += covered[c] ? 0 : scoring.concept_weight[c];
      double ratio = gain / std::max<uint32_t>(1, limit.EffectiveWords(words, sentences[i].words));
      if (ratio > best_ratio) {
        best_ratio = ratio;
        best = i;
        found = true;
      }
    }
    if (!found) break;
    for (uint32_t c : sentences[best].concepts) covered[c] = 1;
    out->chosen.push_back(best);
    out->scores.push_back(best_ratio);
    words += sentences[best].words;
  }
}

}  // namespace precis::summarize
