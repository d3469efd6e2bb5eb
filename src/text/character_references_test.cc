#include "text/character_references.h"

#include <gtest/gtest.h>

#include "text/text_decoding.h"

namespace precis::text {
namespace {

TEST(CharacterReferencesTest, NamedAndNumericReferencesAreDecoded) {
  EXPECT_EQ(DecodeCharacterReferences("the standard &amp; poor's 500 index"),
            "the standard & poor's 500 index");
  EXPECT_EQ(DecodeCharacterReferences("caf&eacute; &lt;b&gt; &quot;hi&quot; it&rsquo;s"),
            "caf\xC3\xA9 <b> \"hi\" it\xE2\x80\x99s");
  EXPECT_EQ(DecodeCharacterReferences("AT&AMP;T &LT;&GT;&QUOT; don&apos;t"), "AT&T <>\" don't");
  EXPECT_EQ(DecodeCharacterReferences("a &#124; b &#x2014; c &#X41;"), "a | b \xE2\x80\x94 c A");
  // HTML5 reads the C1 range as windows-1252: a curly apostrophe, an en dash.
  EXPECT_EQ(DecodeCharacterReferences("it&#146;s 1&#150;2"),
            "it\xE2\x80\x99s 1\xE2\x80\x93"
            "2");
  EXPECT_EQ(DecodeCharacterReferences("&#128512;"), "\xF0\x9F\x98\x80");
  EXPECT_EQ(DecodeCharacterReferences("&amp;amp;"), "&amp;");  // decoded once, as a browser does
}

TEST(CharacterReferencesTest, WhatIsNoReferenceIsKept) {
  for (const char* kept :
       {"AT&T and R&D", "a & b", "&", "&;", "&#;", "&#x;", "tom &amp jerry", "&nosuchname;",
        "&Amp;", "&#0;", "&#1;", "&#127;", "&#129;", "&#xD800;", "&#x110000;", "&#99999999999;",
        "&#12a;", "&verylongname;", "trailing &"}) {
    EXPECT_EQ(DecodeCharacterReferences(kept), kept) << kept;
  }
  EXPECT_EQ(DecodeCharacterReferences("no references at all"), "no references at all");
  EXPECT_EQ(DecodeCharacterReferences(""), "");
}

TEST(CharacterReferencesTest, DisplayTextDecodesThenFoldsWhiteSpace) {
  EXPECT_EQ(DisplayText("  rag &amp;\n bone&#10;jeans  "), "rag & bone jeans");
  EXPECT_EQ(DisplayText("tab&#9;here"), "tab here");
}

TEST(CharacterReferencesTest, OutputIsValidUtf8ForAnyInput) {
  // Every reference near the edges of what is decoded, amid bytes of broken UTF-8.
  const std::string inputs[] = {"&#x10FFFF;&#xFFFF;&#127;&#159;&#129;\xE2\x80",
                                "&#55296;&#57343;\xFF&#65;", "&thetasym;&alefsym;&#x0041",
                                std::string("a&#0;\0b&", 9)};
  for (const std::string& in : inputs) {
    const std::string out = DecodeCharacterReferences(in);
    std::string repaired;
    EXPECT_EQ(RepairUtf8(out, &repaired), RepairUtf8(in, &repaired)) << in;
  }
}

}  // namespace
}  // namespace precis::text
