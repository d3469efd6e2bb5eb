// StoryClusterer: from a stream of articles to stories, each one real-world event.
//
// Usage, incremental (articles in arrival order):
//   std::unique_ptr<precis::StoryClusterer> clusterer;
//   precis::Status s = precis::StoryClusterer::Create(precis::StoryConfig{}, &clusterer);
//   precis::ArticleAssignment a;
//   for (const precis::Document& d : stream) s = clusterer->Add(d, &a);  // a.story: its story
//   std::vector<precis::Story> stories;
//   clusterer->Stories(&stories);
//   clusterer->Save("stories.state");  // a later run Load()s it and continues the same stories
//
// Usage, batch (a whole archive, clustered globally for better quality than one pass):
//   precis::ClusterArchive(documents, precis::StoryConfig{}, &stories);
//
// An article joins the story whose recent articles it resembles most (weighted content terms,
// headline, publication day: a story that has been quiet for `quiet_days` is closed, so a new
// event with the same actors starts a new story); near-copies of one text (wire copy run by
// several outlets) always share a story and are listed as syndicated. Articles that are not
// news (crawl notices, social and cookie pages) are stories of their own, flagged.
//
// Both modes are deterministic: the same articles in the same order give the same stories, byte
// for byte, whatever the number of threads.
#ifndef PRECIS_STORY_CLUSTERER_H_
#define PRECIS_STORY_CLUSTERER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "precis/document.h"
#include "precis/status.h"

namespace precis {

struct StoryConfig {
  // The summarizer's model file (its boilerplate list drives the non-article detector); empty
  // loads the shipped one. Without a model, clustering works with a weaker detector.
  std::string model_path;
  // The score at which an article joins a story (incremental: its similarity to the story, less
  // a share of an unlike runner-up's) or two groups merge (batch: their group similarity).
  // Empty (< 0) = the tuned default of the mode; an incremental index loaded from a file keeps
  // the threshold it was saved with unless this is set (an index saved with the default, or by a
  // version before the current join rule, continues under today's default).
  double join_threshold = -1;
  // Days without a new article after which a story is closed to newcomers (articles with dates
  // only).
  double quiet_days = 3;
  // Threads for the parallel stages (profiling, batch neighbour search); 0 = all cores. Results
  // do not depend on it.
  int threads = 0;
};

// What happened to one article added incrementally.
struct ArticleAssignment {
  uint32_t story = 0;  // story number, 0-based, in order of creation
  bool new_story = false;
  bool non_article = false;           // not news: alone in its own flagged story
  std::vector<size_t> copies_of;      // earlier articles (arrival numbers) it is a near-copy of
  std::vector<std::string> warnings;  // e.g. an unreadable or implausible date, no text
};

struct Story {
  uint32_t id = 0;
  std::vector<size_t> articles;          // arrival numbers (0-based), ascending
  std::vector<std::string> article_ids;  // their Document::id, in the same order
  // Groups of near-copies within the story (wire copy run by several outlets): each group, of
  // two or more articles, ascending, counts as one independent source.
  std::vector<std::vector<size_t>> syndicated;
  bool non_article = false;
  std::string title;       // a headline of one of its articles; empty when none has one
  std::string first_date;  // YYYY-MM-DD of its earliest and latest dated articles, or empty
  std::string last_date;
};

class StoryClusterer {
 public:
  virtual ~StoryClusterer() = default;

  static Status Create(const StoryConfig& config, std::unique_ptr<StoryClusterer>* out);

  // Adds the next article of the stream. Never fails on article content (empty text, junk,
  // odd dates become warnings and flags); fails only on internal limits.
  virtual Status Add(const Document& document, ArticleAssignment* out) = 0;

  // Adds many articles: the same result as calling Add on each in order, faster (the articles
  // are analyzed in parallel before being assigned in order).
  virtual Status AddBatch(const std::vector<Document>& documents,
                          std::vector<ArticleAssignment>* out) = 0;

  // Every story so far, by id.
  virtual void Stories(std::vector<Story>* out) const = 0;
  virtual size_t articles() const = 0;

  // Writes the whole index to `path` (replacing it atomically), and reads it back into a
  // clusterer that has seen no articles yet. A loaded clusterer continues exactly as the saved
  // one would have.
  virtual Status Save(const std::string& path) const = 0;
  virtual Status Load(const std::string& path) = 0;

  // Bytes held by the index (profiles, centroids, postings, copy signatures).
  virtual size_t MemoryBytes() const = 0;
};

// Clusters a whole archive at once: a similarity graph over candidate pairs from an inverted
// index, then agglomeration by (nearly) average link. Same story semantics as the incremental mode
// (articles are numbered by their position in `documents`). `warnings` (optional) gets, for each
// article, what the incremental mode warns of (ArticleAssignment::warnings): not an article and
// why, an unreadable or implausible date.
Status ClusterArchive(const std::vector<Document>& documents, const StoryConfig& config,
                      std::vector<Story>* stories,
                      std::vector<std::vector<std::string>>* warnings = nullptr);

}  // namespace precis

#endif  // PRECIS_STORY_CLUSTERER_H_
