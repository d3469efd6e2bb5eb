#include <gtest/gtest.h>

#include "base/example_cluster.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "cluster/article_profile.h"
#include "cluster/batch_clusterer.h"
#include "cluster/incremental_clusterer.h"
#include "cluster/near_duplicates.h"
#include "cluster/story_assembly.h"
#include "cluster/term_vector.h"
#include "precis/story_clusterer.h"
#include "text/tokenizer.h"

namespace precis::cluster {
namespace {

std::vector<Document> ExampleCluster() {
  std::vector<Document> docs = ReadExampleCluster();
  for (Document& d : docs) d.date = "2017-09-15";
  return docs;
}

// Unrelated reports, written for these tests.
const char* const kVolcano =
    "Lava from the Kilauea volcano crossed a highway on Hawaii's Big Island on Tuesday, forcing "
    "officials to evacuate two more subdivisions as fissures opened near Pahoa. Geologists said "
    "the eruption showed no sign of slowing and warned of sulfur dioxide levels downwind. About "
    "1,700 residents have left their homes since the eruption began, and the county opened a "
    "second shelter at the Pahoa community center.";
const char* const kVolcano2 =
    "Hawaii County officials ordered more evacuations near Pahoa after new fissures from the "
    "Kilauea eruption sent lava across a highway on the Big Island. The volcano's sulfur dioxide "
    "emissions rose sharply, geologists said, and residents of two subdivisions were told to "
    "leave. Shelters in Pahoa are housing hundreds of people displaced by the eruption.";
const char* const kFootball =
    "Manchester City beat Arsenal 3-1 at the Etihad Stadium on Sunday, with Kevin De Bruyne "
    "scoring twice to keep his side top of the Premier League table. Arsenal had levelled through "
    "Gabriel Martinelli before half-time, but City pulled away after the break. Pep Guardiola said "
    "his players had shown patience against a well organised defence.";

Document Doc(const std::string& id, const std::string& text, const std::string& date = "") {
  Document d;
  d.id = id;
  d.text = text;
  d.date = date;
  return d;
}

std::vector<uint64_t> Words(const std::string& text) {
  std::vector<text::Token> tokens;
  text::Tokenize(text, &tokens);
  std::vector<uint64_t> out;
  std::string folded;
  for (const text::Token& t : tokens) {
    if (!t.is_word_like()) continue;
    text::FoldToken(t.text(text), &folded);
    out.push_back(text::HashFoldedWord(folded));
  }
  return out;
}

TEST(PlausibleDayTest, RejectsPlaceholdersAndFarFutures) {
  std::string note;
  EXPECT_FALSE(PlausibleDay(text::ParseDay("1970-01-01"), kNoDay, &note));
  EXPECT_NE(note.find("before 1990"), std::string::npos);
  EXPECT_TRUE(PlausibleDay(text::ParseDay("2017-09-15"), kNoDay));
  EXPECT_FALSE(PlausibleDay(text::ParseDay("2030-01-01"), text::ParseDay("2017-09-15"), &note));
  EXPECT_NE(note.find("over a year"), std::string::npos);
  EXPECT_TRUE(WithinQuietPeriod(kNoDay, 100, 100, 3));
  EXPECT_TRUE(WithinQuietPeriod(103, 100, 100, 3));
  EXPECT_FALSE(WithinQuietPeriod(104, 100, 100, 3));
  EXPECT_FALSE(WithinQuietPeriod(96, 100, 101, 3));
}

TEST(NearDuplicatesTest, TrimmedAndEditedCopyIsACopy) {
  const std::string original = ExampleCluster()[1].text;
  // The copy: a new first sentence, the last third cut, two words changed.
  std::string copy = "In other news today, a court in Illinois ruled on Friday. " +
                     original.substr(0, original.size() * 2 / 3);
  copy.replace(copy.find("judge"), 5, "jurist");
  MinHashSignature a, b, c;
  ComputeSignature(Words(original), &a);
  ComputeSignature(Words(copy), &b);
  ComputeSignature(Words(kFootball), &c);
  TextOverlap o = EstimateOverlap(a, b);
  EXPECT_TRUE(IsCopy(o)) << o.containment;
  EXPECT_GT(o.containment, 0.8);
  EXPECT_FALSE(IsCopy(EstimateOverlap(a, c)));
  // Another outlet's report of the same event is not a copy.
  MinHashSignature other;
  ComputeSignature(Words(ExampleCluster()[2].text), &other);
  EXPECT_FALSE(IsCopy(EstimateOverlap(a, other)));

  NearDuplicateIndex index;
  std::vector<uint32_t> copies;
  index.Add(a, &copies);
  EXPECT_TRUE(copies.empty());
  index.Add(c, &copies);
  EXPECT_TRUE(copies.empty());
  std::vector<uint32_t> found;
  index.Find(b, &found);  // looking up without adding finds what adding does
  EXPECT_EQ(found, std::vector<uint32_t>{0});
  index.Add(b, &copies);
  EXPECT_EQ(copies, std::vector<uint32_t>{0});
  index.Find(a, &found);
  EXPECT_EQ(found, (std::vector<uint32_t>{0, 2}));
}

TEST(NearDuplicatesTest, ADatelineCountsAsCopyEvidence) {
  // The dateline is cut from the prose, but wire copies share it: its four words add four
  // shingles to the signature.
  const std::string story =
      "China is still facing the difficult task of fighting corruption and economic crimes, "
      "according to a report released by researchers from the academy. The report said that "
      "officials at every level had been caught taking bribes in the past year.";
  ArticleProfiler profiler(nullptr);
  ArticleProfile with, without;
  profiler.Profile(Document{"BEIJING, November 25 (Xinhua) -- " + story, "", "", "", "", ""},
                   &with);
  profiler.Profile(Document{story, "", "", "", "", ""}, &without);
  ASSERT_GT(without.signature.shingles, 0u);
  EXPECT_EQ(with.signature.shingles, without.signature.shingles + 4);
}

TEST(NearDuplicatesTest, ANonArticleSentTwiceIsStillACopy) {
  // A wire budget is no article (no terms, no story), but its copy signature says that a second
  // transmission of it, trimmed, is the same text.
  std::string budget =
      "Photo and graphics information can be found at the end of this budget.\n"
      "CUBA-ELIAN _ MIAMI _ As both sides in the custody case await a federal appeals court "
      "ruling, the mayor of Miami flies to Washington to meet lawmakers. (Williams, Cox).\n"
      "RUSSIA-TREATY _ MOSCOW _ The path was cleared Friday for further arms reductions when "
      "Russian lawmakers approved the long-delayed treaty. (Coker, Cox News Service).\n"
      "CENSUS-FLA _ MIAMI _ Florida is spending tax dollars to convince snowbirds to fill out "
      "census forms as Florida residents. (Engelhardt, Palm Beach Post).\n"
      "IMF _ WASHINGTON _ Spot coverage of the spring meetings of the International Monetary "
      "Fund and World Bank here to discuss world economic issues. (Rice, Cox News Service).\n";
  const std::string trimmed = budget.substr(0, budget.rfind("IMF _"));
  budget +=
      "PRISONS _ TALLAHASSEE, Fla. _ Lawmakers are contemplating what will happen if private "
      "prison companies start importing inmates. (Bierman, Palm Beach Post).\n";
  ArticleProfiler profiler(nullptr);
  ArticleProfile a, b;
  profiler.Profile(Document{budget, "", "", "", "", ""}, &a);
  profiler.Profile(Document{trimmed, "", "", "", "", ""}, &b);
  ASSERT_TRUE(a.non_article) << a.non_article_reason;
  EXPECT_TRUE(a.terms.empty());
  EXPECT_TRUE(IsCopy(EstimateOverlap(a.signature, b.signature)));
}

TEST(TermTableTest, DotEqualsTheMergeDotExactly) {
  // Terms chosen to collide in a small table (same low bits), plus term 0.
  TermVector a = {{0, 0.5f}, {16, 0.25f}, {32, 0.125f}, {48, 1.0f}, {1000003, 0.3f}};
  TermVector b = {{0, 0.1f}, {16, 0.2f}, {48, 0.7f}, {64, 0.9f}, {1000003, 0.11f}, {1000004, 2.f}};
  TermTable table;
  table.Assign(a);
  EXPECT_EQ(table.Dot(b), Dot(a, b));
  EXPECT_EQ(table.Dot(a), Dot(a, a));
  EXPECT_EQ(table.Dot(TermVector{}), 0.0f);
  table.Assign(TermVector{});
  EXPECT_EQ(table.Dot(b), 0.0f);
}

TEST(NearDuplicatesTest, TextTooShortIsNeverACopy) {
  MinHashSignature a, b;
  ComputeSignature(Words("four words only here"), &a);
  ComputeSignature(Words("four words only here"), &b);
  EXPECT_EQ(a.shingles, 0u);
  EXPECT_FALSE(IsCopy(EstimateOverlap(a, b)));
  NearDuplicateIndex index;
  std::vector<uint32_t> copies;
  index.Add(a, &copies);
  index.Add(b, &copies);
  EXPECT_TRUE(copies.empty());
}

TEST(AgglomerationTest, MergesByGroupLinkage) {
  // Two triangles joined by one weak edge, and a loner.
  std::vector<SimilarityEdge> edges = {{0, 1, 0.9f}, {0, 2, 0.8f}, {1, 2, 0.7f}, {3, 4, 0.9f},
                                       {3, 5, 0.8f}, {4, 5, 0.9f}, {2, 3, 0.6f}};
  std::vector<uint32_t> group;
  AgglomerateGroups(7, edges, 0.3, &group);
  EXPECT_EQ(group, (std::vector<uint32_t>{0, 0, 0, 3, 3, 3, 6}));
  // With a low enough threshold, the linkage over the 9 cross pairs (0.6 / 9^0.9) still merges
  // them.
  AgglomerateGroups(7, edges, 0.05, &group);
  EXPECT_EQ(group, (std::vector<uint32_t>{0, 0, 0, 0, 0, 0, 6}));
}

TEST(GroupLinkageTest, TheMeanWithALittleCreditForSize) {
  EXPECT_DOUBLE_EQ(GroupLinkage(0.6, 1, 1), 0.6);
  // A newcomer at mean cosine 0.12 to each member: short of the join threshold beside one
  // article, enough beside ten that already make a story.
  EXPECT_LT(GroupLinkage(0.12, 1, 1), kDefaultJoinThreshold);
  EXPECT_GE(GroupLinkage(10 * 0.12, 1, 10), kDefaultJoinThreshold);
  // Still well under the sum: one strong link to a large story is not enough.
  EXPECT_LT(GroupLinkage(0.9, 1, 25), kDefaultJoinThreshold);
  // Symmetric, and the same for two groups as for their sizes' product.
  EXPECT_DOUBLE_EQ(GroupLinkage(3.0, 4, 5), GroupLinkage(3.0, 5, 4));
  EXPECT_DOUBLE_EQ(GroupLinkage(3.0, 4, 5), GroupLinkage(3.0, 1, 20));
}

TEST(JoinScoreTest, AnUnlikeRivalCountsAgainstJoiningALikeOneDoesNot) {
  StoryMatches alone{3, 0.2, -1, 0};
  EXPECT_DOUBLE_EQ(JoinScore(alone, 0), 0.2);
  // Two unrelated stories both close: the article is ambiguous, and stays out.
  StoryMatches torn{3, 0.2, 7, 0.18};
  EXPECT_DOUBLE_EQ(JoinScore(torn, 0), 0.2 - kRivalPenalty * 0.18);
  EXPECT_LT(JoinScore(torn, 0), kDefaultJoinThreshold);
  // The same rival half as unlike counts half; parts of one event split in two do not count.
  EXPECT_DOUBLE_EQ(JoinScore(torn, kSameEventCentroidCosine / 2), 0.2 - kRivalPenalty * 0.09);
  EXPECT_DOUBLE_EQ(JoinScore(torn, kSameEventCentroidCosine), 0.2);
  EXPECT_DOUBLE_EQ(JoinScore(torn, 0.9), 0.2);
}

TEST(NeighbourhoodScalingTest, RaisesIsolatedPairsAndLeavesDenseStoriesAlone) {
  // Nodes 0-10: one dense story, every pair at 0.5. Nodes 11 and 12: two short articles on a
  // rare event, below the merge threshold in plain cosine but each other's only neighbour.
  std::vector<SimilarityEdge> edges;
  for (uint32_t a = 0; a <= 10; ++a) {
    for (uint32_t b = a + 1; b <= 10; ++b) edges.push_back({a, b, 0.5f});
  }
  edges.push_back({11, 12, 0.1f});
  const std::vector<SimilarityEdge> before = edges;
  AddNeighbourhoodScaling(13, &edges);
  ASSERT_EQ(edges.size(), before.size());
  for (size_t i = 0; i + 1 < edges.size(); ++i) EXPECT_EQ(edges[i].similarity, 0.5f);
  EXPECT_GE(edges.back().similarity, kDefaultMergeThreshold);
  // Scaling only adds evidence: no edge is ever lowered.
  edges = {{0, 1, 0.3f}, {0, 2, 0.25f}, {0, 3, 0.2f}, {1, 2, 0.06f}};
  AddNeighbourhoodScaling(4, &edges);
  EXPECT_GE(edges[0].similarity, 0.3f);
  EXPECT_GE(edges[1].similarity, 0.25f);
  EXPECT_GE(edges[2].similarity, 0.2f);
  EXPECT_GE(edges[3].similarity, 0.06f);
}

class StoryClustererTest : public ::testing::Test {
 protected:
  std::vector<Document> Stream() {
    std::vector<Document> docs = ExampleCluster();
    docs.insert(docs.begin() + 2, Doc("volcano-1", kVolcano, "2018-05-08"));
    docs.insert(docs.begin() + 4, Doc("football", kFootball, "2018-05-08"));
    docs.push_back(Doc("volcano-2", kVolcano2, "2018-05-09"));
    docs.push_back(Doc("crawl", "Tweet with a location"));
    return docs;
  }
  static std::set<std::set<std::string>> Groups(const std::vector<Story>& stories) {
    std::set<std::set<std::string>> out;
    for (const Story& s : stories) out.insert({s.article_ids.begin(), s.article_ids.end()});
    return out;
  }
};

TEST_F(StoryClustererTest, ExampleClusterAmongUnrelatedArticles) {
  std::unique_ptr<StoryClusterer> clusterer;
  ASSERT_TRUE(StoryClusterer::Create(StoryConfig{}, &clusterer).ok());
  std::vector<ArticleAssignment> assignments;
  std::vector<Document> docs = Stream();
  ASSERT_TRUE(clusterer->AddBatch(docs, &assignments).ok());
  std::vector<Story> stories;
  clusterer->Stories(&stories);
  std::set<std::string> example;
  for (const Document& d : ExampleCluster()) example.insert(d.id);
  std::set<std::set<std::string>> expected = {
      example, {"volcano-1", "volcano-2"}, {"football"}, {"crawl"}};
  EXPECT_EQ(Groups(stories), expected);
  EXPECT_TRUE(assignments.back().non_article);
  for (const Story& s : stories) {
    EXPECT_EQ(s.non_article, s.article_ids == std::vector<std::string>{"crawl"});
    if (s.articles.size() == 5) {
      EXPECT_EQ(s.first_date, "2017-09-15");
      EXPECT_FALSE(s.title.empty());
    }
  }

  // One at a time gives the same stories as in a batch.
  std::unique_ptr<StoryClusterer> one_by_one;
  ASSERT_TRUE(StoryClusterer::Create(StoryConfig{}, &one_by_one).ok());
  ArticleAssignment a;
  for (const Document& d : docs) ASSERT_TRUE(one_by_one->Add(d, &a).ok());
  std::vector<Story> again;
  one_by_one->Stories(&again);
  EXPECT_EQ(Groups(again), Groups(stories));
}

TEST_F(StoryClustererTest, QuietStoryClosesAndCopiesAreSyndicated) {
  std::unique_ptr<StoryClusterer> clusterer;
  ASSERT_TRUE(StoryClusterer::Create(StoryConfig{}, &clusterer).ok());
  ArticleAssignment a;
  ASSERT_TRUE(clusterer->Add(Doc("v1", kVolcano, "2018-05-08"), &a).ok());
  ASSERT_TRUE(clusterer->Add(Doc("v1-copy", kVolcano, "2018-05-08"), &a).ok());
  EXPECT_EQ(a.copies_of, std::vector<size_t>{0});
  EXPECT_FALSE(a.new_story);
  // The same words a month later: a new story (the old one went quiet).
  ASSERT_TRUE(clusterer->Add(Doc("v2", kVolcano2, "2018-06-20"), &a).ok());
  EXPECT_TRUE(a.new_story);
  // A placeholder date is ignored with a warning.
  ASSERT_TRUE(clusterer->Add(Doc("f", kFootball, "1970-01-01"), &a).ok());
  ASSERT_EQ(a.warnings.size(), 1u);
  std::vector<Story> stories;
  clusterer->Stories(&stories);
  ASSERT_EQ(stories.size(), 3u);
  EXPECT_EQ(stories[0].syndicated, (std::vector<std::vector<size_t>>{{0, 1}}));
}

TEST_F(StoryClustererTest, SavedIndexContinuesExactly) {
  std::vector<Document> docs = Stream();
  const std::string path =
      (std::filesystem::temp_directory_path() / "precis_cluster_test.state").string();
  std::unique_ptr<StoryClusterer> whole, first, second;
  ASSERT_TRUE(StoryClusterer::Create(StoryConfig{}, &whole).ok());
  ASSERT_TRUE(StoryClusterer::Create(StoryConfig{}, &first).ok());
  ASSERT_TRUE(StoryClusterer::Create(StoryConfig{}, &second).ok());
  std::vector<ArticleAssignment> out;
  whole->AddBatch(docs, &out);
  std::vector<Document> head(docs.begin(), docs.begin() + 4), tail(docs.begin() + 4, docs.end());
  first->AddBatch(head, &out);
  ASSERT_TRUE(first->Save(path).ok());
  ASSERT_TRUE(second->Load(path).ok());
  second->AddBatch(tail, &out);
  std::vector<Story> a, b;
  whole->Stories(&a);
  second->Stories(&b);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].article_ids, b[i].article_ids);
    EXPECT_EQ(a[i].syndicated, b[i].syndicated);
  }
  // A damaged file is an error naming the file, and leaves the clusterer usable.
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    bytes = ss.str();
  }
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes.substr(0, bytes.size() / 2);
  std::unique_ptr<StoryClusterer> broken;
  ASSERT_TRUE(StoryClusterer::Create(StoryConfig{}, &broken).ok());
  Status s = broken->Load(path);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find(path), std::string::npos);
  EXPECT_EQ(broken->articles(), 0u);
  std::filesystem::remove(path);
}

// The stories of `docs` clustered in two runs, the index saved between them: the first run with
// `first_config`, the second with `second_config` after loading the index, which `edit` may
// change on disk first.
std::set<std::set<std::string>> ContinuedGroups(const std::vector<Document>& docs,
                                                const StoryConfig& first_config,
                                                const StoryConfig& second_config,
                                                const std::function<void(std::string*)>& edit) {
  const std::string path =
      (std::filesystem::temp_directory_path() / "precis_cluster_threshold.state").string();
  std::unique_ptr<StoryClusterer> first, second;
  EXPECT_TRUE(StoryClusterer::Create(first_config, &first).ok());
  EXPECT_TRUE(StoryClusterer::Create(second_config, &second).ok());
  std::vector<ArticleAssignment> out;
  first->AddBatch({docs.begin(), docs.begin() + 4}, &out);
  EXPECT_TRUE(first->Save(path).ok());
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    bytes = ss.str();
  }
  edit(&bytes);
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  EXPECT_TRUE(second->Load(path).ok());
  second->AddBatch({docs.begin() + 4, docs.end()}, &out);
  std::vector<Story> stories;
  second->Stories(&stories);
  std::filesystem::remove(path);
  std::set<std::set<std::string>> groups;
  for (const Story& s : stories) groups.insert({s.article_ids.begin(), s.article_ids.end()});
  return groups;
}

TEST_F(StoryClustererTest, SavedIndexKeepsAChosenThresholdOnly) {
  std::vector<Document> docs = Stream();
  StoryConfig strict;
  strict.join_threshold = 0.99;
  auto whole = [&](const StoryConfig& config) {
    std::unique_ptr<StoryClusterer> c;
    EXPECT_TRUE(StoryClusterer::Create(config, &c).ok());
    std::vector<ArticleAssignment> out;
    c->AddBatch(docs, &out);
    std::vector<Story> stories;
    c->Stories(&stories);
    return Groups(stories);
  };
  const auto strict_groups = whole(strict), default_groups = whole(StoryConfig{});
  ASSERT_NE(strict_groups, default_groups);
  auto unchanged = [](std::string*) {};
  // A chosen threshold travels with the index; the default stays the default.
  EXPECT_EQ(ContinuedGroups(docs, strict, StoryConfig{}, unchanged), strict_groups);
  EXPECT_EQ(ContinuedGroups(docs, StoryConfig{}, StoryConfig{}, unchanged), default_groups);
  // A threshold given for the second run wins over the saved one.
  EXPECT_EQ(ContinuedGroups(docs, strict, strict, unchanged), strict_groups);
  // An index of version 1 saved the threshold in force under an older join rule: it is ignored.
  auto as_version_1 = [](std::string* bytes) {
    const std::string magic = "PRECIS-STORIES 2\n";
    ASSERT_EQ(bytes->substr(8, magic.size()), magic);
    (*bytes)[8 + magic.size() - 2] = '1';
    const double old_threshold = 0.99;
    std::memcpy(bytes->data() + 8 + magic.size(), &old_threshold, sizeof old_threshold);
  };
  EXPECT_EQ(ContinuedGroups(docs, StoryConfig{}, StoryConfig{}, as_version_1), default_groups);
}

TEST_F(StoryClustererTest, BatchModeFindsTheSameEvents) {
  std::vector<Document> docs = Stream();
  std::vector<Story> stories;
  ASSERT_TRUE(ClusterArchive(docs, StoryConfig{}, &stories).ok());
  std::set<std::set<std::string>> groups = Groups(stories);
  EXPECT_TRUE(groups.count({"volcano-1", "volcano-2"}));
  EXPECT_TRUE(groups.count({"football"}));
  EXPECT_TRUE(groups.count({"crawl"}));
  // Every article exactly once, and the same result with one thread.
  size_t total = 0;
  for (const Story& s : stories) total += s.articles.size();
  EXPECT_EQ(total, docs.size());
  StoryConfig single;
  single.threads = 1;
  std::vector<Story> again;
  ASSERT_TRUE(ClusterArchive(docs, single, &again).ok());
  EXPECT_EQ(Groups(again), groups);
}

}  // namespace
}  // namespace precis::cluster
