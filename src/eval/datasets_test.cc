#include "eval/datasets.h"

#include <gtest/gtest.h>

namespace precis::eval {
namespace {

EvalCluster ClusterOf(std::vector<std::string> texts) {
  EvalCluster c;
  c.id = "topic";
  for (std::string& t : texts) c.documents.push_back(Document{std::move(t), "", "", "", "", ""});
  return c;
}

TEST(ExactShingleContainmentTest, CountsTheShorterTextsShinglesFoundInTheOther) {
  const std::string long_text = "one two three four five six seven eight nine ten";
  EXPECT_DOUBLE_EQ(ExactShingleContainment(long_text, long_text), 1.0);
  // The first half, lowercased differently: all 2 of its shingles are in the long text.
  EXPECT_DOUBLE_EQ(ExactShingleContainment("ONE two three four five six", long_text), 1.0);
  // One word changed in the middle of 6 words spoils both of its shingles.
  EXPECT_DOUBLE_EQ(ExactShingleContainment("one two three CHANGED five six", long_text), 0.0);
  EXPECT_DOUBLE_EQ(ExactShingleContainment("too short", long_text), 0.0);
  EXPECT_DOUBLE_EQ(ExactShingleContainment("", long_text), 0.0);
}

TEST(BuildCopyPairsTest, IsReproducibleAndMarksCopiesTheCollectionHolds) {
  const std::string story =
      "Officials said on Monday that the bridge would close for repairs.\n"
      "The work is expected to last three months and cost four million dollars.\n"
      "Drivers will be sent along the river road while the crews are at work.\n";
  const std::string refiled = story + "The mayor said the city had no other choice.\n";
  const std::string other =
      "A new library opened downtown with a collection of rare maps and letters.\n"
      "Visitors lined up before dawn to see the reading room and its painted ceiling.\n";
  std::vector<EvalCluster> clusters = {ClusterOf({story, refiled, other})};
  std::vector<CopyPair> first, second;
  BuildCopyPairs(clusters, 7, &first);
  BuildCopyPairs(clusters, 7, &second);
  ASSERT_EQ(first.size(), second.size());
  for (size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].a, second[i].a);
    EXPECT_EQ(first[i].b, second[i].b);
  }
  size_t copies = 0, negatives = 0, in_collection = 0;
  for (const CopyPair& p : first) {
    if (p.copy) {
      ++copies;
      EXPECT_NE(p.a, p.b);
      EXPECT_FALSE(p.copy_in_collection);
    } else {
      ++negatives;
      in_collection += p.copy_in_collection;
    }
  }
  EXPECT_EQ(copies, 3u);         // every article of two or more paragraphs gets a made copy
  EXPECT_EQ(negatives, 3u);      // every pair of the topic's articles
  EXPECT_EQ(in_collection, 1u);  // story and its refiled version
}

}  // namespace
}  // namespace precis::eval
