// precis fetch: news feeds (RSS/Atom, by URL or saved file) to the article JSONL that
// `precis cluster` reads, one line per entry, each entry's page fetched and extracted.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/input.h"
#include "cli/output.h"
#include "extract/feed_reader.h"
#include "extract/http_fetcher.h"
#include "extract/page_metadata.h"
#include "precis/extractor.h"

namespace precis::cli {
namespace {

struct FetchCommandOptions {
  std::vector<std::string> feeds;
  std::string out;
  size_t max_items = 0;
  bool no_pages = false;
  bool quiet = false;
};

// The feed's bytes and the URL that resolves its links.
Status ReadFeedSource(const std::string& feed, std::string* bytes, std::string* url) {
  if (extract::IsHttpUrl(feed)) {
    extract::FetchResult r;
    if (Status s = extract::FetchUrl(feed, extract::FetchOptions(), &r); !s.ok()) return s;
    *bytes = std::move(r.body);
    *url = r.url;
    return Status::OK();
  }
  url->clear();
  return ReadFileBytes(feed, bytes, size_t{256} << 20);
}

int RunFetch(const FetchCommandOptions& o) {
  OutputTarget target;
  if (Status s = target.Open(o.out); !s.ok()) {
    std::fprintf(stderr, "precis fetch: %s\n", s.message().c_str());
    return kExitInternal;
  }
  std::ostream& out = target.stream();
  size_t written = 0, failed = 0, feeds_failed = 0;
  for (const std::string& source : o.feeds) {
    std::string bytes, url;
    extract::Feed feed;
    Status s = ReadFeedSource(source, &bytes, &url);
    if (s.ok()) s = extract::ReadFeed(bytes, url, &feed).WithContext(source);
    if (!s.ok()) {
      std::fprintf(stderr, "precis fetch: %s\n", s.message().c_str());
      ++feeds_failed;
      continue;
    }
    if (!o.quiet) {
      std::fprintf(stderr, "precis fetch: %s: %zu entries (%s)\n", source.c_str(),
                   feed.entries.size(), feed.title.c_str());
    }
    size_t taken = 0;
    for (const extract::FeedEntry& entry : feed.entries) {
      if (o.max_items > 0 && taken++ >= o.max_items) break;
      ExtractedArticle article;
      Status page = Status::InvalidInput("not fetched (--no-pages)");
      if (!o.no_pages && extract::IsHttpUrl(entry.link)) page = FetchArticle(entry.link, &article);
      if (!page.ok() && !entry.content.empty()) {
        // The feed's own copy of the entry (often a summary, sometimes the full text).
        ExtractOptions options;
        options.url = entry.link;
        ExtractedArticle from_feed;
        if (ExtractArticle(entry.content, options, &from_feed).ok()) {
          if (!o.quiet && !o.no_pages) {
            std::fprintf(stderr, "precis fetch: %s; used the feed's own text\n",
                         page.message().c_str());
          }
          article = std::move(from_feed);
          page = Status::OK();
        }
      }
      if (!page.ok()) {
        std::fprintf(stderr, "precis fetch: entry \"%s\": %s\n", entry.id.c_str(),
                     page.message().c_str());
        ++failed;
        continue;
      }
      const Document doc = article.ToDocument();
      nlohmann::json line = {
          {"id", entry.id.empty() ? entry.link : entry.id},
          {"text", doc.text},
          {"title", entry.title.empty() ? doc.title : entry.title},
          {"url", entry.link.empty() ? doc.url : entry.link},
          {"source", doc.source.empty() || doc.source == extract::UrlHost(entry.link)
                         ? (feed.title.empty() ? doc.source : feed.title)
                         : doc.source},
          {"date", doc.date.empty() ? entry.date : doc.date}};
      if (!article.authors.empty()) line["authors"] = article.authors;
      out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
      ++written;
    }
  }
  out.flush();
  if (!out) {
    std::fprintf(stderr, "precis fetch: writing the output failed\n");
    return kExitInternal;
  }
  if (!o.quiet) {
    std::fprintf(stderr, "precis fetch: %zu article(s) written, %zu entr%s failed\n", written,
                 failed, failed == 1 ? "y" : "ies");
  }
  if (feeds_failed == o.feeds.size()) return kExitInputError;
  return failed > 0 || feeds_failed > 0 ? kExitPartial : kExitOk;
}

}  // namespace

void AddFetchCommand(CLI::App& app, std::function<int()>* run) {
  auto o = std::make_shared<FetchCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "fetch",
      "Read RSS/Atom feeds (URLs or saved files), fetch and extract every entry's page, and "
      "write the article JSONL that `precis cluster` reads: "
      "{\"id\",\"text\",\"title\",\"url\",\"source\",\"date\",\"authors\"}");
  cmd->add_option("feeds", o->feeds, "Feed URLs or files")->required();
  cmd->add_option("--out,-o", o->out, "Output JSONL (default: standard output)");
  cmd->add_option("--max-items", o->max_items, "At most N entries per feed (default: all)");
  cmd->add_flag("--no-pages", o->no_pages,
                "Do not fetch entries' pages; use the text the feed carries");
  cmd->add_flag("--quiet,-q", o->quiet, "No progress notes on stderr (errors are still printed)");
  cmd->footer(std::string(kExitCodesHelp) +
              " An entry whose page cannot be fetched falls back to the feed's own text; one "
              "with neither is reported and skipped (exit 3).");
  cmd->callback([o, run] { *run = [o] { return RunFetch(*o); }; });
}

}  // namespace precis::cli
