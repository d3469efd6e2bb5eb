#include "summarize/trainer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "extract/shingles.h"
#include "summarize/sentence_features.h"
#include "text/tokenizer.h"

namespace precis::summarize {
namespace {

// A Multi-News-shaped corpus of `events` made-up events. Each article reports its event's fact
// ("officials said ...") and a zoo aside ("a zebra ..."); the reference restates only the fact.
// Every few words name the event, so no run of eight words recurs across events and nothing is
// learned as boilerplate.
// `article_extra` is added to every article and `reference_extra` to every reference.
void WriteCorpus(const std::filesystem::path& src, const std::filesystem::path& tgt, int events,
                 const std::string& article_extra = "", const std::string& reference_extra = "") {
  std::ofstream s(src), t(tgt);
  for (int e = 0; e < events; ++e) {
    const std::string town = "Town" + std::to_string(e), river = "River" + std::to_string(e);
    const std::string fact = "Officials said the bridge over the " + river + " in " + town +
                             " reopened on Monday after " + std::to_string(e + 2) +
                             " months of repairs.";
    const std::string aside = "A zebra at the " + town + " zoo was seen near the " + river +
                              " gate while keepers of " + town + " watched it graze.";
    const std::string filler = "The " + town + " council will meet on Friday, and the " + river +
                               " trail near " + town + " stays closed until spring.";
    for (int d = 0; d < 2; ++d) {
      if (d) s << " ||||| ";
      s << (d ? aside + " " + fact : fact + " " + aside) << " " << filler << article_extra;
    }
    s << "\n";
    t << "– " << fact << " The work in " << town << " took longer than planned." << reference_extra
      << "\n";
  }
}

TEST(TrainerTest, LearnsWordWeightsFromWhatReferencesKeep) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "precis_trainer_test";
  std::filesystem::create_directories(dir);
  WriteCorpus(dir / "train.src", dir / "train.tgt", 40);
  TrainerOptions options;
  options.src = (dir / "train.src").string();
  options.tgt = (dir / "train.tgt").string();
  options.min_word_events = 10;
  options.ridge = 1.0;
  SummarizerModel model;
  std::string report;
  ASSERT_TRUE(TrainSummarizerModel(options, &model, &report).ok()) << report;
  const std::string word = std::string(kWordWeightPrefix);
  // Words of every event get weights; the event's own names (one event each) do not.
  ASSERT_TRUE(model.params.count(word + "zebra")) << report;
  ASSERT_TRUE(model.params.count(word + "officials")) << report;
  EXPECT_FALSE(model.params.count(word + "town3"));
  EXPECT_GT(model.params[word + "officials"], model.params[word + "zebra"]);
  EXPECT_LT(model.params[word + "zebra"], 0);

  // The same model on one thread and on several.
  options.threads = 1;
  SummarizerModel one_thread;
  ASSERT_TRUE(TrainSummarizerModel(options, &one_thread, &report).ok());
  EXPECT_EQ(one_thread.params, model.params);
  std::filesystem::remove_all(dir);
}

// Boilerplate is text repeated across unrelated events that no reference summary has; a news
// phrase that recurs as much, and that references use, is not.
TEST(TrainerTest, BoilerplateIsRepeatedTextNoReferenceUses) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / "precis_trainer_boilerplate_test";
  std::filesystem::create_directories(dir);
  const std::string newsletter =
      "Sign up for our daily newsletter to get the top stories delivered to your inbox.";
  const std::string agency = "The centers for disease control and prevention said it was checking.";
  WriteCorpus(dir / "train.src", dir / "train.tgt", 20, " " + newsletter + " " + agency,
              " " + agency);
  TrainerOptions options;
  options.src = (dir / "train.src").string();
  options.tgt = (dir / "train.tgt").string();
  SummarizerModel model;
  std::string report;
  ASSERT_TRUE(TrainSummarizerModel(options, &model, &report).ok()) << report;
  auto shingles_of = [](const std::string& text) {
    std::vector<text::Token> tokens;
    text::Tokenize(text, &tokens);
    std::vector<uint64_t> shingles;
    extract::WordShingles(text, tokens, 0, tokens.size(), &shingles);
    return shingles;
  };
  const std::vector<uint64_t> boilerplate = shingles_of(newsletter), news = shingles_of(agency);
  ASSERT_FALSE(boilerplate.empty());
  ASSERT_FALSE(news.empty());
  for (uint64_t shingle : boilerplate) EXPECT_TRUE(model.boilerplate.Contains(shingle)) << report;
  for (uint64_t shingle : news) EXPECT_FALSE(model.boilerplate.Contains(shingle)) << report;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace precis::summarize
