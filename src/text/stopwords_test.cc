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
  EXPECT_EQ(
      DetectLanguage("芝加哥的一名联邦法官周五发布了全国性禁令，阻止司法部长拒绝向庇护城市提供"
                     "资金。法官表示，司法部长超越了他的权限，芝加哥市对此表示欢迎。司法部说"
                     "他们将会上诉，这个案件还没有结束。"),
      "zh");
  EXPECT_EQ(
      DetectLanguage("シカゴの連邦判事は金曜日、聖域都市への補助金を拒否しようとする司法長官の"
                     "試みを全国的に差し止める命令を出した。判事は、長官が権限を逸脱したと"
                     "述べた。シカゴ市はこの決定を歓迎した。"),
      "ja");
  // Languages Snowball stems, each from one news-like sentence or two.
  const std::vector<std::pair<const char*, const char*>> more = {
      {"ro",
       "Guvernul a decis luni că legea nu se va aplica în orașele care au refuzat să "
       "coopereze cu autoritățile, iar primarul a spus că este o victorie pentru oraș."},
      {"hu",
       "A kormány hétfőn úgy döntött, hogy a törvény nem lesz érvényes azokban a "
       "városokban, amelyek nem működtek együtt a hatóságokkal, és a polgármester szerint "
       "ez egy győzelem."},
      {"tr",
       "Hükümet pazartesi günü yasanın yetkililerle işbirliği yapmayı reddeden şehirlerde "
       "uygulanmayacağına karar verdi ve belediye başkanı bu kararın şehir için bir zafer "
       "olduğunu söyledi."},
      {"id",
       "Pemerintah memutuskan pada hari Senin bahwa undang-undang itu tidak akan berlaku "
       "di kota yang menolak untuk bekerja sama dengan pihak berwenang, dan wali kota "
       "mengatakan ini adalah kemenangan."},
      {"el",
       "Η κυβέρνηση αποφάσισε τη Δευτέρα ότι ο νόμος δεν θα ισχύει στις πόλεις που "
       "αρνήθηκαν να συνεργαστούν με τις αρχές, και ο δήμαρχος είπε ότι αυτό είναι μια "
       "νίκη για την πόλη."},
      {"ar",
       "قررت الحكومة يوم الاثنين أن القانون لن يطبق في المدن التي رفضت التعاون مع "
       "السلطات، وقال رئيس البلدية إن هذا انتصار للمدينة على الرغم من أن القضية لم تنته "
       "بعد وأن الحكومة قد تستأنف الحكم في المحكمة العليا."},
      {"hi",
       "सरकार ने सोमवार को फैसला किया कि यह कानून उन शहरों में लागू नहीं होगा जिन्होंने "
       "अधिकारियों के साथ सहयोग करने से इनकार किया था, और मेयर ने कहा कि यह शहर के लिए "
       "एक जीत है।"},
      {"ca",
       "El govern va decidir dilluns que la llei no s'aplicarà a les ciutats que s'han "
       "negat a cooperar amb les autoritats, i l'alcalde va dir que és una victòria per a "
       "la ciutat."},
  };
  for (const auto& [code, text] : more) EXPECT_EQ(DetectLanguage(text), code) << text;
  EXPECT_EQ(DetectLanguage("short"), "en");
}

// A few lines have too few function words to decide; a script that one language alone writes
// still does; a shared one (Cyrillic, Arabic, Devanagari) gives its likeliest language, not
// confidently; Latin gives the default, English.
TEST(StopwordsTest, ShortTextsByTheirScript) {
  bool confident = false;
  EXPECT_EQ(DetectLanguage("Ο δικαστής μπλόκαρε την απόφαση της κυβέρνησης.", &confident), "el");
  EXPECT_TRUE(confident);
  EXPECT_EQ(DetectLanguage("芝加哥法官周五裁定司法部败诉。"), "zh");
  EXPECT_EQ(DetectLanguage("シカゴの判事は命令を出した。"), "ja");
  EXPECT_EQ(DetectLanguage("Судья заблокировал решение правительства.", &confident), "ru");
  EXPECT_FALSE(confident);
  EXPECT_EQ(DetectLanguage("قاضٍ يوقف قرار الحكومة بشأن المدن.", &confident), "ar");
  EXPECT_FALSE(confident);
  EXPECT_EQ(DetectLanguage("न्यायाधीश ने सरकार का आदेश रोका।", &confident), "hi");
  EXPECT_FALSE(confident);
  EXPECT_EQ(DetectLanguage("Judge blocks the order.", &confident), "en");
  EXPECT_FALSE(confident);
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
