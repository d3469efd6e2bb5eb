#include "text/stopwords.h"

#include <gtest/gtest.h>

#include "text/stemmer.h"

namespace precis::text {
namespace {

TEST(StopwordsTest, EnglishFunctionWords) {
  EXPECT_TRUE(IsStopword("en", "the"));
  EXPECT_TRUE(IsEnglishStopword("said"));
  EXPECT_FALSE(IsStopword("en", "judge"));
  EXPECT_FALSE(IsStopword("xx", "the"));
}

TEST(StopwordsTest, DetectsLanguages) {
  EXPECT_EQ(DetectLanguage("The judge said that the city would not have to comply with the "
                           "order and that the case is far from over for the administration."),
            "en");
  EXPECT_EQ(DetectLanguage("Die Regierung hat am Montag entschieden, dass das Gesetz nicht für "
                           "alle gilt und dass die Länder mit dem Bund verhandeln werden."),
            "de");
  EXPECT_EQ(DetectLanguage("Le gouvernement a décidé que la loi ne sera pas appliquée dans les "
                           "villes qui ont refusé de coopérer avec les autorités et le juge."),
            "fr");
  EXPECT_EQ(DetectLanguage("El gobierno dijo que la ley no se aplicará en las ciudades que se "
                           "negaron a cooperar con las autoridades de inmigración del país."),
            "es");
  EXPECT_EQ(DetectLanguage("short"), "en");
}

TEST(StemmerTest, SnowballPerLanguage) {
  Stemmer en("en");
  EXPECT_EQ(en.Stem("running"), "run");
  EXPECT_EQ(en.Stem("cities"), "citi");
  EXPECT_EQ(en.Stem("chicago's"), "chicago");
  Stemmer de("de");
  EXPECT_EQ(de.Stem("häuser"), "haus");
  Stemmer none("xx");
  EXPECT_FALSE(none.has_algorithm());
  EXPECT_EQ(none.Stem("words"), "words");
}

}  // namespace
}  // namespace precis::text
