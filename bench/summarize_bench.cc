// Google Benchmark: one cluster summarized end to end (clean-up, analysis, selection, attribution),
// on a 25-article DUC 2006 topic and on the example cluster.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "eval/datasets.h"
#include "precis/summarizer.h"

namespace {

std::vector<precis::Document> DucTopic() {
  std::vector<precis::eval::EvalCluster> clusters;
  precis::eval::ReadClusterJsonl(
      std::string(PRECIS_SOURCE_DIR) + "/../shared/data/duc2006/duc2006.jsonl.xz", 1, &clusters);
  return clusters.empty() ? std::vector<precis::Document>{} : clusters[0].documents;
}

std::vector<precis::Document> Example() {
  std::vector<precis::Document> docs;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(std::string(PRECIS_SOURCE_DIR) +
                                                           "/examples/sanctuary-ruling-2017")) {
    files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f);
    std::stringstream ss;
    ss << in.rdbuf();
    precis::Document d;
    d.text = ss.str();
    docs.push_back(std::move(d));
  }
  return docs;
}

void Summarize(benchmark::State& state, const std::vector<precis::Document>& docs,
               const char* method, double words) {
  std::unique_ptr<precis::Summarizer> summarizer;
  precis::Summarizer::Create(precis::SummarizerConfig{}, &summarizer);
  precis::SummaryOptions options;
  options.method = method;
  options.budget = precis::Budget::Words(words);
  for (auto _ : state) {
    precis::Summary summary;
    benchmark::DoNotOptimize(summarizer->Summarize(docs, options, &summary));
  }
}

void BM_Duc2006Topic(benchmark::State& state, const char* method) {
  static const std::vector<precis::Document> docs = DucTopic();
  if (docs.empty()) {
    state.SkipWithError("no ../shared data");
    return;
  }
  Summarize(state, docs, method, 250);
}
void BM_ExampleCluster(benchmark::State& state, const char* method) {
  static const std::vector<precis::Document> docs = Example();
  Summarize(state, docs, method, 200);
}

BENCHMARK_CAPTURE(BM_Duc2006Topic, learned, "learned")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Duc2006Topic, coverage, "coverage")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Duc2006Topic, lexrank, "lexrank")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Duc2006Topic, lead, "lead")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ExampleCluster, learned, "learned")->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
