#include "cluster/story_assembly.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace precis::cluster {

double GroupLinkage(double summed_similarity, double size_a, double size_b) {
  return summed_similarity / std::pow(size_a * size_b, kGroupSizeExponent);
}

bool WithinQuietPeriod(int32_t day, int32_t first, int32_t last, double quiet_days) {
  if (day == kNoDay || first == kNoDay) return true;
  if (day > last) return day - last <= quiet_days;
  if (day < first) return first - day <= quiet_days;
  return true;
}

bool PlausibleDay(int32_t day, int32_t latest, std::string* note) {
  constexpr int32_t kEarliest = 7305;  // 1990-01-01
  constexpr int32_t kMaxDaysAhead = 366;
  if (day == kNoDay) return false;
  if (day < kEarliest) {
    if (note)
      *note =
          "date " + text::FormatDay(day) + " is before 1990, most likely a placeholder; ignored";
    return false;
  }
  if (latest != kNoDay && day > latest + kMaxDaysAhead) {
    if (note) {
      *note = "date " + text::FormatDay(day) + " is over a year after the latest one (" +
              text::FormatDay(latest) + "); ignored";
    }
    return false;
  }
  return true;
}

ArticleRecord StartRecord(const Document& document, const ArticleProfile& profile, uint32_t number,
                          int32_t latest, std::vector<std::string>* warnings) {
  ArticleRecord record;
  record.id = document.id;
  record.headline = profile.headline;
  record.copy_root = number;
  record.non_article = profile.non_article;
  if (!profile.date_note.empty()) warnings->push_back(profile.date_note);
  std::string note;
  if (profile.day != kNoDay && !PlausibleDay(profile.day, latest, &note)) {
    warnings->push_back(note);
  } else {
    record.day = profile.day;
  }
  if (profile.non_article) warnings->push_back("not an article: " + profile.non_article_reason);
  return record;
}

void AssembleStories(const std::vector<ArticleRecord>& articles, size_t num_stories,
                     std::vector<Story>* out) {
  out->assign(num_stories, Story());
  std::vector<int32_t> first(num_stories, kNoDay), last(num_stories, kNoDay);
  for (size_t s = 0; s < num_stories; ++s) (*out)[s].id = static_cast<uint32_t>(s);
  for (size_t a = 0; a < articles.size(); ++a) {
    const ArticleRecord& r = articles[a];
    Story& story = (*out)[r.story];
    story.articles.push_back(a);
    story.article_ids.push_back(r.id);
    story.non_article = r.non_article;
    if (story.title.empty()) story.title = r.headline;
    if (r.day != kNoDay) {
      if (first[r.story] == kNoDay || r.day < first[r.story]) first[r.story] = r.day;
      if (last[r.story] == kNoDay || r.day > last[r.story]) last[r.story] = r.day;
    }
  }
  for (size_t s = 0; s < num_stories; ++s) {
    Story& story = (*out)[s];
    story.first_date = text::FormatDay(first[s]);
    story.last_date = text::FormatDay(last[s]);
    std::map<uint32_t, std::vector<size_t>> groups;
    for (size_t a : story.articles) groups[articles[a].copy_root].push_back(a);
    for (auto& [root, members] : groups) {
      if (members.size() >= 2) story.syndicated.push_back(std::move(members));
    }
  }
}

uint32_t CopyGroups::Root(uint32_t a) {
  while (parent_[a] != a) {
    parent_[a] = parent_[parent_[a]];
    a = parent_[a];
  }
  return a;
}

void CopyGroups::Union(uint32_t a, uint32_t b) {
  a = Root(a);
  b = Root(b);
  if (a == b) return;
  if (a < b) {
    parent_[b] = a;
  } else {
    parent_[a] = b;
  }
}

}  // namespace precis::cluster
