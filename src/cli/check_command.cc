// precis check: faithfulness and attribution of a summary against its sources, or of a batch of
// summaries against a batch of clusters (paired by id). Works on any system's output.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "base/parallel.h"
#include "cli/commands.h"
#include "cli/input.h"
#include "eval/faithfulness.h"
#include "text/text_decoding.h"

namespace precis::cli {
namespace {

struct CheckOptions {
  std::string summary;
  std::vector<std::string> sources;
  std::string batch;
  std::string summaries;
  std::string language;
  bool json = false;
  bool details = false;
  int threads = 0;
};

struct SummaryRecord {
  std::string id;
  std::vector<std::string> sentences;
  std::vector<std::vector<int>> cited;
};

// Strips trailing citation markers, "[1][3]" (text output) or "[^1][^3]" (Markdown), from a
// summary line, returning them 0-based.
std::vector<int> StripMarkers(std::string* line) {
  std::vector<int> cited;
  while (true) {
    size_t end = line->find_last_not_of(" \t");
    if (end == std::string::npos || (*line)[end] != ']') break;
    size_t open = line->rfind('[', end);
    if (open == std::string::npos) break;
    std::string inner = line->substr(open + 1, end - open - 1);
    if (!inner.empty() && inner[0] == '^') inner.erase(0, 1);
    if (inner.empty() || inner.size() > 6 ||
        inner.find_first_not_of("0123456789") != std::string::npos) {
      break;
    }
    cited.insert(cited.begin(), std::stoi(inner) - 1);
    line->erase(open);
  }
  size_t end = line->find_last_not_of(" \t");
  line->erase(end == std::string::npos ? 0 : end + 1);
  return cited;
}

// A summary as `precis summarize` writes it (JSON, text or Markdown) or as plain text, one
// sentence per line. Text stops at the source list ("Sources:" or Markdown footnotes).
Status ParseSummary(std::string_view content, SummaryRecord* out) {
  size_t first = content.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return Status::InvalidArgument("the summary is empty");
  if (content[first] == '{') {
    nlohmann::json j = nlohmann::json::parse(content, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      return Status::InvalidArgument("the summary is not valid JSON");
    }
    if (j.contains("id") && j["id"].is_string()) out->id = j["id"].get<std::string>();
    if (j.contains("id") && j["id"].is_number()) out->id = j["id"].dump();
    if (j.contains("sentences") && j["sentences"].is_array() && !j["sentences"].empty()) {
      for (const auto& s : j["sentences"]) {
        if (!s.is_object() || !s.contains("text") || !s["text"].is_string()) {
          return Status::InvalidArgument("a sentence has no \"text\" string");
        }
        out->sentences.push_back(s["text"].get<std::string>());
        std::vector<int> cited;
        if (s.contains("sources") && s["sources"].is_array()) {
          for (const auto& d : s["sources"]) {
            if (!d.is_number_integer()) {
              return Status::InvalidArgument("\"sources\" must hold document indices");
            }
            cited.push_back(d.get<int>());
          }
        }
        out->cited.push_back(std::move(cited));
      }
      return Status::OK();
    }
    if (j.contains("summary") && j["summary"].is_string()) {
      std::string text = j["summary"].get<std::string>();
      SummaryRecord lines;
      Status s = ParseSummary(text, &lines);
      out->sentences = std::move(lines.sentences);
      out->cited = std::move(lines.cited);
      return s;
    }
    return Status::InvalidArgument("the summary JSON has neither \"sentences\" nor \"summary\"");
  }
  size_t pos = 0;
  while (pos < content.size()) {
    size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    std::string line(content.substr(pos, eol - pos));
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line == "Sources:" || line.rfind("[^", 0) == 0) break;  // the source list
    if (line == "## Summary") continue;
    std::vector<int> cited = StripMarkers(&line);
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    out->sentences.push_back(std::move(line));
    out->cited.push_back(std::move(cited));
  }
  if (out->sentences.empty()) return Status::InvalidArgument("the summary has no sentences");
  return Status::OK();
}

eval::FaithfulnessReport CheckOne(const SummaryRecord& summary, const std::vector<Document>& docs,
                                  const std::string& language) {
  std::vector<std::string_view> texts;
  for (const Document& d : docs) texts.push_back(d.text);
  eval::FaithfulnessChecker checker(texts, language);
  return checker.Check(summary.sentences, summary.cited);
}

int Print(const eval::FaithfulnessReport& report, const CheckOptions& o) {
  std::string rendered = o.json ? eval::FaithfulnessJson(report, o.details)
                                : eval::FaithfulnessText(report, o.details);
  std::fwrite(rendered.data(), 1, rendered.size(), stdout);
  return std::fflush(stdout) == 0 ? kExitOk : kExitInternal;
}

int RunSingle(const CheckOptions& o) {
  if (o.sources.empty()) {
    std::fprintf(stderr, "precis: no sources (give article files, a folder, or -)\n");
    return kExitUsage;
  }
  if (o.summary == "-" && std::find(o.sources.begin(), o.sources.end(), "-") != o.sources.end()) {
    std::fprintf(stderr, "precis: the summary and the sources cannot both come from stdin\n");
    return kExitUsage;
  }
  std::string bytes, decoded;
  Status s = ReadFileBytes(o.summary, &bytes);
  std::string note;
  if (s.ok()) s = text::DecodeText(bytes, &decoded, &note);
  SummaryRecord summary;
  if (s.ok()) s = ParseSummary(decoded, &summary);
  if (!s.ok()) {
    std::fprintf(stderr, "precis: %s: %s\n", o.summary.c_str(), s.message().c_str());
    return kExitInputError;
  }
  std::vector<Document> docs;
  std::vector<std::string> notes;
  s = ReadDocuments(o.sources, &docs, &notes);
  if (!s.ok()) {
    std::fprintf(stderr, "precis: %s\n", s.message().c_str());
    return kExitInputError;
  }
  return Print(CheckOne(summary, docs, o.language), o);
}

int RunBatch(const CheckOptions& o) {
  std::vector<JsonlLine> cluster_lines, summary_lines;
  Status s = ReadJsonlLines(o.batch, &cluster_lines);
  if (s.ok()) s = ReadJsonlLines(o.summaries, &summary_lines);
  if (!s.ok()) {
    std::fprintf(stderr, "precis: %s\n", s.message().c_str());
    return kExitInputError;
  }
  size_t failed = 0;
  std::map<std::string, SummaryRecord> summaries;
  for (const JsonlLine& line : summary_lines) {
    const size_t n = line.number;
    SummaryRecord r;
    Status ps = ParseSummary(line.text, &r);
    if (ps.ok() && r.id.empty()) ps = Status::InvalidArgument("no \"id\"");
    if (!ps.ok()) {
      std::fprintf(stderr, "precis: %s:%zu: %s\n", o.summaries.c_str(), n, ps.message().c_str());
      ++failed;
      continue;
    }
    std::string id = r.id;
    if (!summaries.emplace(id, std::move(r)).second) {
      std::fprintf(stderr, "precis: %s:%zu: duplicate id %s (first kept)\n", o.summaries.c_str(), n,
                   id.c_str());
    }
  }
  std::vector<eval::FaithfulnessReport> reports(cluster_lines.size());
  std::vector<std::string> errors(cluster_lines.size());
  std::vector<uint8_t> matched(cluster_lines.size(), 0);
  std::map<std::string, int> seen;
  ParallelFor(cluster_lines.size(), o.threads, [&](size_t i) {
    BatchRecord record;
    Status rs = ParseBatchRecord(cluster_lines[i].text, &record);
    if (!rs.ok()) {
      errors[i] = fmt::format("{}:{}: {}", o.batch, cluster_lines[i].number, rs.message());
      return;
    }
    auto it = summaries.find(record.id);
    if (it == summaries.end()) {
      errors[i] =
          fmt::format("{}:{}: id {}: no summary", o.batch, cluster_lines[i].number, record.id);
      return;
    }
    matched[i] = 1;
    reports[i] = CheckOne(it->second, record.documents, o.language);
  });
  eval::FaithfulnessReport total;
  for (size_t i = 0; i < reports.size(); ++i) {
    if (!errors[i].empty()) {
      std::fprintf(stderr, "precis: %s\n", errors[i].c_str());
      ++failed;
      continue;
    }
    total.Add(reports[i]);
  }
  size_t used = 0;
  for (uint8_t m : matched) used += m;
  if (used < summaries.size()) {
    std::fprintf(stderr, "precis: %zu summar%s had no cluster with the same id\n",
                 summaries.size() - used, summaries.size() - used == 1 ? "y" : "ies");
    failed += summaries.size() - used;
  }
  int rc = Print(total, o);
  if (rc != kExitOk) return rc;
  return failed ? kExitPartial : kExitOk;
}

int RunCheck(const CheckOptions& o) {
  if (!o.batch.empty() || !o.summaries.empty()) {
    if (o.batch.empty() || o.summaries.empty() || !o.summary.empty() || !o.sources.empty()) {
      std::fprintf(stderr, "precis: --batch and --summaries go together, without other inputs\n");
      return kExitUsage;
    }
    return RunBatch(o);
  }
  if (o.summary.empty()) {
    std::fprintf(stderr,
                 "precis: give --summary FILE and the sources, or --batch and --summaries\n");
    return kExitUsage;
  }
  return RunSingle(o);
}

}  // namespace

void AddCheckCommand(CLI::App& app, std::function<int()>* run) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand(
      "check",
      "Check a summary against its sources: sentences found in them (verbatim or after "
      "deletions), numbers, dates, money and names the sources contain, citations that hold, "
      "and distinct sources cited.");
  cmd->footer(
      std::string(
          "Summary: the output of `precis summarize` (text, markdown or json) or any text with "
          "one sentence per line, optionally ending in markers [1][3] (1-based).\n"
          "Batch: --batch CLUSTERS.jsonl (the summarize batch input) with --summaries "
          "PRED.jsonl (lines {\"id\", \"summary\"} or the summarize batch output, whose "
          "\"sources\" are 0-based); summaries are paired with clusters by id and the report "
          "sums over all of them.\n"
          "A citation holds when the cited source contains the sentence, or when one of its "
          "sentences (or two adjacent ones) carries half the sentence's content words and all "
          "its numbers.\n") +
      kExitCodesHelp);
  cmd->add_option("sources", o->sources, "Source articles: files, a folder, or - (stdin)");
  cmd->add_option("--summary", o->summary, "The summary to check (a file, or - for stdin)");
  cmd->add_option("--batch", o->batch, "Clusters JSONL (as for summarize --batch)");
  cmd->add_option("--summaries", o->summaries, "Summaries JSONL, paired with --batch by id");
  cmd->add_option("--language,-l", o->language, "Language, ISO 639-1 (default: detected)");
  cmd->add_flag("--json", o->json, "Print the report as JSON");
  cmd->add_flag("--details,-d", o->details, "Report every sentence (single summary)");
  cmd->add_option("--threads,-j", o->threads, "With --batch: threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  cmd->callback([o, run] { *run = [o] { return RunCheck(*o); }; });
}

}  // namespace precis::cli
