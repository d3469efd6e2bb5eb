#include "summarize/attribution.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "summarize/cluster_analysis.h"
#include "summarize/model.h"

namespace precis::summarize {
namespace {

// The documents Attributor cites for the first sentence of the first text.
std::vector<int> SourcesOfFirstSentence(const std::vector<std::string_view>& texts) {
  SummarizerModel model;
  ClusterAnalyzer analyzer(&model.boilerplate);
  ClusterAnalysis cluster;
  analyzer.Analyze(texts, "en", &cluster);
  EXPECT_FALSE(cluster.sentences.empty());
  EXPECT_EQ(cluster.sentences[0].doc, 0);
  return Attributor(cluster, 0.4).Attribute(0).sources;
}

TEST(AttributorTest, AParaphraseSupportsAClaim) {
  EXPECT_EQ(SourcesOfFirstSentence({
                "A federal judge in Chicago blocked the Justice Department from withholding "
                "police grants from sanctuary cities on Friday.",
                "On Friday a federal judge blocked the Justice Department's plan to withhold "
                "police grants from cities that shelter immigrants.",
                "The mayor of Chicago welcomed the decision at a press conference.",
            }),
            (std::vector<int>{0, 1}));
}

TEST(AttributorTest, SharingOnlyTheClaimsNamesIsNoSupport) {
  // Every document of a topic names the film and its maker; only the second says what the claim
  // says of them.
  EXPECT_EQ(SourcesOfFirstSentence({
                "Star Wars creator George Lucas Skywalker signed strict licensing deals with toy "
                "makers.",
                "The toy makers signed strict licensing deals with Star Wars creator George Lucas "
                "Skywalker, the companies said.",
                "Fans in costume lined up for days to see the new Star Wars film by creator George "
                "Lucas Skywalker.",
            }),
            (std::vector<int>{0, 1}));
}

TEST(AttributorTest, TheSameSaidOfSomeoneElseIsNoSupport) {
  // The claim is about Zoloft (a name: capitalized inside the sentences that hold it); the second
  // document says the same of Luvox. A word a page capitalizes once ("Obsessive-Compulsive
  // Disorder") is no name, and the fourth's one shared name is enough.
  EXPECT_EQ(SourcesOfFirstSentence({
                "Zoloft already treats depression, obsessive-compulsive disorder and panic "
                "disorder.",
                "Luvox is commonly used to treat Obsessive-Compulsive Disorder, panic disorder "
                "and depression in adults.",
                "Pfizer makes Zoloft, and its sales rose sharply last year.",
                "Pfizer's Zoloft is already used to treat depression, panic disorder and "
                "obsessive-compulsive disorder.",
            }),
            (std::vector<int>{0, 3}));
}

TEST(AttributorTest, ASentenceMissingOneOfTheClaimsNumbersIsNoSupport) {
  EXPECT_EQ(SourcesOfFirstSentence({
                "The $115 million film opened in 30 theaters across the country on Wednesday "
                "night.",
                "The film, which cost $115 million, opened Wednesday night in 30 theaters across "
                "the country.",
                "The film opened in 30 theaters across the country on Wednesday night, a day "
                "early.",
            }),
            (std::vector<int>{0, 1}));
}

}  // namespace
}  // namespace precis::summarize
