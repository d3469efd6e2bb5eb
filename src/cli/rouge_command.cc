// precis rouge: a drop-in for ROUGE-1.5.5.pl, plus a JSONL mode.
#include <fmt/format.h>
#include <simdjson.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/commands.h"
#include "cli/input.h"
#include "eval/rouge.h"
#include "eval/rouge_run.h"

namespace precis::cli {
namespace {

struct RougeCommandOptions {
  eval::RougeOptions rouge;
  int max_ngram = 0;
  bool all = false;
  bool no_lcs = false;
  std::string length, bytes, data_dir, file_list_format, score_mode = "A", count_mode = "0";
  std::vector<std::string> positional;
  std::vector<std::string> root_map;
  std::string pred, ref, json_out, system_id = "X";
  bool table = false, jackknife = false, split_sentences = false, verbose = false;
};

std::string DataDir(const std::string& given) {
  if (!given.empty()) return given;
  if (const char* env = std::getenv("ROUGE_EVAL_HOME"); env && *env) return env;
#ifdef PRECIS_SOURCE_DIR
  std::string shared = std::string(PRECIS_SOURCE_DIR) + "/../shared/data/rouge";
  std::ifstream probe(shared + "/wordnet-2.0-exceptions.tsv");
  if (probe) return shared;
#endif
  return ".";
}

// Builds evaluations from JSONL predictions and references.
Status LoadJsonl(const RougeCommandOptions& o, std::vector<eval::RougeEval>* evals,
                 std::vector<std::string>* warnings) {
  using namespace simdjson;
  std::map<std::string, std::string> preds;
  std::vector<std::string> pred_order;
  std::vector<JsonlLine> lines;
  Status s = ReadJsonlLines(o.pred, &lines);
  if (!s.ok()) return s;
  dom::parser parser;
  auto get_id = [](dom::object obj, std::string* id) {
    dom::element v;
    if (obj["id"].get(v) != SUCCESS && obj["topic"].get(v) != SUCCESS) return false;
    if (v.is_string())
      *id = std::string(std::string_view(v));
    else if (v.is_int64())
      *id = std::to_string(int64_t(v));
    else
      return false;
    return true;
  };
  for (const JsonlLine& line : lines) {
    dom::element root;
    dom::object obj;
    std::string id;
    std::string_view summary;
    if (parser.parse(line.text).get(root) || root.get(obj) || !get_id(obj, &id)) {
      warnings->push_back(
          fmt::format("{}:{}: malformed prediction line skipped", o.pred, line.number));
      continue;
    }
    if (obj["summary"].get(summary)) {
      warnings->push_back(
          fmt::format("{}:{}: id {}: no \"summary\" string; skipped", o.pred, line.number, id));
      continue;
    }
    if (summary.find_first_not_of(" \t\r\n") == std::string_view::npos) {
      warnings->push_back(
          fmt::format("{}:{}: id {}: empty summary (scores 0)", o.pred, line.number, id));
    }
    if (!preds.emplace(id, std::string(summary)).second) {
      warnings->push_back(
          fmt::format("{}:{}: id {} repeated; the first is used", o.pred, line.number, id));
    } else {
      pred_order.push_back(id);
    }
  }
  lines.clear();
  s = ReadJsonlLines(o.ref, &lines);
  if (!s.ok()) return s;
  std::set<std::string> ref_ids;
  for (const JsonlLine& line : lines) {
    dom::element root, refs;
    dom::object obj;
    std::string id;
    if (parser.parse(line.text).get(root) || root.get(obj) || !get_id(obj, &id)) {
      warnings->push_back(
          fmt::format("{}:{}: malformed reference line skipped", o.ref, line.number));
      continue;
    }
    std::vector<std::pair<std::string, std::string>> models;
    if (obj["references"].get(refs) == SUCCESS) {
      if (refs.is_array()) {
        size_t k = 0;
        for (dom::element r : dom::array(refs)) {
          std::string mid = k < 26 ? std::string(1, static_cast<char>('A' + k)) : std::to_string(k);
          ++k;
          if (r.is_string()) models.emplace_back(mid, std::string(std::string_view(r)));
        }
      } else if (refs.is_object()) {
        for (auto [key, value] : dom::object(refs)) {
          if (value.is_string())
            models.emplace_back(std::string(key), std::string(std::string_view(value)));
        }
      } else if (refs.is_string()) {
        models.emplace_back("A", std::string(std::string_view(refs)));
      }
    }
    if (models.empty()) {
      warnings->push_back(
          fmt::format("{}:{}: id {} has no references; not scored", o.ref, line.number, id));
      continue;
    }
    ref_ids.insert(id);
    auto pred = preds.find(id);
    if (pred == preds.end()) {
      warnings->push_back(fmt::format("id {}: no prediction; not scored", id));
      continue;
    }
    eval::SummaryUnits peer = eval::SentenceUnits(pred->second, o.split_sentences);
    std::vector<std::pair<std::string, eval::SummaryUnits>> model_units;
    for (auto& [mid, text] : models)
      model_units.emplace_back(mid, eval::SentenceUnits(text, o.split_sentences));
    auto add_eval = [&](const std::string& eval_id, size_t left_out) {
      eval::RougeEval e;
      e.id = eval_id;
      e.peers.emplace_back(o.system_id, peer);
      // Texts used in one evaluation only are not worth caching; jackknifed ones are reused.
      const bool reused = o.jackknife && model_units.size() >= 2;
      e.peer_keys.push_back(reused ? "pred\n" + id : "");
      for (size_t m = 0; m < model_units.size(); ++m) {
        if (m == left_out) continue;
        e.models.push_back(model_units[m]);
        e.model_keys.push_back(reused ? "ref\n" + id + "\n" + model_units[m].first : "");
      }
      evals->push_back(std::move(e));
    };
    if (o.jackknife && model_units.size() >= 2) {
      for (size_t m = 0; m < model_units.size(); ++m) add_eval(id + "-" + model_units[m].first, m);
    } else {
      add_eval(id, model_units.size());
    }
  }
  for (const std::string& id : pred_order) {
    if (!ref_ids.count(id))
      warnings->push_back(fmt::format("id {}: prediction without references; not scored", id));
  }
  if (evals->empty())
    return Status::InvalidInput("nothing to score: no id has both a prediction and references");
  return Status::OK();
}

int RunRougeCommand(RougeCommandOptions& o) {
  eval::RougeOptions& r = o.rouge;
  r.max_ngram = o.max_ngram;
  r.rouge_l = !o.no_lcs;
  if (!o.length.empty() && !o.bytes.empty()) {
    std::fprintf(stderr,
                 "precis rouge: Please specify length limit in words or bytes but not both.\n");
    return kExitUsage;
  }
  r.length_limit = o.length.empty() ? 0 : std::strtol(o.length.c_str(), nullptr, 10);
  r.byte_limit = o.bytes.empty() ? 0 : std::strtol(o.bytes.c_str(), nullptr, 10);
  if (o.score_mode != "A" && o.score_mode != "B") {
    std::fprintf(stderr, "precis rouge: -f takes A or B\n");
    return kExitUsage;
  }
  r.score_mode = o.score_mode[0];
  r.count_mode = (o.count_mode == "1") ? 1 : (o.count_mode == "2") ? 2 : 0;
  if (!r.wlcs_weight.empty() && std::strtod(r.wlcs_weight.c_str(), nullptr) <= 0) {
    std::fprintf(stderr, "precis rouge: ROUGE-W weight factor must greater than 0.\n");
    return kExitUsage;
  }
  double conf = std::strtod(r.confidence.c_str(), nullptr);
  if (conf < 0 || conf > 100) {
    std::fprintf(stderr, "precis rouge: Confidence interval should be within 0 and 100.\n");
    return kExitUsage;
  }
  const std::string data = DataDir(o.data_dir);
  eval::RougeStemmer stemmer;
  if (r.stem) {
    Status s = stemmer.LoadExceptions(data + "/wordnet-2.0-exceptions.tsv");
    if (!s.ok()) {
      std::fprintf(stderr,
                   "precis rouge: %s (-m needs ROUGE's WordNet exception table; give its "
                   "folder with -e or ROUGE_EVAL_HOME)\n",
                   s.message().c_str());
      return kExitInputError;
    }
  }
  std::set<std::string> stopwords;
  if (r.remove_stopwords) {
    std::ifstream in(data + "/smart_common_words.txt");
    if (!in) {
      std::fprintf(stderr, "precis rouge: Cannot open %s/smart_common_words.txt\n", data.c_str());
      return kExitInputError;
    }
    std::string w;
    while (std::getline(in, w)) stopwords.insert(w);
  }

  std::vector<eval::RougeEval> evals;
  std::vector<std::string> peers;
  std::vector<std::string> warnings;
  Status s;
  if (!o.pred.empty() || !o.ref.empty()) {
    if (o.pred.empty() || o.ref.empty()) {
      std::fprintf(stderr, "precis rouge: --pred and --ref go together\n");
      return kExitUsage;
    }
    s = LoadJsonl(o, &evals, &warnings);
    peers = {o.system_id};
  } else {
    if (o.positional.empty()) {
      std::fprintf(stderr,
                   "precis rouge: Please specify the ROUGE configuration file (or --pred/--ref)\n");
      return kExitUsage;
    }
    const std::string& config = o.positional[0];
    if (!o.file_list_format.empty()) {
      std::string system = o.positional.size() > 1 ? o.positional[1] : "X";
      s = eval::LoadRougeFileList(config, o.file_list_format, system, &evals);
      peers = {system};
    } else {
      std::map<std::string, std::string> roots;
      for (const std::string& m : o.root_map) {
        size_t eq = m.find('=');
        if (eq == std::string::npos) {
          std::fprintf(stderr, "precis rouge: --root takes OLD=NEW\n");
          return kExitUsage;
        }
        roots[m.substr(0, eq)] = m.substr(eq + 1);
      }
      std::vector<std::string> all_peers;
      s = eval::LoadRougeConfig(config, roots, &evals, &all_peers);
      if (o.all) {
        peers = all_peers;
      } else if (o.positional.size() > 1) {
        peers = {o.positional[1]};
      } else {
        std::fprintf(stderr,
                     "precis rouge: Please specify a system ID to evaluate or use option '-a' to "
                     "evaluate all systems.\n");
        return kExitUsage;
      }
    }
  }
  if (!s.ok()) {
    for (const std::string& w : warnings)
      std::fprintf(stderr, "precis rouge: warning: %s\n", w.c_str());
    std::fprintf(stderr, "precis rouge: %s\n", s.message().c_str());
    return kExitInputError;
  }
  eval::RougeScorer scorer(r, &stemmer, std::move(stopwords));
  eval::RougeReport report = eval::RunRouge(evals, peers, &scorer, r);
  for (const std::string& w : warnings)
    std::fprintf(stderr, "precis rouge: warning: %s\n", w.c_str());
  for (const std::string& w : report.warnings) std::fprintf(stderr, "%s\n", w.c_str());
  if (o.table) {
    std::string t =
        "| system | metric | R | P | F | R mean | P mean | F mean "
        "|\n|---|---|---|---|---|---|---|---|\n";
    for (const std::string& peer : peers) {
      for (const std::string& tag : report.metric_tags) {
        const eval::RougeAverage& a = report.averages[peer][tag];
        t += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |\n", peer, tag,
                         eval::Format5(a.avg_r), eval::Format5(a.avg_p), eval::Format5(a.avg_f),
                         eval::Format5(a.mean_r), eval::Format5(a.mean_p), eval::Format5(a.mean_f));
      }
    }
    std::fwrite(t.data(), 1, t.size(), stdout);
  } else {
    std::fwrite(report.text.data(), 1, report.text.size(), stdout);
  }
  if (!o.json_out.empty()) {
    nlohmann::ordered_json j;
    j["evaluations"] = evals.size();
    for (const std::string& peer : peers) {
      for (const std::string& tag : report.metric_tags) {
        const eval::RougeAverage& a = report.averages[peer][tag];
        j["systems"][peer][tag] = {{"R", a.avg_r},
                                   {"P", a.avg_p},
                                   {"F", a.avg_f},
                                   {"R_conf", {a.low_r, a.high_r}},
                                   {"P_conf", {a.low_p, a.high_p}},
                                   {"F_conf", {a.low_f, a.high_f}},
                                   {"R_mean", a.mean_r},
                                   {"P_mean", a.mean_p},
                                   {"F_mean", a.mean_f},
                                   {"instances", a.instances}};
      }
    }
    std::ofstream out(o.json_out);
    out << j.dump(2) << "\n";
    if (!out) {
      std::fprintf(stderr, "precis rouge: cannot write %s\n", o.json_out.c_str());
      return kExitInternal;
    }
  }
  return std::fflush(stdout) == 0 ? kExitOk : kExitInternal;
}

}  // namespace

void AddRougeCommand(CLI::App& app, std::function<int()>* run) {
  auto o = std::make_shared<RougeCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "rouge", "Score summaries exactly as ROUGE-1.5.5.pl does (same options, config and output).");
  cmd->footer(
      std::string(
          "Usage as the script: precis rouge [options] CONFIG.xml [SYSTEM-ID], or with -z FORMAT a "
          "file "
          "list, or --pred P.jsonl --ref R.jsonl (prediction lines {\"id\",\"summary\"}, reference "
          "lines "
          "{\"id\",\"references\": [..] or {\"A\": ..}}; each line of a summary is one sentence "
          "unit).\n"
          "-m and -s read wordnet-2.0-exceptions.tsv and smart_common_words.txt from -e DIR, "
          "$ROUGE_EVAL_HOME, or ../shared/data/rouge.\n") +
      kExitCodesHelp);
  cmd->add_option("args", o->positional, "CONFIG [SYSTEM-ID]");
  cmd->add_flag("-a", o->all, "Evaluate all systems in the configuration");
  cmd->add_option("-c", o->rouge.confidence, "Confidence interval percentage (default 95)");
  cmd->add_flag("-d", o->rouge.per_eval, "Print per-evaluation scores");
  cmd->add_option("-e", o->data_dir, "Folder with ROUGE's data files");
  cmd->add_option("-b", o->bytes, "Use only the first N bytes of each summary (and reference)");
  cmd->add_option("-l", o->length, "Use only the first N words of each summary (and reference)");
  cmd->add_flag("-m", o->rouge.stem, "Stem with ROUGE's Porter stemmer and WordNet exceptions");
  cmd->add_option("-n", o->max_ngram, "Compute ROUGE-1 .. ROUGE-N");
  cmd->add_flag("-s", o->rouge.remove_stopwords, "Remove stop words (SMART list)");
  cmd->add_option("-r", o->rouge.resamples, "Bootstrap resamples (default 1000)");
  cmd->add_option("-2", o->rouge.skip_distance, "Skip-bigram with this maximum gap (ROUGE-S)");
  cmd->add_flag("-u", o->rouge.skip_unigrams, "Include unigrams in skip-bigrams (ROUGE-SU)");
  cmd->add_flag("-U", o->rouge.skip_both, "Compute both ROUGE-S and ROUGE-SU");
  cmd->add_option("-w", o->rouge.wlcs_weight, "ROUGE-W weight");
  cmd->add_flag("-v", o->verbose, "Accepted for compatibility");
  cmd->add_flag("-x", o->no_lcs, "Do not compute ROUGE-L");
  cmd->add_option("-f", o->score_mode, "Scoring formula: A (model average) or B (best model)");
  cmd->add_option("-p", o->rouge.alpha, "F-measure alpha (0..1)")->check(CLI::Range(0.0, 1.0));
  cmd->add_option("-t", o->count_mode, "Counting unit: 0 sentences, 1 tokens, 2 raw counts");
  cmd->add_option("-z", o->file_list_format, "CONFIG is a file list in SEE, SPL or ISI format");
  cmd->add_option("--pred", o->pred, "Predictions JSONL");
  cmd->add_option("--ref", o->ref, "References JSONL");
  cmd->add_option("--system", o->system_id, "System id printed in JSONL mode (default X)");
  cmd->add_flag(
      "--jackknife", o->jackknife,
      "JSONL mode: score against every leave-one-out subset of the references (NIST DUC)");
  cmd->add_flag("--split-sentences", o->split_sentences,
                "JSONL mode: split each line into sentences with precis's segmenter");
  cmd->add_option("--json", o->json_out, "Also write the averages as JSON to this file");
  cmd->add_flag("--table", o->table, "Print a compact table (resampled and plain means) instead");
  cmd->add_option("--root", o->root_map, "OLD=NEW: read a configuration's root folder OLD from NEW")
      ->allow_extra_args(false);
  cmd->callback([o, run] { *run = [o] { return RunRougeCommand(*o); }; });
}

}  // namespace precis::cli
