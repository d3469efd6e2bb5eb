// precis eval-extract: main-text extraction on the article-extraction benchmark, scored with its
// own metric next to the saved outputs of every other tool, with single-core speed and memory.
#include <sys/resource.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "base/file_io.h"
#include "cli/commands.h"
#include "eval/extraction_benchmark.h"
#include "extract/text_cleaner.h"
#include "precis/extractor.h"
#include "summarize/model.h"

namespace precis::cli {
namespace {

struct EvalExtractOptions {
  std::string data;
  int repeat = 3;
  bool pages = false;
  bool pasted = false;
  std::string dump;
};

struct ToolRow {
  std::string name;
  eval::ExtractionScores scores;
};

// Each page's score, worst first, for finding what fails.
void PrintPerPage(const std::vector<eval::AebPage>& pages,
                  const std::vector<eval::ShingleMatch>& matches) {
  std::vector<size_t> order(pages.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto f1 = [&](size_t i) {
    const eval::ShingleMatch& m = matches[i];
    return m.tp > 0 ? 2 * m.tp / (2 * m.tp + m.fp + m.fn) : 0.0;
  };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return f1(a) < f1(b); });
  std::printf("\nper page, worst first: F1 precision recall id url\n");
  for (size_t i : order) {
    const eval::ShingleMatch& m = matches[i];
    std::printf("%.3f %.3f %.3f %s %s\n", f1(i), m.tp + m.fp > 0 ? m.tp / (m.tp + m.fp) : 0.0,
                m.tp + m.fn > 0 ? m.tp / (m.tp + m.fn) : 0.0, pages[i].id.substr(0, 12).c_str(),
                pages[i].url.c_str());
  }
}

// Writes ID.precis.txt (what precis kept) and ID.truth.txt for every page into `dir`.
int DumpPages(const std::vector<eval::AebPage>& pages, const std::vector<std::string>& texts,
              const std::string& dir) {
  std::filesystem::create_directories(dir);
  for (size_t i = 0; i < pages.size(); ++i) {
    const std::string base = dir + "/" + pages[i].id.substr(0, 12);
    if (!WriteStringToFile(base + ".precis.txt", texts[i]).ok() ||
        !WriteStringToFile(base + ".truth.txt", pages[i].truth).ok()) {
      std::fprintf(stderr, "precis eval-extract: cannot write to %s\n", dir.c_str());
      return kExitInternal;
    }
  }
  return kExitOk;
}

// The clean-up of text pasted from a page (`precis clean`), scored on each page's visible text
// as the benchmark's html-text tool renders it, the text a reader gets by selecting the whole
// page and copying it: before clean-up, and after.
int RunEvalPasted(const std::vector<eval::AebPage>& pages,
                  const std::map<std::string, std::map<std::string, std::string>>& tools,
                  const EvalExtractOptions& o) {
  const auto rendering = tools.find("html-text");
  if (rendering == tools.end()) {
    std::fprintf(stderr, "precis eval-extract: the benchmark has no output/html-text.json\n");
    return kExitInputError;
  }
  summarize::SummarizerModel model;
  if (Status s = summarize::SummarizerModel::Load(summarize::DefaultModelPath(), &model); !s.ok()) {
    std::fprintf(stderr, "precis eval-extract: %s\n", s.message().c_str());
    return kExitInputError;
  }
  std::vector<eval::ShingleMatch> pasted, cleaned;
  size_t bytes = 0;
  double seconds = 0;
  extract::CleanedText clean;
  std::vector<std::string> kept_texts;
  for (const eval::AebPage& page : pages) {
    const auto it = rendering->second.find(page.id);
    const std::string& text = it == rendering->second.end() ? std::string() : it->second;
    const auto start = std::chrono::steady_clock::now();
    extract::CleanText(text, model.boilerplate, &clean);
    std::string kept;
    for (const extract::CleanSentence& s : clean.sentences) {
      if (s.label != extract::SentenceLabel::kContent) continue;
      kept.append(text, s.begin, s.end - s.begin);
      kept += '\n';
    }
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    bytes += text.size();
    pasted.push_back(eval::MatchShingles(page.truth, text));
    cleaned.push_back(eval::MatchShingles(page.truth, kept));
    kept_texts.push_back(std::move(kept));
  }
  const eval::ExtractionScores before = eval::ScoreExtraction(pasted);
  const eval::ExtractionScores after = eval::ScoreExtraction(cleaned);
  std::printf(
      "Pasted pages: %zu pages of the article-extraction benchmark as all their visible text "
      "(html-text's rendering), scored by its metric\n\n",
      pages.size());
  std::printf("%-28s %9s %9s %9s\n", "text", "precision", "recall", "F1");
  std::printf("%-28s %9.3f %9.3f %9.3f\n", "as pasted", before.precision, before.recall, before.f1);
  std::printf("%-28s %9.3f %9.3f %9.3f\n", "after precis clean-up", after.precision, after.recall,
              after.f1);
  std::printf("\nclean-up speed, one core: %.3f s for %.1f MB (%.1f MB/s)\n", seconds, bytes / 1e6,
              bytes / 1e6 / seconds);
  if (o.pages) PrintPerPage(pages, cleaned);
  if (!o.dump.empty()) return DumpPages(pages, kept_texts, o.dump);
  return kExitOk;
}

int RunEvalExtract(const EvalExtractOptions& o) {
  const std::string dir =
      o.data.empty() ? std::string(PRECIS_SOURCE_DIR) + "/../shared/data/aeb" : o.data;
  std::vector<eval::AebPage> pages;
  if (Status s = eval::LoadAebPages(dir, &pages); !s.ok()) {
    std::fprintf(stderr, "precis eval-extract: %s\n", s.message().c_str());
    return kExitInputError;
  }
  std::map<std::string, std::map<std::string, std::string>> tools;
  if (Status s = eval::LoadAebToolOutputs(dir, &tools); !s.ok()) {
    std::fprintf(stderr, "precis eval-extract: %s\n", s.message().c_str());
    return kExitInputError;
  }
  if (o.pasted) return RunEvalPasted(pages, tools, o);

  // Extraction, timed on one core over all pages in memory (parse + extract + metadata).
  std::vector<ExtractedArticle> articles(pages.size());
  size_t failures = 0, bytes = 0;
  double best_seconds = 0;
  for (int r = 0; r < std::max(1, o.repeat); ++r) {
    failures = 0;
    const auto start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < pages.size(); ++i) {
      ExtractOptions options;
      options.url = pages[i].url;
      if (!ExtractArticle(pages[i].html, options, &articles[i]).ok()) ++failures;
      if (r == 0) bytes += pages[i].html.size();
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (r == 0 || seconds < best_seconds) best_seconds = seconds;
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);

  std::vector<eval::ShingleMatch> ours;
  for (size_t i = 0; i < pages.size(); ++i) {
    ours.push_back(eval::MatchShingles(pages[i].truth, articles[i].text));
  }
  std::vector<ToolRow> rows = {{"precis", eval::ScoreExtraction(ours)}};
  for (const auto& [name, outputs] : tools) {
    std::vector<eval::ShingleMatch> matches;
    for (const eval::AebPage& page : pages) {
      auto it = outputs.find(page.id);
      matches.push_back(eval::MatchShingles(page.truth, it == outputs.end() ? "" : it->second));
    }
    rows.push_back({name, eval::ScoreExtraction(matches)});
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const ToolRow& a, const ToolRow& b) { return a.scores.f1 > b.scores.f1; });

  std::printf("Article-extraction benchmark: %zu pages (%s)\n\n", pages.size(), dir.c_str());
  std::printf("%-4s %-22s %9s %9s %9s\n", "rank", "extractor", "precision", "recall", "F1");
  for (size_t r = 0; r < rows.size(); ++r) {
    const bool us = rows[r].name == "precis";
    std::printf("%-4zu %-22s %9.3f %9.3f %9.3f%s\n", r + 1, rows[r].name.c_str(),
                rows[r].scores.precision, rows[r].scores.recall, rows[r].scores.f1,
                us ? "   <--" : "");
  }
  std::printf(
      "\nprecis speed, one core, best of %d: %.3f s for %zu pages (%.1f MB): %.0f pages/s, "
      "%.1f MB/s; peak RSS %.0f MB; %zu page(s) without article text\n",
      std::max(1, o.repeat), best_seconds, pages.size(), bytes / 1e6, pages.size() / best_seconds,
      bytes / 1e6 / best_seconds, usage.ru_maxrss / 1024.0, failures);

  if (o.pages) PrintPerPage(pages, ours);
  if (!o.dump.empty()) {
    std::vector<std::string> texts;
    for (const ExtractedArticle& a : articles) texts.push_back(a.text);
    return DumpPages(pages, texts, o.dump);
  }
  return kExitOk;
}

}  // namespace

void AddEvalExtractCommand(CLI::App& app, std::function<int()>* run) {
  auto o = std::make_shared<EvalExtractOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval-extract",
      "Score main-text extraction on the article-extraction benchmark (its shingle metric) and "
      "print the table of precis against every tool's saved output, with single-core speed");
  cmd->add_option("--data", o->data,
                  "Benchmark folder: ground-truth.json, html/, output/ (default "
                  "../shared/data/aeb)");
  cmd->add_option("--repeat", o->repeat,
                  "Timed passes over the pages; the best counts (default 3)");
  cmd->add_flag("--pages", o->pages, "Also print precis's score on every page, worst first");
  cmd->add_flag("--pasted", o->pasted,
                "Score instead the clean-up of pasted text (`precis clean`) on each page's visible "
                "text, as html-text renders it (select all, copy), before and after clean-up");
  cmd->add_option("--dump", o->dump,
                  "Write each page's extraction and ground truth to this folder");
  cmd->callback([o, run] { *run = [o] { return RunEvalExtract(*o); }; });
}

}  // namespace precis::cli
