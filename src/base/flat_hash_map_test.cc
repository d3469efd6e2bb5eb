#include "base/flat_hash_map.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(U64MapTest, FindsWhatWasInsertedAndKeepsTheFirstValue) {
  U64Map map;
  bool inserted = false;
  map.FindOrInsert(0, 7, &inserted);  // 0 is an ordinary key
  EXPECT_TRUE(inserted);
  map.FindOrInsert(42, 1, &inserted) += 10;
  EXPECT_TRUE(inserted);
  EXPECT_EQ(map.FindOrInsert(42, 99, &inserted), 11u);
  EXPECT_FALSE(inserted);
  ASSERT_NE(map.Find(0), nullptr);
  EXPECT_EQ(*map.Find(0), 7u);
  EXPECT_EQ(map.Find(43), nullptr);
  EXPECT_EQ(map.size(), 2u);
}

TEST(U64MapTest, GrowsPastItsFirstTable) {
  U64Map map;
  bool inserted;
  for (uint64_t k = 0; k < 100000; ++k) map.FindOrInsert(k * 0x9E3779B97F4A7C15ull, k, &inserted);
  EXPECT_EQ(map.size(), 100000u);
  for (uint64_t k = 0; k < 100000; k += 997) {
    const uint32_t* v = map.Find(k * 0x9E3779B97F4A7C15ull);
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(*v, k);
  }
}

TEST(U64MapTest, ClearedMapsAreEmptyAndReusable) {
  for (const bool trim : {false, true}) {
    U64Map map;
    bool inserted;
    for (uint64_t k = 1; k <= 200000; ++k) map.FindOrInsert(k, 1, &inserted);
    if (trim) {
      map.ClearAndTrim(1024);  // grown far past 1024 slots: the table is given back
    } else {
      map.Clear();
    }
    EXPECT_EQ(map.size(), 0u);
    EXPECT_EQ(map.Find(5), nullptr);
    map.FindOrInsert(5, 3, &inserted);
    EXPECT_TRUE(inserted);
    EXPECT_EQ(*map.Find(5), 3u);
    EXPECT_EQ(map.Find(6), nullptr);
  }
}

}  // namespace
}  // namespace precis
