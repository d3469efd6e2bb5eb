// precis cluster: articles (JSONL, a file or standard input) in, stories (JSONL) out.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/commands.h"
#include "cli/input.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "precis/story_clusterer.h"
#include "precis/summarizer.h"

namespace precis::cli {
namespace {

struct ClusterOptions {
  std::string input = "-";
  std::string out;
  std::string mode = "incremental";
  std::string state;
  bool summarize = false;
  double words = 120;
  double threshold = -1;
  double quiet_days = 3;
  std::string model;
  int threads = 0;
  bool quiet = false;
};

// Articles are assigned in chunks: each chunk is analyzed in parallel, then assigned in order.
constexpr size_t kChunk = 4096;

class ClusterRun {
 public:
  explicit ClusterRun(const ClusterOptions& o) : o_(o) {}

  int Run() {
    StoryConfig config;
    config.model_path = o_.model;
    config.join_threshold = o_.threshold;
    config.quiet_days = o_.quiet_days;
    config.threads = o_.threads;
    if (o_.mode != "incremental" && o_.mode != "batch") {
      std::fprintf(stderr, "precis cluster: --mode must be incremental or batch\n");
      return kExitUsage;
    }
    if (o_.mode == "batch" && !o_.state.empty()) {
      std::fprintf(stderr, "precis cluster: --state goes with --mode incremental\n");
      return kExitUsage;
    }
    std::unique_ptr<StoryClusterer> clusterer;
    if (o_.mode == "incremental") {
      if (Status s = StoryClusterer::Create(config, &clusterer); !s.ok()) return Fail(s);
      if (!o_.state.empty() && std::ifstream(o_.state).good()) {
        if (Status s = clusterer->Load(o_.state); !s.ok()) return Fail(s);
        earlier_articles_ = clusterer->articles();
        if (!o_.quiet) {
          std::fprintf(stderr, "precis cluster: continuing %s (%zu articles so far)\n",
                       o_.state.c_str(), clusterer->articles());
        }
      }
    }
    std::vector<Story> seen_stories;
    if (clusterer) clusterer->Stories(&seen_stories);
    for (const Story& s : seen_stories) {
      for (const std::string& id : s.article_ids) used_ids_.insert(id);
    }

    std::ifstream file;
    std::istream* in = &std::cin;
    if (o_.input != "-") {
      file.open(o_.input, std::ios::binary);
      if (!file) {
        std::fprintf(stderr, "precis cluster: %s: cannot open\n", o_.input.c_str());
        return kExitInputError;
      }
      in = &file;
    }
    const std::string name = o_.input == "-" ? "<stdin>" : o_.input;
    Progress progress("cluster", 0);
    std::vector<Document> chunk;
    std::vector<size_t> chunk_lines;
    std::vector<std::vector<std::string>> chunk_notes;
    std::string line;
    size_t line_number = 0;
    auto flush = [&] {
      if (chunk.empty()) return;
      if (clusterer) {
        std::vector<ArticleAssignment> assignments;
        clusterer->AddBatch(chunk, &assignments);
        for (size_t i = 0; i < chunk.size(); ++i) {
          for (const std::string& w : assignments[i].warnings) chunk_notes[i].push_back(w);
        }
      }
      for (size_t i = 0; i < chunk.size(); ++i) {
        for (const std::string& w : chunk_notes[i]) Warn(name, chunk_lines[i], chunk[i].id, w);
        if (o_.summarize || !clusterer) {
          documents_.push_back(std::move(chunk[i]));
          document_lines_.push_back(chunk_lines[i]);
        }
      }
      progress.Update(line_number);
      chunk.clear();
      chunk_lines.clear();
      chunk_notes.clear();
    };
    while (std::getline(*in, line)) {
      ++line_number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      Document doc;
      std::vector<std::string> notes;
      Status s = ParseArticleRecord(line, &doc);
      if (!s.ok()) {
        // Kept as an empty article, so the line still comes out as a (flagged) story.
        // Its id, if it was read, is kept.
        ++bad_records_;
        std::string id = std::move(doc.id);
        doc = Document();
        doc.id = std::move(id);
        notes.push_back(s.message() + "; kept as an empty story");
      }
      if (doc.id.empty()) {
        doc.id = "line-" + std::to_string(line_number);
        if (s.ok()) notes.push_back("no \"id\"; named " + doc.id);
      }
      if (!used_ids_.insert(doc.id).second) {
        std::string renamed;
        for (int k = 2;; ++k) {
          renamed = doc.id + "#" + std::to_string(k);
          if (used_ids_.insert(renamed).second) break;
        }
        notes.push_back("id \"" + doc.id + "\" seen before; this one is \"" + renamed + "\"");
        doc.id = renamed;
      }
      if (s.ok() && doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
        notes.push_back("no text");
      }
      chunk.push_back(std::move(doc));
      chunk_lines.push_back(line_number);
      chunk_notes.push_back(std::move(notes));
      if (chunk.size() == kChunk) flush();
    }
    flush();
    progress.Finish();
    if (line_number == 0 ||
        (documents_.empty() && clusterer && clusterer->articles() == earlier_articles_)) {
      std::fprintf(stderr, "precis cluster: %s: no articles (empty input)\n", name.c_str());
      return kExitInputError;
    }

    std::vector<Story> stories;
    if (clusterer) {
      clusterer->Stories(&stories);
    } else {
      std::vector<std::vector<std::string>> warnings;
      if (Status s = ClusterArchive(documents_, config, &stories, &warnings); !s.ok()) {
        return Fail(s);
      }
      for (size_t i = 0; i < documents_.size(); ++i) {
        for (const std::string& w : warnings[i])
          Warn(name, document_lines_[i], documents_[i].id, w);
      }
    }
    if (clusterer && !o_.state.empty()) {
      if (Status s = clusterer->Save(o_.state); !s.ok()) return Fail(s);
    }
    int rc = Write(stories);
    if (rc != kExitOk) return rc;
    if (bad_records_ > 0) {
      std::fprintf(stderr, "precis cluster: %zu record(s) could not be read (see above)\n",
                   bad_records_);
      return kExitPartial;
    }
    return kExitOk;
  }

 private:
  int Fail(const Status& s) {
    std::fprintf(stderr, "precis cluster: %s\n", s.message().c_str());
    return s.code() == Status::Code::kIOError ? kExitInternal : kExitInputError;
  }

  void Warn(const std::string& name, size_t line, const std::string& id, const std::string& what) {
    if (o_.quiet) return;
    std::fprintf(stderr, "precis: %s:%zu: id %s: %s\n", name.c_str(), line, id.c_str(),
                 what.c_str());
  }

  int Write(const std::vector<Story>& stories) {
    OutputTarget target;
    if (Status s = target.Open(o_.out); !s.ok()) {
      std::fprintf(stderr, "precis cluster: %s\n", s.message().c_str());
      return kExitInternal;
    }
    std::ostream* out = &target.stream();
    std::unique_ptr<Summarizer> summarizer;
    if (o_.summarize) {
      SummarizerConfig sc;
      sc.model_path = o_.model;
      if (Status s = Summarizer::Create(sc, &summarizer); !s.ok()) return Fail(s);
    }
    // Articles of this run by arrival number (a continued index numbers earlier runs first).
    const size_t first_new = earlier_articles_;
    for (const Story& story : stories) {
      nlohmann::ordered_json j;
      j["story"] = story.id;
      j["articles"] = story.article_ids;
      nlohmann::json groups = nlohmann::json::array();
      for (const auto& group : story.syndicated) {
        nlohmann::json ids = nlohmann::json::array();
        for (size_t a : group) {
          auto it = std::lower_bound(story.articles.begin(), story.articles.end(), a);
          ids.push_back(story.article_ids[static_cast<size_t>(it - story.articles.begin())]);
        }
        groups.push_back(std::move(ids));
      }
      j["syndicated"] = std::move(groups);
      j["title"] = story.title;
      if (!story.first_date.empty()) {
        j["first_date"] = story.first_date;
        j["last_date"] = story.last_date;
      }
      if (story.non_article) j["non_article"] = true;
      if (summarizer && !story.non_article) {
        std::vector<Document> docs;
        for (size_t a : story.articles) {
          if (a >= first_new && a - first_new < documents_.size()) {
            docs.push_back(documents_[a - first_new]);
          }
        }
        SummaryOptions so;
        so.budget = Budget::Words(o_.words);
        Summary summary;
        if (docs.empty()) {
          j["summary"] = "";
        } else if (Status s = summarizer->Summarize(docs, so, &summary); s.ok()) {
          j["summary"] = summary.Text();
          if (docs.size() < story.articles.size()) {
            j["summary_note"] =
                "summary of the " + std::to_string(docs.size()) + " article(s) read in this run";
          }
        } else {
          j["summary"] = "";
          j["summary_error"] = s.message();
        }
      }
      *out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
    out->flush();
    if (!*out) {
      std::fprintf(stderr, "precis cluster: output could not be written\n");
      return kExitInternal;
    }
    return kExitOk;
  }

  const ClusterOptions& o_;
  std::vector<Document> documents_;     // this run's articles, kept for batch mode and --summarize
  std::vector<size_t> document_lines_;  // the input line of each of documents_
  size_t earlier_articles_ = 0;         // articles loaded from --state
  std::set<std::string> used_ids_;
  size_t bad_records_ = 0;
};

}  // namespace

void AddClusterCommand(CLI::App& app, std::function<int()>* run) {
  auto o = std::make_shared<ClusterOptions>();
  CLI::App* cmd = app.add_subcommand(
      "cluster",
      "Group a stream of articles into stories. Input: JSONL, one article per line "
      "({\"id\", \"text\", \"title\", \"url\", \"source\", \"date\"}). Output: one story per line "
      "({\"story\", \"articles\", \"syndicated\", \"title\", ...}); every input line appears in "
      "exactly one story.");
  cmd->footer(kExitCodesHelp);
  cmd->add_option("input", o->input, "Articles JSONL (default: standard input)");
  cmd->add_option("--out,-o", o->out, "Write stories here (default: standard output)");
  cmd->add_option("--mode", o->mode,
                  "incremental (default: one pass in arrival order) or batch (whole input, "
                  "clustered globally)");
  cmd->add_option("--state", o->state,
                  "Incremental index file: loaded at the start if it exists, saved at the end, so "
                  "a later run continues the same stories");
  cmd->add_flag("--summarize", o->summarize, "Add a cited summary to each story");
  cmd->add_option("--words", o->words, "Summary length in words (default 120)");
  cmd->add_option(
      "--threshold", o->threshold,
      "Score to join a story (incremental: similarity less an unlike runner-up's "
      "share; batch: group similarity to merge) (default: tuned; a --state index keeps a "
      "threshold given when it was saved)");
  cmd->add_option("--quiet-days", o->quiet_days,
                  "Days without news after which a story is closed (default 3)");
  cmd->add_option("--model", o->model, "Model file (default: the shipped one)");
  cmd->add_option("--threads,-j", o->threads, "Threads (default: all cores)");
  cmd->add_flag("--quiet,-q", o->quiet, "No warnings on standard error");
  cmd->callback([o, run] { *run = [o] { return ClusterRun(*o).Run(); }; });
}

}  // namespace precis::cli
