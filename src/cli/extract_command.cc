// precis extract: the article in a saved web page (or several), as text or JSON.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/input.h"
#include "extract/http_fetcher.h"
#include "precis/extractor.h"

namespace precis::cli {
namespace {

struct ExtractCommandOptions {
  std::vector<std::string> pages;
  bool json = false;
  std::string url;
  std::string charset;
  bool quiet = false;
};

nlohmann::json ArticleJson(const ExtractedArticle& a) {
  return nlohmann::json{
      {"text", a.text},           {"title", a.title},       {"authors", a.authors},
      {"published", a.published}, {"modified", a.modified}, {"site", a.site},
      {"lang", a.lang},           {"url", a.url},           {"canonical", a.canonical}};
}

int RunExtract(const ExtractCommandOptions& o) {
  int failures = 0;
  for (const std::string& page : o.pages) {
    std::string bytes;
    ExtractedArticle article;
    Status s;
    if (extract::IsHttpUrl(page)) {
      s = FetchArticle(page, &article);
    } else if (s = ReadFileBytes(page, &bytes, size_t{256} << 20); s.ok()) {
      ExtractOptions options;
      options.url = o.url;
      options.declared_charset = o.charset;
      s = ExtractArticle(bytes, options, &article).WithContext(page);
    }
    if (!o.quiet) {
      for (const std::string& note : article.notes) {
        std::fprintf(stderr, "precis extract: %s: %s\n", page.c_str(), note.c_str());
      }
    }
    if (!s.ok()) {
      std::fprintf(stderr, "precis extract: %s\n", s.message().c_str());
      ++failures;
      continue;
    }
    if (o.json) {
      std::printf("%s\n", ArticleJson(article)
                              .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                              .c_str());
    } else {
      if (o.pages.size() > 1) std::printf("==> %s <==\n", page.c_str());
      std::printf("%s\n", article.text.c_str());
      if (o.pages.size() > 1) std::printf("\n");
    }
  }
  if (failures == 0) return kExitOk;
  return failures == static_cast<int>(o.pages.size()) ? kExitInputError : kExitPartial;
}

}  // namespace

void AddExtractCommand(CLI::App& app, std::function<int()>* run) {
  auto o = std::make_shared<ExtractCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "extract",
      "Print the article in web pages (saved .html or .html.gz in any charset, or http(s) URLs): "
      "its text, "
      "paragraphs separated by blank lines, or with --json its text and metadata");
  cmd->add_option("pages", o->pages, "Saved pages or URLs; - reads standard input")->required();
  cmd->add_flag("--json", o->json,
                "One JSON object per page: text, title, authors, published, modified, site, "
                "lang, url, canonical");
  cmd->add_option("--url", o->url, "The URL the page came from (resolves its canonical link)");
  cmd->add_option("--charset", o->charset,
                  "The charset a server declared, overriding the page's own declaration");
  cmd->add_flag("--quiet,-q", o->quiet, "No notes on stderr (errors are still printed)");
  cmd->footer(kExitCodesHelp);
  cmd->callback([o, run] { *run = [o] { return RunExtract(*o); }; });
}

}  // namespace precis::cli
