#include "eval/faithfulness.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace precis::eval {
namespace {

const std::vector<std::string> kSources = {
    "A federal judge in Chicago on Friday blocked the order. The city sued in August, saying the "
    "rules were illegal. Attorney General Jeff Sessions said the city would lose $3.2 million in "
    "grants.",
    "Chicago Mayor Rahm Emanuel welcomed the ruling on Sept. 15. The ruling applies to 37 cities "
    "nationwide, the judge wrote.",
};

std::vector<std::string_view> Views(const std::vector<std::string>& v) {
  return {v.begin(), v.end()};
}

TEST(FaithfulnessTest, ProvenanceVerbatimDeletionsOrNotFound) {
  FaithfulnessChecker checker(Views(kSources), "en");
  SentenceCheck verbatim =
      checker.CheckSentence("The city sued in August, saying the rules were illegal.", {});
  EXPECT_EQ(verbatim.provenance, Provenance::kVerbatim);
  EXPECT_EQ(verbatim.found_in, 0);
  // Case and punctuation aside.
  EXPECT_EQ(
      checker.CheckSentence("the city SUED in August saying the rules were illegal", {}).provenance,
      Provenance::kVerbatim);
  SentenceCheck trimmed =
      checker.CheckSentence("The city sued, saying the rules were illegal.", {});
  EXPECT_EQ(trimmed.provenance, Provenance::kDeletions);
  // Words from two sentences in order are not one trimmed sentence.
  EXPECT_EQ(checker.CheckSentence("A federal judge blocked the rules.", {}).provenance,
            Provenance::kNotFound);
  EXPECT_EQ(checker.CheckSentence("The judge sued the mayor.", {}).provenance,
            Provenance::kNotFound);
}

TEST(FaithfulnessTest, FactsAreCheckedAgainstTheSources) {
  FaithfulnessChecker checker(Views(kSources), "en");
  SentenceCheck s = checker.CheckSentence(
      "Jeff Sessions said on Friday that Chicago would lose $3.2 million, and the ruling covers 37 "
      "cities since September 15.",
      {});
  ASSERT_FALSE(s.facts.empty());
  for (const Fact& f : s.facts) EXPECT_TRUE(f.found) << FactKindName(f.kind) << ": " << f.text;
  SentenceCheck wrong = checker.CheckSentence(
      "Jeff Sessoins said on Tuesday that Chicago would lose $4.5 million, and the ruling covers "
      "38 cities since September 16.",
      {});
  std::vector<std::string> missing;
  for (const Fact& f : wrong.facts) {
    if (!f.found) missing.push_back(std::string(FactKindName(f.kind)) + ":" + f.text);
  }
  EXPECT_EQ(missing,
            (std::vector<std::string>{"names:Jeff Sessoins", "dates:Tuesday", "money:$4.5 million",
                                      "numbers:38", "dates:September 16"}));
}

TEST(FaithfulnessTest, NamesNeedNotBeSentenceInitialCapitals) {
  FaithfulnessChecker checker(Views(kSources), "en");
  // "Officials" opens the sentence alone: not a name. "Emanuel" is found as a capitalized word.
  SentenceCheck s = checker.CheckSentence("Officials said Emanuel welcomed it.", {});
  ASSERT_EQ(s.facts.size(), 1u);
  EXPECT_EQ(s.facts[0].text, "Emanuel");
  EXPECT_TRUE(s.facts[0].found);
  // "Theresa May" is a name, not a date.
  SentenceCheck may = checker.CheckSentence("He met Theresa May there.", {});
  ASSERT_EQ(may.facts.size(), 1u);
  EXPECT_EQ(may.facts[0].kind, FactKind::kName);
  EXPECT_FALSE(may.facts[0].found);
}

TEST(FaithfulnessTest, CitationsAreConfirmedByContent) {
  FaithfulnessChecker checker(Views(kSources), "en");
  // Paraphrased, but carrying most of document 1's sentence and its number.
  SentenceCheck s =
      checker.CheckSentence("The judge wrote that the ruling applies to 37 cities.", {0, 1});
  EXPECT_EQ(s.supported_by, std::vector<int>{1});
  // The same words with another number are not confirmed.
  SentenceCheck n =
      checker.CheckSentence("The judge wrote that the ruling applies to 12 cities.", {1});
  EXPECT_TRUE(n.supported_by.empty());
  // The same said of someone the source does not name is not confirmed either; the claim's name
  // in the window is.
  SentenceCheck other = checker.CheckSentence(
      "Attorney General Jeff Sessions welcomed the ruling that applies to 37 cities.", {1});
  EXPECT_TRUE(other.supported_by.empty());
  SentenceCheck named = checker.CheckSentence(
      "Chicago Mayor Rahm Emanuel welcomed the ruling that applies to 37 cities.", {1});
  EXPECT_EQ(named.supported_by, std::vector<int>{1});
}

TEST(FaithfulnessTest, ReportCountsAndBadCitations) {
  FaithfulnessChecker checker(Views(kSources), "en");
  FaithfulnessReport r = checker.Check({"A federal judge in Chicago on Friday blocked the order.",
                                        "The moon is made of cheese, NASA said."},
                                       {{0, 7}, {}});
  EXPECT_EQ(r.sentence_count, 2u);
  EXPECT_EQ(r.verbatim, 1u);
  EXPECT_EQ(r.with_deletions, 0u);
  EXPECT_EQ(r.citations, 2u);
  EXPECT_EQ(r.citations_supported, 1u);
  EXPECT_EQ(r.bad_citations, 1u);
  EXPECT_EQ(r.cited_sentences, 1u);
  EXPECT_EQ(r.supported_sentences, 0u);
  EXPECT_EQ(r.distinct_sources, 1u);
  EXPECT_EQ(r.facts[static_cast<size_t>(FactKind::kName)], 2u);  // Chicago, NASA
  EXPECT_EQ(r.facts_found[static_cast<size_t>(FactKind::kName)], 1u);
  EXPECT_EQ(Share(0, 0), -1.0);
  std::string text = FaithfulnessText(r, true);
  EXPECT_NE(text.find("NOT FOUND"), std::string::npos);
  EXPECT_NE(text.find("names not in the sources: NASA"), std::string::npos);
}

TEST(FaithfulnessTest, EmptyAndOddInputDoNotCrash) {
  FaithfulnessChecker none({}, "en");
  EXPECT_EQ(none.CheckSentence("Anything at all.", {0}).provenance, Provenance::kNotFound);
  FaithfulnessChecker checker(Views(kSources), "");
  EXPECT_EQ(checker.CheckSentence("", {}).provenance, Provenance::kNotFound);
  EXPECT_EQ(checker.CheckSentence("\xff\xfe $ . ,", {}).provenance, Provenance::kNotFound);
}

}  // namespace
}  // namespace precis::eval
