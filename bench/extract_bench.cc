// Google Benchmark: extraction speed on the article-extraction benchmark's 181 pages, one core.
//
//  - BM_Prepass: removing scripts, styles and comments and capping nesting (html_prepass).
//  - BM_Parse: the pre-pass plus gumbo's HTML5 tree construction and the flat document.
//  - BM_ExtractArticle: the whole of ExtractArticle (charset, pre-pass, parse, main content,
//    metadata), the figure the "pages/s" refers to.
// Each iteration processes every page once; the pages/s counter is the throughput.
#include <benchmark/benchmark.h>

#include "eval/extraction_benchmark.h"
#include "extract/html_document.h"
#include "extract/html_prepass.h"
#include "precis/extractor.h"

namespace {

using namespace precis;

const std::vector<eval::AebPage>& Pages() {
  static const std::vector<eval::AebPage> pages = [] {
    std::vector<eval::AebPage> p;
    eval::LoadAebPages(std::string(PRECIS_SOURCE_DIR) + "/../shared/data/aeb", &p);
    return p;
  }();
  return pages;
}

void SetCounters(benchmark::State& state) {
  size_t bytes = 0;
  for (const eval::AebPage& p : Pages()) bytes += p.html.size();
  state.counters["pages/s"] = benchmark::Counter(static_cast<double>(Pages().size()),
                                                 benchmark::Counter::kIsIterationInvariantRate);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}

void BM_Prepass(benchmark::State& state) {
  extract::PreparedHtml prepared;
  for (auto _ : state) {
    for (const eval::AebPage& p : Pages()) {
      extract::PrepareHtml(p.html, &prepared);
      benchmark::DoNotOptimize(prepared.html.data());
    }
  }
  SetCounters(state);
}
BENCHMARK(BM_Prepass)->Unit(benchmark::kMillisecond);

void BM_Parse(benchmark::State& state) {
  extract::PreparedHtml prepared;
  for (auto _ : state) {
    for (const eval::AebPage& p : Pages()) {
      extract::PrepareHtml(p.html, &prepared);
      extract::HtmlDocument doc(prepared.html);
      benchmark::DoNotOptimize(doc.size());
    }
  }
  SetCounters(state);
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

void BM_ExtractArticle(benchmark::State& state) {
  ExtractedArticle article;
  for (auto _ : state) {
    for (const eval::AebPage& p : Pages()) {
      ExtractArticle(p.html, ExtractOptions{p.url, ""}, &article);
      benchmark::DoNotOptimize(article.text.data());
    }
  }
  SetCounters(state);
}
BENCHMARK(BM_ExtractArticle)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
