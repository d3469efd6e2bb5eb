#include "extract/text_cleaner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <vector>

#include "extract/non_article_detector.h"
#include "extract/shingles.h"
#include "summarize/cluster_analysis.h"

namespace precis::extract {
namespace {

// Label of the sentence containing `needle`.
SentenceLabel LabelOf(const std::string& text, const CleanedText& c, const std::string& needle) {
  for (const CleanSentence& s : c.sentences) {
    // The dateline is cut from the front, so look from the start of the line.
    if (text.substr(s.begin, s.end - s.begin).find(needle) != std::string::npos) return s.label;
  }
  ADD_FAILURE() << "no sentence contains: " << needle;
  return SentenceLabel::kContent;
}

// The text of the sentence that contains `needle`, as cleaned (with what was cut from its front
// gone), or "(none)".
std::string SentenceWith(const std::string& text, const CleanedText& c, const std::string& needle) {
  for (const CleanSentence& s : c.sentences) {
    if (text.substr(s.begin, s.end - s.begin).find(needle) != std::string::npos) {
      return text.substr(s.begin, s.end - s.begin);
    }
  }
  return "(none)";
}

// The text of the sentences kept as content, in order.
std::vector<std::string> ContentSentences(const std::string& text, const CleanedText& c) {
  std::vector<std::string> content;
  for (const CleanSentence& s : c.sentences) {
    if (s.label == SentenceLabel::kContent)
      content.push_back(text.substr(s.begin, s.end - s.begin));
  }
  return content;
}

TEST(TextCleanerTest, LabelsWebJunkAndKeepsProse) {
  const std::string text =
      "Judge blocks sanctuary city funds order\n\n"
      "CHICAGO — A federal judge on Friday blocked the Justice Department from withholding grants "
      "from sanctuary cities.\n\n"
      "22 PHOTOS\nSanctuary Cities in the USA\nSee Gallery\n(Photo: Getty Images)\n"
      "HIDE CAPTION\nSHOW CAPTION\n\n"
      "Immigrant Rosa Sabido sits in the church in Mancos, Colorado, U.S., July 19, 2017. "
      "REUTERS/Lucy Nicholson\n\n"
      "READ MORE: Three Takeaways From The Season\n\n"
      "This is a win for cities across the US. pic.twitter.com/H6pN36JsuD\n"
      "— Mayor Rahm Emanuel (@ChicagosMayor) September 15, 2017\n\n"
      "The city had asked the judge for a nationwide injunction this week, lawyers said.\n\n"
      "SEE ALSO:\n\nTrump just said a deal with Democrats can't include chain migration\n\n"
      "Sign up for Breaking News by AOL to get the latest alerts delivered to your inbox.\n\n"
      "[Reporter: \"Are you concerned about the funding?\"]\n\n"
      "(© Copyright 2017 CBS Broadcasting Inc. All Rights Reserved.)\n\n"
      "CLOSE Skip in Skip x Embed x Share Mayor Rahm Emanuel spoke after the ruling on Friday "
      "in Chicago. USA TODAY\n\n"
      "Video provided by Newsy Newslook\n\n"
      "Email the author at jdoe@example.com.\n\n"
      "Updated at 4:01 p.m. ET, Friday, May 15.\n";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  EXPECT_EQ(c.title, "Judge blocks sanctuary city funds order");
  EXPECT_EQ(c.dateline, "CHICAGO");
  EXPECT_EQ(LabelOf(text, c, "A federal judge on Friday"), SentenceLabel::kContent);
  EXPECT_EQ(LabelOf(text, c, "nationwide injunction this week"), SentenceLabel::kContent);
  EXPECT_EQ(LabelOf(text, c, "22 PHOTOS"), SentenceLabel::kShortLine);
  EXPECT_EQ(LabelOf(text, c, "See Gallery"), SentenceLabel::kShortLine);
  EXPECT_EQ(LabelOf(text, c, "(Photo: Getty"), SentenceLabel::kAside);
  EXPECT_EQ(LabelOf(text, c, "HIDE CAPTION"), SentenceLabel::kShortLine);
  EXPECT_EQ(LabelOf(text, c, "Rosa Sabido sits"), SentenceLabel::kCaption);
  EXPECT_EQ(LabelOf(text, c, "READ MORE"), SentenceLabel::kPromo);
  EXPECT_EQ(LabelOf(text, c, "pic.twitter.com"), SentenceLabel::kSocial);
  EXPECT_EQ(LabelOf(text, c, "(@ChicagosMayor)"), SentenceLabel::kSocial);
  EXPECT_EQ(LabelOf(text, c, "chain migration"), SentenceLabel::kPromo);
  EXPECT_EQ(LabelOf(text, c, "Sign up for Breaking News"), SentenceLabel::kPrompt);
  EXPECT_EQ(LabelOf(text, c, "[Reporter"), SentenceLabel::kAside);
  EXPECT_EQ(LabelOf(text, c, "CLOSE Skip"), SentenceLabel::kCaption);
  EXPECT_EQ(LabelOf(text, c, "USA TODAY"), SentenceLabel::kCaption);
  EXPECT_EQ(LabelOf(text, c, "Video provided by"), SentenceLabel::kCaption);
  EXPECT_EQ(LabelOf(text, c, "Email the author"), SentenceLabel::kPrompt);
  EXPECT_EQ(LabelOf(text, c, "Copyright 2017"), SentenceLabel::kCredit);
  EXPECT_EQ(LabelOf(text, c, "Updated at 4:01"), SentenceLabel::kCredit);
  // The dateline is cut from the sentence's span.
  for (const CleanSentence& s : c.sentences) {
    if (s.label == SentenceLabel::kContent) {
      EXPECT_EQ(text.substr(s.begin, 10), "A federal ");
      break;
    }
  }
}

TEST(TextCleanerTest, APromptRunIntoAParagraphIsAPrompt) {
  const std::string text =
      "Welcome to our new home for news about parenting and child health. Sign up for our family "
      "newsletter. If workers don't sign up by March, their medical coverage will cost $50 more "
      "a month, the company said.\n";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  EXPECT_EQ(LabelOf(text, c, "Sign up for our"), SentenceLabel::kPrompt);
  EXPECT_EQ(LabelOf(text, c, "If workers"), SentenceLabel::kContent);
}

TEST(TextCleanerTest, APointerToThePagesVideoOrLinkIsAPrompt) {
  const std::string text =
      "The mayor opened the bridge on Monday. Watch the video above to see the moment. For live "
      "coverage, click here. The man you see in the clip below is a reporter. Mobile users: click "
      "here for photos of the bridge was opened by the mayor in a short ceremony. In the video "
      "above, the mayor cuts the ribbon.\n";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  EXPECT_EQ(LabelOf(text, c, "Watch the video"), SentenceLabel::kPrompt);
  EXPECT_EQ(LabelOf(text, c, "For live coverage"), SentenceLabel::kPrompt);
  EXPECT_EQ(LabelOf(text, c, "The man you see"), SentenceLabel::kPrompt);
  // The story runs on after the imperative; and a video described, not pointed to.
  EXPECT_EQ(LabelOf(text, c, "Mobile users"), SentenceLabel::kContent);
  EXPECT_EQ(LabelOf(text, c, "In the video above"), SentenceLabel::kContent);
}

TEST(TextCleanerTest, APointerToThePagesGalleryIsAPrompt) {
  // Multi-News's shape: pages pasted without line breaks.
  const std::string text =
      "the mayor opened the bridge on monday. Flip through the gallery above. Launch the gallery "
      "to see 8 of the top moments from the ceremony. Click through this slideshow of the "
      "bridges the city has built. Watch the report from good morning america in the player "
      "above. Scroll down for past debates including the full video of each debate. Visitors "
      "can see the gallery of the bridge's plans at city hall until friday.\n";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  const std::vector<std::string> expected = {
      "the mayor opened the bridge on monday.",
      // No reader addressed: the story's.
      "Visitors can see the gallery of the bridge's plans at city hall until friday.",
  };
  EXPECT_EQ(ContentSentences(text, c), expected);
  EXPECT_EQ(LabelOf(text, c, "Launch the gallery"), SentenceLabel::kPrompt);
}

TEST(TextCleanerTest, AMediaWidgetsLabelRunIntoASentenceIsCut) {
  // Multi-News's shape: pages pasted without line breaks.
  const std::string text =
      "the mayor opened the bridge on monday. Scroll down for video proud: the mayor cut the "
      "ribbon at noon, watched by hundreds. See more videos he said he had waited ten years for "
      "it. View images a worker paints the railings of the bridge in may. View photo gallery: "
      "the bridge cost $ 40 million, the council said. View archive the council voted for it in "
      "2012. Click to enlarge the bridge spans the river at its widest point. Watch the report "
      "police closed the road for the ceremony. View photos of the bridge are on the city's "
      "website, a spokesman said.\n";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  const std::vector<std::string> expected = {
      "the mayor opened the bridge on monday.",
      "proud: the mayor cut the ribbon at noon, watched by hundreds.",
      "he said he had waited ten years for it.",
      "a worker paints the railings of the bridge in may.",
      "the bridge cost $ 40 million, the council said.",
      "the council voted for it in 2012.",
      "the bridge spans the river at its widest point.",
      "police closed the road for the ceremony.",
      // The words go on from "view photos": the sentence's own.
      "View photos of the bridge are on the city's website, a spokesman said.",
  };
  EXPECT_EQ(ContentSentences(text, c), expected);
}

TEST(TextCleanerTest, APromptToFollowTheSiteIsAPromptOrCutFromTheStory) {
  // Multi-News's shape: pages pasted without line breaks.
  const std::string text =
      "the mayor opened the bridge on monday. Follow her on twitter @kr0618. Follow the bangor "
      "daily news on facebook for the latest maine news. Follow the ticker on twitter: "
      "@politicalticker but a source inside the campaign said her role was overblown. Follow "
      "ynetnews on facebook and twitter the document is one of several released on wednesday. "
      "Fans follow the band on twitter in their millions, the label said.\n";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  EXPECT_EQ(LabelOf(text, c, "Follow her"), SentenceLabel::kPrompt);
  EXPECT_EQ(LabelOf(text, c, "Follow the bangor"), SentenceLabel::kPrompt);
  const std::vector<std::string> expected = {
      "the mayor opened the bridge on monday.",
      "but a source inside the campaign said her role was overblown.",
      "the document is one of several released on wednesday.",
      // No reader addressed: the story's.
      "Fans follow the band on twitter in their millions, the label said.",
  };
  EXPECT_EQ(ContentSentences(text, c), expected);
}

TEST(TextCleanerTest, TheHeadingOfLiveUpdatesIsNoSentence) {
  const std::string text =
      "TUSCALOOSA, Ala. (AP) — The Latest on the arrest of a former astronaut following a wreck "
      "(all times local): 11:30 a.m. The former astronaut has been charged with murder. The "
      "latest on the crash came from state troopers, who said the road was wet.\n\n"
      "The Latest on hurricane irma (all times local): 9:25 a.m.\n";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  const std::vector<std::string> expected = {
      "The former astronaut has been charged with murder.",
      "The latest on the crash came from state troopers, who said the road was wet.",
  };
  EXPECT_EQ(ContentSentences(text, c), expected);
  EXPECT_EQ(LabelOf(text, c, "The Latest on hurricane"), SentenceLabel::kShortLine);
}

TEST(TextCleanerTest, CreditSentencesInAPastedOneLineArticle) {
  // Pasted without line breaks: the report and the agency's credit share one line. Only the
  // credit sentences go; a short credit line still goes whole.
  const std::string text =
      "US unemployment rate falls to 6.3 percent, lowest in five years, as the economy gains "
      "288,000 jobs in April, the Labor Department said on Friday. Economists had expected fewer. "
      "Copyright 2014 The Associated Press. All rights reserved. This material may not be "
      "published, broadcast, rewritten or redistributed.\n\n"
      "Reuters contributed to this report. Follow us for more.\n";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  EXPECT_EQ(LabelOf(text, c, "unemployment rate falls"), SentenceLabel::kContent);
  EXPECT_EQ(LabelOf(text, c, "Economists had expected"), SentenceLabel::kContent);
  EXPECT_EQ(LabelOf(text, c, "Copyright 2014"), SentenceLabel::kCredit);
  EXPECT_EQ(LabelOf(text, c, "All rights reserved"), SentenceLabel::kCredit);
  EXPECT_EQ(LabelOf(text, c, "may not be published"), SentenceLabel::kCredit);
  EXPECT_EQ(LabelOf(text, c, "Follow us for more"), SentenceLabel::kCredit);
}

// Text pasted without line breaks (a JSON field, a copy from a reader view) puts a whole page on
// one line. A credit, prompt or embedded post in it marks its own sentence, not the line, and a
// gallery's captions are still recognised, as sentences: the prose kept is the prose kept from
// the page with its breaks.
TEST(TextCleanerTest, APagePastedWithoutLineBreaksKeepsItsProse) {
  const std::vector<std::string> paragraphs = {
      "A federal judge on Friday blocked the Justice Department from withholding grants from "
      "sanctuary cities, saying the conditions would harm the trust between police and "
      "immigrant communities.",
      "The city had asked the judge for a nationwide injunction this week, lawyers said.",
      "Immigrant Rosa Sabido, 53, brushes her teeth after waking up in the United Methodist "
      "Church in which she lives while facing deportation in Mancos, Colorado, U.S., July 19, "
      "2017. REUTERS/Lucy Nicholson",
      "Immigrant Rosa Sabido, 53, takes a shower after waking up in the United Methodist Church "
      "in which she lives while facing deportation in Mancos, Colorado, U.S., July 19, 2017. "
      "REUTERS/Lucy Nicholson",
      "Immigrant Rosa Sabido sits in the United Methodist Church in which she lives while "
      "facing deportation in Mancos, Colorado, U.S., July 19, 2017. REUTERS/Lucy Nicholson",
      "A piano is seen in the United Methodist Church in which she lives while facing "
      "deportation in Mancos, Colorado, U.S., July 19, 2017. REUTERS/Lucy Nicholson",
      "The Justice Department said it would appeal the ruling to the Seventh Circuit.",
      "Sign up for Breaking News by AOL to get the latest alerts delivered to your inbox.",
      "This is a win for cities across the US pic.twitter.com/H6pN36JsuD — Mayor Rahm Emanuel "
      "(@ChicagosMayor) September 15, 2017"};
  std::string with_breaks, flattened;
  for (const std::string& p : paragraphs) {
    with_breaks += p + "\n\n";
    flattened += p + " ";
  }
  auto content_of = [](const std::string& text) {
    CleanedText c;
    CleanText(text, BoilerplateModel(), &c);
    return ContentSentences(text, c);
  };
  const std::vector<std::string> expected = {paragraphs[0], paragraphs[1], paragraphs[6]};
  EXPECT_EQ(content_of(with_breaks), expected);
  EXPECT_EQ(content_of(flattened), expected);

  CleanedText c;
  CleanText(flattened, BoilerplateModel(), &c);
  // Each caption's credit opens the next sentence: it is cut from it, and marks the sentence
  // before it as a caption.
  EXPECT_EQ(LabelOf(flattened, c, "brushes her teeth"), SentenceLabel::kCaption);
  EXPECT_EQ(LabelOf(flattened, c, "takes a shower"), SentenceLabel::kCaption);
  EXPECT_EQ(LabelOf(flattened, c, "A piano is seen"), SentenceLabel::kCaption);
  // The rules for a line hold for each sentence of a long one.
  EXPECT_EQ(LabelOf(flattened, c, "Sign up for Breaking News"), SentenceLabel::kPrompt);
  EXPECT_EQ(LabelOf(flattened, c, "pic.twitter.com"), SentenceLabel::kSocial);
  EXPECT_FALSE(JudgeArticle(flattened, c).non_article);
}

TEST(TextCleanerTest, EmbeddedPostsRunIntoProseAreCutFromIt) {
  // A page pasted without its line breaks, as Multi-News has them: posts embedded in a row, each
  // post's text ended by the sentence breaker before its link (capitalized as a sentence start),
  // signed with a date or the embed's timestamp, and run into the text after it.
  const std::string text =
      "A speeding train ran over a crowd watching fireworks during a religious festival in "
      "northern India on Friday evening, killing at least 60 people, police said. The train "
      "did not stop after the accident on the outskirts of Amritsar. Officials said the toll "
      "may rise. You have to be kidding me. Pic.twitter.com/AbCd123 — Jane Roe (@janeroe) May "
      "18, 2015 Pained beyond words at the loss of precious lives in Punjab. My … "
      "https://t.co/wmjduqrtc4 — Rajnath Singh (@rajnathsingh) 1539960766000 The state "
      "government ordered an inquiry into the accident on Saturday. Rescue teams worked through "
      "the night. Wow pic.twitter.com/zz99 — John Doe (@jdoe) May 18, 2015 The chief minister "
      "announced compensation for the families of the dead.";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  EXPECT_EQ(LabelOf(text, c, "kidding me"), SentenceLabel::kSocial);
  EXPECT_EQ(LabelOf(text, c, "Pained beyond words"), SentenceLabel::kSocial);
  EXPECT_EQ(SentenceWith(text, c, "ordered an inquiry"),
            "The state government ordered an inquiry into the accident on Saturday.");
  EXPECT_EQ(LabelOf(text, c, "ordered an inquiry"), SentenceLabel::kContent);
  // Prose before a post whose text stands in the link's own sentence is prose.
  EXPECT_EQ(LabelOf(text, c, "toll may rise"), SentenceLabel::kContent);
  EXPECT_EQ(LabelOf(text, c, "through the night"), SentenceLabel::kContent);
  EXPECT_EQ(SentenceWith(text, c, "compensation"),
            "The chief minister announced compensation for the families of the dead.");
}

TEST(TextCleanerTest, APhotoCreditOpeningASentenceOfALongLineIsCut) {
  const std::string text =
      "The city sued the Justice Department in August over the new conditions on its police "
      "grants, which it said would force local officers to act as immigration agents and drive "
      "witnesses away from reporting crimes in the neighborhoods that need the police most. "
      "Lawyers for the department said the conditions were lawful and long overdue, and that "
      "cities were free to turn the money down. Protesters marched downtown on Friday. "
      "AP Photo/Evan Vucci President Donald Trump speaks at the White House about the ruling. "
      "REUTERS/Staff The judge said the conditions were unlawful. The mayor welcomed it, "
      "Reuters/Ipsos polling showed. NAACP/local chapters said they would keep watching.";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  EXPECT_EQ(SentenceWith(text, c, "speaks at the White House"),
            "President Donald Trump speaks at the White House about the ruling.");
  EXPECT_EQ(SentenceWith(text, c, "conditions were unlawful"),
            "The judge said the conditions were unlawful.");
  EXPECT_EQ(LabelOf(text, c, "conditions were unlawful"), SentenceLabel::kContent);
  // Only a credit at the front is cut; "Reuters/Ipsos" inside a sentence is not an agency credit.
  EXPECT_EQ(LabelOf(text, c, "The mayor welcomed it"), SentenceLabel::kContent);
  // A slash after capitals with no name after it is no credit, and nothing is cut.
  EXPECT_EQ(SentenceWith(text, c, "chapters said"),
            "NAACP/local chapters said they would keep watching.");
}

TEST(TextCleanerTest, ALabelledPhotoCreditOpeningASentenceIsCut) {
  // A page pasted without line breaks (a line longer than any caption): each caption's labelled
  // credit runs into the story.
  const std::string text =
      "Steely Dan sold more than 40 million records in a career that began in New York in the "
      "late 1960s, when two students who had met at a small college upstate started writing "
      "songs together for other acts before they formed a band of their own in Los Angeles. "
      "Photo: Mick Hutson/Redferns Walter Becker, the co-founder and guitarist of Steely Dan, has "
      "died at the age of 67. His death was announced on his website on Sunday. Credit: Jane Doe "
      "The band's other founder, Donald Fagen, paid tribute to him in a statement. Photo: AP/Evan "
      "Vucci Fans gathered outside the band's old studio in Los Angeles on Sunday night. Photo: "
      "President Obama speaks about the band at the White House on Monday.";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  // Name/agency: the agency ends the credit.
  EXPECT_EQ(
      SentenceWith(text, c, "has died"),
      "Walter Becker, the co-founder and guitarist of Steely Dan, has died at the age of 67.");
  // No slash: the credit ends before a word that opens sentences.
  EXPECT_EQ(SentenceWith(text, c, "paid tribute"),
            "The band's other founder, Donald Fagen, paid tribute to him in a statement.");
  // AGENCY/name: the photographer's name ends it.
  EXPECT_EQ(SentenceWith(text, c, "Fans gathered"),
            "Fans gathered outside the band's old studio in Los Angeles on Sunday night.");
  // A caption's subject after the label is no credit: nothing is cut.
  EXPECT_EQ(SentenceWith(text, c, "speaks about the band"),
            "Photo: President Obama speaks about the band at the White House on Monday.");
}

TEST(TextCleanerTest, ALowercasedAgencyCreditIsCutThroughItsParts) {
  // Multi-News's form of a Reuters page: lowercased but for a capital after each period, with the
  // captions' credits run into the sentences after them. Only the agency's name marks a credit
  // there; its parts (a name, "file photo", "handout via reuters tv", a picture id, a second
  // credit after a semicolon) end it.
  const std::string text =
      "Satoshi nakamoto is surrounded by reporters as he leaves his home in temple city, "
      "california, march 6, 2014. Reuters/david mcnew satoshi nakamoto, a name known to legions of "
      "bitcoin traders, appeared to lose his anonymity on thursday. Reuters/aaron p. Bernstein - "
      "rtsaf6q schlafly, who lived in the st. Louis suburb of ladue, died at her home. "
      "Reuters/social media website via reuters tv/file photo the united states on friday doubled "
      "its reward for information on the group's leader. Ap photo/chris miller; ap "
      "photo/matt slocum/associated press tea party favorite john ratcliffe is in a tight race. "
      "A confederate flag flies outside the state house in a 2012 photo. ( reuters/chris "
      "keane/files ) the shooting has reignited a controversy over the flag. The poll was run by "
      "reuters/ipsos and asked 1,000 adults across the country.";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  // Each sentence's first words, marked when a caption: a credit closes the sentence before it as
  // the caption it credits.
  std::vector<std::string> starts;
  for (const CleanSentence& s : c.sentences) {
    starts.push_back((s.label == SentenceLabel::kCaption ? "caption: " : "") +
                     text.substr(s.begin, 16));
  }
  EXPECT_EQ(starts, (std::vector<std::string>{
                        "caption: Satoshi nakamoto",
                        "caption: satoshi nakamoto",
                        "caption: schlafly, who li",
                        "caption: the united state",
                        "tea party favori",
                        // In brackets, the credit closes the caption before it in the sentence.
                        "the shooting has",
                        "The poll was run",
                    }));
}

TEST(TextCleanerTest, AGalleryCaptionRunIntoTheStoryIsCutAtItsBracketedCredit) {
  // An AP page pasted without line breaks: a truncated gallery caption and its credit run into
  // the story's first sentence, and a later caption closes with its own credit.
  const std::string text =
      "Angelika Graswald stands in court with her attorneys, who ask for bail and to unseal the "
      "indictment... (Associated Press) GOSHEN, N.Y. (AP) — A woman accused of killing her "
      "fiance while out paddling on the Hudson River admitted tampering with his kayak, "
      "prosecutors said Monday. The couple had been paddling near Bannerman Island when his "
      "kayak overturned in the cold water. FILE - In this April 2015 file photo, rescuers search "
      "the river near the island. The body of the fiance was found weeks later by searchers on "
      "the river. Graswald smiles as she leaves the courthouse on Monday. (Photo: Jane Doe, "
      "Times Herald-Record) Her lawyers said she would plead not guilty to the charges. The "
      "judge (ret.) and the ACLU (American Civil Liberties Union) declined to comment on Monday. "
      "Relatives watched from the gallery. (AP Photo/Mike Groll)";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  const std::vector<std::string> content = ContentSentences(text, c);
  // The caption and its credit go; the story's sentence stays, its dateline cut as usual.
  ASSERT_FALSE(content.empty());
  EXPECT_EQ(content.front(),
            "A woman accused of killing her fiance while out paddling on the Hudson River "
            "admitted tampering with his kayak, prosecutors said Monday.");
  EXPECT_EQ(c.dateline, "GOSHEN, N.Y.");
  // AP's file-photo caption shape.
  EXPECT_EQ(LabelOf(text, c, "FILE - In this April 2015"), SentenceLabel::kCaption);
  // A credit opening a sentence: the sentence before it is the caption, the rest is story.
  EXPECT_EQ(LabelOf(text, c, "smiles as she leaves"), SentenceLabel::kCaption);
  EXPECT_EQ(LabelOf(text, c, "plead not guilty"), SentenceLabel::kContent);
  EXPECT_EQ(std::count(content.begin(), content.end(),
                       "Her lawyers said she would plead not guilty to the charges."),
            1);
  // A credit with too little after it: the whole sentence is the caption.
  EXPECT_EQ(LabelOf(text, c, "Relatives watched"), SentenceLabel::kCaption);
  // Brackets that are not credits are prose.
  EXPECT_EQ(LabelOf(text, c, "American Civil Liberties Union"), SentenceLabel::kContent);
  EXPECT_EQ(LabelOf(text, c, "kayak overturned"), SentenceLabel::kContent);

  // All lowercase, the splitter sees no sentence end, and a whole page is one long sentence: it
  // is searched as well.
  const std::string lowercase =
      "file - in this july 12, 2018 file photo, an agent is seated to testify before the house "
      "committees on the judiciary during a hearing... ( associated press ) the son of a "
      "congressman lambasted his father on twitter on monday for ruining the career of a "
      "recently fired agent who had sent text messages about the election. the congressman did "
      "not answer questions about the posts on monday or tuesday. his office said he would not "
      "comment on family matters and that the committee would go on with its work on the "
      "inquiry as planned in the coming weeks.";
  CleanText(lowercase, BoilerplateModel(), &c);
  ASSERT_EQ(c.sentences.size(), 1u);
  EXPECT_EQ(c.sentences[0].label, SentenceLabel::kContent);
  EXPECT_EQ(lowercase.substr(c.sentences[0].begin, 25), "the son of a congressman ");

  // Lowercase quotes keep much of a story in few sentences, and a bracketed link to pictures in
  // it looks like a credit: its title is longer than a credit's name, and the story stays.
  const std::string story =
      "house majority leader eric cantor has canceled his planned speech today at the wharton "
      "school of business; a collection of liberal groups and unions planned to target him with "
      "protests. \" the office of the majority leader was informed last night by capitol police "
      "that the university was unable to ensure that the attendance policy previously agreed to "
      "could be met, \" cantor spokeswoman laena fallon said in a statement. \"wharton is an "
      "educational leader in innovation and entrepreneurship, and the majority leader "
      "appreciated the invitation to speak with the students, faculty, alumni, and other "
      "members of the community, \" she said. ( pictures: scenes from the ground at occupy wall "
      "street ) an organizer of the protest said that her group and others will hold their "
      "planned rally, regardless.";
  CleanText(story, BoilerplateModel(), &c);
  ASSERT_FALSE(c.sentences.empty());
  EXPECT_EQ(story.substr(c.sentences[0].begin, 22), "house majority leader ");
  EXPECT_EQ(c.sentences[0].label, SentenceLabel::kContent);
  EXPECT_GT(c.content_words, 100u);
  // A run of short captions, each closed by its credit, is still cut as a whole.
  const std::string gallery =
      "file - in this march 2, 2018 file photo, high winds and rough surf toss about the boat "
      "docks in stone harbor, n.j. ( associated press ) file - in this march 3, 2018 file photo, "
      "residents walk through a flooded street in the town after the storm passed over the "
      "coast. ( associated press ) file - in this march 4, 2018 file photo, crews remove fallen "
      "trees from a road near the shore as the cleanup goes on. ( associated press ) residents "
      "along the northeast coast braced for more flooding during high tides saturday.";
  CleanText(gallery, BoilerplateModel(), &c);
  ASSERT_EQ(c.sentences.size(), 1u);
  EXPECT_EQ(gallery.substr(c.sentences[0].begin, 20), "residents along the ");
}

TEST(TextCleanerTest, ListItemsUnderALineEndingInAColonFinishIt) {
  // The items finish the line that introduces them ("urging automakers to:"): alone, each says
  // what no one said. A second sentence in an item, and items of a list that no colon
  // introduces, are sentences of their own.
  const std::string text =
      "The safety board on Wednesday called for changes to make cars safer for children.\n"
      "Hall said the Safety Board is urging automakers to:\n"
      "--Install shoulder belts in all rear seating positions in cars and light trucks.\n"
      "--Make the shoulder belts in rear seats adjustable so that they fit children. Most autos "
      "have adjustable shoulder belts only in the front seats.\n"
      "The board has no power to make rules of its own, a spokesman said.\n"
      "_ The agency will study child seats in crash tests next year, officials said.\n";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  auto finishes = [&](const std::string& needle) {
    for (const CleanSentence& s : c.sentences) {
      if (text.substr(s.begin, s.end - s.begin).find(needle) != std::string::npos) {
        return s.finishes_list_intro;
      }
    }
    ADD_FAILURE() << "no sentence holds " << needle;
    return false;
  };
  EXPECT_TRUE(finishes("Install shoulder belts"));
  EXPECT_TRUE(finishes("Make the shoulder belts"));
  EXPECT_FALSE(finishes("Most autos have"));
  EXPECT_FALSE(finishes("The board has no power"));
  EXPECT_FALSE(finishes("The agency will study"));
  EXPECT_FALSE(finishes("The safety board on Wednesday"));
}

TEST(TextCleanerTest, AgencyPhotoCaptionsWithoutTheirCreditAreCaptions) {
  // Multi-News's AP pages, lowercased and with the "(AP Photo/Name)" credits gone: the captions
  // still say what they are in their first words, or in the place and full date they end on.
  // Prose about a picture, that says "this image" of something else, or that dates an event "on"
  // a day, stays.
  const std::string text =
      "A federal judge on friday blocked the new rules for the state's prisons, the court said. "
      "In this may 3, 2015 photo, authorities investigate a shooting at the trestle trail bridge "
      "in the city of menasha, wis. This undated photo provided by the albuquerque police "
      "department shows dominique perez. this image made from video released by the coast guard "
      "shows smoke over the ferry on sunday. The ruling applies to all twelve prisons in the "
      "state, the judge wrote in a long opinion. This picture is far from complete, analysts "
      "said, and a new report shows why. In this case, the court released the inmates on "
      "monday. This image problem has dogged the department for years, officials said. "
      "Relatives mourn by the body of a victim of a train accident in amritsar, india, friday, "
      "oct. 19, 2018. The prisons were ordered closed on friday, oct. 19, 2018. The state "
      "appealed the ruling on monday, june 4, the governor said. Christopher nieto, left, and "
      "attorney justin brown, right, speak to the media in baltimore, md., thursday, march, 29, "
      "2018.\n\n"
      // A short paragraph: its sentences are not items of their own, but a caption still is.
      "The balloon's pilot had been arrested twice before. Nixon resident lisa peralez reads a "
      "prayer at the site near lockhart, texas, sunday, july 31, 2016.";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  const std::pair<const char*, SentenceLabel> expected[] = {
      {"In this may 3, 2015 photo", SentenceLabel::kCaption},
      {"This undated photo provided by", SentenceLabel::kCaption},
      {"this image made from video", SentenceLabel::kCaption},
      {"Relatives mourn by the body", SentenceLabel::kCaption},
      {"ordered closed on friday", SentenceLabel::kContent},
      {"appealed the ruling on monday", SentenceLabel::kContent},
      {"speak to the media", SentenceLabel::kCaption},
      {"arrested twice before", SentenceLabel::kContent},
      {"reads a prayer", SentenceLabel::kCaption},
      {"A federal judge on friday", SentenceLabel::kContent},
      {"The ruling applies", SentenceLabel::kContent},
      {"This picture is far from complete", SentenceLabel::kContent},
      {"In this case", SentenceLabel::kContent},
      {"This image problem", SentenceLabel::kContent},
  };
  for (const auto& [needle, label] : expected) EXPECT_EQ(LabelOf(text, c, needle), label) << needle;
}

TEST(TextCleanerTest, AnAgencyCreditOutOfBracketsClosesItsCaption) {
  // Multi-News's shape, a short paragraph: captions end with Getty's credit, bracketed with a
  // chain of agencies or not bracketed at all, and the story runs on.
  const std::string text =
      "Members of the media wait along a road in singapore on may 31, 2018. ( nicholas "
      "yeo/afp/getty images ) at an island resort off the coast, officials met on tuesday. "
      "Donald f. Mcgahn photographer: drew angerer/getty images \"don has a brilliant legal "
      "mind,\" the president said. Getty images the calendar says 2018 now. By jim "
      "watson/afp/getty images. The getty museum in los angeles reopened its galleries on monday.";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  const std::vector<std::string> expected = {
      "at an island resort off the coast, officials met on tuesday.",
      "\"don has a brilliant legal mind,\" the president said.",
      "the calendar says 2018 now.",
      // A name, not a credit.
      "The getty museum in los angeles reopened its galleries on monday.",
  };
  EXPECT_EQ(ContentSentences(text, c), expected);
  EXPECT_EQ(LabelOf(text, c, "By jim watson"), SentenceLabel::kCaption);
}

TEST(TextCleanerTest, TheWireAgenciesCreditsOutOfBracketsCloseTheirCaptions) {
  // The same with AP, Reuters and EPA after the photographer's name, as politico and NPR pages
  // reach Multi-News: a chain of agencies, "photo" and "file photo )" belong to the credit.
  const std::string text =
      "Protesters gathered near the golf course on saturday. &#124; j. Scott applewhite/ap photo "
      "the senate voted on the bill late on friday night. When sober, she showed a talent that "
      "changed pop music jeff christensen/ap the singer was found dead at her flat on saturday. "
      "Huckabee speaks in ames, iowa, last august. ( charlie neibergall/ap file photo ) there was "
      "no shortage of news this week for the party. The flag flies near the embassy. ( sergei "
      "ilnitsky/epa-efe/shutterstock ) the united states is expected to impose new sanctions. "
      "Jones arrives at the courthouse. ( tamir kalifa/austin american-statesman via ap ) the "
      "yogurt maker is suing the radio host over his videos. "
      "A new poll of voters found support for the plan rising in the spring.";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  const std::vector<std::string> expected = {
      "the senate voted on the bill late on friday night.",
      "the singer was found dead at her flat on saturday.",
      "there was no shortage of news this week for the party.",
      "the united states is expected to impose new sanctions.",
      "the yogurt maker is suing the radio host over his videos.",
      "A new poll of voters found support for the plan rising in the spring.",
  };
  EXPECT_EQ(ContentSentences(text, c), expected);
}

TEST(TextCleanerTest, AButtonABarredCreditOrAGalleryLinkClosesTheCaptionBeforeIt) {
  const std::string text =
      "Kelly wilkinson, indystar buy photo the teacher is greeted by his students over a fence "
      "at the game. Rex tillerson committed to sell his shares. &#124; getty the oil company "
      "reached an agreement with the nominee on tuesday. Photo: lori van buren image 1 of / 3 "
      "caption close man charged in stamford slaying 1 / 3 back to gallery friends and family "
      "remembered him on thursday as a gentle man. The senator spoke on friday. &#124; ap "
      "photo/rogelio v. solis walmart asked for its money back after the comment. Prices rose "
      "by 3 % | 4 % in the two quarters.";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  const std::vector<std::string> expected = {
      "the teacher is greeted by his students over a fence at the game.",
      "the oil company reached an agreement with the nominee on tuesday.",
      "friends and family remembered him on thursday as a gentle man.",
      // The photographer's name runs into the headline: no end to cut at.
      "The senator spoke on friday. &#124; ap photo/rogelio v. solis walmart asked for its money "
      "back after the comment.",
      "Prices rose by 3 % | 4 % in the two quarters.",
  };
  EXPECT_EQ(ContentSentences(text, c), expected);
}

TEST(TextCleanerTest, AnEmbeddedPostRunIntoTheStoryIsCutAtItsSignature) {
  const std::string text =
      "The city sued the Justice Department in August over the new conditions on its police "
      "grants, which it said would force local officers to act as immigration agents. Lawyers "
      "for the department said the conditions were lawful and long overdue, and that cities "
      "were free to turn the money down. The mayor was quick to respond on social media. This "
      "is a win for cities across the US, and for everyone who lives in them "
      "\xE2\x80\x94 Mayor Rahm Emanuel ( @ChicagosMayor ) September 15, 2017 The city had asked "
      "the judge for a nationwide injunction this week, lawyers said.";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  const std::vector<std::string> content = ContentSentences(text, c);
  ASSERT_FALSE(content.empty());
  EXPECT_EQ(content.back(),
            "The city had asked the judge for a nationwide injunction this week, lawyers said.");
  for (const std::string& s : content) EXPECT_EQ(s.find("win for cities"), std::string::npos) << s;
  EXPECT_EQ(LabelOf(text, c, "quick to respond"), SentenceLabel::kContent);

  // Instagram's signature, in Multi-News's casing, on a page pasted as one line of over 80 words.
  const std::string instagram =
      "The couple welcomed their fourth child on saturday, a spokesman said on monday. The baby "
      "is a boy, and both he and his mother are said to be doing well at a hospital in the city. "
      "The family had announced the pregnancy in a post in the spring, and fans had followed "
      "the news closely since then on social media and in the press. Familia a "
      "post shared by hilaria thomas baldwin ( @hilariabaldwin ) on jul 1, 2017 at 9: 33am pdt "
      "the baby was born in new york, her representative said.";
  CleanText(instagram, BoilerplateModel(), &c);
  const std::vector<std::string> kept = ContentSentences(instagram, c);
  ASSERT_EQ(kept.size(), 4u);
  EXPECT_EQ(kept[3], "the baby was born in new york, her representative said.");
}

TEST(TextCleanerTest, ALabelHeadingALinkTakesTheSentenceItsTitleRunsInto) {
  // Multi-News's shape: no line breaks, lowercase but for a capital after each period.
  const std::string text =
      "the council voted on tuesday to close the bridge after a long debate. More: family left "
      "3-year-old in corn maze, didn't notice until next day the bridge will close in may. See "
      "also: michael hastings probed the cia before fatal crash. Photos: celebs with bieber "
      "fever the singer was seen in miami. Watch: lamar odom undergoes surgeries odom has been "
      "in hospital since oct. 13. Video: rep. Hall discusses losing primary runoff according to "
      "his biography, hall was born in 1923. More than 200 people came to the meeting. Watch out "
      "for ice on the bridge, the mayor said. Photos show the damage to the deck.";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  const std::vector<std::string> expected = {
      "the council voted on tuesday to close the bridge after a long debate.",
      "More than 200 people came to the meeting.",
      "Watch out for ice on the bridge, the mayor said.",
      "Photos show the damage to the deck.",
  };
  EXPECT_EQ(ContentSentences(text, c), expected);
}

TEST(TextCleanerTest, PageFurnitureRunIntoASentenceIsCutOrTakesItsSentence) {
  // Multi-News's shape: pages pasted without line breaks, lowercase but for a capital after each
  // period.
  const std::string text =
      "the senate voted on tuesday to pass the bill after a long debate. Advertisement continue "
      "reading the main story the vermont senator pointed to his long tenure in the senate. "
      "Photo by andrew burton/getty images martin shkreli was arrested thursday on charges of "
      "fraud. Image caption firefighters tackled the blaze the council said the building would "
      "be rebuilt. Related: senate passes another bill the governor is expected to sign it on "
      "friday. Photo by jane doe the mayor said the vote was close. Image 2 of 2 a man was "
      "arrested in may. Meet the marathon cheats read more in the most blatant case, a camera "
      "caught runners turning round. Chris wilkins / afp / getty images on the night of march "
      "24, the tanker ran aground. Cutting back on carbs may lead to more weight loss enlarge this "
      "image toggle caption gregorio borgia/ap gregorio borgia/ap a new study finds dieters lost "
      "more weight. Published on apr 29, 2015 jimmy gets a surprise visit from an old friend. "
      "Published in 1726, the book is a satire. Related news articles prince rocks out at the "
      "darby joan rivers has a new slogan. Related photos: the best songs of the year. Related "
      "&#124; video of a man harassing a bison. Related parties were told to comply by friday. "
      "Advertisement spending rose. Updated at 4: 01 p.m. Et, friday, may 15. Updated at 5: 45 "
      "p.m. Et the u.s. Supreme court declined to hear the case. Photo: getty on wednesday, the "
      "firm's staff learned it would close. Photo: dpa german fishermen made a surprising catch. "
      "Image: ap photo/amr nabil the boy king died at 18. Uber tries to treat drivers better "
      "enlarge this image toggle caption liam doyle/npr liam doyle/npr updated at 3: 26 p.m. Et "
      "uber's leadership already has a lot on its plate. Updated &#124; an italian surgeon has "
      "announced his plan. Text size - + reset the nba is investigating the recording. Story "
      "continued below the house voted on friday. Advertisementskip the suit was filed in june. "
      "( 6: 59 ) the owner approved the sale of the team. Originally published april 13, 2013 at "
      "8: 18 pm &#124; page modified april 15, 2013 at 11: 44 am at least one person was missing "
      "after two avalanches. 1: 52 the duchess spoke at a dinner on the royal tour. 0: 44 "
      "november 12, 2013 a trooper fell 35 feet in a chase. 10: 45 p.m.: he is a 58-year-old "
      "man, the police said. Listen to article 4: 26 share this article facebook twitter "
      "linkedin email the president ordered a review of the postal service. Pot grower has "
      "trouble giving away $ 14,000 share this story print email the grower planned to donate "
      "the proceeds. Please enable javascript to watch this video police said two people were "
      "hurt in the fire. The chef posed a question on twitter after the dinner. &#124; sun-times "
      "file photo storyidforme: 60563618 tmspicid: 21949307 fileheaderid: 10373851 updated: "
      "diners were treated to an unexpected serving of whine. Read the order here the clerk had "
      "kept the office closed since monday. Read the family's story here. You can read the "
      "speech on google books here; the plagiarism was uncovered by a committee. "
      "Hide "
      "caption 1 of 28 photos: the bridge at night the council voted to close it. Enlarge image "
      "close associated press a school in tunis is seen on sept. 15. Photos: photos: northeast "
      "blizzard northeast blizzard – a man plays with his children in copley square on sunday.";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  const std::vector<std::string> content = ContentSentences(text, c);
  const std::vector<std::string> expected = {
      "the senate voted on tuesday to pass the bill after a long debate.",
      "the vermont senator pointed to his long tenure in the senate.",
      "martin shkreli was arrested thursday on charges of fraud.",
      // A credit with no agency to end it: where the story starts is unknown, so it stays.
      "Photo by jane doe the mayor said the vote was close.",
      "a man was arrested in may.",
      "in the most blatant case, a camera caught runners turning round.",
      "on the night of march 24, the tanker ran aground.",
      "a new study finds dieters lost more weight.",
      "jimmy gets a surprise visit from an old friend.",
      // A year alone is no time stamp.
      "Published in 1726, the book is a satire.",
      // "Related" that heads no list of links.
      "Related parties were told to comply by friday.",
      // Too little would remain: the word is the sentence's own.
      "Advertisement spending rose.",
      // A time stamp alone is furniture; one run into a sentence is cut from it.
      "the u.s. Supreme court declined to hear the case.",
      // An agency alone ends a credit; "AP" goes on as "AP Photo/<name>", which has no end.
      "on wednesday, the firm's staff learned it would close.",
      "german fishermen made a surprising catch.",
      "Image: ap photo/amr nabil the boy king died at 18.",
      "uber's leadership already has a lot on its plate.",
      "an italian surgeon has announced his plan.",
      "the nba is investigating the recording.",
      "the house voted on friday.",
      "the suit was filed in june.",
      "the owner approved the sale of the team.",
      "at least one person was missing after two avalanches.",
      // A video's running time (and the date it was posted) is cut; a clock time opens a
      // timeline's entry, and stays.
      "the duchess spoke at a dinner on the royal tour.",
      "a trooper fell 35 feet in a chase.",
      "10: 45 p.m.: he is a 58-year-old man, the police said.",
      "the president ordered a review of the postal service.",
      "the grower planned to donate the proceeds.",
      "police said two people were hurt in the fire.",
      // The story cut free of a caption its bar closes loses its own furniture too.
      "diners were treated to an unexpected serving of whine.",
      // A pointer to a document ("read the order here") is cut; alone, it is a prompt.
      "the clerk had kept the office closed since monday.",
      "You can read the speech on google books here; the plagiarism was uncovered by a "
      "committee.",
  };
  EXPECT_EQ(content, expected);
  EXPECT_EQ(LabelOf(text, c, "firefighters tackled"), SentenceLabel::kCaption);
  EXPECT_EQ(LabelOf(text, c, "senate passes another"), SentenceLabel::kPromo);
  EXPECT_EQ(LabelOf(text, c, "prince rocks out"), SentenceLabel::kPromo);
  EXPECT_EQ(LabelOf(text, c, "the best songs"), SentenceLabel::kPromo);
  EXPECT_EQ(LabelOf(text, c, "harassing a bison"), SentenceLabel::kPromo);
  EXPECT_EQ(LabelOf(text, c, "the bridge at night"), SentenceLabel::kCaption);
  EXPECT_EQ(LabelOf(text, c, "a school in tunis"), SentenceLabel::kCaption);
  EXPECT_EQ(LabelOf(text, c, "copley square"), SentenceLabel::kCaption);
  EXPECT_EQ(LabelOf(text, c, "the family's story here"), SentenceLabel::kPrompt);
}

TEST(TextCleanerTest, AVideosStampOrACreditNamedAloneIsCutFromTheStory) {
  // Local TV stations' pages (NBC's) close a video's description with the date it was published,
  // in brackets (the sentence breaker sees no end before a bracket, so the description is cut
  // from the front of the story's sentence); the USA Today network's with its credit, which opens
  // the next sentence when the line breaks are gone, as a wire agency's named alone after a
  // caption does. The outlet as the subject of a sentence stays.
  const std::string text =
      "Close walmart is remaking black friday by ditching doorbusters for customers. Usa today "
      "customers shop during walmart's black friday event in bentonville. Nbc 7's erika cervantes "
      "has the latest. ( published sunday, sept. 9, 2018 ) a man shot and killed early friday "
      "morning in lemon grove was identified sunday. Jodi hernandez reports. ( published 2 hours "
      "ago ) the lawsuit alleged that officers of the force had abused her. Usa today sports venus "
      "williams is being sued by the family of a man killed in a crash. Usa today looks at some "
      "facts about her life you may not be aware of. Usa today reported the figures on monday, "
      "weeks after the first reports of the deal were published by other papers in the state. A "
      "passenger checks in at the airport on november 11, 2017. Ap the airport suffered a power "
      "outage on sunday. Reuters correspondents saw two tanks in the border town on friday.";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  EXPECT_EQ(ContentSentences(text, c),
            (std::vector<std::string>{
                "walmart is remaking black friday by ditching doorbusters for customers.",
                "customers shop during walmart's black friday event in bentonville.",
                "a man shot and killed early friday morning in lemon grove was identified sunday.",
                "the lawsuit alleged that officers of the force had abused her.",
                "venus williams is being sued by the family of a man killed in a crash.",
                "Usa today looks at some facts about her life you may not be aware of.",
                "Usa today reported the figures on monday, weeks after the first reports of the "
                "deal were published by other papers in the state.",
                "A passenger checks in at the airport on november 11, 2017.",
                "the airport suffered a power outage on sunday.",
                "Reuters correspondents saw two tanks in the border town on friday.",
            }));
}

TEST(TextCleanerTest, AHeadlineClosedByItsStampOrButtonsIsCutFromTheStory) {
  // Pages pasted without line breaks: the headline or byline, then its time stamp, "Email this"
  // button or video player, then the story.
  const std::string text =
      "the report came out on friday after a long wait. World's oldest person dies posted: "
      "monday, april 6, 2015 3: 09 pm edt updated: monday, april 13, 2015 2: 53 pm edt posted: "
      "updated: channel 7 news has confirmed that the woman died monday morning. By: kiro 7 staff "
      "updated: feb 28, 2016 - 5: 16 pm actress salma hayek says her pet dog was shot to death. "
      "Photo: jessica jones published: 30 jun 2016 11: 38 gmt+02: 00 a driver and a gardener in "
      "jerez have been fired. Ricki lake sued for starting house fire email this ricki lake is "
      "now being sued by the owner of a house in malibu. The story was passed around the office "
      "by email this week, as the board met to discuss it. Play facebook twitter embed towering "
      "dust storm forms over phoenix 2: 23 a massive dust storm moved through the phoenix area "
      "friday evening. Facebook twitter google plus embed 0: 29 the next search for the aircraft "
      "will "
      "involve two submarines. Skip in skip x embed x share reported talks between the two firms "
      "reflect pressure to consolidate. Embed more news videos at least 276 dogs were rescued in "
      "monmouth county. "
      "The study was published may 22 in the journal behavioral neuroscience, the authors said.";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  EXPECT_EQ(ContentSentences(text, c),
            (std::vector<std::string>{
                "the report came out on friday after a long wait.",
                "channel 7 news has confirmed that the woman died monday morning.",
                "actress salma hayek says her pet dog was shot to death.",
                "a driver and a gardener in jerez have been fired.",
                "ricki lake is now being sued by the owner of a house in malibu.",
                // A span of time after "email this": the story's own words.
                "The story was passed around the office by email this week, as the board met to "
                "discuss it.",
                "a massive dust storm moved through the phoenix area friday evening.",
                "the next search for the aircraft will involve two submarines.",
                "reported talks between the two firms reflect pressure to consolidate.",
                "at least 276 dogs were rescued in monmouth county.",
                // A stamp's words without its label and colon: the story's.
                "The study was published may 22 in the journal behavioral neuroscience, the "
                "authors said.",
            }));
}

TEST(TextCleanerTest, FurnitureBetweenBarsOpeningASentenceIsCut) {
  // Multi-News's pages: mastheads, sections, bylines, credits, share buttons and time stamps set
  // between bars, run into the story's sentences.
  const std::string text =
      "The republic &#124; azcentral.com thu jan 23, 2014 9: 59 pm the last thing she heard was "
      "the man screaming. Vol. 128 &#124; no. 250 &#124; tuesday, december 24, 2013 since august, "
      "council members have been reviewing the numbers. Follow cbsmiami.com: facebook &#124; "
      "twitter a man suspected of robbing four stores is in custody. Lisette espinosa &#124; oct. "
      "23, 2015, 4: 36 a.m. many people report a sense of pride. By sunshine wiles in news &#124; "
      "november 13, 2014 at 11: 27pm a freshman was in critical condition.\n\xC2\xAB previous "
      "&#124; main &#124; next \xC2\xBB the white house refused to say so. Kevin tidmarsh &#124; "
      "nov. 11, 2015, 8: 02 p.m. Tech | twitter said on monday it would hire more staff. The "
      "vote in the senate was 52 to 48 | a party-line result, said the clerk. 2.5 stars &#124; "
      "action &#124; pg-13 &#124; 144 min.";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  const std::vector<std::string> expected = {
      "the last thing she heard was the man screaming.",
      "since august, council members have been reviewing the numbers.",
      "a man suspected of robbing four stores is in custody.",
      "many people report a sense of pride.",
      "a freshman was in critical condition.",
      "the white house refused to say so.",
      // The word after a single bar is the story's own, not the last of a row of buttons.
      "twitter said on monday it would hire more staff.",
      // A bar after more than a few words of prose is the story's.
      "The vote in the senate was 52 to 48 | a party-line result, said the clerk.",
      // A table's row: too little would remain.
      "2.5 stars &#124; action &#124; pg-13 &#124; 144 min.",
  };
  EXPECT_EQ(ContentSentences(text, c), expected);
  EXPECT_EQ(LabelOf(text, c, "Kevin tidmarsh"), SentenceLabel::kCredit);
}

TEST(TextCleanerTest, ADatelineMarkedByItsTagIsCutInAnyCase) {
  // Multi-News's casing: the place is in lowercase but for its first letter, and so is the story.
  const std::string text =
      "Raleigh, n.c. ( ap ) — shortly after dusk along a lonely stretch of interstate 95, armed "
      "robbers hijacked an armored truck. The guards were unhurt, police said.";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  EXPECT_EQ(c.dateline, "Raleigh, n.c.");
  std::vector<std::string> content = ContentSentences(text, c);
  ASSERT_FALSE(content.empty());
  EXPECT_EQ(content.front(),
            "shortly after dusk along a lonely stretch of interstate 95, armed robbers hijacked an "
            "armored truck.");
  // A dateline after a teaser that opens the page.
  const std::string later =
      "Police say the suspect fled the scene in a stolen car. Washington ( ap ) - wal-mart "
      "stores inc is testing a system that lets shoppers scan items.";
  CleanText(later, BoilerplateModel(), &c);
  content = ContentSentences(later, c);
  ASSERT_EQ(content.size(), 2u);
  EXPECT_EQ(content[1], "wal-mart stores inc is testing a system that lets shoppers scan items.");
  // Too little after it: left whole.
  const std::string short_rest =
      "The vote was close on monday night in the city. Denver ( ap ) — economic angst.";
  CleanText(short_rest, BoilerplateModel(), &c);
  content = ContentSentences(short_rest, c);
  ASSERT_EQ(content.size(), 2u);
  EXPECT_EQ(content[1], "Denver ( ap ) — economic angst.");
  // CNN's tag takes no dash, in either casing.
  for (const auto& [page, place, story] : std::vector<std::array<std::string, 3>>{
           {"Washington ( cnn ) isis is facing cash and manpower shortages, the commander said.",
            "Washington", "isis is facing cash and manpower shortages, the commander said."},
           {"(CNN)Micheal Brown stared at the acceptance letter in front of him.", "",
            "Micheal Brown stared at the acceptance letter in front of him."}}) {
    CleanText(page, BoilerplateModel(), &c);
    EXPECT_EQ(c.dateline, place);
    content = ContentSentences(page, c);
    ASSERT_EQ(content.size(), 1u);
    EXPECT_EQ(content[0], story);
  }
  // The story's highlights run into the network's tag, however many words: cut with it. Later in
  // the story the tag is left alone.
  const std::string highlights =
      "there are no known specific, credible threats the bulletin was issued out of an abundance "
      "of caution washington ( cnn ) federal authorities warned friday that sympathizers continue "
      "to target the police. The bulletin went out to local agencies. Officials said the wording "
      "was routine. A spokesman for the department told reporters on friday ( cnn ) that nothing "
      "had changed.";
  CleanText(highlights, BoilerplateModel(), &c);
  content = ContentSentences(highlights, c);
  ASSERT_EQ(content.size(), 4u);
  EXPECT_EQ(content[0],
            "federal authorities warned friday that sympathizers continue to target the police.");
  EXPECT_EQ(content[3],
            "A spokesman for the department told reporters on friday ( cnn ) that nothing had "
            "changed.");
}

TEST(TextCleanerTest, APlaceAndADashOpeningTheStoryIsItsDateline) {
  // With no agency tag and not in capitals: Multi-News's casing, or a site that sets its datelines
  // in title case. Only the story's first three sentences are asked.
  struct Case {
    std::string text;
    std::string dateline;  // "" = none
    std::string first;     // the first content sentence
  };
  const std::vector<Case> cases = {
      {"San francisco — quick: in the event of a zombie apocalypse, how would you get out? It "
       "was a test of the plan. The plan had three parts. Boston — a later sentence keeps its "
       "words.",
       "San francisco", "quick: in the event of a zombie apocalypse, how would you get out?"},
      // After a video's description.
      {"Nbc's brian williams reports on the resignation of the director. Washington -- cia "
       "director david petraeus resigned friday, citing an affair.",
       "Washington", "Nbc's brian williams reports on the resignation of the director."},
      {"Cleveland, ohio -- indians center fielder grady sizemore says legal action was taken.",
       "Cleveland, ohio", "indians center fielder grady sizemore says legal action was taken."},
      {"Washington, D.C. – Today, the President granted commutations of sentence to 22 people.",
       "Washington, D.C.", "Today, the President granted commutations of sentence to 22 people."},
      // Asides, not datelines: a function word in the name, the dash closed later, a word that
      // goes on from the name, a number.
      {"The children — who described to investigators how they were treated — are now safe.", "",
       "The children — who described to investigators how they were treated — are now safe."},
      {"Lindsay lohan - who seems to have gone further down the rabbit hole, lashed out again.", "",
       "Lindsay lohan - who seems to have gone further down the rabbit hole, lashed out again."},
      {"Forty severed cat corpses – as well as several foxes - have been collected since october.",
       "",
       "Forty severed cat corpses – as well as several foxes - have been collected since october."},
      {"Mr smith — the mayor said on monday — will not run for a third term in the fall.", "",
       "Mr smith — the mayor said on monday — will not run for a third term in the fall."},
      {"Route 66 — the mother road of the nation, as writers called it, turns 90 this year.", "",
       "Route 66 — the mother road of the nation, as writers called it, turns 90 this year."},
      // The dash as a copula, in a language other than English's newswire.
      {"Андрей Рудьков — фудблогер из Москвы, который каждый день готовит ужин для подписчиков.",
       "",
       "Андрей Рудьков — фудблогер из Москвы, который каждый день готовит ужин для подписчиков."},
  };
  for (const Case& t : cases) {
    CleanedText c;
    CleanText(t.text, BoilerplateModel(), &c);
    EXPECT_EQ(c.dateline, t.dateline) << t.text;
    const std::vector<std::string> content = ContentSentences(t.text, c);
    ASSERT_FALSE(content.empty()) << t.text;
    EXPECT_EQ(content.front(), t.first);
    if (t.text.starts_with("San")) {
      EXPECT_EQ(content.back(), "Boston — a later sentence keeps its words.");
    }
    if (t.text.starts_with("Nbc")) {
      EXPECT_EQ(content.back(), "cia director david petraeus resigned friday, citing an affair.");
    }
  }
}

TEST(TextCleanerTest, ANewswireDatelineWithAnUnderscoreIsCut) {
  // AP and New York Times copy as DUC holds it: the dateline ends with " _ ".
  for (const auto& [text, place] : std::vector<std::pair<std::string, std::string>>{
           {"WASHINGTON _ Global warming is not making some people in the coldest state happy.\n",
            "WASHINGTON"},
           {"DAR ES SALAAM, Tanzania (AP) _ Global warming is not making some people in the "
            "coldest state happy.\n",
            "DAR ES SALAAM, Tanzania"}}) {
    CleanedText c;
    CleanText(text, BoilerplateModel(), &c);
    EXPECT_EQ(c.dateline, place);
    const std::vector<std::string> content = ContentSentences(text, c);
    ASSERT_EQ(content.size(), 1u) << text;
    EXPECT_EQ(content[0], "Global warming is not making some people in the coldest state happy.");
  }
}

TEST(TextCleanerTest, ListMarkersAreCutAndHeadingsInCapitalsAreNoSentences) {
  const std::string text =
      "The report listed its findings on Monday in Washington.\n\n"
      "WHAT DOES THE SUPREME COURT SAY ABOUT PERJURY?\n\n"
      "_ Vitamin E eased arthritis pain better than a placebo.\n\n"
      "--Stock more vehicles with built-in child seats.\n\n"
      "\xE2\x80\xA2 The council voted to close the bridge for repairs.\n\n"
      "-5 degrees was the low in the city overnight, officials said.\n";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  const std::vector<std::string> expected = {
      "The report listed its findings on Monday in Washington.",
      "Vitamin E eased arthritis pain better than a placebo.",
      "Stock more vehicles with built-in child seats.",
      "The council voted to close the bridge for repairs.",
      "-5 degrees was the low in the city overnight, officials said.",
  };
  EXPECT_EQ(ContentSentences(text, c), expected);
  EXPECT_EQ(LabelOf(text, c, "SUPREME COURT"), SentenceLabel::kShortLine);
  // A text all in capitals, as old wire copy is, keeps its sentences.
  const std::string capitals = "THE COUNCIL VOTED TO CLOSE THE BRIDGE FOR REPAIRS ON MONDAY.\n";
  CleanText(capitals, BoilerplateModel(), &c);
  EXPECT_EQ(LabelOf(capitals, c, "THE COUNCIL"), SentenceLabel::kContent);
}

TEST(TextCleanerTest, AVideoPlayersCloseButtonOpeningTheTextIsCut) {
  CleanedText c;
  const std::string caption =
      "Close police say a man shot himself in front of the white house. The secret service said "
      "no one else was hurt.";
  CleanText(caption, BoilerplateModel(), &c);
  std::vector<std::string> content = ContentSentences(caption, c);
  ASSERT_FALSE(content.empty());
  EXPECT_EQ(content[0], "police say a man shot himself in front of the white house.");
  // The word's own use stays.
  const std::string adjective =
      "Close to 200 people were evacuated on monday, officials said. The fire is contained.";
  CleanText(adjective, BoilerplateModel(), &c);
  content = ContentSentences(adjective, c);
  ASSERT_FALSE(content.empty());
  EXPECT_EQ(content[0], "Close to 200 people were evacuated on monday, officials said.");
  // What the button hid may be a prompt.
  const std::string prompt =
      "Close get email notifications on seth tupper daily! The city council voted on the budget "
      "on tuesday night.";
  CleanText(prompt, BoilerplateModel(), &c);
  EXPECT_EQ(LabelOf(prompt, c, "email notifications"), SentenceLabel::kPrompt);
  EXPECT_EQ(LabelOf(prompt, c, "city council voted"), SentenceLabel::kContent);
}

TEST(TextCleanerTest, TemplateLinesRepeatedWithinAPage) {
  std::string text;
  for (int i = 0; i < 4; ++i) {
    text += "Photo " + std::to_string(i) +
            ": the church where she lives while facing deportation in Mancos Colorado is seen.\n";
  }
  text += "The court ruled on Friday that the city may keep its grants for now.\n";
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  EXPECT_EQ(c.content_sentences, 1u);

  // Without its line breaks, on one line of over 80 words, the gallery's captions are sentences
  // of a long line, and still template items.
  std::string flattened;
  for (int i = 0; i < 6; ++i) {
    flattened +=
        "Photo " + std::to_string(i) +
        ": the church where she lives while facing deportation in Mancos Colorado is seen. ";
  }
  flattened += "The court ruled on Friday that the city may keep its grants for now.";
  CleanText(flattened, BoilerplateModel(), &c);
  EXPECT_EQ(c.content_sentences, 1u);
  EXPECT_EQ(LabelOf(flattened, c, "Photo 2:"), SentenceLabel::kTemplate);
}

// An article pasted three times over is one article, not a page of template lines: its first copy
// stays content and the later copies are repeats (it used to be dropped as too little text).
TEST(TextCleanerTest, AnArticlePastedThriceKeepsItsFirstCopy) {
  const std::string article =
      "A federal judge in Chicago on Friday blocked the attorney general's attempt to deny grants "
      "to sanctuary cities.\n"
      "The city had sued over the new conditions, which it called unconstitutional and unfair.\n"
      "The Justice Department said it would keep enforcing the law while it appeals the ruling.\n";
  const std::string text = article + article + article;
  CleanedText once, thrice;
  CleanText(article, BoilerplateModel(), &once);
  CleanText(text, BoilerplateModel(), &thrice);
  EXPECT_EQ(thrice.content_sentences, once.content_sentences);
  EXPECT_EQ(thrice.content_words, once.content_words);
  ASSERT_EQ(thrice.sentences.size(), 3 * once.sentences.size());
  for (size_t i = once.sentences.size(); i < thrice.sentences.size(); ++i) {
    EXPECT_EQ(thrice.sentences[i].label, SentenceLabel::kRepeated) << i;
  }
  EXPECT_FALSE(JudgeArticle(text, thrice).non_article) << JudgeArticle(text, thrice).reason;
}

// A page pasted whole: a menu, the article, then a list of other stories with their first lines
// and a comment thread. The article is the dense run of prose between them; the teasers and the
// comments are prose, but away from it.
TEST(TextCleanerTest, APagePastedWholeKeepsItsArticleRun) {
  std::string menu;
  for (const char* item : {"Home", "World", "U.S.", "Politics", "Business", "Tech", "Science",
                           "Health", "Sports", "Opinion", "Video", "Podcasts", "Newsletters"}) {
    menu += std::string(item) + "\n";
  }
  menu +=
      "Readers' favourite sections, World News Europe Asia Africa Middle East and the Americas\n";
  const std::string article =
      "Judge blocks sanctuary city funds order\n\n"
      "A federal judge in Chicago on Friday blocked the attorney general's attempt to deny grants "
      "to sanctuary cities.\n\n"
      "The city had sued over the new conditions, which it called unconstitutional and unfair.\n\n"
      "The Justice Department said it would keep enforcing the law while it appeals the ruling.\n\n"
      "22 PHOTOS\nSanctuary cities\nSee Gallery\n";
  std::string gallery;
  for (const char* city :
       {"Washington, DC", "New York City, New York", "Chicago, Illinois", "Denver, Colorado",
        "Seattle, Washington", "Portland, Oregon", "Houston, Texas", "Detroit, Michigan"}) {
    gallery += std::string(city) + "\n(Photo: Getty Images)\n";
  }
  gallery += "HIDE CAPTION\nSHOW CAPTION\nSEE ALL\nBACK TO SLIDE\n\n";
  const std::string rest_of_article =
      "Mayor Rahm Emanuel said the ruling was a victory for every city that had been "
      "threatened.\n\n"
      "At stake for Chicago is roughly $2.3 million from the Justice Assistance Grant program.\n\n";
  std::string after =
      "Tags\nChicago\nImmigration\nCourts\nJeff Sessions\nShare\nTweet\nEmail\nPrint\nSave\n"
      "Follow\nMore from News\n";
  for (const char* teaser :
       {"Storm season: forecasters expect an unusually busy hurricane season along the Gulf "
        "coast this year.",
        "Markets: stocks closed higher on Friday as investors weighed the latest data on jobs.",
        "Sports: the home team lost its fourth straight game despite a late rally in the ninth."}) {
    after += std::string(teaser) + "\nRead more\n2 hours ago\nComments\nShare\n";
  }
  after += "Comments\nSort by newest\n";
  for (const char* comment :
       {"I think the judge got this one exactly right, and the city should keep fighting.",
        "Another ruling that will be overturned on appeal, mark my words, within the year.",
        "The grants are a tiny part of the budget, so why does anyone care about them at all?"}) {
    after += std::string("jsmith\n3 days ago\n") + comment + "\nReply\nLike\nReport\n";
  }
  const std::string text = menu + "\n" + article + gallery + rest_of_article + after;
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  EXPECT_EQ(LabelOf(text, c, "blocked the attorney general"), SentenceLabel::kContent);
  EXPECT_EQ(LabelOf(text, c, "keep enforcing the law"), SentenceLabel::kContent);
  // A gallery inside the article does not break it.
  EXPECT_EQ(LabelOf(text, c, "a victory for every city"), SentenceLabel::kContent);
  EXPECT_EQ(LabelOf(text, c, "roughly $2.3 million"), SentenceLabel::kContent);
  EXPECT_EQ(LabelOf(text, c, "Readers' favourite sections"), SentenceLabel::kOutsideArticle);
  EXPECT_EQ(LabelOf(text, c, "unusually busy hurricane season"), SentenceLabel::kOutsideArticle);
  EXPECT_EQ(LabelOf(text, c, "judge got this one exactly right"), SentenceLabel::kOutsideArticle);
  EXPECT_EQ(c.content_sentences, 5u);

  // The article pasted alone keeps every sentence of prose.
  CleanedText alone;
  CleanText(article + gallery + rest_of_article, BoilerplateModel(), &alone);
  EXPECT_EQ(alone.content_sentences, 5u);
  for (const CleanSentence& s : alone.sentences) {
    EXPECT_NE(s.label, SentenceLabel::kOutsideArticle);
  }
}

TEST(TextCleanerTest, TeasersCutOffByAnEllipsisAreOtherStories) {
  const std::string article =
      "Wild beat Sabres 4-1\n\n"
      "Zach Parise scored twice as the Minnesota Wild beat the Buffalo Sabres 4-1 on Tuesday "
      "night.\n\n"
      "Kevin Fiala added a goal and two assists, and the Wild won their third game in a row.\n\n"
      "Alex Stalock made 27 saves for his second straight win in the net for Minnesota.\n\n";
  std::string teasers = "More Wild\n\n";
  for (const char* teaser :
       {"Wild coach Bruce Boudreau has heeded warning over the past couple of weeks. \"It's a bad "
        "formula for success,\" Boudreau said after a loss to the Los Angeles Kings on...",
        "Former Wild general manager Paul Fenton unknowingly signed his own death warrant when he "
        "traded Nino Niederreiter, and Victor Rask struggled mightily with...",
        "Contrary to what his track record might suggest, the Wild coach does not like tinkering "
        "with his lines. \"We are playing a lot\u2026"}) {
    teasers += std::string("A headline of another story\n\nNovember 16, 2019 at 8:19 pm\n") +
               teaser + "\nRead More\n\n";
  }
  const std::string text = article + teasers;
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  EXPECT_EQ(LabelOf(text, c, "Zach Parise scored twice"), SentenceLabel::kContent);
  EXPECT_EQ(LabelOf(text, c, "27 saves"), SentenceLabel::kContent);
  EXPECT_EQ(LabelOf(text, c, "heeded warning"), SentenceLabel::kPromo);
  EXPECT_EQ(LabelOf(text, c, "Rask struggled"), SentenceLabel::kPromo);
  EXPECT_EQ(LabelOf(text, c, "not like tinkering"), SentenceLabel::kPromo);
  EXPECT_EQ(c.content_sentences, 3u);

  // A paywall's preview ends cut off after the article's own paragraphs, or is the whole text.
  const std::string preview = article.substr(0, article.rfind("Alex")) +
                              "Alex Stalock made 27 saves, and the coach said the team was...\n";
  CleanText(preview, BoilerplateModel(), &c);
  EXPECT_EQ(LabelOf(preview, c, "27 saves"), SentenceLabel::kContent);
  const std::string only =
      "Harvard has suspended its men's soccer team for the rest of the "
      "season and will forgo any...";
  CleanText(only, BoilerplateModel(), &c);
  EXPECT_EQ(LabelOf(only, c, "forgo any"), SentenceLabel::kContent);
  // A gossip site's paragraphs trail off into the next one.
  const std::string gossip =
      "Star Says Senator Deserves Blame\n\n"
      "The comedian says the senator deserves criticism for the shooting in Tucson, AZ...\n\n"
      "This according to the comedian at an awards party this weekend, when she exclaimed...\n\n"
      "\"This woman is just stupid and a threat to everyone in the country.\"\n";
  CleanText(gossip, BoilerplateModel(), &c);
  EXPECT_EQ(LabelOf(gossip, c, "Tucson, AZ"), SentenceLabel::kContent);
  EXPECT_EQ(LabelOf(gossip, c, "she exclaimed"), SentenceLabel::kContent);
}

TEST(TextCleanerTest, AWireDatelineMarksTheArticleAmongTeasers) {
  // A local station's page: more teasers, and longer ones, than the wire story it carries.
  std::string teasers;
  for (const char* teaser :
       {"Customers Leave Without Paying Bill At Steakhouse A party of six left the steakhouse in "
        "Troy without paying their bill after a long dinner on Saturday night.",
        "Michigan To Mail Redistricting Panel Applications The state will mail 250,000 "
        "applications encouraging voters to apply to the new redistricting commission.",
        "Bull Elk Poached In Northern Michigan Conservation officers in Gaylord are seeking tips "
        "about a bull elk that was shot and left to waste in the state forest last week.",
        "Couple Finds Old Newspapers During Home Renovation A couple renovating their house found "
        "newspapers dating back to the 1940s hidden behind a wall in the living room.",
        "The Best Vegan Spots In Detroit We crunched the numbers to find the top vegan spots "
        "around the city, using both review data and our own secret sauce this month.",
        "Auto Union Opens Talks With Carmaker The union on Monday turned its bargaining focus to "
        "the last of the three carmakers, and a strike is possible within the month."}) {
    teasers += std::string(teaser) + "\n";
  }
  std::string menu;
  for (int i = 0; i < 14; ++i) menu += "Menu item " + std::to_string(i) + "\n";
  const std::string article =
      "Sixth Fatality Linked To Encephalitis Reported\n"
      "Filed Under: Health\n"
      "ST. JOSEPH, Mich. (AP) \u2014 Michigan health authorities are reporting a sixth fatality "
      "linked to the virus.\n"
      "County health officials said Monday the victim was one of two people who contracted it.\n"
      "The outbreak has resulted in 10 human cases and 46 animal cases, officials said.\n";
  const std::string text = menu + teasers + menu + "Sports\nMore\n" + teasers + article;
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  EXPECT_EQ(LabelOf(text, c, "reporting a sixth fatality"), SentenceLabel::kContent);
  EXPECT_EQ(LabelOf(text, c, "10 human cases"), SentenceLabel::kContent);
  EXPECT_EQ(c.dateline, "ST. JOSEPH, Mich.");
  EXPECT_EQ(c.content_sentences, 3u);
}

TEST(TextCleanerTest, ACommentThreadRightAfterTheArticleIsOutsideIt) {
  const std::string article =
      "Anthony Lynn: We needed to win this game\n\n"
      "Chargers coach Anthony Lynn recognizes that his team's playoff hopes are slim after Monday "
      "night's loss.\n\n"
      "Lynn said after the game that winning Monday night was the most important step toward the "
      "playoffs.\n\n"
      "At 4-7, the Chargers would probably not make the playoffs even if they win out.\n\n";
  for (const char* heading : {"34 responses to \"We needed to win\"", "Top Rated Comments",
                              "[ 167 comments ]", "Leave a Reply", "Join the conversation"}) {
    std::string thread = std::string("Share this:\nFacebook\nTwitter\n") + heading + "\n";
    for (const char* comment :
         {"It is a good thing we have no fans left because this season is a dumpster fire.",
          "As usual too many mistakes by the quarterback, who always leads the league in picks.",
          "Another team suffering from a hangover after its run to the Super Bowl two years "
          "ago."}) {
      thread += std::string("fan says:\nNovember 19, 2019 at 6:34 am\n") + comment + "\n";
    }
    const std::string text = article + thread;
    CleanedText c;
    CleanText(text, BoilerplateModel(), &c);
    EXPECT_EQ(LabelOf(text, c, "playoff hopes are slim"), SentenceLabel::kContent) << heading;
    EXPECT_EQ(LabelOf(text, c, "even if they win out"), SentenceLabel::kContent) << heading;
    EXPECT_EQ(LabelOf(text, c, "dumpster fire"), SentenceLabel::kOutsideArticle) << heading;
    EXPECT_EQ(LabelOf(text, c, "Super Bowl"), SentenceLabel::kOutsideArticle) << heading;
    EXPECT_EQ(c.content_sentences, 3u) << heading;
  }
}

TEST(TextCleanerTest, AnAuthorsBioAfterTheArticleIsOutsideIt) {
  const std::string story =
      "Disney+ had a rocky launch\n\n"
      "Disney+ experienced technical glitches as more than 10 million users activated their "
      "accounts on its first day.\n\n"
      "Some consumers who sought help on launch day reported telephone wait times that exceeded "
      "two hours.\n\n"
      "Kevin Mayer, who oversees the service, said the company was pleased with retention so far "
      "and expected the industry to shake out.\n\n"
      "Wall Street analysts are trying to assess which media companies are best positioned for "
      "success in streaming.\n\n"
      "Accelerated cord-cutting has eroded revenue from the company's flagship cable channels "
      "over the past several years.\n\n";
  const std::string last_paragraph =
      "The streaming service represents a shift in the company's strategy and another blow to "
      "the pay-TV bundle.\n\n";
  // Four items between the story and a bio a quarter its length: a byline and its buttons.
  const std::string bio =
      "Meg James\nFollow Us\nTwitter\nFacebook\n"
      "Meg James is a corporate media reporter for the Los Angeles Times.\n"
      "She previously wrote for the Miami Herald and the Palm Beach Post.\n";
  // What makes the text a page pasted whole: another run of prose.
  const std::string comments =
      "Leave a Reply\nfan says:\n"
      "I waited two hours on the phone and still could not watch anything on launch night.\n";
  {
    const std::string text = story + last_paragraph + bio + comments;
    CleanedText c;
    CleanText(text, BoilerplateModel(), &c);
    EXPECT_EQ(LabelOf(text, c, "pay-TV bundle"), SentenceLabel::kContent);
    EXPECT_EQ(LabelOf(text, c, "corporate media reporter"), SentenceLabel::kOutsideArticle);
    EXPECT_EQ(LabelOf(text, c, "Miami Herald"), SentenceLabel::kOutsideArticle);
  }
  {
    // An article pasted alone keeps its last part: it may be a section under a subhead.
    const std::string text = story + last_paragraph + bio;
    CleanedText c;
    CleanText(text, BoilerplateModel(), &c);
    EXPECT_EQ(LabelOf(text, c, "corporate media reporter"), SentenceLabel::kContent);
  }
  {
    // An embedded post and two lines before the story's last paragraph keep it in the article.
    const std::string text = story +
                             "Stadia is off to a rough start. pic.twitter.com/AbCdEf123\n"
                             "— Digital Foundry (@digitalfoundry) November 18, 2019\n"
                             "Advertisement\nStory continues below\n" +
                             last_paragraph + comments;
    CleanedText c;
    CleanText(text, BoilerplateModel(), &c);
    EXPECT_EQ(LabelOf(text, c, "pay-TV bundle"), SentenceLabel::kContent);
    EXPECT_EQ(LabelOf(text, c, "rough start"), SentenceLabel::kSocial);
  }
}

TEST(TextCleanerTest, TeasersHeadedByTheirDatesAreOutsideTheArticle) {
  std::string text =
      "Wednesday November 20, 2019\n"
      "While Anglophiles spent the weekend watching The Crown, the real prince was busy "
      "distancing himself from a scandal.\n"
      "In an interview about his friendship with the financier, he said he had no regrets.\n"
      "His flustered and incoherent denials speak volumes about what he knew and when.\n\n";
  for (const char* teaser :
       {"Joker killed at the box office this month, and critics are still asking why it did.",
        "Wednesday night, the country's most liberal Democrats will descend on my home state.",
        "Various outlets reported that a United Nations study showed the country detains "
        "children."}) {
    text +=
        std::string("A headline of another story\n\nBecket Adams\nTuesday November 19, 2019\n") +
        teaser + "\n\n";
  }
  CleanedText c;
  CleanText(text, BoilerplateModel(), &c);
  EXPECT_EQ(LabelOf(text, c, "real prince was busy"), SentenceLabel::kContent);
  EXPECT_EQ(LabelOf(text, c, "speak volumes"), SentenceLabel::kContent);
  EXPECT_EQ(LabelOf(text, c, "Joker killed"), SentenceLabel::kOutsideArticle);
  EXPECT_EQ(LabelOf(text, c, "United Nations study"), SentenceLabel::kOutsideArticle);
  EXPECT_EQ(c.content_sentences, 3u);
}

TEST(TextCleanerTest, AHeadlineLedByALabelIsTheTitle) {
  const std::string prose =
      "\n\nHealth authorities are reporting a sixth fatality linked to the mosquito-borne virus.\n";
  const std::string headline = "Michigan Officials: Sixth Fatality Linked To Virus Reported";
  CleanedText c;
  CleanText(headline + prose, BoilerplateModel(), &c);
  EXPECT_EQ(c.title, headline);
  const std::string promo = "READ MORE: Three Takeaways From The Dodgers Season";
  CleanText(promo + prose, BoilerplateModel(), &c);
  EXPECT_EQ(c.title, "");
  EXPECT_EQ(LabelOf(promo + prose, c, "Three Takeaways"), SentenceLabel::kPromo);
}

TEST(TextCleanerTest, LearnedBoilerplateIsDropped) {
  const std::string notice =
      "These crawls are part of an effort to archive pages as they are created and archive the "
      "pages that they refer to.";
  std::vector<text::Token> tokens;
  text::Tokenize(notice, &tokens);
  std::vector<uint64_t> shingles;
  WordShingles(notice, tokens, 0, tokens.size(), &shingles);
  BoilerplateModel model(shingles);
  CleanedText c;
  CleanText(notice + std::string(" The senator resigned on Monday after a long scandal."), model,
            &c);
  EXPECT_EQ(c.sentences[0].label, SentenceLabel::kBoilerplate);
  EXPECT_EQ(c.sentences[1].label, SentenceLabel::kContent);
  CleanedText only;
  CleanText(notice, model, &only);
  EXPECT_TRUE(JudgeArticle(notice, only).non_article);
}

TEST(TextCleanerTest, LearnedBoilerplateOpeningASentenceIsCut) {
  const std::string player = "Media playback is unsupported on your device Media caption";
  std::vector<text::Token> tokens;
  text::Tokenize(player, &tokens);
  std::vector<uint64_t> shingles;
  WordShingles(player, tokens, 0, tokens.size(), &shingles);
  BoilerplateModel model(shingles);
  const std::string text = "The senator resigned on Monday after a long scandal. " + player +
                           " The vote on his successor is set for Friday, officials said.";
  CleanedText c;
  CleanText(text, model, &c);
  ASSERT_EQ(c.sentences.size(), 2u);
  EXPECT_EQ(c.sentences[1].label, SentenceLabel::kContent);
  EXPECT_EQ(text.substr(c.sentences[1].begin, c.sentences[1].end - c.sentences[1].begin),
            "The vote on his successor is set for Friday, officials said.");
  EXPECT_EQ(c.sentences[1].words, 11u);
  // Too little after it: the sentence is left whole (and mostly boilerplate, so dropped).
  const std::string short_rest =
      "The senator resigned on Monday after a long scandal. " + player + " More soon.";
  CleanText(short_rest, model, &c);
  ASSERT_EQ(c.sentences.size(), 2u);
  EXPECT_EQ(c.sentences[1].label, SentenceLabel::kBoilerplate);
}

// A wire service's budget lists its stories to editors, each paragraph a story of its own under
// its slug and dateline; an article has one dateline, and may quote a place in capitals again.
TEST(NonArticleDetectorTest, AListOfDatelinedStoriesIsNotAnArticle) {
  const std::string budget =
      "Photo and graphics information and editors' names can be found at the end of this "
      "budget.\n"
      "CUBA-ELIAN _ MIAMI _ As both sides in the custody case await a federal appeals court "
      "ruling, the mayor of Miami flies to Washington to meet lawmakers. (Williams, Cox News "
      "Service).\n"
      "RUSSIA-TREATY _ MOSCOW _ The path was cleared Friday for further arms reductions when "
      "Russian lawmakers approved the long-delayed treaty. (Coker, Cox News Service).\n"
      "CENSUS-FLA _ MIAMI _ Florida is spending tax dollars to convince snowbirds to fill out "
      "census forms as Florida residents. (Engelhardt, Palm Beach Post).\n"
      "PRIVATE-PRISONS _ TALLAHASSEE, Fla. _ Lawmakers are contemplating what will happen if "
      "private prison companies start importing inmates from out of state. (Bierman, Palm Beach "
      "Post).\n"
      "IMF _ WASHINGTON _ Spot coverage of the spring meetings of the International Monetary Fund "
      "and World Bank here to discuss world economic issues. (Rice, Cox News Service).\n";
  CleanedText c;
  CleanText(budget, BoilerplateModel(), &c);
  EXPECT_EQ(c.datelined_paragraphs, 5u);
  const NonArticleVerdict verdict = JudgeArticle(budget, c);
  EXPECT_TRUE(verdict.non_article);
  EXPECT_NE(verdict.reason.find("list of stories"), std::string::npos) << verdict.reason;
  // One story under its dateline, then a digest of two briefs: still reporting, not a list.
  const std::string briefs =
      "CARACAS, Venezuela (AP) _ Venezuelan President Hugo Chavez expressed his concern Saturday "
      "over a lawsuit filed by a group of small U.S. oil producers. In his letter to President "
      "Bill Clinton, Chavez called on Clinton's attention to the matter.\n"
      "SANTIAGO -- Chile's economic activity dropped 3.1 percent in the first five months of the "
      "year, the biggest decline since 1983, the central bank said.\n"
      "LIMA -- Peru's congress approved a new budget on Friday after a week of debate over "
      "spending on roads and schools in the provinces.\n";
  CleanText(briefs, BoilerplateModel(), &c);
  EXPECT_EQ(c.datelined_paragraphs, 2u);
  EXPECT_FALSE(JudgeArticle(briefs, c).non_article) << JudgeArticle(briefs, c).reason;
}

TEST(NonArticleDetectorTest, NoticesAndTooLittleText) {
  const std::string cookie =
      "We use cookies to improve your experience. Please enable cookies in your browser to "
      "continue. You can change your settings at any time. By using this site you agree.";
  CleanedText c;
  CleanText(cookie, BoilerplateModel(), &c);
  EXPECT_TRUE(JudgeArticle(cookie, c).non_article);
  const std::string brief = "Notice you must log in to continue.";
  CleanText(brief, BoilerplateModel(), &c);
  EXPECT_TRUE(JudgeArticle(brief, c).non_article);
  const std::string article =
      "A federal judge in Chicago blocked the Justice Department's new grant conditions on Friday. "
      "The ruling applies nationwide, the judge wrote in a 41-page opinion. The city had sued in "
      "August, arguing the conditions were unconstitutional. Officials said they would appeal.";
  CleanText(article, BoilerplateModel(), &c);
  EXPECT_FALSE(JudgeArticle(article, c).non_article);
  // Most sentences speak to the reader, but once each among many words: a report, not a notice.
  const std::string explainer =
      "President Obama is expected to nominate Merrick Garland, the chief judge of the federal "
      "appeals court in Washington, to serve on the Supreme Court after weeks of speculation. "
      "Here is what you need to know about the judge, his record on the bench and his chances "
      "of being confirmed by a Senate that has refused to hold hearings for any nominee. You "
      "may remember him from the Oklahoma City bombing prosecution in the nineties.";
  CleanText(explainer, BoilerplateModel(), &c);
  EXPECT_FALSE(JudgeArticle(explainer, c).non_article) << JudgeArticle(explainer, c).reason;
}

}  // namespace
}  // namespace precis::extract
