// precis summarize: one cluster from files, a folder or stdin; or a batch of clusters in JSONL.
#include <fmt/format.h>
#include <xxhash.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "base/flat_hash_map.h"
#include "base/parallel.h"
#include "cli/commands.h"
#include "cli/input.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "precis/summarizer.h"

namespace precis::cli {
namespace {

struct SummarizeOptions {
  std::vector<std::string> inputs;
  double words = 0;
  double sentences = 0;
  double ratio = 0;
  bool fill = false;
  std::string method;
  std::string format = "text";
  std::string language;
  std::string model;
  std::string batch;
  std::string out;
  int threads = 0;
  bool quiet = false;
};

Status MakeSummaryOptions(const SummarizeOptions& o, SummaryOptions* out) {
  int given = (o.words > 0) + (o.sentences > 0) + (o.ratio > 0);
  if (given > 1) return Status::InvalidArgument("give only one of --words, --sentences, --ratio");
  if (o.sentences > 0) {
    out->budget = Budget::Sentences(o.sentences);
  } else if (o.ratio > 0) {
    out->budget = Budget::Ratio(o.ratio);
  } else {
    out->budget = Budget::Words(o.words > 0 ? o.words : 200, o.fill);
  }
  if (o.fill && (o.sentences > 0 || o.ratio > 0)) {
    return Status::InvalidArgument("--fill goes with --words");
  }
  out->method = o.method;
  out->language = o.language;
  return Status::OK();
}

int RunBatch(const SummarizeOptions& o, const Summarizer& summarizer, const SummaryOptions& opts) {
  std::ifstream in(o.batch, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "precis: %s: cannot open\n", o.batch.c_str());
    return kExitInputError;
  }
  OutputTarget target;
  if (Status s = target.Open(o.out); !s.ok()) {
    std::fprintf(stderr, "precis: %s\n", s.message().c_str());
    return kExitInternal;
  }
  std::ostream* out = &target.stream();
  // Count lines for the progress bar; without a terminal there is no bar and no second read.
  size_t total = 0;
  if (Progress::Enabled()) {
    std::ifstream counter(o.batch, std::ios::binary);
    std::string line;
    while (std::getline(counter, line)) total += !line.empty();
  }
  Progress progress("summarize", total);
  const size_t kChunk = 2048;
  std::vector<std::string> lines;
  std::vector<size_t> line_numbers;
  std::vector<std::string> results;
  std::vector<std::string> errors;
  std::vector<std::string> ids;
  // A repeated id is summarized again under the same id (output lines pair with input lines), but
  // a reader joining the output on ids would see one, so it is named on stderr. Ids are held as
  // 64-bit hashes (32 to 64 bytes a record, whatever their length), as the batch streams: a false
  // "repeats" among a million distinct ids has odds of one in 37 million.
  U64Map first_line_of_id;
  size_t line_number = 0, done = 0, failed = 0, repeated = 0;
  std::string line;
  bool eof = false;
  while (!eof) {
    lines.clear();
    line_numbers.clear();
    while (lines.size() < kChunk) {
      if (!std::getline(in, line)) {
        eof = true;
        break;
      }
      ++line_number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      lines.push_back(line);
      line_numbers.push_back(line_number);
    }
    results.assign(lines.size(), std::string());
    errors.assign(lines.size(), std::string());
    ids.assign(lines.size(), std::string());
    ParallelFor(lines.size(), o.threads, [&](size_t i) {
      BatchRecord record;
      Status s = ParseBatchRecord(lines[i], &record);
      ids[i] = record.id;
      if (record.id.empty()) record.id = "line " + std::to_string(line_numbers[i]);
      Summary summary;
      if (s.ok()) s = summarizer.Summarize(record.documents, opts, &summary);
      if (!s.ok()) {
        errors[i] =
            fmt::format("{}:{}: id {}: {}", o.batch, line_numbers[i], record.id, s.message());
        results[i] = FormatJsonError(record.id, s.message());
        return;
      }
      results[i] = FormatJson(record.id, summary, record.documents, /*detailed=*/false);
    });
    for (size_t i = 0; i < lines.size(); ++i) {
      *out << results[i] << '\n';
      if (!errors[i].empty()) {
        ++failed;
        progress.Finish();
        std::fprintf(stderr, "precis: %s\n", errors[i].c_str());
      }
      if (ids[i].empty()) continue;
      bool inserted;
      const uint32_t first_line = first_line_of_id.FindOrInsert(
          XXH3_64bits(ids[i].data(), ids[i].size()),
          static_cast<uint32_t>(std::min<size_t>(line_numbers[i], UINT32_MAX)), &inserted);
      if (!inserted) {
        ++repeated;
        if (!o.quiet) {
          progress.Finish();
          std::fprintf(stderr, "precis: warning: %s:%zu: id %s repeats line %u's\n",
                       o.batch.c_str(), line_numbers[i], ids[i].c_str(), first_line);
        }
      }
    }
    done += lines.size();
    progress.Update(done);
  }
  progress.Finish();
  out->flush();
  if (!*out) {
    std::fprintf(stderr, "precis: writing the output failed\n");
    return kExitInternal;
  }
  if (done == 0) {
    std::fprintf(stderr, "precis: %s: no records (empty input)\n", o.batch.c_str());
    return kExitInputError;
  }
  if (!o.quiet) {
    std::fprintf(stderr, "precis: %zu record(s) summarized, %zu failed", done - failed, failed);
    if (repeated > 0) std::fprintf(stderr, ", %zu with a repeated id", repeated);
    std::fputc('\n', stderr);
  }
  return failed ? kExitPartial : kExitOk;
}

int RunSummarize(const SummarizeOptions& o) {
  SummaryOptions opts;
  Status s = MakeSummaryOptions(o, &opts);
  if (!s.ok()) {
    std::fprintf(stderr, "precis: %s\n", s.message().c_str());
    return kExitUsage;
  }
  std::unique_ptr<Summarizer> summarizer;
  SummarizerConfig config;
  config.model_path = o.model;
  s = Summarizer::Create(config, &summarizer);
  if (!s.ok()) {
    std::fprintf(stderr, "precis: %s\n", s.message().c_str());
    return kExitInputError;
  }
  if (!o.batch.empty()) {
    if (!o.inputs.empty()) {
      std::fprintf(stderr, "precis: --batch takes no other inputs\n");
      return kExitUsage;
    }
    return RunBatch(o, *summarizer, opts);
  }
  if (o.inputs.empty()) {
    std::fprintf(stderr, "precis: no input (give files, a folder, or - for stdin)\n");
    return kExitUsage;
  }
  std::vector<Document> docs;
  std::vector<std::string> notes;
  std::vector<Status> failures;  // inputs that could not be used; the others are summarized
  s = ReadDocuments(o.inputs, &docs, &notes, &failures);
  for (const Status& f : failures) std::fprintf(stderr, "precis: %s\n", f.message().c_str());
  if (!s.ok()) {
    std::fprintf(stderr, "precis: %s\n", s.message().c_str());
    return kExitInputError;
  }
  if (!o.quiet) {
    for (const std::string& n : notes) std::fprintf(stderr, "precis: warning: %s\n", n.c_str());
  }
  Summary summary;
  s = summarizer->Summarize(docs, opts, &summary);
  if (!s.ok()) {
    std::fprintf(stderr, "precis: %s\n", s.message().c_str());
    return s.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitInputError;
  }
  if (!o.quiet) {
    for (const std::string& w : summary.warnings) {
      std::fprintf(stderr, "precis: warning: %s\n", w.c_str());
    }
  }
  std::string rendered;
  if (o.format == "json") {
    rendered = FormatJson("", summary, docs, /*detailed=*/true) + "\n";
  } else if (o.format == "markdown") {
    rendered = FormatMarkdown(summary, docs);
  } else {
    rendered = FormatText(summary, docs);
  }
  std::fwrite(rendered.data(), 1, rendered.size(), stdout);
  if (std::fflush(stdout) != 0) return kExitInternal;
  return failures.empty() ? kExitOk : kExitPartial;
}

}  // namespace

void AddSummarizeCommand(CLI::App& app, std::function<int()>* run) {
  auto o = std::make_shared<SummarizeOptions>();
  CLI::App* cmd = app.add_subcommand("summarize",
                                     "Summarize articles about one event into a short summary "
                                     "whose sentences cite their sources.");
  cmd->footer(
      std::string(
          "Input: text files (one article each), a folder of them, or - for standard input with "
          "articles separated by a line '|||||'.\n"
          "Batch: --batch IN.jsonl reads one cluster per line, {\"id\": ..., \"documents\": "
          "[{\"text\", \"title\", \"url\", \"source\", \"date\"} or \"plain text\", ...]}, and "
          "writes "
          "one line per cluster, {\"id\", \"summary\", \"sentences\": [{\"text\", \"sources\"}]}, "
          "in "
          "input order; a record that fails gets an \"error\" field and the rest go on; a "
          "repeated id is kept, with a warning.\n") +
      kExitCodesHelp);
  cmd->add_option("inputs", o->inputs, "Article files, a folder, or - (stdin)");
  cmd->add_option("--words,-w", o->words,
                  "Word budget (whitespace tokens, as ROUGE counts); the default is 200")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--sentences,-s", o->sentences, "Sentence budget")->check(CLI::PositiveNumber);
  cmd->add_option("--ratio,-r", o->ratio, "Budget as a share of the cluster's words after clean-up")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_flag("--fill", o->fill,
                "With --words: add sentences until the summary reaches N words, the last one "
                "added running past it and placed last (for ROUGE -l N evaluation), or until no "
                "complete sentence that reads on its own is left");
  std::string methods;
  for (const std::string& m : Summarizer::Methods()) methods += (methods.empty() ? "" : ", ") + m;
  cmd->add_option(
      "--method,-m", o->method,
      "Summarization method: " + methods + " (default " + Summarizer::DefaultMethod() + ")");
  cmd->add_option("--format,-f", o->format, "Output format: text, markdown or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  cmd->add_option("--language,-l", o->language,
                  "Language as an ISO 639-1 code, one of those listed (default: detected)")
      ->check(CLI::IsMember(Summarizer::Languages()));
  cmd->add_option("--model", o->model, "Model file from `precis train` (default: the shipped one)");
  cmd->add_option("--batch", o->batch, "Summarize every cluster of a JSONL file");
  cmd->add_option("--out,-o", o->out, "With --batch: output JSONL file (default stdout)");
  cmd->add_option("--threads,-j", o->threads, "With --batch: threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("--quiet,-q", o->quiet, "Do not print warnings");
  cmd->callback([o, run] { *run = [o] { return RunSummarize(*o); }; });
}

}  // namespace precis::cli
