#include "cluster/link_trainer.h"

#include <fmt/format.h>

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <vector>

#include "cluster/article_profile.h"
#include "cluster/batch_clusterer.h"
#include "cluster/link_model.h"
#include "cluster/term_vector.h"
#include "eval/datasets.h"

namespace precis::cluster {
namespace {

constexpr int kMaxNewtonSteps = 50;
constexpr double kConverged = 1e-10;  // largest change of a weight that ends the iteration

// Share of the positives ranked above each negative, averaged: the area under the ROC curve.
double AreaUnderCurve(const std::vector<double>& scores, const std::vector<double>& labels) {
  std::vector<size_t> order(scores.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return scores[x] != scores[y] ? scores[x] < scores[y] : x < y;
  });
  double positives = 0, negatives = 0, pairs_in_order = 0;
  for (size_t i : order) {
    if (labels[i] > 0.5) {
      positives += 1;
    } else {
      pairs_in_order += positives;  // positives ranked below this negative are out of order
      negatives += 1;
    }
  }
  if (positives == 0 || negatives == 0) return 0;
  return 1 - pairs_in_order / (positives * negatives);
}

Eigen::VectorXd Logistic(const Eigen::VectorXd& z) {
  return (1.0 / (1.0 + (-z.array()).exp())).matrix();
}

}  // namespace

Status TrainStoryLinkModel(const LinkTrainerOptions& options, summarize::SummarizerModel* model,
                           std::string* report) {
  std::vector<eval::EvalCluster> events;
  Status s = eval::ReadMultiNews(options.src, options.tgt,
                                 options.events_per_archive * options.archives, &events);
  if (!s.ok()) return s;
  if (events.size() < 2) return Status::InvalidInput(options.src + ": too few events");

  // One row per scored candidate pair (copy links are not scored), over every archive.
  std::vector<LinkFeatures> rows;
  std::vector<double> labels;
  for (size_t begin = 0; begin < events.size(); begin += options.events_per_archive) {
    const size_t end = std::min(events.size(), begin + options.events_per_archive);
    const std::vector<eval::EvalCluster> block(events.begin() + static_cast<std::ptrdiff_t>(begin),
                                               events.begin() + static_cast<std::ptrdiff_t>(end));
    std::vector<Document> articles;
    std::vector<uint64_t> event_of;
    eval::ExplodeClusters(block, options.seed, &articles, &event_of);
    std::vector<ArticleProfile> profiles;
    ProfileAll(articles, &model->boilerplate, options.threads, &profiles);
    std::vector<TermVector> vectors;
    WeighArchive(profiles, options.threads, &vectors);
    const std::vector<int32_t> days(articles.size(), kNoDay);  // Multi-News has no dates
    CopyGroups copies;
    std::vector<SimilarityEdge> edges;
    BuildCandidateGraph(profiles, vectors, days, 0, options.threads, &copies, &edges);
    std::vector<LinkFeatures> features;
    ComputeLinkFeatures(profiles, vectors, edges, &features);
    for (size_t k = 0; k < edges.size(); ++k) {
      if (IsCopyLink(edges[k])) continue;
      rows.push_back(features[k]);
      labels.push_back(event_of[edges[k].a] == event_of[edges[k].b] ? 1.0 : 0.0);
    }
  }
  const size_t n = rows.size();
  if (n == 0) return Status::InvalidInput(options.src + ": no candidate pairs to learn from");

  // Standardized features (and a constant) in a dense matrix: a few hundred thousand rows of
  // kLinkFeatures, small enough for Newton's method on the full Hessian.
  constexpr size_t d = kLinkFeatures;
  std::array<double, d> mean{}, scale{};
  for (const LinkFeatures& r : rows) {
    for (size_t k = 0; k < d; ++k) mean[k] += r[k];
  }
  for (size_t k = 0; k < d; ++k) mean[k] /= static_cast<double>(n);
  for (const LinkFeatures& r : rows) {
    for (size_t k = 0; k < d; ++k) scale[k] += (r[k] - mean[k]) * (r[k] - mean[k]);
  }
  for (size_t k = 0; k < d; ++k) {
    scale[k] = std::sqrt(scale[k] / static_cast<double>(n));
    if (scale[k] < 1e-12) scale[k] = 1;  // a constant feature: its weight stays 0 under the ridge
  }
  Eigen::MatrixXd x(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(d + 1));
  Eigen::VectorXd y(static_cast<Eigen::Index>(n));
  for (size_t i = 0; i < n; ++i) {
    const auto row = static_cast<Eigen::Index>(i);
    x(row, 0) = 1;
    for (size_t k = 0; k < d; ++k) {
      x(row, static_cast<Eigen::Index>(k + 1)) = (rows[i][k] - mean[k]) / scale[k];
    }
    y(row) = labels[i];
  }
  Eigen::VectorXd w = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(d + 1));
  Eigen::VectorXd penalty =
      Eigen::VectorXd::Constant(static_cast<Eigen::Index>(d + 1), options.ridge);
  penalty(0) = 0;  // no penalty on the bias
  int steps = 0;
  Eigen::VectorXd p(static_cast<Eigen::Index>(n));
  for (; steps < kMaxNewtonSteps; ++steps) {
    p = Logistic(x * w);
    const Eigen::VectorXd gradient = x.transpose() * (p - y) + penalty.cwiseProduct(w);
    const Eigen::VectorXd curvature = (p.array() * (1 - p.array())).matrix();
    Eigen::MatrixXd hessian = x.transpose() * curvature.asDiagonal() * x;
    hessian.diagonal() += penalty;
    const Eigen::VectorXd step = hessian.ldlt().solve(gradient);
    w -= step;
    if (step.cwiseAbs().maxCoeff() < kConverged) break;
  }
  p = Logistic(x * w);
  double log_loss = 0, positives = 0;
  std::vector<double> scores(n);
  for (size_t i = 0; i < n; ++i) {
    const double q = std::clamp(p(static_cast<Eigen::Index>(i)), 1e-12, 1 - 1e-12);
    log_loss -= labels[i] > 0.5 ? std::log(q) : std::log(1 - q);
    positives += labels[i];
    scores[i] = q;
  }

  // Back to raw features, so the runtime needs no standardization.
  std::array<double, d> weights{};
  double bias = w(0);
  for (size_t k = 0; k < d; ++k) {
    weights[k] = w(static_cast<Eigen::Index>(k + 1)) / scale[k];
    bias -= weights[k] * mean[k];
  }
  StoryLinkModel::Store(weights, bias, model);
  *report += fmt::format(
      "story link model: {} candidate pairs from {} events in archives of {}, {:.1f}% of one "
      "event; {} Newton steps, log-loss {:.4f}, AUC {:.4f}\n",
      n, events.size(), options.events_per_archive, 100 * positives / static_cast<double>(n),
      steps + 1, log_loss / static_cast<double>(n), AreaUnderCurve(scores, labels));
  return Status::OK();
}

}  // namespace precis::cluster
