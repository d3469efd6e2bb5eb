#include "summarize/ilp_selector.h"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <numeric>
#include <unordered_map>

#include "summarize/concept_weights.h"
#include "summarize/coverage_selector.h"

namespace precis::summarize {
namespace {
// GLPK keeps global state; one solve at a time.
std::mutex glpk_mutex;
}  // namespace

void IlpSelector::Select(const ClusterAnalysis& cluster, const WordLimit& limit,
                         Selection* out) const {
  const ConceptScoring scoring = ScoreConcepts(cluster, model_);
  const auto& sentences = cluster.sentences;
  // Candidates: eligible sentences with the best standalone gain per word. A dangling one is
  // chosen only with its antecedent (a constraint below).
  std::vector<uint32_t> candidates;
  std::vector<double> standalone(sentences.size(), 0);
  for (uint32_t i = 0; i < sentences.size(); ++i) {
    if (!sentences[i].eligible) continue;
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
  bool solved = false;
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
    // Rows are all "sum of coefficients times columns <= up": add_row opens one, coef fills it.
    auto add_row = [&](double up) {
      glp_add_rows(lp, 1);
      glp_set_row_bnds(lp, ++row, GLP_UP, 0, up);
      return row;
    };
    auto coef = [&](int r, int col, double value) {
      ia.push_back(r);
      ja.push_back(col);
      ar.push_back(value);
    };
    // Length.
    const int length_row = add_row(budget);
    for (int k = 0; k < n; ++k) coef(length_row, k + 1, sentences[candidates[k]].words);
    if (limit.max_sentences < static_cast<uint32_t>(n)) {
      const int count_row = add_row(limit.max_sentences);
      for (int k = 0; k < n; ++k) coef(count_row, k + 1, 1);
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
      const int r = add_row(0);
      coef(r, n + k + 1, 1);
      for (int col : holders[k]) coef(r, col, -1);
    }
    // A dangling sentence needs its antecedent: x_s - x_a <= 0, or x_s = 0 when the antecedent
    // is no candidate.
    for (int k = 0; k < n; ++k) {
      const uint32_t i = candidates[static_cast<size_t>(k)];
      if (Selectable(sentences[i])) continue;
      const int64_t a = Antecedent(cluster, i);
      auto at =
          a < 0 ? candidates.end()
                : std::lower_bound(candidates.begin(), candidates.end(), static_cast<uint32_t>(a));
      const int r = add_row(0);
      coef(r, k + 1, 1);
      if (at != candidates.end() && *at == static_cast<uint32_t>(a)) {
        coef(r, static_cast<int>(at - candidates.begin()) + 1, -1);
      }
    }
    // Redundancy.
    for (int a = 0; a < n; ++a) {
      for (int b = a + 1; b < n; ++b) {
        if (TermCosine(sentences[candidates[a]], sentences[candidates[b]]) >
            scoring.max_similarity) {
          const int r = add_row(1);
          coef(r, a + 1, 1);
          coef(r, b + 1, 1);
        }
      }
    }
    glp_load_matrix(lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
    glp_iocp params;
    glp_init_iocp(&params);
    params.presolve = GLP_ON;
    params.msg_lev = GLP_MSG_OFF;
    // The search stops after kMaxNodes branch-and-bound nodes, a count that does not depend on
    // the machine's speed or load, so the same input gives the same solution; the time limit
    // only guards against a pathological instance.
    params.cb_func = [](glp_tree* tree, void*) {
      int active = 0, current = 0, total = 0;
      glp_ios_tree_size(tree, &active, &current, &total);
      if (total > kMaxNodes) glp_ios_terminate(tree);
    };
    params.tm_lim = kTimeLimitMs;
    glp_intopt(lp, &params);
    const int status = glp_mip_status(lp);
    solved = status == GLP_FEAS || status == GLP_OPT;
    if (solved) {
      for (int k = 0; k < n; ++k) chosen_flag[k] = glp_mip_col_val(lp, k + 1) > 0.5;
    }
    glp_delete_prob(lp);
  }
  // No integer solution within the bound: the greedy coverage selection instead.
  if (!solved) {
    SelectByCoverage(cluster, limit, scoring, out);
    return;
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
  std::vector<uint8_t> taken(sentences.size(), 0);
  for (uint32_t i : out->chosen) taken[i] = 1;
  while (limit.fill && !limit.Full(words, static_cast<uint32_t>(out->chosen.size()))) {
    double best_ratio = -1;
    uint32_t best = 0;
    bool found = false;
    for (uint32_t i = 0; i < sentences.size(); ++i) {
      if (taken[i] || !SelectableAfter(cluster, i, taken) ||
          SimilarToAnyChosen(cluster, i, out->chosen, scoring.max_similarity)) {
        continue;
      }
      double gain = scoring.sentence_prior[i];
      for (uint32_t c : sentences[i].concepts) gain += covered[c] ? 0 : scoring.concept_weight[c];
      double ratio = gain / std::max<uint32_t>(1, sentences[i].words);
      if (ratio > best_ratio) {
        best_ratio = ratio;
        best = i;
        found = true;
      }
    }
    if (!found) break;
    for (uint32_t c : sentences[best].concepts) covered[c] = 1;
    taken[best] = 1;
    out->chosen.push_back(best);
    out->scores.push_back(best_ratio);
    words += sentences[best].words;
  }
}

}  // namespace precis::summarize
