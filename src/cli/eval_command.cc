// precis eval: run methods over a data set and print one comparable table.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "eval/datasets.h"
#include "eval/evaluation.h"

namespace precis::cli {
namespace {

struct EvalOptions {
  std::string preset;
  std::vector<std::string> multinews;  // SRC TGT
  std::string clusters;
  size_t limit = 0;
  std::string methods;
  double words = 0;
  bool fill = false, no_fill = false;
  std::string json_out;
  std::string export_path;
  std::string model;
  std::string data_dir;
  int threads = 0;
};

int RunEval(const EvalOptions& o) {
  const std::string shared = std::string(PRECIS_SOURCE_DIR) + "/../shared/data";
  eval::EvaluationConfig config;
  config.threads = o.threads;
  const char* rouge_home = std::getenv("ROUGE_EVAL_HOME");
  config.rouge_data_dir = !o.data_dir.empty() ? o.data_dir
                          : rouge_home        ? rouge_home
                                              : shared + "/rouge";
  std::vector<eval::EvalCluster> clusters;
  Status s;
  // Presets fix the protocol each published figure uses.
  std::string preset = o.preset;
  if (preset.empty() && o.multinews.empty() && o.clusters.empty()) preset = "multinews-val";
  if (preset == "multinews-val" || !o.multinews.empty()) {
    // -n 2 -2 4 -u -m -l 230 -f A -p 0.5 -t 0, F1, summaries filled to 230 words.
    config.rouge.max_ngram = 2;
    config.rouge.skip_distance = "4";
    config.rouge.skip_unigrams = true;
    config.rouge.stem = true;
    config.rouge.length_limit = static_cast<long>(o.words > 0 ? o.words : 230);
    config.budget = Budget::Words(o.words > 0 ? o.words : 230, !o.no_fill);
    config.split_references = true;
    std::string src = o.multinews.size() == 2 ? o.multinews[0] : shared + "/multinews/val.src.xz";
    std::string tgt = o.multinews.size() == 2 ? o.multinews[1] : shared + "/multinews/val.tgt.xz";
    s = eval::ReadMultiNews(src, tgt, o.limit, &clusters);
  } else if (preset == "duc2006" || !o.clusters.empty()) {
    // Generic 250-word summaries, ROUGE-2 and SU4 recall, stemmed, jackknifed (NIST's DUC setup).
    config.rouge.max_ngram = 2;
    config.rouge.skip_distance = "4";
    config.rouge.skip_unigrams = true;
    config.rouge.stem = true;
    config.rouge.length_limit = static_cast<long>(o.words > 0 ? o.words : 250);
    config.budget = Budget::Words(o.words > 0 ? o.words : 250, o.fill);
    config.split_references = false;
    config.jackknife = true;
    config.use_recall = true;
    s = eval::ReadClusterJsonl(
        o.clusters.empty() ? shared + "/duc2006/duc2006.jsonl.xz" : o.clusters, o.limit, &clusters);
  } else {
    std::fprintf(stderr, "precis eval: unknown preset '%s' (multinews-val, duc2006)\n",
                 preset.c_str());
    return kExitUsage;
  }
  if (!s.ok()) {
    std::fprintf(stderr, "precis eval: %s\n", s.message().c_str());
    return kExitInputError;
  }
  if (!o.export_path.empty()) {
    // The data set as batch JSONL (plus references), for `summarize --batch` and `rouge --ref`.
    std::ofstream out(o.export_path, std::ios::binary | std::ios::trunc);
    for (const eval::EvalCluster& c : clusters) {
      nlohmann::ordered_json j;
      j["id"] = c.id;
      j["documents"] = nlohmann::ordered_json::array();
      for (const Document& d : c.documents) j["documents"].push_back(d.text);
      nlohmann::ordered_json refs = nlohmann::ordered_json::object();
      for (const auto& [rid, text] : c.references) refs[rid] = text;
      j["references"] = refs;
      out << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    }
    if (!out) {
      std::fprintf(stderr, "precis eval: cannot write %s\n", o.export_path.c_str());
      return kExitInternal;
    }
    std::fprintf(stderr, "precis eval: wrote %zu clusters to %s\n", clusters.size(),
                 o.export_path.c_str());
    return kExitOk;
  }
  if (!o.methods.empty() && o.methods != "all") {
    std::stringstream ss(o.methods);
    std::string m;
    while (std::getline(ss, m, ',')) config.methods.push_back(m);
  }
  std::unique_ptr<Summarizer> summarizer;
  SummarizerConfig sc;
  sc.model_path = o.model;
  s = Summarizer::Create(sc, &summarizer);
  if (!s.ok()) {
    std::fprintf(stderr, "precis eval: %s\n", s.message().c_str());
    return kExitInputError;
  }
  for (const std::string& m : config.methods) {
    bool known = false;
    for (const std::string& k : Summarizer::Methods()) known |= k == m;
    if (!known) {
      std::fprintf(stderr, "precis eval: unknown method '%s'\n", m.c_str());
      return kExitUsage;
    }
  }
  std::vector<eval::MethodResult> results;
  s = eval::Evaluate(clusters, *summarizer, config, &results);
  if (!s.ok()) {
    std::fprintf(stderr, "precis eval: %s\n", s.message().c_str());
    return kExitInputError;
  }
  std::printf("%zu clusters; ROUGE-1.5.5 %s, %s\n\n", clusters.size(),
              config.jackknife ? "jackknifed" : "single reference",
              config.use_recall ? "recall" : "F1");
  std::string table = eval::ResultsMarkdown(results, config.use_recall);
  std::fwrite(table.data(), 1, table.size(), stdout);
  if (!o.json_out.empty()) {
    std::ofstream out(o.json_out);
    out << eval::ResultsJson(results);
    if (!out) {
      std::fprintf(stderr, "precis eval: cannot write %s\n", o.json_out.c_str());
      return kExitInternal;
    }
  }
  return kExitOk;
}

}  // namespace

void AddEvalCommand(CLI::App& app, std::function<int()>* run) {
  auto o = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "Run summarization methods over a data set and print ROUGE, attribution and speed.");
  cmd->footer(std::string("Presets: multinews-val (default; F1 at a 230-word cut, -n 2 -2 4 -u -m "
                          "-l 230) and duc2006 (recall at 250 words, jackknifed).\n") +
              kExitCodesHelp);
  cmd->add_option("--preset", o->preset, "multinews-val or duc2006");
  cmd->add_option("--multinews", o->multinews, "Multi-News SRC TGT files (.xz read directly)")
      ->expected(2);
  cmd->add_option("--clusters", o->clusters, "JSONL clusters with references (DUC 2006 format)");
  cmd->add_option("--limit", o->limit, "Use only the first N clusters");
  cmd->add_option("--methods", o->methods, "Comma-separated methods, or all (default)");
  cmd->add_option("--words", o->words, "Word budget (default from the preset)");
  cmd->add_flag("--fill", o->fill, "Fill summaries to the budget (the Multi-News preset does)");
  cmd->add_flag("--no-fill", o->no_fill, "Cap summaries at the budget instead of filling");
  cmd->add_option("--json", o->json_out, "Also write the results as JSON");
  cmd->add_option("--export", o->export_path,
                  "Write the data set as batch JSONL ({id, documents, references}) and stop");
  cmd->add_option("--model", o->model, "Model file (default: the shipped one)");
  cmd->add_option("-e,--rouge-data", o->data_dir, "Folder with ROUGE's data files");
  cmd->add_option("--threads,-j", o->threads, "Threads for summarization (default: all cores)");
  cmd->callback([o, run] { *run = [o] { return RunEval(*o); }; });
}

}  // namespace precis::cli
