#include "eval/rouge_run.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <re2/re2.h>

#include "text/sentence_splitter.h"

#include <strings.h>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

namespace precis::eval {
namespace {

std::string LowerAscii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return s;
}

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n\f");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n\f");
  return s.substr(b, e - b + 1);
}

std::string NodeText(xmlNode* node) {
  std::string out;
  for (xmlNode* c = node->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE && c->content) out += reinterpret_cast<const char*>(c->content);
  }
  return Trim(out);
}

std::string Attr(xmlNode* node, const char* name) {
  xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

bool NameIs(xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE &&
         strcasecmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

std::string Join(const std::string& root, const std::string& file) {
  return root.empty() ? file : root + "/" + file;
}

}  // namespace

SummaryUnits SplitSummaryUnits(std::string_view text, const std::string& format) {
  static const RE2 see1(
      R"re(^<a size="[0-9]+" name="[0-9]+">\[([0-9]+)\]</a>\s+<a href="\#[0-9]+" id=[0-9]+>([^<]+))re");
  static const RE2 see2(
      R"re(^<a name="[0-9]+">\[([0-9]+)\]</a>\s+<a href="\#[0-9]+" id=[0-9]+>([^<]+))re");
  static const RE2 isi(R"re(^<S SNTNO="[0-9a-z,]+">([^<]+)</S>)re");
  SummaryUnits units;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string line(text.substr(pos, end - pos));
    pos = end + 1;
    std::string unit;
    if (format == "SPL") {
      if (line.empty()) continue;
      unit = line;
    } else if (format == "SEE") {
      std::string number;
      if (!RE2::PartialMatch(line, see1, &number, &unit) &&
          !RE2::PartialMatch(line, see2, &number, &unit)) {
        continue;
      }
    } else {  // ISI
      if (!RE2::PartialMatch(line, isi, &unit)) continue;
    }
    units.push_back(LowerAscii(std::move(unit)));
  }
  return units;
}

SummaryUnits SentenceUnits(std::string_view text, bool split_sentences) {
  if (!split_sentences) return SplitSummaryUnits(text, "SPL");
  SummaryUnits units;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = std::min(text.find('\n', pos), text.size());
    for (std::string& s : text::SplitSentencesToStrings(text.substr(pos, end - pos))) {
      units.push_back(LowerAscii(std::move(s)));
    }
    pos = end + 1;
  }
  return units;
}

Status ReadSummaryUnits(const std::string& path, const std::string& format, SummaryUnits* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("Cannot open " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  *out = SplitSummaryUnits(ss.str(), format);
  return Status::OK();
}

Status LoadRougeConfig(const std::string& path, const std::map<std::string, std::string>& root_map,
                       std::vector<RougeEval>* evals, std::vector<std::string>* peer_ids) {
  xmlDocPtr doc =
      xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
  if (!doc) return Status::InvalidInput(path + ": not a well-formed ROUGE XML configuration");
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> guard(doc, xmlFreeDoc);
  xmlNode* root = xmlDocGetRootElement(doc);
  std::set<std::string> peers_seen;
  std::map<std::string, SummaryUnits> file_cache;
  auto map_root = [&](const std::string& r) {
    auto it = root_map.find(r);
    return it == root_map.end() ? r : it->second;
  };
  auto load = [&](const std::string& file, const std::string& format, SummaryUnits* units) {
    std::string key = format + "\n" + file;
    auto it = file_cache.find(key);
    if (it != file_cache.end()) {
      *units = it->second;
      return Status::OK();
    }
    Status s = ReadSummaryUnits(file, format, units);
    if (s.ok()) file_cache[key] = *units;
    return s;
  };
  evals->clear();
  for (xmlNode* e = root ? root->children : nullptr; e; e = e->next) {
    if (!NameIs(e, "EVAL")) continue;
    RougeEval eval;
    eval.id = Attr(e, "ID");
    if (eval.id.empty()) return Status::InvalidInput(path + ": an EVAL without an ID");
    std::string peer_root, model_root, format = "SPL";
    std::vector<std::pair<std::string, std::string>> peer_files, model_files;
    for (xmlNode* c = e->children; c; c = c->next) {
      if (NameIs(c, "PEER-ROOT"))
        peer_root = map_root(NodeText(c));
      else if (NameIs(c, "MODEL-ROOT"))
        model_root = map_root(NodeText(c));
      else if (NameIs(c, "INPUT-FORMAT")) {
        format = Attr(c, "TYPE");
        for (char& ch : format) ch = static_cast<char>(toupper(static_cast<unsigned char>(ch)));
        if (format != "SPL" && format != "SEE" && format != "ISI") {
          return Status::InvalidInput(path + ": EVAL " + eval.id + ": unknown input type '" +
                                      format + "'");
        }
      } else if (NameIs(c, "PEERS") || NameIs(c, "MODELS")) {
        bool is_peers = NameIs(c, "PEERS");
        for (xmlNode* p = c->children; p; p = p->next) {
          if (!NameIs(p, is_peers ? "P" : "M")) continue;
          (is_peers ? peer_files : model_files).emplace_back(Attr(p, "ID"), NodeText(p));
        }
      }
    }
    for (const auto& [id, file] : peer_files) {
      SummaryUnits units;
      std::string full = Join(peer_root, file);
      Status s = load(full, format, &units);
      if (!s.ok()) return s.WithContext(path + ": EVAL " + eval.id);
      eval.peers.emplace_back(id, std::move(units));
      eval.peer_keys.push_back(format + "\n" + full);
      if (peers_seen.insert(id).second) peer_ids->push_back(id);
    }
    for (const auto& [id, file] : model_files) {
      SummaryUnits units;
      std::string full = Join(model_root, file);
      Status s = load(full, format, &units);
      if (!s.ok())
        return Status::NotFound(path + ": EVAL " + eval.id +
                                ": Cannot find model summary: " + full);
      eval.models.emplace_back(id, std::move(units));
      eval.model_keys.push_back(format + "\n" + full);
    }
    evals->push_back(std::move(eval));
  }
  if (evals->empty()) return Status::InvalidInput(path + ": no EVAL elements");
  std::sort(peer_ids->begin(), peer_ids->end());
  return Status::OK();
}

Status LoadRougeFileList(const std::string& path, const std::string& format,
                         const std::string& system_id, std::vector<RougeEval>* evals) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("Cannot open " + path);
  std::string line;
  int eval_id = 1;
  while (std::getline(in, line)) {
    std::string t = Trim(line);
    if (t.empty() || line[0] == '#') continue;
    std::istringstream fields(t);
    std::vector<std::string> files;
    std::string f;
    while (fields >> f) files.push_back(f);
    if (files.size() < 2) {
      return Status::InvalidInput(path +
                                  ": File list has to have at least 2 filenames per line "
                                  "(peer model1 model2 ... modelN)");
    }
    RougeEval eval;
    eval.id = std::to_string(eval_id++);
    SummaryUnits units;
    Status s = ReadSummaryUnits(files[0], format, &units);
    if (!s.ok()) return s;
    eval.peers.emplace_back(system_id, std::move(units));
    eval.peer_keys.push_back(format + "\n" + files[0]);
    for (size_t m = 1; m < files.size(); ++m) {
      s = ReadSummaryUnits(files[m], format, &units);
      if (!s.ok()) return Status::NotFound("Cannot find model summary: " + files[m]);
      eval.models.emplace_back("M." + std::to_string(m), units);
      eval.model_keys.push_back(format + "\n" + files[m]);
    }
    evals->push_back(std::move(eval));
  }
  return Status::OK();
}

namespace {

// Perl's by_evalID: numeric on leading digits when both ids have them, else string order.
bool ByEvalId(const std::string& a, const std::string& b) {
  auto lead = [](const std::string& s, long long* v) {
    size_t i = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == 0) return false;
    *v = std::strtoll(s.substr(0, i).c_str(), nullptr, 10);
    return true;
  };
  long long x, y;
  if (lead(a, &x) && lead(b, &y)) return x < y;
  return a < b;
}

std::string PerlNumber(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

}  // namespace

RougeReport RunRouge(const std::vector<RougeEval>& evals, const std::vector<std::string>& peer_ids,
                     RougeScorer* scorer, const RougeOptions& options) {
  RougeReport report;
  const auto& metrics = scorer->metrics();
  for (const RougeMetric& m : metrics) report.metric_tags.push_back(m.tag);
  std::string& out = report.text;
  std::set<std::pair<std::string, std::string>> warned;
  for (const std::string& peer : peer_ids) {
    // Score every evaluation of this peer once, for all metrics.
    std::vector<std::pair<std::string, std::vector<EvalScore>>> per_eval;
    for (const RougeEval& eval : evals) {
      size_t p = 0;
      while (p < eval.peers.size() && eval.peers[p].first != peer) ++p;
      if (p == eval.peers.size()) {
        if (warned.emplace(eval.id, peer).second) {
          report.warnings.push_back("*ROUGE Warning: test instance for peer " + peer +
                                    " does not exist for evaluation " + eval.id);
        }
        continue;
      }
      std::vector<const SummaryUnits*> models;
      for (const auto& m : eval.models) models.push_back(&m.second);
      per_eval.emplace_back(
          eval.id + "." + peer,
          scorer->Score(eval.peers[p].second, models, eval.peer_keys[p], eval.model_keys));
    }
    for (size_t k = 0; k < metrics.size(); ++k) {
      std::vector<std::pair<std::string, EvalScore>> instances;
      std::map<std::string, EvalScore> unique;  // the script keeps the first score per test id
      for (const auto& [id, scores] : per_eval) {
        if (unique.emplace(id, scores[k]).second) instances.emplace_back(id, scores[k]);
      }
      RougeAverage avg = scorer->Average(instances);
      report.averages[peer][metrics[k].tag] = avg;
      const std::string& tag = metrics[k].tag;
      out += "---------------------------------------------\n";
      if (options.count_mode != 2) {
        const std::string& c = options.confidence;
        out += peer + " " + tag + " Average_R: " + Format5(avg.avg_r) + " (" + c + "%-conf.int. " +
               Format5(avg.low_r) + " - " + Format5(avg.high_r) + ")\n";
        out += peer + " " + tag + " Average_P: " + Format5(avg.avg_p) + " (" + c + "%-conf.int. " +
               Format5(avg.low_p) + " - " + Format5(avg.high_p) + ")\n";
        out += peer + " " + tag + " Average_F: " + Format5(avg.avg_f) + " (" + c + "%-conf.int. " +
               Format5(avg.low_f) + " - " + Format5(avg.high_f) + ")\n";
      } else {
        out += peer + " " + tag +
               " M_count: " + std::to_string(static_cast<long long>(avg.count_m)) +
               " P_count: " + std::to_string(static_cast<long long>(avg.count_p)) +
               " H_count: " + std::to_string(static_cast<long long>(avg.count_h)) + "\n";
      }
      if (options.per_eval) {
        out += ".............................................\n";
        std::vector<std::pair<std::string, EvalScore>> sorted(instances);
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto& a, const auto& b) { return ByEvalId(a.first, b.first); });
        for (const auto& [id, s] : sorted) {
          if (options.count_mode == 0) {
            out += peer + " " + tag + " Eval " + id + " R:" + Format5(s.r) + " P:" + Format5(s.p) +
                   " F:" + Format5(s.f) + "\n";
          } else {
            out += peer + " " + tag + " Eval " + id + " R:" + PerlNumber(s.r) +
                   " P:" + PerlNumber(s.p) + " F:" + PerlNumber(s.f) + "\n";
          }
        }
      }
    }
  }
  return report;
}

}  // namespace precis::eval
