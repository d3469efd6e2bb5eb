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
  log += fmt::format("boilerplate: {} of {} distinct shingles occur in >= {} events\n",
                     boilerplate.size(), all.size(), options.boilerplate_min_clusters);
  std::vector<uint64_t>().swap(all);
  model->boilerplate = extract::BoilerplateModel(std::move(boilerplate));

  // 2. Sentence importance by ridge regression.
  const size_t width = SentenceFeatureNames().size();
  Eigen::MatrixXd xtx =
      Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(width), static_cast<Eigen::Index>(width));
  Eigen::VectorXd xty = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(width));
  double yy = 0;
  size_t rows_total = 0, junk_docs = 0, docs_total = 0;
  const size_t kChunk = 4096;
  for (size_t begin = 0; begin < clusters.size(); begin += kChunk) {
    size_t end = std::min(clusters.size(), begin + kChunk);
    std::vector<std::vector<float>> features(end - begin);
    std::vector<std::vector<float>> targets(end - begin);
    std::vector<size_t> junk(end - begin, 0), docs(end - begin, 0);
    ParallelFor(end - begin, options.threads, [&](size_t k) {
      thread_local std::unique_ptr<ClusterAnalyzer> analyzer;
      thread_local const void* owner = nullptr;
      if (!analyzer || owner != model) {
        analyzer = std::make_unique<ClusterAnalyzer>(&model->boilerplate);
        owner = model;
      }
      thread_local text::Stemmer stemmer("en");
      const eval::EvalCluster& c = clusters[begin + k];
      std::vector<std::string_view> texts;
      for (const Document& d : c.documents) texts.push_back(d.text);
      ClusterAnalysis analysis;
      analyzer->Analyze(texts, "en", &analysis);
      for (const AnalyzedDocument& d : analysis.docs) junk[k] += d.verdict.non_article;
      docs[k] = analysis.docs.size();
      std::vector<float> rows;
      ComputeSentenceFeatures(analysis, &rows);
      std::vector<std::string> ref = StemmedWords(c.references.front().second, &stemmer);
      std::set<std::string> ref_uni(ref.begin(), ref.end());
      std::set<std::string> ref_bi;
      for (size_t i = 0; i + 1 < ref.size(); ++i) ref_bi.insert(ref[i] + " " + ref[i + 1]);
      for (size_t i = 0; i < analysis.sentences.size(); ++i) {
        const AnalyzedSentence& sent = analysis.sentences[i];
        if (!Selectable(sent)) continue;
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
        features[k].insert(features[k].end(), rows.begin() + static_cast<long>(i * width),
                           rows.begin() + static_cast<long>((i + 1) * width));
        targets[k].push_back(y);
      }
    });
    // Accumulate in event order, so the model does not depend on the thread count.
    for (size_t k = 0; k < end - begin; ++k) {
      junk_docs += junk[k];
      docs_total += docs[k];
      for (size_t r = 0; r < targets[k].size(); ++r) {
        Eigen::Map<const Eigen::VectorXf> xf(features[k].data() + r * width,
                                             static_cast<Eigen::Index>(width));
        Eigen::VectorXd x = xf.cast<double>();
        xtx.noalias() += x * x.transpose();
        xty += x * static_cast<double>(targets[k][r]);
        yy += static_cast<double>(targets[k][r]) * targets[k][r];
        ++rows_total;
      }
    }
  }
  if (rows_total == 0) return Status::InvalidInput("no trainable sentences");
  Eigen::MatrixXd a = xtx;
  for (Eigen::Index i = 1; i < a.rows(); ++i) a(i, i) += options.ridge;  // no penalty on the bias
  Eigen::VectorXd w = a.ldlt().solve(xty);
  double sse = yy - 2 * w.dot(xty) + w.dot(xtx * w);
  double mean = xty(0) / static_cast<double>(rows_total);
  double sst = yy - static_cast<double>(rows_total) * mean * mean;
  log += fmt::format("non-articles: {} of {} documents\n", junk_docs, docs_total);
  log += fmt::format("sentence model: {} sentences, {} features, R^2 = {:.3f}\n", rows_total, width,
                     sst > 0 ? 1 - sse / sst : 0.0);
  const auto& names = SentenceFeatureNames();
  for (size_t k = 0; k < width; ++k)
    model->params["sentence.w." + names[k]] = w(static_cast<Eigen::Index>(k));
  return Status::OK();
}

}  // namespace precis::summarize
