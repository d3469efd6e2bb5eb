// precis clean: shows what clean-up keeps of pasted articles, and with --labels why each
// sentence was dropped, and whether the whole text was judged not an article.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/input.h"
#include "extract/non_article_detector.h"
#include "extract/text_cleaner.h"
#include "summarize/cluster_analysis.h"
#include "summarize/model.h"
#include "text/character_references.h"

namespace precis::cli {
namespace {

struct CleanOptions {
  std::vector<std::string> inputs;
  bool labels = false;
  std::string model;
};

int RunClean(const CleanOptions& o) {
  std::vector<Document> docs;
  std::vector<std::string> notes;
  std::vector<Status> failures;  // inputs that could not be used; the others are shown
  Status s = ReadDocuments(o.inputs, &docs, &notes, &failures);
  for (const Status& f : failures) std::fprintf(stderr, "precis: %s\n", f.message().c_str());
  if (!s.ok()) {
    std::fprintf(stderr, "precis: %s\n", s.message().c_str());
    return kExitInputError;
  }
  summarize::SummarizerModel model;
  std::string path = o.model.empty() ? summarize::DefaultModelPath() : o.model;
  if (!path.empty()) {
    s = summarize::SummarizerModel::Load(path, &model);
    if (!s.ok() && !o.model.empty()) {
      std::fprintf(stderr, "precis: %s\n", s.message().c_str());
      return kExitInputError;
    }
  }
  for (const Document& doc : docs) {
    extract::CleanedText cleaned;
    extract::CleanText(doc.text, model.boilerplate, &cleaned);
    extract::NonArticleVerdict verdict = extract::JudgeArticle(doc.text, cleaned);
    std::printf("== %s%s%s\n", doc.id.c_str(), verdict.non_article ? " (not an article: " : "",
                verdict.non_article ? (verdict.reason + ")").c_str() : "");
    if (!cleaned.title.empty()) std::printf("title: %s\n", cleaned.title.c_str());
    if (!cleaned.dateline.empty()) std::printf("dateline: %s\n", cleaned.dateline.c_str());
    for (const extract::CleanSentence& cs : cleaned.sentences) {
      std::string text =
          text::DisplayText(std::string_view(doc.text).substr(cs.begin, cs.end - cs.begin));
      if (o.labels) {
        std::printf("%-11s %s\n", extract::SentenceLabelName(cs.label), text.c_str());
      } else if (cs.label == extract::SentenceLabel::kContent) {
        std::printf("%s\n", text.c_str());
      }
    }
  }
  return failures.empty() ? kExitOk : kExitPartial;
}

}  // namespace

void AddCleanCommand(CLI::App& app, std::function<int()>* run) {
  auto o = std::make_shared<CleanOptions>();
  CLI::App* cmd = app.add_subcommand(
      "clean", "Show the article text that clean-up keeps (captions, promos, prompts removed).");
  cmd->add_option("inputs", o->inputs, "Article files, a folder, or - (stdin)")->required();
  cmd->add_flag("--labels", o->labels,
                "Print every sentence with its label (content or why dropped)");
  cmd->add_option("--model", o->model, "Model file from `precis train` (default: the shipped one)");
  cmd->footer(kExitCodesHelp);
  cmd->callback([o, run] { *run = [o] { return RunClean(*o); }; });
}

}  // namespace precis::cli
