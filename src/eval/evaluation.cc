#include "eval/evaluation.h"

#include <fmt/format.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "base/parallel.h"
#include "eval/rouge_run.h"

namespace precis::eval {

Status Evaluate(const std::vector<EvalCluster>& clusters, const Summarizer& summarizer,
                const EvaluationConfig& config, std::vector<MethodResult>* results) {
  std::vector<std::string> methods =
      config.methods.empty() ? Summarizer::Methods() : config.methods;
  RougeStemmer stemmer;
  if (config.rouge.stem) {
    Status s = stemmer.LoadExceptions(config.rouge_data_dir + "/wordnet-2.0-exceptions.tsv");
    if (!s.ok()) return s;
  }
  // References once, shared by every method.
  std::vector<std::vector<std::pair<std::string, SummaryUnits>>> references(clusters.size());
  for (size_t i = 0; i < clusters.size(); ++i) {
    for (const auto& [rid, text] : clusters[i].references) {
      references[i].emplace_back(rid, SentenceUnits(text, config.split_references));
    }
  }
  results->clear();
  for (const std::string& method : methods) {
    MethodResult result;
    result.method = method;
    result.clusters = clusters.size();
    SummaryOptions options;
    options.budget = config.budget;
    options.method = method;
    std::vector<Summary> summaries(clusters.size());
    std::vector<uint8_t> failed(clusters.size(), 0);
    auto start = std::chrono::steady_clock::now();
    ParallelFor(clusters.size(), config.threads, [&](size_t i) {
      failed[i] = !summarizer.Summarize(clusters[i].documents, options, &summaries[i]).ok();
    });
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // Faithfulness, checked after timing: it re-reads the sources on its own.
    std::vector<FaithfulnessReport> checks(clusters.size());
    ParallelFor(clusters.size(), config.threads, [&](size_t i) {
      if (failed[i]) return;
      std::vector<std::string_view> texts;
      for (const Document& d : clusters[i].documents) texts.push_back(d.text);
      std::vector<std::string> sentences;
      std::vector<std::vector<int>> cited;
      for (const SummarySentence& s : summaries[i].sentences) {
        sentences.push_back(s.text);
        cited.push_back(s.sources);
      }
      FaithfulnessChecker checker(texts, summaries[i].language);
      checks[i] = checker.Check(sentences, cited);
      checks[i].sentences.clear();
    });
    for (const FaithfulnessReport& c : checks) result.faithfulness.Add(c);

    std::vector<RougeEval> evals;
    size_t sentences = 0, words = 0, sources = 0, multi = 0;
    for (size_t i = 0; i < clusters.size(); ++i) {
      if (failed[i]) ++result.failures;
      const Summary& summary = summaries[i];
      // One unit per summary sentence (Text() puts one per line).
      SummaryUnits peer = SentenceUnits(summary.Text(), /*split_sentences=*/false);
      for (const SummarySentence& s : summary.sentences) {
        ++sentences;
        sources += s.sources.size();
        multi += s.sources.size() >= 2;
      }
      words += summary.WordCount();
      const auto& refs = references[i];
      auto add_eval = [&](const std::string& id, size_t left_out) {
        RougeEval e;
        e.id = id;
        e.peers.emplace_back(method, peer);
        e.peer_keys.push_back("");
        for (size_t m = 0; m < refs.size(); ++m) {
          if (m == left_out) continue;
          e.models.push_back(refs[m]);
          // Cached only when jackknifing reuses a reference across evaluations.
          e.model_keys.push_back(config.jackknife ? "ref\n" + clusters[i].id + "\n" + refs[m].first
                                                  : "");
        }
        evals.push_back(std::move(e));
      };
      if (refs.empty()) continue;
      if (config.jackknife && refs.size() >= 2) {
        for (size_t m = 0; m < refs.size(); ++m) add_eval(clusters[i].id + "-" + refs[m].first, m);
      } else {
        add_eval(clusters[i].id, refs.size());
      }
    }
    RougeScorer scorer(config.rouge, &stemmer, {});
    RougeReport report = RunRouge(evals, {method}, &scorer, config.rouge);
    result.metric_tags = report.metric_tags;
    result.rouge = report.averages[method];
    const double n = static_cast<double>(std::max<size_t>(1, clusters.size()));
    result.mean_words = static_cast<double>(words) / n;
    result.mean_sentences = static_cast<double>(sentences) / n;
    if (sentences) {
      result.mean_sources = static_cast<double>(sources) / static_cast<double>(sentences);
      result.multi_source_share = static_cast<double>(multi) / static_cast<double>(sentences);
    }
    results->push_back(std::move(result));
  }
  return Status::OK();
}

std::string ResultsMarkdown(const std::vector<MethodResult>& results, bool recall) {
  if (results.empty()) return "";
  std::string out = "| method |";
  std::string rule = "|---|";
  for (const std::string& tag : results[0].metric_tags) {
    out += " " + tag + (recall ? " R" : " F") + " |";
    rule += "---|";
  }
  out +=
      " words | sources/sent | multi-source | found in sources | facts found | citations "
      "confirmed | sources used | events/s | failed |\n";
  rule += "---|---|---|---|---|---|---|---|---|\n";
  out += rule;
  for (const MethodResult& r : results) {
    out += "| " + r.method + " |";
    for (const std::string& tag : r.metric_tags) {
      const RougeAverage& a = r.rouge.at(tag);
      out += fmt::format(" {:.2f} |", 100 * (recall ? a.avg_r : a.avg_f));
    }
    const FaithfulnessReport& f = r.faithfulness;
    auto percent = [](double share) {
      return share < 0 ? std::string("n/a") : fmt::format("{:.1f}%", 100 * share);
    };
    out += fmt::format(" {:.1f} | {:.2f} | {:.1f}% | {} | {} | {} | {:.2f} | {:.0f} | {} |\n",
                       r.mean_words, r.mean_sources, 100 * r.multi_source_share,
                       percent(Share(f.verbatim + f.with_deletions, f.sentence_count)),
                       percent(Share(f.TotalFactsFound(), f.TotalFacts())),
                       percent(Share(f.citations_supported, f.citations)),
                       f.summaries ? static_cast<double>(f.distinct_sources) / f.summaries : 0.0,
                       r.seconds > 0 ? r.clusters / r.seconds : 0.0, r.failures);
  }
  return out;
}

std::string ResultsJson(const std::vector<MethodResult>& results) {
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const MethodResult& r : results) {
    nlohmann::ordered_json m;
    m["method"] = r.method;
    m["clusters"] = r.clusters;
    m["failed"] = r.failures;
    for (const std::string& tag : r.metric_tags) {
      const RougeAverage& a = r.rouge.at(tag);
      m["rouge"][tag] = {{"R", a.avg_r},       {"P", a.avg_p},       {"F", a.avg_f},
                         {"R_mean", a.mean_r}, {"P_mean", a.mean_p}, {"F_mean", a.mean_f}};
    }
    m["mean_words"] = r.mean_words;
    m["mean_sentences"] = r.mean_sentences;
    m["sources_per_sentence"] = r.mean_sources;
    m["multi_source_share"] = r.multi_source_share;
    m["faithfulness"] = nlohmann::ordered_json::parse(FaithfulnessJson(r.faithfulness, false));
    m["seconds"] = r.seconds;
    m["events_per_second"] = r.seconds > 0 ? r.clusters / r.seconds : 0.0;
    j.push_back(std::move(m));
  }
  return j.dump(2) + "\n";
}

}  // namespace precis::eval
