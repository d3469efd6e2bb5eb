#include "summarize/trainer.h"

#include <fmt/format.h>

#include <Eigen/Dense>
#include <algorithm>
#include <set>
#include <unordered_map>

#include "base/parallel.h"
#include "eval/datasets.h"
#include "extract/shingles.h"
#include "summarize/cluster_analysis.h"
#include "summarize/selector.h"
#include "summarize/sentence_features.h"
#include "text/stemmer.h"
#include "text/tokenizer.h"

namespace precis::summarize {
namespace {

// Stemmed word tokens of `text`, as the reference-overlap target sees them.
std::vector<std::string> StemmedWords(std::string_view text, text::Stemmer* stemmer) {
  std::vector<text::Token> tokens;
  text::Tokenize(text, &tokens);
  std::vector<std::string> out;
  std::string folded;
  for (const text::Token& t : tokens) {
    if (!t.is_word_like()) continue;
    text::FoldToken(t.text(text), &folded);
    out.emplace_back(stemmer->Stem(folded));
  }
  return out;
}

}  // namespace

Status TrainSummarizerModel(const TrainerOptions& options, SummarizerModel* model,
                            std::string* report) {
  std::vector<eval::EvalCluster> clusters;
  Status s = eval::ReadMultiNews(options.src, options.tgt, options.limit, &clusters);
  if (!s.ok()) return s;
  if (clusters.empty()) return Status::InvalidInput(options.src + ": no events");
  std::string& log = *report;
  log += fmt::format("read {} events\n", clusters.size());

  // 1. Boilerplate shingles: distinct events per shingle.
  std::vector<std::vector<uint64_t>> per_cluster(clusters.size());
  ParallelFor(clusters.size(), options.threads, [&](size_t i) {
    std::vector<text::Token> tokens;
    std::vector<uint64_t>& sh = per_cluster[i];
    for (const Document& d : clusters[i].documents) {
      text::Tokenize(d.text, &tokens);
      extract::WordShingles(d.text, tokens, 0, tokens.size(), &sh);
    }
    std::sort(sh.begin(), sh.end());
    sh.erase(std::unique(sh.begin(), sh.end()), sh.end());
  });
  std::vector<uint64_t> all;
  for (auto& v : per_cluster) {
    all.insert(all.end(), v.begin(), v.end());
    std::vector<uint64_t>().swap(v);
  }
  std::sort(all.begin(), all.end());
  std::vector<uint64_t> boilerplate;
  for (size_t i = 0; i < all.size();) {
    size_t j = i;
    while (j < all.size() && all[j] == all[i]) ++j;
    if (j - i >= options.boilerplate_min_clusters) boilerplate.push_back(all[i]);
    i = j;
  }
  std::vector<uint64_t>().swap(all);
  // News phrases recur across events as well ("white house press secretary sarah huckabee sanders
  // said", "the centers for disease control and prevention"); boilerplate never reaches a
  // reference summary, which people wrote. Shingles that one does are news, not boilerplate.
  // `boilerplate` is sorted (from `all`): each reference shingle is looked up in it, so the
  // references' millions of shingles are never held at once.
  std::vector<uint64_t> in_references;
  {
    std::vector<text::Token> tokens;
    std::vector<uint64_t> shingles;
    for (const eval::EvalCluster& cluster : clusters) {
      for (const auto& [unused_id, reference] : cluster.references) {
        text::Tokenize(reference, &tokens);
        shingles.clear();
        extract::WordShingles(reference, tokens, 0, tokens.size(), &shingles);
        for (uint64_t shingle : shingles) {
          if (std::binary_search(boilerplate.begin(), boilerplate.end(), shingle)) {
            in_references.push_back(shingle);
          }
        }
      }
    }
    std::sort(in_references.begin(), in_references.end());
  }
  const size_t before_references = boilerplate.size();
  std::erase_if(boilerplate, [&](uint64_t shingle) {
    return std::binary_search(in_references.begin(), in_references.end(), shingle);
  });
  log += fmt::format(
      "boilerplate: {} shingles occur in >= {} events, {} of them in no reference summary\n",
      before_references, options.boilerplate_min_clusters, boilerplate.size());
  model->boilerplate = extract::BoilerplateModel(std::move(boilerplate));

  // 2. Sentence importance by ridge regression over the dense features and the words.
  const size_t width = SentenceFeatureNames().size();
  // Every trainable sentence, in event order: its dense row, target and distinct words.
  std::vector<float> rows_all;
  std::vector<float> targets_all;
  std::vector<uint64_t> words_all;
  std::vector<size_t> words_begin{0};
  struct WordStat {
    std::string form;  // folded
    uint32_t events;   // events whose trainable sentences contain it
  };
  std::unordered_map<uint64_t, WordStat> word_stats;
  size_t junk_docs = 0, docs_total = 0;
  const size_t kChunk = 4096;
  for (size_t begin = 0; begin < clusters.size(); begin += kChunk) {
    size_t end = std::min(clusters.size(), begin + kChunk);
    struct ClusterRows {
      std::vector<float> rows, targets;
      std::vector<std::vector<uint64_t>> words;
      std::vector<std::pair<uint64_t, std::string>> forms;  // each distinct word once
      size_t junk = 0, docs = 0;
    };
    std::vector<ClusterRows> chunk(end - begin);
    ParallelFor(end - begin, options.threads, [&](size_t k) {
      thread_local std::unique_ptr<ClusterAnalyzer> analyzer;
      thread_local const void* owner = nullptr;
      if (!analyzer || owner != model) {
        analyzer = std::make_unique<ClusterAnalyzer>(&model->boilerplate);
        owner = model;
      }
      thread_local text::Stemmer stemmer("en");
      ClusterRows& out = chunk[k];
      const eval::EvalCluster& c = clusters[begin + k];
      std::vector<std::string_view> texts;
      for (const Document& d : c.documents) texts.push_back(d.text);
      ClusterAnalysis analysis;
      analyzer->Analyze(texts, "en", &analysis);
      for (const AnalyzedDocument& d : analysis.docs) out.junk += d.verdict.non_article;
      out.docs = analysis.docs.size();
      std::vector<float> rows;
      ComputeSentenceFeatures(analysis, &rows);
      std::vector<std::string> ref = StemmedWords(c.references.front().second, &stemmer);
      std::set<std::string> ref_uni(ref.begin(), ref.end());
      std::set<std::string> ref_bi;
      for (size_t i = 0; i + 1 < ref.size(); ++i) ref_bi.insert(ref[i] + " " + ref[i + 1]);
      std::set<uint64_t> seen_forms;
      std::string folded;
      for (size_t i = 0; i < analysis.sentences.size(); ++i) {
        const AnalyzedSentence& sent = analysis.sentences[i];
        if (!sent.eligible) continue;  // dangling ones too: chosen after their antecedent
        std::string_view text = texts[static_cast<size_t>(sent.doc)];
        std::vector<std::string> words =
            StemmedWords(text.substr(sent.begin, sent.end - sent.begin), &stemmer);
        if (words.size() < 2) continue;
        size_t u = 0, b = 0;
        for (size_t w = 0; w < words.size(); ++w) {
          u += ref_uni.count(words[w]);
          if (w + 1 < words.size()) b += ref_bi.count(words[w] + " " + words[w + 1]);
        }
        float y = static_cast<float>(static_cast<double>(u) / words.size() +
                                     static_cast<double>(b) / (words.size() - 1));
        out.rows.insert(out.rows.end(), rows.begin() + static_cast<long>(i * width),
                        rows.begin() + static_cast<long>((i + 1) * width));
        out.targets.push_back(y);
        out.words.emplace_back();
        SentenceWordSet(analysis, i, &out.words.back());
        const extract::CleanedText& cleaned = analysis.docs[static_cast<size_t>(sent.doc)].cleaned;
        for (uint32_t w = sent.first_word; w < sent.end_word; ++w) {
          if (!seen_forms.insert(cleaned.word_hashes[w]).second) continue;
          text::FoldToken(cleaned.tokens[cleaned.word_token[w]].text(text), &folded);
          out.forms.emplace_back(cleaned.word_hashes[w], folded);
        }
      }
    });
    // Merge in event order, so the model does not depend on the thread count.
    for (ClusterRows& c : chunk) {
      junk_docs += c.junk;
      docs_total += c.docs;
      rows_all.insert(rows_all.end(), c.rows.begin(), c.rows.end());
      targets_all.insert(targets_all.end(), c.targets.begin(), c.targets.end());
      for (auto& [hash, form] : c.forms)
        ++word_stats.try_emplace(hash, WordStat{form, 0}).first->second.events;
      for (const std::vector<uint64_t>& w : c.words) {
        words_all.insert(words_all.end(), w.begin(), w.end());
        words_begin.push_back(words_all.size());
      }
    }
  }
  const size_t rows_total = targets_all.size();
  if (rows_total == 0) return Status::InvalidInput("no trainable sentences");

  // The vocabulary: word forms common enough to learn a weight for, in their text's order. A
  // form with white space or control characters could not be written as a parameter name.
  std::vector<std::pair<std::string, uint64_t>> vocabulary;
  for (const auto& [hash, stat] : word_stats) {
    if (stat.events < options.min_word_events || stat.form.empty()) continue;
    if (std::any_of(stat.form.begin(), stat.form.end(),
                    [](char ch) { return static_cast<unsigned char>(ch) <= ' '; }))
      continue;
    vocabulary.emplace_back(stat.form, hash);
  }
  std::sort(vocabulary.begin(), vocabulary.end());
  std::unordered_map<uint64_t, size_t> column;
  for (size_t v = 0; v < vocabulary.size(); ++v) column[vocabulary[v].second] = width + v;
  const size_t dims = width + vocabulary.size();

  // Normal equations from sparse rows: the one-hot dense features and the words are mostly zero.
  Eigen::MatrixXd xtx =
      Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(dims), static_cast<Eigen::Index>(dims));
  Eigen::VectorXd xty = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(dims));
  double yy = 0;
  std::vector<std::pair<Eigen::Index, double>> nonzero;
  for (size_t r = 0; r < rows_total; ++r) {
    nonzero.clear();
    for (size_t k = 0; k < width; ++k) {
      double v = rows_all[r * width + k];
      if (v != 0) nonzero.emplace_back(static_cast<Eigen::Index>(k), v);
    }
    const size_t distinct = words_begin[r + 1] - words_begin[r];
    for (size_t w = words_begin[r]; w < words_begin[r + 1]; ++w) {
      auto it = column.find(words_all[w]);
      if (it != column.end()) {
        nonzero.emplace_back(static_cast<Eigen::Index>(it->second),
                             1 / std::sqrt(static_cast<double>(distinct)));
      }
    }
    const double y = targets_all[r];
    for (const auto& [a, va] : nonzero) {
      for (const auto& [b, vb] : nonzero) xtx(a, b) += va * vb;
      xty(a) += va * y;
    }
    yy += y * y;
  }
  Eigen::MatrixXd a = xtx;
  for (Eigen::Index i = 1; i < a.rows(); ++i) a(i, i) += options.ridge;  // no penalty on the bias
  Eigen::VectorXd w = a.llt().solve(xty);
  double sse = yy - 2 * w.dot(xty) + w.dot(xtx * w);
  double mean = xty(0) / static_cast<double>(rows_total);
  double sst = yy - static_cast<double>(rows_total) * mean * mean;
  log += fmt::format("non-articles: {} of {} documents\n", junk_docs, docs_total);
  log += fmt::format(
      "sentence model: {} sentences, {} features and {} words (in >= {} events), R^2 = {:.3f}\n",
      rows_total, width, vocabulary.size(), options.min_word_events, sst > 0 ? 1 - sse / sst : 0.0);
  const auto& names = SentenceFeatureNames();
  for (size_t k = 0; k < width; ++k)
    model->params[std::string(kFeatureWeightPrefix) + names[k]] = w(static_cast<Eigen::Index>(k));
  std::erase_if(model->params,
                [](const auto& p) { return p.first.starts_with(kWordWeightPrefix); });
  for (size_t v = 0; v < vocabulary.size(); ++v) {
    model->params[std::string(kWordWeightPrefix) + vocabulary[v].first] =
        w(static_cast<Eigen::Index>(width + v));
  }
  return Status::OK();
}

}  // namespace precis::summarize
