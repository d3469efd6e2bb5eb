#include "extract/text_cleaner.h"

#include <re2/re2.h>
#include <re2/set.h>
#include <xxhash.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "base/ascii.h"
#include "base/flat_hash_map.h"
#include "extract/shingles.h"
#include "text/stopwords.h"
#include "text/tokenizer.h"
#include "text/whitespace.h"

namespace precis::extract {
namespace {

using text::Token;
using text::TokenKind;

// The words of a page's time stamp, two to twelve of them: months, weekdays ("Thu"), numbers, clock
// times ("8:21", "11: 27pm"), a.m./p.m. and time zones ("GMT+02:00"), with their commas, colons
// and dashes ("Feb 28, 2016 - 5:16 pm").
constexpr const char* kStampWords =
    R"((?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|(?:at\s+)?\d{1,4}(?:(?::\s?|\.)\d{2}){0,2}(?:[ap]m)?|\d{1,2}/\d{1,2}/\d{2,4}|[ap]\.?m\.?|[a-z][sd]t|(?:gmt|utc)(?:[+-]\d{1,2}(?::\s?\d{2})?)?|et)\b\.?(?:[\s,:]|-\s)*){2,12})";

// The networks a prompt names when it asks the reader to follow the site: "Follow X on Twitter".
constexpr const char* kFollowNetworks = "(?:twitter|facebook|instagram)";
// A network's dateline tag, which needs no dash after it: "( cnn )", "(CNN)", "( cnn money )",
// "( cbs news )", "( hln )".
constexpr const char* kNetworkTag = R"(\(\s*(?i:cnn(?:\s*money)?|cbs\s+news|hln)\s*\))";

// A row of share buttons: "Share this article Facebook Twitter LinkedIn Email".
constexpr const char* kShareRow =
    R"(share this (?:story|article)(?:\s+(?:share|print|email|tweet|pin|facebook|twitter|linkedin|pinterest))*)";

// An agency that credits a photo by its name and a slash, up to the photographer's name:
// "Reuters/", "AP Photo/". (AFP's credits open their captions instead.)
constexpr const char* kCreditAgencySlash =
    R"((?:ap photo|reuters|epa|upi|getty images|associated press)\s*/\s*)";

// Cues that look the same on every site. Each is a shape, not a phrase from one page.
struct Cues {
  // "REUTERS/Lucy Nicholson", "AP Photo/Evan Vucci", "AFP/Getty Images": agency slash name.
  RE2 credit_slash{R"(\b[A-Z]{2,}(?: [A-Z][a-z]+)?/[A-Z][A-Za-z]+(?: [A-Z]|\b))"};
  // The same at the start of a sentence, up to the slash: "REUTERS/", "AP Photo/".
  RE2 credit_slash_lead{R"(^[A-Z]{2,}(?: [A-Z][a-z]+)?/)"};
  // An agency's credit opening a sentence in any case, up to the slash: "Reuters/", "Ap photo/"
  // (where the text is lowercased but for a capital after each period, as Multi-News gives it,
  // only the agency's name tells a credit).
  RE2 credit_agency_lead{std::string("(?i)^") + kCreditAgencySlash};
  // The parts of a lowercased credit after the agency, each closed by a slash or by the story:
  //  - a part the agency's own words end ("file photo", "files", "pool", "handout via reuters
  //    tv", "stringer", "associated press");
  //  - any part of one to four words before a slash ("u.s. air force/", "dado ruvic/");
  //  - else a name: two words, or three with a middle initial ("aaron p. bernstein");
  // then a Reuters picture id ("- rtsaf6q"), and another agency's credit after a semicolon.
  RE2 credit_part_closed{
      R"((?i)(?:(?:[^\s/]+ ){0,3}?via reuters(?: tv)?|file photos?|files?|pool|handouts?|illustration|stringer|str|staff|associated press)(?:\b|$))"};
  RE2 credit_part_before_slash{R"((?:[^\s/]+ ){0,3}[^\s/]+ ?/+ ?)"};
  RE2 credit_part_name{R"((?i)[^\s/]+ (?:[a-z]\. )?[^\s/]+(?: [js]r\.)?)"};
  RE2 credit_part_slash{R"( ?/+ ?)"};
  RE2 credit_picture_id{R"( [-–] [a-z0-9]*\d[a-z0-9]*(?:\b|$))"};
  RE2 credit_next_agency{std::string(R"((?i)\s*;\s*)") + kCreditAgencySlash};
  // A credit named alone, opening the sentence after the caption it closes
  // (CutLeadingBareCredit): the USA Today network's for a video ("Close <description>. USA TODAY
  // Sports <story>"), or a wire agency's ("<caption>. AP <story>").
  RE2 bare_credit_lead{
      R"((?i)^(?:usa today(?:\s+(?:sports|network))?|ap(?:\s+(?:photo|images))?|reuters|afp|getty\s+images|associated\s+press)\s+)"};
  // A credit in brackets, which closes the caption before it: "(Photo: X)", "(AP Photo/X)",
  // "(Reuters/Kevin Lamarque)", "(EPA/STR)", "(Image by X)", "(Alex Wong / Getty Images)",
  // "(Nicholas Yeo/AFP/Getty Images)", "(John Moore, Getty Images / )", "(Tamir Kalifa/Austin
  // American-Statesman via AP)", and the agency alone as wire galleries print it,
  // "(Associated Press)". X names a photographer or an agency in a few words; a longer one is a
  // link's title ("(Pictures: scenes from the ground at Occupy Wall Street)"). A bare "(AP)" or
  // "(Reuters)" is not one: it is the dateline's agency tag, before the story. A video's stamp
  // closes its description as a credit does a caption, as NBC's stations print it: "Nbc 7's X has
  // the latest. (Published Sunday, Sept. 9, 2018) A man shot ...", "(Published 9 hours ago)".
  RE2 bracketed_credit{
      R"((?i)\(\s*(?:published\s+(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,3}\s+(?:minute|hour|day)s?\s+ago)|(?:(?:ap|afp|reuters|getty|epa|upi)\s+)?(?:photo(?:graph)?s?|images?|pictures?)\s*(?::|/|by\b)\s*(?:[^()\s]+\s*){1,6}|(?:reuters|afp|epa|upi)\s*/\s*(?:[^()\s]+\s*){1,6}|associated press|getty images|(?:[^()\s/]+\s*){1,4}(?:/\s*(?:[^()\s/]+\s*){1,3}){0,2}(?:[/,]|\bvia\b)\s*(?:ap|afp|reuters|epa|upi|bloomberg|getty images|associated press)(?:\s*/)?)\s*\))"};
  // An agency's credit out of brackets, as captions pasted without line breaks carry it: the
  // photographer's name and the agency after a slash, "drew angerer/getty images", "jeff
  // vespa/getty", "j. scott applewhite/ap photo", "chris pizzello/invision/ap", "jim mone / ap",
  // "saul loeb/afp/getty", "olivier douliery/epa-efe/shutterstock", or "Getty Images" opening the
  // text, with what closes it ("/ )", "]", "- file", "file photo )", "- Contributor"). A poll's
  // sponsors ("an abc news/ap poll") would read as a credit; none occurs in Multi-News val.
  RE2 open_agency_credit{
      R"((?i)((?:(?:/\s?(?:getty(?:\s+images?)?|(?:ap|afp|reuters|epa(?:-efe)?|upi|shutterstock)(?:\s+photo)?)\b)+|\bgetty\s+images?\b)(?:\s*[)\]/]|\s*[-,]?\s*(?:file(?:\s+photo)?|contributor)\b)*))"};
  // What else closes a caption run into the story: the credit after a bar, as politico's
  // captions end ("... on saturday. | AP Photo <headline>", "&#124; getty", "&#124; sun-times file
  // photo"), a news site's "Buy photo" button, and a gallery's "back to gallery" link.
  RE2 caption_close{
      R"((?i)((?:\bbuy\s+photo|\bback\s+to\s+gallery|(?:&#124;|\|)\s*(?:(?:ap|afp|reuters|getty|epa)(?:\s+(?:photo|images?))?|associated\s+press|[\w.-]+\s+file\s+photo))\b))"};
  RE2 open_agency_credit_lead{
      R"((?i)^(\s*getty(?:\s+images?)?\b(?:\s*[)\]/]|\s*[-,]\s*(?:file|contributor)\b)*))"};
  // AP's file-photo captions open "FILE - In this ... file photo, ...", "FILE -- This ...".
  RE2 file_photo_caption{R"((?i)^file\s*(?:-|–|—|photo\b))"};
  // And the others, with their "(AP Photo/Name)" credit gone, as Multi-News holds them: "This
  // undated photo provided by the sheriff's office shows ...", "This image made from video and
  // released by ...", "In this picture taken Friday, ...", "In this Sept. 18, 1993 photo, X ...":
  // this, a date or a word or two, the picture, and at once who took, released or shows it (or,
  // after "In this", a comma). "This picture is far from complete, analysts said" is no caption.
  RE2 photo_caption_opening{
      R"((?i)^(?:in\s+this\s+(?:\S+\s+){0,6}?(?:photo(?:graph)?|image|picture)s?\s*,|(?:in\s+)?this\s+(?:\S+\s+){0,6}?(?:photo(?:graph)?|image|picture|frame\s+grab|video\s+still)s?[\s,]+(?:\S+\s+){0,3}?(?:provided|released|taken|made|distributed|obtained|supplied|captured|posted|shows?|showing|purports)\b))"};
  // AP's captions end on the picture's place and full date: "Relatives mourn ... in Amritsar,
  // India, Friday, Oct. 19, 2018." Prose dates its events "on Friday", and gives the weekday
  // with the year only in a dateline.
  RE2 photo_caption_dated_ending{
      R"((?i),\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?,?\s+\d{1,2},\s+(?:19|20)\d\d\s*\.\s*$)"};
  // "(Photo: X)", "Photo by X", "Image credit:", "Photograph: X", "Video provided by X", "Photo
  // courtesy of X".
  RE2 photo_credit{
      R"((?i)\b(?:photo(?:graph)?s?|images?|pictures?|video)\s*(?:by\b|:|credit|provided by\b|courtesy\b))"};
  // A video player's controls heading the video's caption, as the USA Today network's pages
  // print them: "CLOSE Skip in Skip x Embed x Share <caption> Video provided by X".
  RE2 video_player_caption{R"((?i)^close\s+skip\s+in\s+skip\s+x\s+embed\s+x\s+share\b)"};
  // Embedded posts: links to the networks' media and a "(@handle) Month D, YYYY" signature.
  RE2 social_link{
      R"((?i)(?:pic\.twitter\.com/|twitter\.com/\w+/status|instagram\.com/p/|t\.co/\w))"};
  // A post's own media or short link, which its text runs up to, opening a sentence, or after a
  // few words cut off by an ellipsis (an embed shortens a long post): the sentence breaker ended
  // the post's text before it ("You have to be kidding me. pic.twitter.com/x — Name (@handle)",
  // "... in punjab. My … https://t.co/x — Name (@handle)"). Other words before the link may be
  // the whole post, and a link to a post's page ("twitter.com/name/status/...") is how prose
  // cites one: neither is this.
  RE2 post_link_opening{
      R"((?i)^(?:(?:\S+\s+){0,8}?\S*(?:…|\.\.\.)\s*)?(?:https?://)?(?:pic\.twitter\.com/|t\.co/\w))"};
  // Instagram's embeds sign "( @handle ) on Jul 1, 2017 at 9:33am PDT"; a post whose date was
  // kept as the embed's machine timestamp signs "( @handle ) 1539961822000" (Unix time in
  // seconds or milliseconds).
  RE2 social_signature{
      R"((?i)\(\s?@[\w.]{1,30}\s?\)\s+(?:(?:on\s+)?\w+\.?\s+\d{1,2},\s+\d{4}(?:\s+at\s+\d{1,2}:\s?\d{2}\s?[ap]m(?:\s+[a-z]{2,4}\b)?)?|1\d{9}(?:\d{3})?\b))"};
  // "©", "Copyright 2017", "All Rights Reserved", "contributed to this report".
  RE2 credit_line{
      R"((?i)(?:©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|contributed (?:to )?this report|may not be (?:published|reproduced|redistributed)))"};
  // Calls to action: a verb of subscribing or sharing, or a pointer to the page's video or gallery
  // ("Flip through the gallery above", "Launch the gallery to see ...", "Scroll down for ..."),
  // said to the reader: "you", an imperative opening the item, or one closing it ("For live
  // coverage, click here."). An imperative inside a longer item is not enough: with the line breaks
  // gone, a story's sentence may follow it ("Mobile users: click here for photos of X was last seen
  // ...").
  RE2 prompt_verb{
      R"((?i)\b(?:sign(?:ing)? up|subscribe|unsubscribe|newsletters?|inbox|click here|tap here|follow us|follow\s+(?:[^\s.!?]+\s+){0,4}?on\s+(?:twitter|facebook|instagram|youtube)|share this|download (?:the|our) app|read (?:the )?full story|read more|learn more|log ?in to|enable javascript|cookies?|(?:e-?mail|push) notifications?|(?:e-?mail|contact|reach) (?:the )?(?:author|reporter|writer)s?|(?:video|clip|gallery|slideshow|footage|player)s? (?:above|below)|watch (?:the|this|our) (?:full )?(?:video|clip)|(?:launch|flip through|click through|scroll through|browse|view|see|check out) (?:the|this|our) (?:photo )?(?:gallery|slideshow|slide show)|scroll down)\b|\bread (?:the|our) (?:[^\s.!?]+\s+){0,6}?(?:here|below)\s*(?:[.:]|$))"};
  RE2 reader_address{
      R"((?i)(?:\byou\b|\byour\b|^please\b|^(?:sign|subscribe|click|tap|follow|download|read|learn|get|join|like|share|watch|listen|see|check|e-?mail|contact|reach|launch|flip|scroll|browse|view)\b|[,:]\s*(?:please\s+)?(?:click|tap)\s+here\W*$))"};
  // Datelines: "CHICAGO —", "PINE RIDGE, S.D. (AP) --", "BALTIMORE (WJZ)–", "CHICAGO ( —", the
  // newswire's "WASHINGTON _" (AP and NYT copy as DUC holds it), and a bare agency tag "(AP) -".
  // Optional "date 2017-09-15" clutter before it.
  RE2 dateline{
      R"(^(?:date\s+\d{4}-\d{2}-\d{2}\s+)?((?:[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)?\s*(?:\(\s*[A-Za-z][A-Za-z ]{0,20}\)|\(\s*)?\s*(?:—|–|--|-|_)\s*)"};
  // Page furniture that opens a sentence when a page is pasted without line breaks. Labels that
  // stand before the story's next sentence are cut ("Advertisement continue reading the main
  // story", "Story continued below" (politico), "Advertisementskip", "Updated | ", a video's
  // length "( 6: 59 )", a text size control "Text size - + reset", an audio player's "Listen to
  // article 4:26", a row of share buttons "Share this article Facebook Twitter", a video player's
  // "Please enable JavaScript to watch this video", a content system's ids ("storyidforme:
  // 60563618 tmspicid: 21949307 fileheaderid: 10373851 updated:"), ABC's "Embed More News
  // Videos", NBC's video player with its video's title and running time ("Play Facebook Twitter
  // Embed Towering dust storm forms over Phoenix 2:23 <description>", its title may be missing),
  // the USA Today network's player run into a sentence ("Skip in Skip x Embed x Share <caption>";
  // behind its "Close" button, it makes its sentence a caption: Cues::video_player_caption), a
  // prompt to follow the site that ends with its handle, its networks or a bar, "Follow the ticker
  // on Twitter:
  // @politicalticker", "Follow Ynetnews on Facebook and Twitter"); labels that head a caption or a
  // link title take the sentence with them, as the caption runs into the story with nothing to tell
  // where it ends ("Image caption ...", "Related: ...").
  RE2 furniture_label{
      std::string(
          R"((?i)(?:(?:photo|image)\s+)?(?:(?:advertisement\s*(?::|skip)?|follow\s+(?:[^\s.!?]+\s+){0,4}?on\s+)") +
      kFollowNetworks + R"((?:(?:\s*(?:,|and|or|&amp;|&)\s*)" + kFollowNetworks +
      R"()+|\s*:?\s*@\w+|\s*(?:\||&#124;))|continue reading(?: the main story| below)?|(?:story|article)\s+continue[sd]\s+below|story highlights|(?:photo|image|slide) \d+ of \d+|\(\s*\d{1,2}\s*:\s*\d{2}\s*\)|updated\s*(?:\||&#124;)|text size\s*-\s*\+\s*reset|listen to (?:this )?article(?:\s+\d{1,2}:\s?\d{2})?|please enable javascript to (?:watch|view) this video|read (?:the|our) (?:[^\s.!?]+\s+){0,6}?(?:here|below)\s*[:.]?|(?:[a-z]{4,}:\s*\d{5,}\s+){2,}(?:updated:)?|embed more news videos|(?:play\s+)?facebook\s+twitter\s+(?:google\s+plus\s+)?embed\s+(?:\S+\s+){0,30}?\d{1,2}:\s?\d\d|skip\s+in\s+skip\s+x\s+embed\s+x\s+share|)" +
      kShareRow + R"()\s+)+)"};
  // A media widget's label opening a sentence, which a page pasted without line breaks runs into
  // the story or the caption after it: "Scroll down for video", "See more videos", "View gallery",
  // "View images", "View slideshow", "View photo gallery:", an author's "View archive", "Click to
  // enlarge", "Click for larger image", a station's "Watch the report" (ConsumeMediaWidget says
  // when it is one).
  RE2 media_widget{
      R"((?i)(?:scroll\s+down\s+for\s+(?:more\s+)?videos?|see\s+more\s+videos|view\s+(?:photo\s+)?(?:gallery|images|photos|slideshow|archive)|click\s+(?:for\s+(?:a\s+)?larger\s+(?:image|photo|version)|to\s+enlarge(?:\s+(?:the\s+)?(?:image|photo))?)|watch\s+the\s+report)\s*(?::|\||&#124;)?\s+)"};
  // The heading of AP's live updates, with the first entry's time: "The Latest on the arrest of
  // ... (all times local): 11:30 a.m.".
  RE2 live_updates_heading{
      R"((?i)the latest\b[^()]{0,250}\(\s*all times local\s*\)\s*:?\s*(?:\d{1,2}\s*:\s*\d{2}\s*(?:[ap]\.?\s?m\b\.?)?\s*)?)"};
  // A related story's title closed by "read more" (as the Guardian runs them) before the story's
  // next sentence: "Meet the marathon cheats read more in the most blatant case, ...", and the
  // story's own headline closed by its row of share buttons: "Pot grower has trouble giving away
  // $14,000 share this story print email Prosser, Wash. - ..."), or by its "Email this" button, as
  // AOL's celebrity pages print it ("Ricki Lake sued for starting house fire email this Ricki Lake
  // is busy ..."; ConsumeClosedTitle tells "by email this week" from it).
  RE2 furniture_read_more{std::string(R"((?i)(?:\S+\s+){4,20}?(?:read more|e-?mail this|)") +
                          kShareRow + R"()\s+)"};
  // A page's time stamp before the story or a video's description: "Published on Apr 29, 2015",
  // "Updated 8:21 a.m.:", "Posted by X on December 27, 2015, 7:26 pm EDT", "Last updated at 08:13
  // 19 October 2006", "Originally published June 23, 2011 at 12:50 PM | Page modified June 24, 2011
  // at 1:55 PM" (a chain of them). After each label, only dates and times: months, weekdays,
  // numbers, clock times, a.m./p.m. and time zones.
  RE2 furniture_timestamp{
      std::string(
          R"((?i)(?:(?:originally\s+)?(?:published|updated|posted|last updated|page modified)(?:\s+(?:on|at|in|as of|date:|by\s+[^,.|]{1,40}?\s+on))?[\s,:]*)") +
      kStampWords + R"((?:(?:&#124;|\|)\s*)?)+)"};
  // The same stamp after the headline or the byline it closes, its label followed by a colon:
  // "Mom, daughter arrested for naples house party updated: tuesday, march 25, 2014 4:12 pm edt
  // <story>", "By William R. Levesque, Times Staff Writer posted: nov 14, 2012 01:30 pm <story>".
  RE2 furniture_headed_timestamp{
      std::string(R"((?i)(?:\S+\s+){1,30}?(?:posted|updated|published)\s*:\s*)") + kStampWords};
  // What such a stamp leaves behind: labels with no date ("posted: updated:"), the bracket closing
  // it ("... ( updated: december 13, 2010 04:17 pm est )"), a count of views ("views: 412,552").
  RE2 furniture_stamp_tail{
      R"((?i)(?:(?:posted|updated|published)\s*:\s*|\)\s*|views:\s*[\d,.]+\s+)+)"};
  // A time stamp with no label, as a byline's or a masthead's bar closes it ("Lisette Espinosa |
  // Oct. 23, 2015, 4:36 a.m. <story>"): the same words, from the first; CutBarChain says when it
  // holds enough of a date to be one.
  RE2 bare_timestamp{std::string("(?i)") + kStampWords};
  // A video's running time before its title or the story ("1:52 Meghan Markle's half-sister has
  // claimed ...", "0: 44 november 12, 2013 <title>"), then the date it was posted. A clock time
  // opens a timeline's entry instead ("10:45 p.m.: he is ...", "8:02 a.m. EDT -- Plane lands"):
  // a.m./p.m., a time zone, a colon or a dash after the digits tells it.
  RE2 furniture_running_time{R"(\d{1,2}:\s?\d\d(?::\s?\d\d)?\s+)"};
  RE2 clock_time_close{
      R"((?i)(?:[ap]\.?m\b|[ap]\.m\.|[a-z][sd]t\b|gmt\b|utc\b|et\b|pt\b|[:\-–—]))"};
  RE2 video_posted_date{
      R"((?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}\s+)"};
  // A credit's label: "Photo:", "Image credit:", "Credit:", "Photographer:" (CutLabelledCredit).
  RE2 credit_label_lead{
      R"((?i)^(?:(?:photo(?:graph)?|image|picture)(?:\s+credit)?|credits?|photographer)\s*:\s*)"};
  // A bare "Photo" label (NYT) before the story's first word.
  RE2 furniture_photo{R"((?i)photo\s+)"};
  // A gallery's controls before its caption: "Image caption ...", "Hide caption 1 of 28 photos:
  // ...", "Enlarge image close ...", "View full caption ...", CNN's "Photos: Photos: <gallery's
  // title> <title> – <caption>".
  RE2 furniture_caption{
      R"((?i)^(?:(?:image|media) (?:caption|copyright)|photos: photos:\s|hide caption|enlarge (?:this )?image|view full (?:caption|image))\b)"};
  // A photo credit opening the story, up to an agency that ends it: "Photo by X/Getty Images",
  // "Image: X/Reuters", the agency alone, "Photo: Getty", "Photo: dpa" (not "AP", which goes on
  // as "AP Photo/X"), or a name of a few words and the agency after a slash, "Chris Wilkins /
  // AFP / Getty Images". (A credit ending in a photographer's name has no such end, and stays.)
  RE2 furniture_credit{
      R"((?i)(?:(?:photo|image|picture)s?(?: credit)?\s*:\s*(?:getty(?: images)?|reuters|afp|dpa|epa|upi|associated press|shutterstock|bloomberg)|(?:photo|image|picture)s?(?: credit)?\s*(?::|by)\s*[^.!?]{0,80}?(?:getty images|/\s*(?:[^\s/]+\s*/\s*){0,2}(?:reuters|ap|afp|epa|upi|associated press|shutterstock|getty images))|(?:[^\s/.!?()]+\s+){0,3}[^\s/.!?()]+\s*/\s*(?:[^\s/]+\s*/\s*){0,2}(?:reuters|ap|afp|epa|upi|associated press|shutterstock|getty images))\s+)"};
  // A list of related links: "Related:", "Related news articles ...", "Related photos: ...",
  // "Related | ...", and the labels that head a link to another story, its gallery or its video:
  // "More: <title>", "See also: <title>", "Read more: <title>", "Photos: <gallery's title>",
  // "Watch: <video's title>", "Video: <title>", "Gallery: <title>". With the line breaks gone the
  // title runs into the story's next sentence with nothing to tell where it ends, so the sentence
  // goes with it.
  RE2 furniture_link{
      R"((?i)^related(?:\s+(?:news|coverage|stories|articles|links|content|photos|videos|posts))*\s*(?::|\||&#124;)|^related(?:\s+news)?\s+(?:coverage|stories|articles|links|photos|videos)\b|^(?:(?:see|read)\s+(?:also|more)|also\s+(?:see|read)|more|(?:(?:more|exclusive|related)\s+)?(?:photos|videos?|gallery)|watch|recommended|don't miss|must see)\s*:)"};
  // A dateline with no tag, in any case: a place of a few words, maybe a region after a comma,
  // then a dash: "San francisco — ...", "Cleveland, ohio -- ...", "Washington, d.c. – ..."
  // (PlainDatelineEnd says when it is one).
  RE2 plain_dateline{
      R"re(([^\s,.!?()"\[\]—–-][^\s,!?()"\[\]—–]*(?:\s+[^\s,!?()"\[\]—–-][^\s,!?()"\[\]—–]*){0,3}(?:,(?:\s+[^\s,!?()"\[\]—–-][^\s,!?()"\[\]—–]*){1,3})?)\s+(?:—|–|--|-)\s+)re"};
  // A dateline in any case when an agency or station tag in brackets marks it, as in text
  // lowercased but for a capital after each period (Multi-News): "Damascus, syria ( ap ) —",
  // "( reuters ) -", and CNN's with no dash, "Washington ( cnn ) isis is facing ...", "(CNN)Micheal
  // Brown stared ...". The place is at most a few words; a byline may come before it.
  RE2 tagged_dateline{
      std::string(
          R"(((?:[^\s!?()]+\s+){0,6}?)(?:\(\s*[A-Za-z][A-Za-z. ]{0,20}\)\s*(?:—|–|--|-|_)|)") +
      kNetworkTag + R"()\s*)"};
  // A network's dateline tag that needs no dash ("( cnn )", "( cnn money )", "( cbs news )",
  // "( hln )") anywhere in one of the story's first sentences: what runs into it from before is
  // the page's story highlights, headline or byline, with the line breaks gone ("there are no
  // known credible threats the bulletin was issued out of caution ( cnn ) federal authorities
  // warned ...").
  RE2 network_tag{std::string(kNetworkTag) + R"(\s*(?:(?:—|–|--|-|_)\s*)?)"};
  // The heading of a comment thread, or its form: "34 responses to ...", "Comments", "Leave a
  // Reply", "Join the conversation", "View Comments", "Comments are closed.".
  RE2 comments_heading{
      R"((?i)^[\s\[(]*(?:[\w'-]+\s+){0,3}(?:comments?|responses?|replies|reactions)\s*(?:\(\d[\d,]*\)|\d[\d,]*)?\s*[\])]?\s*:?\s*$|^\s*(?:\d[\d,]*\s+)?(?:comments?|responses?|replies|reactions)\s+(?:to|on|are|for)\b|^(?:leave|post|add|write|submit) a (?:comment|reply)|^join the (?:conversation|discussion)|^(?:show|view|read|see|load) (?:all )?(?:\d+ )?comments|^want to join the discussion)"};
  // A line that is a date alone, maybe with its weekday and time: "Wednesday November 20, 2019",
  // "November 19, 2019 at 6:34 am", "19 Nov 2019 19:11", "11/19/2019".
  RE2 date_line{
      R"((?i)^\s*(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})(?:,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?\s*$)"};
  // credit_line and prompt_verb in one pass: a long line is searched for both (see CuesPresent).
  RE2::Set line_cues{RE2::DefaultOptions, RE2::UNANCHORED};
  static constexpr int kCreditCue = 0, kPromptCue = 1;

  Cues() {
    const bool added = line_cues.Add(credit_line.pattern(), nullptr) == kCreditCue &&
                       line_cues.Add(prompt_verb.pattern(), nullptr) == kPromptCue;
    if (!added || !line_cues.Compile()) std::abort();  // fixed patterns: a bug, not an input
  }
};

const Cues& GetCues() {
  static const Cues cues;
  return cues;
}

// Whether tokens [first, end) close like a sentence: . ! ? possibly inside quotes or brackets.
bool ClosesLikeSentence(std::string_view text, const std::vector<Token>& tokens, size_t first,
                        size_t end) {
  for (size_t i = end; i > first; --i) {
    const Token& t = tokens[i - 1];
    std::string_view s = t.text(text);
    if (t.kind == TokenKind::kPunct && text::IsClosingPunctuation(s)) continue;
    if (t.kind == TokenKind::kPunct && text::IsSentenceTerminal(s)) return true;
    // "U.S." at the end of a sentence carries its own dot.
    return t.kind == TokenKind::kWord && t.size() >= 2 && text[t.end - 1] == '.';
  }
  return false;
}

size_t CountWords(const std::vector<Token>& tokens, size_t first, size_t end) {
  size_t n = 0;
  for (size_t i = first; i < end; ++i) n += tokens[i].is_word_like();
  return n;
}

// Starts sentence `s` at token `first`, cutting what precedes it (a dateline, a credit, a caption
// or boilerplate run into it); its word count follows.
void StartSentenceAt(const std::vector<Token>& tokens, uint32_t first, CleanSentence* s) {
  s->first_token = first;
  s->begin = tokens[first].begin;
  s->words = static_cast<uint32_t>(CountWords(tokens, first, s->end_token));
}

// The first token of sentence `s`, from token `from` on, that begins at or after byte `byte` of
// the text (s.end_token when none does).
uint32_t TokenFrom(const std::vector<Token>& tokens, const CleanSentence& s, uint32_t from,
                   size_t byte) {
  while (from < s.end_token && tokens[from].begin < byte) ++from;
  return from;
}

// Words a cut must leave for the rest to stand as a sentence; with fewer, what was to be cut and
// its few words stay together.
constexpr size_t kMinWordsAfterCut = 4;

// Starts sentence `s` at token `first` when kMinWordsAfterCut words or more follow; returns
// whether it did.
bool CutFrontBefore(const std::vector<Token>& tokens, uint32_t first, CleanSentence* s) {
  if (CountWords(tokens, first, s->end_token) < kMinWordsAfterCut) return false;
  StartSentenceAt(tokens, first, s);
  return true;
}

// Whether `sentence` is a page's time stamp and little else ("Updated at 4:01 p.m. ET, Friday, May
// 15.", "Published 3:14 p.m. ET Aug. 10, 2017"): fewer than kMinWordsAfterCut words follow it,
// which is no sentence of the story.
bool IsTimestampOnly(std::string_view sentence) {
  if (sentence.empty()) return false;
  const char first = AsciiLower(sentence[0]);
  if (first != 'p' && first != 'u' && first != 'l') return false;  // published, updated, last ...
  re2::StringPiece rest(sentence.data(), sentence.size());
  return RE2::Consume(&rest, GetCues().furniture_timestamp) &&
         text::CountSpaceTokens(std::string_view(rest.data(), rest.size())) < kMinWordsAfterCut;
}

// The most words a caption or a link title runs to. A longer line is not one item: it is prose,
// or a whole page pasted without line breaks, and a cue inside it (a credit, a leading label)
// marks only its own sentence, never the line, or a flattened article would go with its caption.
constexpr size_t kMaxItemWords = 80;
// The most words a post's text runs to: a post holds at most 280 characters.
constexpr size_t kMaxPostWords = 60;

struct Line {
  size_t first_sentence = 0;
  size_t end_sentence = 0;
  size_t first_token = 0;
  size_t end_token = 0;
  size_t words = 0;
  bool terminated = false;
};

// Sentence `index` of a line longer than kMaxItemWords, as an item of its own: labelled and
// compared for templates like a line.
Line SentenceItem(const CleanSentence& sentence, size_t index) {
  Line item;
  item.first_sentence = index;
  item.end_sentence = index + 1;
  item.first_token = sentence.first_token;
  item.end_token = sentence.end_token;
  item.words = sentence.words;
  item.terminated = sentence.terminated;
  return item;
}

// A label made of 1-4 capitalized words and a colon at the start of a line: "READ MORE:",
// "SEE ALSO:", "Latest Coverage:". Returns the index of the colon token, or 0 if none.
size_t LeadingLabelColon(std::string_view text, const std::vector<Token>& tokens, const Line& line,
                         bool require_all_caps) {
  size_t words = 0;
  for (size_t i = line.first_token; i < line.end_token && words <= 4; ++i) {
    const Token& t = tokens[i];
    if (t.is_word_like()) {
      if (require_all_caps ? !t.all_upper : !(t.upper_initial || t.kind == TokenKind::kNumber)) {
        return 0;
      }
      ++words;
      continue;
    }
    if (t.text(text) == ":" && words >= 1) return i;
    return 0;
  }
  return 0;
}

// Whether `item` (a line, or a sentence) is a call to action said to the reader: a verb of
// subscribing or sharing (Cues::prompt_verb) and the reader addressed (Cues::reader_address).
bool IsPrompt(std::string_view item) {
  const Cues& cues = GetCues();
  return RE2::PartialMatch(item, cues.prompt_verb) && RE2::PartialMatch(item, cues.reader_address);
}

// Whether `item`, one sentence, ends as an agency photo caption does, on the picture's place and
// full date (Cues::photo_caption_dated_ending). Only an item ending in a year and a period is
// searched.
bool EndsOnPlaceAndFullDate(std::string_view text, const std::vector<Token>& tokens,
                            const Line& item) {
  if (item.words > kMaxItemWords || item.end_token - item.first_token < 2 ||
      tokens[item.end_token - 1].text(text) != ".") {
    return false;
  }
  const std::string_view year = tokens[item.end_token - 2].text(text);
  if (year.size() != 4 || !std::all_of(year.begin(), year.end(), IsAsciiDigit)) return false;
  const size_t begin = tokens[item.first_token].begin;
  const size_t end = tokens[item.end_token - 1].end;
  return RE2::PartialMatch(text.substr(begin, end - begin), GetCues().photo_caption_dated_ending);
}

// Which of the costlier cues a text may hold. A line of several sentences is searched once for
// each, and its sentences only for those the line holds.
struct CuesPresent {
  bool credit = true;
  bool prompt = true;
};

SentenceLabel LabelLine(std::string_view text, std::string_view line_text,
                        const std::vector<Token>& tokens, const Line& line, bool* opens_link_list,
                        const CuesPresent& present = CuesPresent()) {
  const Cues& cues = GetCues();
  *opens_link_list = false;
  const Token& first = tokens[line.first_token];
  const Token& last = tokens[line.end_token - 1];
  std::string_view first_text = first.text(text);
  std::string_view last_text = last.text(text);

  // A credit line. In a longer line of several sentences (pasted text often has no line breaks)
  // only the sentences that are credits, which the sentence pass in CleanText marks.
  if (present.credit &&
      (line.words <= 25 || (line.words <= 60 && line.end_sentence - line.first_sentence == 1)) &&
      RE2::PartialMatch(line_text, cues.credit_line)) {
    return SentenceLabel::kCredit;
  }
  if (line.words <= 25 && IsTimestampOnly(line_text)) return SentenceLabel::kCredit;
  // Both cues need a character most lines lack ('/' of a link, '@' of a signature): looked for
  // first, so most lines are not scanned by the patterns.
  if (line.words <= 80 && ((line_text.find('/') != std::string_view::npos &&
                            RE2::PartialMatch(line_text, cues.social_link)) ||
                           (line_text.find('@') != std::string_view::npos &&
                            RE2::PartialMatch(line_text, cues.social_signature)))) {
    return SentenceLabel::kSocial;
  }
  if ((first_text == "(" || first_text == "[") && (last_text == ")" || last_text == "]") &&
      line.words <= 40) {
    return SentenceLabel::kAside;
  }
  if (line.words <= kMaxItemWords && line_text.find('/') != std::string_view::npos &&
      RE2::PartialMatch(line_text, cues.credit_slash)) {
    return SentenceLabel::kCaption;
  }
  if (line.words <= 30 && !line.terminated && RE2::PartialMatch(line_text, cues.photo_credit)) {
    return SentenceLabel::kCaption;
  }
  if (line.words <= kMaxItemWords && (first_text == "CLOSE" || first_text == "Close") &&
      RE2::PartialMatch(line_text, cues.video_player_caption)) {
    return SentenceLabel::kCaption;
  }
  if (line.words <= kMaxItemWords &&
      (first_text == "FILE" || first_text == "File" || first_text == "file")) {
    if (RE2::PartialMatch(line_text, cues.file_photo_caption)) return SentenceLabel::kCaption;
  }
  if (line.words <= kMaxItemWords &&
      (AsciiEqualsLowercase(first_text, "this") || AsciiEqualsLowercase(first_text, "in")) &&
      RE2::PartialMatch(line_text, cues.photo_caption_opening)) {
    return SentenceLabel::kCaption;
  }
  if (line.end_sentence - line.first_sentence == 1 && EndsOnPlaceAndFullDate(text, tokens, line)) {
    return SentenceLabel::kCaption;
  }
  // "READ MORE: Three Takeaways ..." and a bare "SEE ALSO:" that heads a list of links.
  size_t colon = LeadingLabelColon(text, tokens, line, /*require_all_caps=*/true);
  if (colon != 0 && (line.words <= 25 || (!line.terminated && line.words <= kMaxItemWords))) {
    *opens_link_list = colon + 1 == line.end_token;
    return SentenceLabel::kPromo;
  }
  if (!line.terminated && line.words <= 20) {
    colon = LeadingLabelColon(text, tokens, line, /*require_all_caps=*/false);
    if (colon != 0) {
      *opens_link_list = colon + 1 == line.end_token;
      return SentenceLabel::kPromo;
    }
  }
  if (present.prompt && line.words <= 45 && IsPrompt(line_text)) return SentenceLabel::kPrompt;
  // Too short and unpunctuated to be prose: headlines, captions, slide-show controls, bylines.
  if (!line.terminated && line.words < 12) return SentenceLabel::kShortLine;
  if (line.words <= 6 && line.end_sentence - line.first_sentence == 1) {
    return SentenceLabel::kShortLine;  // "PEACH SPRINGS, Ariz.", "What is a 'sanctuary city'?"
  }
  return SentenceLabel::kContent;
}

// NPR's photos, pasted without line breaks: "<headline> enlarge this image toggle caption
// <credit> <credit> <story>". All through the label is cut from sentence `s`, and the credit with
// it, which such pages print twice. Returns whether the label was found; a sentence with fewer
// than four words after it is left whole, and `*caption` set: it is all caption.
bool CutToggleCaption(std::string_view text, const std::vector<Token>& tokens, CleanSentence* s,
                      bool* caption) {
  *caption = false;
  constexpr std::string_view kLabel = "toggle caption";
  const std::string head =
      AsciiLowercase(text.substr(s->begin, std::min<uint32_t>(400, s->end - s->begin)));
  const size_t at = head.find(kLabel);
  if (at == std::string::npos) return false;
  uint32_t first = TokenFrom(tokens, *s, s->first_token, s->begin + at + kLabel.size());
  auto same = [&](uint32_t a, uint32_t b) {
    return AsciiLowercase(tokens[a].text(text)) == AsciiLowercase(tokens[b].text(text));
  };
  for (uint32_t k = 1; k <= 8 && first + 2 * k <= s->end_token; ++k) {
    uint32_t i = 0;
    while (i < k && same(first + i, first + k + i)) ++i;
    if (i == k) {
      first += 2 * k;
      break;
    }
  }
  *caption = !CutFrontBefore(tokens, first, s);
  return true;
}

// Consumes a video's running time and the date it was posted (Cues::furniture_running_time) from
// the front of `rest`; returns whether there was one.
bool ConsumeRunningTime(re2::StringPiece* rest) {
  const Cues& cues = GetCues();
  if (rest->empty() || !IsAsciiDigit((*rest)[0])) return false;  // most sentences
  re2::StringPiece after = *rest;
  if (!RE2::Consume(&after, cues.furniture_running_time)) return false;
  if (re2::StringPiece clock = after; RE2::Consume(&clock, cues.clock_time_close)) return false;
  RE2::Consume(&after, cues.video_posted_date);
  *rest = after;
  return true;
}

// Consumes a media widget's label (Cues::media_widget) from the front of `rest`; returns whether
// there was one. A word that goes on from it makes it the sentence's own words: "View photos of
// the crash on our site", "Watch the report from good morning america in the player above".
bool ConsumeMediaWidget(re2::StringPiece* rest) {
  if (rest->empty()) return false;
  const char first = AsciiLower((*rest)[0]);
  if (first != 's' && first != 'v' && first != 'c' && first != 'w') return false;  // most
  re2::StringPiece after = *rest;
  if (!RE2::Consume(&after, GetCues().media_widget)) return false;
  const std::string_view next(after.data(), std::min<size_t>(after.size(), 16));
  const std::string word = AsciiLowercase(next.substr(0, next.find_first_of(" ,.:;")));
  for (const std::string_view going_on :
       {"of", "from", "in", "on", "at", "and", "or", "to", "for", "with", "by", "about", "here",
        "below", "above", "now", "that", "which"}) {
    if (word == going_on) return false;
  }
  *rest = after;
  return true;
}

// Consumes a headline or a byline and the time stamp that closes it
// (Cues::furniture_headed_timestamp), with any stamps chained after it, from the front of `rest`;
// returns whether there was one. `head` is the sentence's first bytes: most hold no "ed:".
bool ConsumeHeadedTimestamp(std::string_view head, re2::StringPiece* rest) {
  if (head.find("ed:") == std::string_view::npos && head.find("ED:") == std::string_view::npos &&
      head.find("ed :") == std::string_view::npos) {
    return false;
  }
  const Cues& cues = GetCues();
  if (!RE2::Consume(rest, cues.furniture_headed_timestamp)) return false;
  // Pages print several, with labels between them ("... gmt+01:00 | print version updated: ...").
  for (int more = 0; more < 3 && (RE2::Consume(rest, cues.furniture_timestamp) ||
                                  RE2::Consume(rest, cues.furniture_headed_timestamp));
       ++more) {
  }
  RE2::Consume(rest, cues.furniture_stamp_tail);
  return true;
}

// Consumes a link title or a headline closed by "read more", its share buttons or its "Email
// this" button (Cues::furniture_read_more) from the front of `rest`; returns whether there was
// one. "Email this" followed by a span of time is the story's own words ("the story was passed
// around by email this week").
bool ConsumeClosedTitle(re2::StringPiece* rest) {
  re2::StringPiece after = *rest;
  if (!RE2::Consume(&after, GetCues().furniture_read_more)) return false;
  const std::string_view title(rest->data(), after.data() - rest->data());
  if (AsciiLowercase(text::FoldWhitespace(title)).ends_with("this")) {
    const std::string_view next(after.data(), std::min<size_t>(after.size(), 12));
    const std::string word = AsciiLowercase(next.substr(0, next.find_first_of(" ,.;:!?")));
    static const std::unordered_set<std::string_view> kSpansOfTime = {
        "week",   "weekend", "month",  "year", "morning", "afternoon", "evening",
        "summer", "winter",  "spring", "fall", "autumn",  "season",    "time"};
    if (kSpansOfTime.count(word) != 0) return false;
  }
  *rest = after;
  return true;
}

// Where the story starts after a photographer's name that opens at token `tok` of sentence `s`,
// after an agency's slash: the name is one or two capitalized words; of a longer run of capitals,
// the rest opens the story ("Jim Young The Justice Department said"), and a capital right before a
// lowercase word does too ("Staff The judge said"). `tok` itself when no capital stands there.
uint32_t AfterPhotographerName(const std::vector<Token>& tokens, const CleanSentence& s,
                               uint32_t tok) {
  uint32_t capitals = 0;
  while (tok + capitals < s.end_token && tokens[tok + capitals].kind == TokenKind::kWord &&
         tokens[tok + capitals].upper_initial) {
    ++capitals;
  }
  if (capitals == 0) return tok;
  const bool lowercase_follows = tok + capitals < s.end_token &&
                                 tokens[tok + capitals].kind == TokenKind::kWord &&
                                 !tokens[tok + capitals].upper_initial;
  return tok + (capitals > 3 ? 2 : lowercase_follows ? capitals - 1 : std::min(capitals, 2u));
}

// Cuts a labelled photo credit in cased text from the front of sentence `s`: with the line breaks
// gone, "Photo: Mick Hutson/Redferns Walter Becker, the co-founder ...", "Credit: Jane Doe The
// band's other founder ...". The credit is a run of capitalized words: with a slash, it ends at
// the agency after it (one word, or two when the second is one such as "Images" or "Press"), or,
// when an agency in capitals stands first ("AP/Jane Doe"), at the photographer's name after it;
// without one, it ends before the run's last word when that word commonly opens a sentence ("The",
// "His") and a lowercase word follows. Otherwise a caption's subject may follow the label ("Photo:
// President Obama speaks ..."), and nothing is cut. Returns whether it cut.
bool CutLabelledCredit(std::string_view text, const std::vector<Token>& tokens, CleanSentence* s) {
  const std::string_view sentence = text.substr(s->begin, s->end - s->begin);
  if (sentence.empty()) return false;
  const char first = AsciiLower(sentence[0]);
  if (first != 'p' && first != 'i' && first != 'c') return false;  // most sentences
  re2::StringPiece rest(sentence.data(), sentence.size());
  if (!RE2::Consume(&rest, GetCues().credit_label_lead)) return false;
  const uint32_t from = TokenFrom(tokens, *s, s->first_token, rest.data() - text.data());
  auto capital = [&](uint32_t i) {
    return i < s->end_token && tokens[i].kind == TokenKind::kWord && tokens[i].upper_initial;
  };
  uint32_t end = from;  // the run [from, end) of capitalized words and slashes
  uint32_t slash = 0;
  while (end < s->end_token && end - from < 12) {
    if (tokens[end].text(text) == "/" && end > from && capital(end + 1) && slash == 0) {
      slash = end;
    } else if (!capital(end)) {
      break;
    }
    ++end;
  }
  if (end == from) return false;
  if (slash != 0) {
    // "AP/Jane Doe", "AP Photo/Jane Doe": the agency in capitals first, then the photographer.
    if (tokens[from].all_upper) {
      const uint32_t story = AfterPhotographerName(tokens, *s, slash + 1);
      return story > slash + 1 && story < end && CutFrontBefore(tokens, story, s);
    }
    uint32_t story = slash + 2;
    static const std::unordered_set<std::string_view> kAgencySecondWords = {
        "Images", "Image", "Photo", "Photos", "Press", "Pictures", "News", "Media", "Agency"};
    if (story < end && kAgencySecondWords.count(tokens[story].text(text)) != 0) ++story;
    return story < end && CutFrontBefore(tokens, story, s);
  }
  const uint32_t opener = end - 1;
  const bool lowercase_follows =
      end < s->end_token && tokens[end].kind == TokenKind::kWord && tokens[end].lower_initial;
  if (opener == from || !lowercase_follows) return false;
  std::string folded;
  text::FoldToken(tokens[opener].text(text), &folded);
  return text::IsEnglishStopword(folded) && CutFrontBefore(tokens, opener, s);
}

// Page furniture opening sentence `s` of a line of several sentences (Cues::furniture_*): a label
// or a link title closed by "read more" before the story's next sentence is cut when four words
// or more remain; a caption's or a link title's label makes the sentence that caption or link
// (returned). kContent otherwise.
SentenceLabel CutPageFurniture(std::string_view text, const std::vector<Token>& tokens,
                               CleanSentence* s) {
  const Cues& cues = GetCues();
  bool caption = false;
  if (CutToggleCaption(text, tokens, s, &caption)) {
    if (caption) return SentenceLabel::kCaption;
    // The story after the caption may open with the page's time stamp ("... toggle caption
    // <credit> <credit> updated at 3:26 p.m. ET <story>").
    re2::StringPiece story(text.data() + s->begin, s->end - s->begin);
    if (RE2::Consume(&story, cues.furniture_timestamp)) {
      CutFrontBefore(tokens, TokenFrom(tokens, *s, s->first_token, story.data() - text.data()), s);
    }
    return SentenceLabel::kContent;
  }
  const std::string_view sentence_text = text.substr(s->begin, s->end - s->begin);
  if (IsTimestampOnly(sentence_text)) return SentenceLabel::kCredit;
  if (RE2::PartialMatch(sentence_text, cues.furniture_caption)) return SentenceLabel::kCaption;
  if (RE2::PartialMatch(sentence_text, cues.furniture_link)) return SentenceLabel::kPromo;
  re2::StringPiece rest(sentence_text.data(), sentence_text.size());
  const std::string_view head = sentence_text.substr(0, 200);
  const bool may_close_title =
      head.find("more") != std::string_view::npos || head.find("MORE") != std::string_view::npos ||
      head.find("hare this") != std::string_view::npos ||
      head.find("ail this") != std::string_view::npos;  // the costlier pattern
  if (!RE2::Consume(&rest, cues.furniture_credit) &&
      !(may_close_title && ConsumeClosedTitle(&rest))) {
    if (!RE2::Consume(&rest, cues.furniture_label) &&
        !RE2::Consume(&rest, cues.furniture_timestamp) && !ConsumeRunningTime(&rest) &&
        !ConsumeMediaWidget(&rest) && !ConsumeHeadedTimestamp(head, &rest)) {
      if (CutLabelledCredit(text, tokens, s)) return SentenceLabel::kContent;
      if (!RE2::Consume(&rest, cues.furniture_photo)) return SentenceLabel::kContent;
      // "Photo by ..." is a credit with no end that tells where the story starts, "Photo 2: ..." a
      // caption: only a word after the label starts the story.
      const std::string after =
          AsciiLowercase(std::string_view(rest.data(), rest.size()).substr(0, 3));
      if (after.empty() || after[0] < 'a' || after[0] > 'z' || after == "by ") {
        return SentenceLabel::kContent;
      }
    }
  }
  CutFrontBefore(tokens, TokenFrom(tokens, *s, s->first_token, rest.data() - text.data()), s);
  return SentenceLabel::kContent;
}

// Cuts the heading of AP's live updates (Cues::live_updates_heading) from the front of sentence
// `s`, when four words or more remain. Returns whether `s` is nothing but that heading.
bool CutLiveUpdatesHeading(std::string_view text, const std::vector<Token>& tokens,
                           CleanSentence* s) {
  const std::string_view sentence = text.substr(s->begin, s->end - s->begin);
  if (!AsciiStartsWithLowercase(sentence, "the latest")) return false;  // most sentences
  re2::StringPiece rest(sentence.data(), sentence.size());
  if (!RE2::Consume(&rest, GetCues().live_updates_heading)) return false;
  return !CutFrontBefore(tokens, TokenFrom(tokens, *s, s->first_token, rest.data() - text.data()),
                         s);
}

// Cuts a dateline marked by its bracketed tag (Cues::tagged_dateline) from the front of sentence
// `s`, when four words or more remain. Returns the dateline's place (maybe empty), or "" with `s`
// left alone.
std::string CutTaggedDateline(std::string_view text, const std::vector<Token>& tokens,
                              CleanSentence* s) {
  const std::string_view sentence = text.substr(s->begin, s->end - s->begin);
  if (sentence.substr(0, 120).find('(') == std::string_view::npos) return "";  // most sentences
  re2::StringPiece input(sentence.data(), sentence.size());
  re2::StringPiece place;
  if (!RE2::Consume(&input, GetCues().tagged_dateline, &place)) return "";
  if (!CutFrontBefore(tokens, TokenFrom(tokens, *s, s->first_token, input.data() - text.data()),
                      s)) {
    return "";
  }
  return text::FoldWhitespace(std::string_view(place.data(), place.size()));
}

// The story's first sentences that may open with a dateline with no tag: a page can open with a
// video's description or a teaser before it.
constexpr size_t kDatelineSentences = 3;

// Cuts from sentence `s`, one of the story's first (kDatelineSentences), everything up to a
// network's dateline tag inside it (Cues::network_tag) when kMinWordsAfterCut words or more
// follow. Returns whether it did.
bool CutRunInNetworkTag(std::string_view text, const std::vector<Token>& tokens, CleanSentence* s) {
  const std::string_view sentence = text.substr(s->begin, s->end - s->begin);
  const size_t open = sentence.find('(');
  if (open == std::string_view::npos || open == 0) return false;  // most sentences
  re2::StringPiece input(sentence.data() + open, sentence.size() - open);
  if (!RE2::FindAndConsume(&input, GetCues().network_tag)) return false;
  return CutFrontBefore(tokens, TokenFrom(tokens, *s, s->first_token, input.data() - text.data()),
                        s);
}

// Where a dateline with no tag (Cues::plain_dateline) ends at the front of `sentence`, or 0. Only
// the story's first sentences are asked (kDatelineSentences): there a place and a dash open the
// story, where elsewhere a name and a dash open an aside ("The children — who described ... —
// are"). So the place holds no function word and no digit, no dash follows later in the sentence
// (which would close an aside), and no word that goes on from a name follows it. A title before
// its story's first words may read as a place ("Computerworld - the FBI is ..."): it is cut as
// one.
// (Function words are English's: the dash is English newswire's.)
size_t PlainDatelineEnd(std::string_view sentence, std::string* place) {
  if (sentence.substr(0, 60).find_first_of("-\xE2") == std::string_view::npos) return 0;
  re2::StringPiece input(sentence.data(), sentence.size());
  re2::StringPiece found;
  if (!RE2::Consume(&input, GetCues().plain_dateline, &found)) return 0;
  const std::string_view place_text(found.data(), found.size());
  std::string folded;
  for (size_t at = 0; at < place_text.size();) {
    const size_t end = std::min(place_text.find_first_of(" ,", at), place_text.size());
    const std::string_view word = place_text.substr(at, end - at);
    if (!word.empty()) {
      if (std::any_of(word.begin(), word.end(), IsAsciiDigit)) return 0;
      text::FoldToken(word, &folded);
      if (text::IsEnglishStopword(folded)) return 0;
    }
    at = end + 1;
  }
  const size_t end = static_cast<size_t>(input.data() - sentence.data());
  for (const std::string_view closing : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- ", " - "}) {
    if (sentence.find(closing, end) != std::string_view::npos) return 0;  // — – -- -
  }
  // An aside goes on from its name ("Lindsay Lohan - who ...", "Opinionated, funny — and ...");
  // a story opens after its dateline.
  const std::string_view next = sentence.substr(end, sentence.find_first_of(" ,", end) - end);
  for (const std::string_view going_on : {"and", "or", "but", "who", "whose", "which"}) {
    if (AsciiLowercase(next) == going_on) return 0;
  }
  // The story reads as English: a function word after the dash. Elsewhere the dash is a copula
  // ("Москва — столица России", "Andrei Rudkov — a food blogger" in Russian).
  bool english = false;
  for (size_t at = end; at < sentence.size() && !english;) {
    const size_t word_end = std::min(sentence.find(' ', at), sentence.size());
    text::FoldToken(sentence.substr(at, word_end - at), &folded);
    english = text::IsEnglishStopword(folded);
    at = word_end + 1;
  }
  if (!english) return 0;
  *place = std::string(place_text);
  return end;
}

// Cuts a dateline ("CHICAGO —") from the front of sentence `s`. Returns the dateline text.
std::string CutDateline(std::string_view text, const std::vector<Token>& tokens, CleanSentence* s) {
  std::string_view sentence = text.substr(s->begin, s->end - s->begin);
  re2::StringPiece input(sentence.data(), sentence.size());
  re2::StringPiece place;
  if (RE2::Consume(&input, GetCues().dateline, &place)) {
    const size_t cut = static_cast<size_t>(input.data() - sentence.data());
    const uint32_t tok = TokenFrom(tokens, *s, s->first_token, s->begin + cut);
    // The rest must read as a sentence: start with a capital or a quote. Without a place name,
    // only a bracketed agency tag counts: "(AP) - When ...".
    if (cut > 0 && cut < sentence.size() && tok < s->end_token &&
        (tokens[tok].upper_initial || tokens[tok].kind == TokenKind::kPunct ||
         tokens[tok].kind == TokenKind::kNumber) &&
        (!place.empty() || sentence.front() == '(' || sentence.substr(0, 4) == "date")) {
      StartSentenceAt(tokens, tok, s);
      return std::string(place.data(), place.size());
    }
  }
  return CutTaggedDateline(text, tokens, s);
}

// Cuts a dateline with no tag (PlainDatelineEnd) from the front of sentence `s`, one of the
// story's first, when four words or more remain. Returns the place, or "" with `s` left alone.
// Weaker evidence than a wire dateline, so it does not mark an article's lead
// (LabelOutsideArticle).
std::string CutPlainDateline(std::string_view text, const std::vector<Token>& tokens,
                             CleanSentence* s) {
  std::string place;
  const size_t end = PlainDatelineEnd(text.substr(s->begin, s->end - s->begin), &place);
  if (end == 0 ||
      !CutFrontBefore(tokens, TokenFrom(tokens, *s, s->first_token, s->begin + end), s)) {
    return "";
  }
  return place;
}

// Where a list item's marker ("_ Vitamin E eased arthritis pain ...", "--Stock more vehicles
// with ...", "• ...") ends at token `first`: the token after it, or `first` when there is none.
uint32_t ListMarkerEnd(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                       uint32_t end) {
  uint32_t t = first;
  for (; t < end && t < first + 2; ++t) {
    const std::string_view mark = tokens[t].text(text);
    if (mark != "_" && mark != "--" && mark != "-" && mark != "\xE2\x80\x94" &&
        mark != "\xE2\x80\xA2" && mark != "*" && mark != "\xC2\xB7") {
      break;
    }
  }
  return t;
}

// Cuts a list item's marker (ListMarkerEnd) from the front of sentence `s`, when a word follows
// it and four words or more remain. Returns whether it did.
bool CutListMarker(std::string_view text, const std::vector<Token>& tokens, CleanSentence* s) {
  const uint32_t t = ListMarkerEnd(text, tokens, s->first_token, s->end_token);
  if (t == s->first_token || t >= s->end_token || tokens[t].kind != text::TokenKind::kWord) {
    return false;
  }
  return CutFrontBefore(tokens, t, s);
}

// Whether the list item that line `item` opens is one a line ending in a colon introduces, the
// nearest line above it that is no item of the same list ("Hall said the board is urging
// automakers to:"). Lists run to a few dozen items; a longer look back finds no introduction.
bool IntroducedByColon(std::string_view text, const std::vector<Token>& tokens,
                       const std::vector<Line>& lines, size_t item) {
  constexpr size_t kMaxItemsAbove = 40;
  for (size_t l = item; l-- > 0 && item - l <= kMaxItemsAbove;) {
    const Line& line = lines[l];
    if (line.end_token == line.first_token) continue;
    const auto first = static_cast<uint32_t>(line.first_token);
    if (ListMarkerEnd(text, tokens, first, static_cast<uint32_t>(line.end_token)) != first) {
      continue;
    }
    return tokens[line.end_token - 1].text(text) == ":";
  }
  return false;
}

// The most words an item of a bar chain (BarChainEnd) runs to: a headline of a few words, a
// byline with its title ("Brittany Burhop Fallon, senior editor"), a date with its time.
constexpr size_t kMaxBarItemWords = 6;

// Where a chain of short items closed by bars ends at the start of `sentence` (the byte after the
// last bar and its spaces), or 0. Pages set their furniture side by side between bars: a
// masthead ("The Republic | azcentral.com"), an issue ("Vol. 128 | No. 250 |"), a section or a
// breadcrumb ("Update |", "| | News | |"), a byline or a photographer's credit ("Lisette Espinosa
// |", "Fabrice Coffrini, AFP |"), a time stamp ("May 18, 2015, 1:05 am |"). Pasted without line
// breaks they run into the story's first sentence. A bar in the story's own prose follows more
// than a few words; a table's row ("2.5 stars | action-fantasy | PG-13 | 144 min.") leaves too
// little after it to be cut (CutBarChain).
size_t BarChainEnd(std::string_view sentence) {
  size_t chain_end = 0;
  for (size_t at = 0;;) {
    const size_t bar = std::min(sentence.find('|', at), sentence.find("&#124;", at));
    if (bar == std::string_view::npos) return chain_end;
    std::string_view item = sentence.substr(at, bar - at);
    while (!item.empty() && IsAsciiSpace(item.back())) item.remove_suffix(1);
    const size_t words = text::CountSpaceTokens(item);
    const size_t next = bar + (sentence[bar] == '|' ? 1 : 6);
    // A closed sentence ("The senator spoke on Friday. | AP Photo/...", a caption's) is prose,
    // and figures on both sides of the bar ("3 % | 4 %") are data, not furniture.
    const std::string_view last_word = item.substr(item.find_last_of(" \t\n") + 1);
    const bool closed = !last_word.empty() && last_word.find('.') == last_word.size() - 1;
    const size_t after = sentence.find_first_not_of(' ', next);
    const bool figures = !last_word.empty() &&
                         last_word.find_first_not_of("0123456789.,%") == std::string_view::npos &&
                         after != std::string_view::npos && IsAsciiDigit(sentence[after]);
    if (words > kMaxBarItemWords || closed || figures) return chain_end;
    at = next;
    while (at < sentence.size() && IsAsciiSpace(sentence[at])) ++at;
    chain_end = at;
  }
}

// The share and follow buttons a page sets in a row between bars ("Follow cbsmiami.com: Facebook |
// Twitter").
constexpr const char* kShareButtons[] = {"facebook", "twitter",   "instagram", "youtube",
                                         "linkedin", "pinterest", "whatsapp",  "email"};

// Whether `lower` (lowercase) is a share button's name (`whole`), or names one somewhere.
bool NamesShareButton(std::string_view lower, bool whole) {
  for (const char* button : kShareButtons) {
    if (whole ? lower == button : lower.find(button) != std::string_view::npos) return true;
  }
  return false;
}

// Whether `word` is a site's domain alone ("azcentral.com", "shutterstock.com"), as a masthead
// after its bar prints it.
bool IsBareDomain(std::string_view word) {
  const size_t dot = word.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  const std::string_view tld = word.substr(dot + 1);
  return tld == "com" || tld == "org" || tld == "net" || tld == "uk";
}

// Cuts a chain of items closed by bars (BarChainEnd) from the front of sentence `s`, when four
// words or more remain, with what the chain's last item leaves before the story: the last of a
// row of share buttons ("Facebook | Twitter"), the site's domain ("The Republic | azcentral.com"),
// a "Next »" link, and a time stamp (Cues::bare_timestamp, holding a clock time or a year: "Lisette
// Espinosa | Oct. 23, 2015, 4:36 a.m."). Returns whether the sentence is nothing but such
// furniture: a byline and its time stamp.
bool CutBarChain(std::string_view text, const std::vector<Token>& tokens, CleanSentence* s) {
  const std::string_view head = text.substr(s->begin, std::min<size_t>(s->end - s->begin, 200));
  if (head.find('|') == std::string_view::npos && head.find("&#124;") == std::string_view::npos) {
    return false;  // most sentences
  }
  const std::string_view sentence = text.substr(s->begin, s->end - s->begin);
  size_t cut = BarChainEnd(sentence);
  if (cut == 0) return false;
  auto word_at = [&](size_t at) {
    const std::string_view rest = sentence.substr(at);
    return rest.substr(0, std::min(rest.find(' '), rest.size()));
  };
  auto skip_word = [&](size_t at) {
    at += word_at(at).size();
    while (at < sentence.size() && IsAsciiSpace(sentence[at])) ++at;
    return at;
  };
  const std::string_view first = word_at(cut);
  const bool share_row = NamesShareButton(AsciiLowercase(first), /*whole=*/true) &&
                         NamesShareButton(AsciiLowercase(sentence.substr(0, cut)), false);
  constexpr std::string_view kNextLink = "\xC2\xBB";  // "Next »"
  if (IsBareDomain(first) || share_row || word_at(skip_word(cut)) == kNextLink) {
    cut = skip_word(cut);
    if (word_at(cut) == kNextLink) cut = skip_word(cut);
  }
  re2::StringPiece rest(sentence.data() + cut, sentence.size() - cut);
  if (RE2::Consume(&rest, GetCues().bare_timestamp)) {
    const std::string_view stamp = sentence.substr(cut, rest.data() - sentence.data() - cut);
    // A clock time, or a year: four digits in a row, and no more.
    size_t digits = 0;
    bool year = false;
    for (size_t i = 0; i <= stamp.size(); ++i) {
      if (i < stamp.size() && IsAsciiDigit(stamp[i])) {
        ++digits;
        continue;
      }
      year |= digits == 4;
      digits = 0;
    }
    if (stamp.find(':') != std::string_view::npos || year) {
      cut = static_cast<size_t>(rest.data() - sentence.data());
      if (CountWords(tokens, TokenFrom(tokens, *s, s->first_token, s->begin + cut), s->end_token) ==
          0) {
        return true;
      }
    }
  }
  CutFrontBefore(tokens, TokenFrom(tokens, *s, s->first_token, s->begin + cut), s);
  return false;
}

// Cuts the close button of a video player (the USA Today network's) that opens the text before
// the video's caption: "Close police say a man shot himself in front of the White House." (178
// Multi-News val articles open so). "Close" as a word of the sentence stays: "Close to 200
// people ...", "Close inspection revealed ...". Returns whether it cut.
bool CutPlayerClose(std::string_view text, const std::vector<Token>& tokens, CleanSentence* s) {
  const uint32_t first = s->first_token;
  if (first + 1 >= s->end_token) return false;
  const std::string_view word = tokens[first].text(text);
  if (word != "Close" && word != "CLOSE") return false;
  const Token& next = tokens[first + 1];
  if (!next.is_word_like()) return false;
  static const std::unordered_set<std::string_view> kAdjectiveUse = {
      "to",      "inspection", "examination", "friends",  "friend",    "ties",   "calls",
      "call",    "range",      "relatives",   "aides",    "allies",    "family", "up",
      "contact", "attention",  "observers",   "behind",   "enough",    "look",   "quarters",
      "by",      "second",     "associates",  "advisers", "encounters"};
  if (kAdjectiveUse.count(AsciiLowercase(next.text(text))) != 0) return false;
  return CutFrontBefore(tokens, first + 1, s);
}

// Cuts a credit named alone (Cues::bare_credit_lead) from the front of sentence `s`: with the line
// breaks gone, the credit that closes a caption or a video's description opens the next sentence,
// which is the story's or another caption: "USA TODAY Sports Venus Williams is being sued by
// ...", "AP Hartsfield-Jackson Atlanta International Airport suffered ...". The sentence before
// is left as it is: a video's description reads as the story's summary ("Close Walmart is
// remaking Black Friday by ditching doorbusters ..."), and a wire agency's name alone also opens
// what follows a story's lead ("... mourn the death of Steve Jobs. Reuters In Santa Monica, ...").
// The outlet as the subject stays: "USA TODAY looks at some facts ...", "Reuters was unable to
// reach him", "Reuters correspondents saw ...". A credit with a slash is CutLeadingCredit's.
// Returns whether it cut.
bool CutLeadingBareCredit(std::string_view text, const std::vector<Token>& tokens,
                          CleanSentence* s) {
  const std::string_view sentence = text.substr(s->begin, s->end - s->begin);
  if (sentence.empty()) return false;
  const char first = AsciiLower(sentence[0]);
  if (first != 'u' && first != 'a' && first != 'r' && first != 'g') return false;  // most
  re2::StringPiece rest(sentence.data(), sentence.size());
  if (!RE2::Consume(&rest, GetCues().bare_credit_lead)) return false;
  const std::string_view after(rest.data(), rest.size());
  if (after.substr(0, after.find(' ')).find('/') != std::string_view::npos) return false;
  const uint32_t story = TokenFrom(tokens, *s, s->first_token, rest.data() - text.data());
  if (story >= s->end_token || !tokens[story].is_word_like()) return false;
  static const std::unordered_set<std::string_view> kOutletAsSubject = {
      "looks",         "looked",     "watched",  "reports",    "reported",      "says",
      "said",          "has",        "had",      "is",         "was",           "were",
      "will",          "would",      "could",    "can",        "cannot",        "found",
      "finds",         "obtained",   "asked",    "asks",       "spoke",         "talked",
      "analyzed",      "reviewed",   "examined", "surveyed",   "contacted",     "learned",
      "writes",        "wrote",      "takes",    "recommends", "first",         "also",
      "and",           "via",        "poll",     "survey",     "analysis",      "editorial",
      "story",         "article",    "readers",  "news",       "health",        "staff",
      "reporter",      "reporters",  "editor",   "columnist",  "correspondent", "correspondents",
      "investigation", "contributed"};
  if (kOutletAsSubject.count(AsciiLowercase(tokens[story].text(text))) != 0) return false;
  return CutFrontBefore(tokens, story, s);
}

// The end of a lowercased credit's parts (Cues::credit_part_closed and after), from `input` just
// past the agency's slash: where the story starts.
const char* LowercaseCreditEnd(re2::StringPiece input) {
  const Cues& cues = GetCues();
  do {
    for (;;) {
      if (RE2::Consume(&input, cues.credit_part_before_slash)) continue;
      if (!RE2::Consume(&input, cues.credit_part_closed))
        RE2::Consume(&input, cues.credit_part_name);
      if (!RE2::Consume(&input, cues.credit_part_slash)) break;
    }
    RE2::Consume(&input, cues.credit_picture_id);
  } while (RE2::Consume(&input, cues.credit_next_agency));
  return input.data();
}

// Cuts a photo credit ("REUTERS/Lucy Nicholson") from the front of sentence `s`. A caption ends
// with its credit; with the line breaks gone, the credit opens whatever sentence comes next. The
// credit's name is one or two capitalized words after the slash: of a longer run of capitals
// ("REUTERS/Jim Young The Justice Department said"), the rest opens the sentence, and a capital
// right before a lowercase word does too ("REUTERS/Staff The judge said"). In lowercased text
// ("Reuters/jim urquhart a grizzly bear ..."), the agency's name marks the credit and its parts
// end it (LowercaseCreditEnd). Returns whether cut.
bool CutLeadingCredit(std::string_view text, const std::vector<Token>& tokens, CleanSentence* s) {
  const Cues& cues = GetCues();
  re2::StringPiece input(text.data() + s->begin, s->end - s->begin);
  bool agency_named = false;  // not only capitals before the slash ("NAACP/local chapters")
  if (!RE2::Consume(&input, cues.credit_slash_lead)) {
    if (!RE2::Consume(&input, cues.credit_agency_lead)) return false;
    agency_named = true;
  }
  if (agency_named && !input.empty() && input[0] >= 'a' && input[0] <= 'z') {
    const char* story = LowercaseCreditEnd(input);
    return CutFrontBefore(tokens, TokenFrom(tokens, *s, s->first_token, story - text.data()), s);
  }
  const uint32_t tok = TokenFrom(tokens, *s, s->first_token, input.data() - text.data());
  const uint32_t story = AfterPhotographerName(tokens, *s, tok);
  return story > tok && CutFrontBefore(tokens, story, s);
}

// An embedded post's text that the sentence breaker ended before the link closing the post ("You
// have to be kidding me. pic.twitter.com/x — Name (@handle) ..."): `before`, a content sentence of
// a post's length in the same line as `next`, whose text as it stood before any cut,
// `next_text`, the post's link opens or nearly. Labels `before` a social post.
void MarkPostTextBefore(std::string_view next_text, const CleanSentence& next,
                        CleanSentence* before) {
  if (before->label == SentenceLabel::kContent && before->line == next.line &&
      before->words <= kMaxPostWords && RE2::PartialMatch(next_text, GetCues().post_link_opening)) {
    before->label = SentenceLabel::kSocial;
  }
}

// Cuts what a closing mark ends from the front of sentence `s` of a line of several sentences or
// a long one. With the line breaks gone, an item and the mark that closes it run into the story: a
// gallery caption and its bracketed credit ("... in court on Monday... (Associated Press) GOSHEN,
// N.Y. (AP) — A woman accused ..."), an embedded post and its signature ("... — Name (@handle) May
// 18, 2015 Obama's response was ..."). What precedes the last such mark is the item. When four or
// more words follow the mark, they are cut free as the sentence (`*cut` set); otherwise the whole
// sentence is the item. Items are short: a run of them, each closed by its mark, is cut only when
// no item in it is longer than kMaxItemWords; more words before a mark are story text that the
// sentence breaker could not split (quotes opening in lower case, in pasted text), and the mark a
// link in it ("... she said. (Pictures: scenes from the protest) An organizer ..."), so the
// sentence is left alone. `*at_start` is set when the mark opens the sentence: the item is then the
// sentence before. Returns the item's label (kCaption or kSocial), or kContent, leaving `s` alone,
// when the sentence holds no mark.
SentenceLabel CutClosedItem(std::string_view text, const std::vector<Token>& tokens,
                            CleanSentence* s, bool* cut, bool* at_start) {
  *cut = false;
  *at_start = false;
  std::string_view sentence = text.substr(s->begin, s->end - s->begin);
  auto holds = [&](std::string_view what) { return sentence.find(what) != std::string_view::npos; };
  const bool brackets = holds("(");
  const bool getty = holds("etty") || holds("ETTY");
  // An agency after a slash opens with one of these letters: most slashes ("and/or", "24/7",
  // "10/1/2013") are passed over without running the pattern.
  auto slash_agency = [&] {
    for (size_t i = sentence.find('/'); i != std::string_view::npos;
         i = sentence.find('/', i + 1)) {
      size_t next = i + 1;
      if (next < sentence.size() && sentence[next] == ' ') ++next;
      if (next >= sentence.size()) break;
      const char c = AsciiLower(sentence[next]);
      if (c == 'a' || c == 'g' || c == 'r' || c == 'e' || c == 'u' || c == 's') return true;
    }
    return false;
  };
  const bool open_credit = getty || slash_agency();
  // Whether Cues::caption_close may match: a bar, "buy photo", "back to gallery". Each search
  // starts at a rare byte ('|', '&', 'y', 'k'), which memchr skips to.
  const bool caption_close = holds("|") || holds("&#124;") || holds("y photo") ||
                             holds("Y PHOTO") || holds("k to gallery");
  if (!brackets && !open_credit && !caption_close) return SentenceLabel::kContent;
  const Cues& cues = GetCues();
  // The marks of each kind, as [open, end) in bytes from the sentence's start. Both patterns
  // open with "(" and hold no other "(", so their matches are tried at each "(" alone, anchored:
  // the same matches as a search of the whole sentence, for a fraction of the scanning (a
  // bounded repeat like [^()]{0,100} makes an unanchored search slow).
  using Marks = std::vector<std::pair<size_t, size_t>>;
  auto find_marks = [&](const RE2& mark, Marks* marks) {
    size_t end = 0;
    for (size_t open = sentence.find('('); open != std::string_view::npos;
         open = sentence.find('(', std::max(open + 1, end))) {
      re2::StringPiece input(sentence.data() + open, sentence.size() - open);
      if (RE2::Consume(&input, mark)) {
        end = static_cast<size_t>(input.data() - sentence.data());
        marks->emplace_back(open, end);
      }
    }
  };
  Marks credits, signatures;
  if (brackets) {
    find_marks(cues.bracketed_credit, &credits);
    if (sentence.find('@') != std::string_view::npos) {
      find_marks(cues.social_signature, &signatures);
    }
  }
  // Marks out of brackets: every match of `mark` in `input`, the last one's end kept.
  size_t open_credits_end = 0;
  auto add_open_marks = [&](const RE2& mark, re2::StringPiece input) {
    re2::StringPiece found;
    while (RE2::FindAndConsume(&input, mark, &found)) {
      const size_t end = static_cast<size_t>(input.data() - sentence.data());
      // "| AP Photo/Rogelio V. Solis <headline>": the photographer's name has no end to find.
      if (end < sentence.size() && sentence[end] == '/') continue;
      open_credits_end = std::max(open_credits_end, end);
      credits.emplace_back(static_cast<size_t>(found.data() - sentence.data()), end);
    }
  };
  if (open_credit) {
    re2::StringPiece input(sentence), credit;
    if (getty && RE2::PartialMatch(input, cues.open_agency_credit_lead, &credit)) {
      credits.emplace_back(0, credit.size());
      input.remove_prefix(credit.size());
      open_credits_end = credit.size();
    }
    add_open_marks(cues.open_agency_credit, input);
  }
  if (caption_close) add_open_marks(cues.caption_close, re2::StringPiece(sentence));
  std::sort(credits.begin(), credits.end());
  const size_t credit_end = credits.empty() ? 0 : credits.back().second;
  const size_t signature_end = signatures.empty() ? 0 : signatures.back().second;
  if (credit_end == 0 && signature_end == 0) return SentenceLabel::kContent;
  const bool post = signature_end > credit_end;
  const size_t mark_end = post ? signature_end : credit_end;
  // A credit holds no bracket inside, so it opens at the last '(' before its end; a signature
  // opens at the dash before the poster's name. A credit out of brackets never opens the caption
  // before it: the caption is what it ends.
  size_t mark_begin = sentence.rfind('(', mark_end - 1);
  if (post) {
    const size_t dash = sentence.substr(0, mark_begin).rfind("\xE2\x80\x94");  // "—"
    if (dash != std::string_view::npos && mark_begin - dash <= 80) mark_begin = dash;
  }
  *at_start = mark_end != open_credits_end && sentence.find_first_not_of(" \t\n") == mark_begin;
  const SentenceLabel item = post ? SentenceLabel::kSocial : SentenceLabel::kCaption;
  uint32_t tok = s->first_token;
  size_t item_first = tok;
  for (const auto& [open, end] : post ? signatures : credits) {
    tok = TokenFrom(tokens, *s, tok, s->begin + open);
    if (CountWords(tokens, item_first, tok) > kMaxItemWords) {
      *at_start = false;
      return SentenceLabel::kContent;
    }
    tok = TokenFrom(tokens, *s, tok, s->begin + end);
    item_first = tok;
  }
  *cut = CutFrontBefore(tokens, tok, s);
  return item;
}

// A page pasted whole (select all, copy) holds more than its article: menus, teasers of other
// stories with their first lines, comments, footers. Its shape gives the article away: a run of
// prose, sentences closed and of some length, broken only now and then by a subhead or a prompt,
// where menus, link lists, bylines and "Reply" buttons break the prose around it into short
// pieces. Runs are split where kBreakItems or more breaking items (not prose, and not photos)
// stand in a row, and at a comment thread's heading ("34 responses to ...", "Leave a Reply") or a
// date on a line of its own. The article is a run of two prose sentences or more (when there is
// one), the one with the most prose words, weighted by the square of its density (its prose
// sentences over those and the breaking items between them): comments and teaser lists, which can
// outweigh a short article, are broken by a name or a date every few sentences. A wire dateline
// ("ST. JOSEPH, Mich. (AP) —") opens an article's lead and seldom a teaser: of several runs, one
// holding a dateline weighs kDatelineWeight times more, and when it is the article it starts there
// (teasers run into it above). Content outside the article's run is kOutsideArticle; an article
// pasted alone is one run, and keeps all of its prose. `teasers` says the text holds other
// stories' teasers (cut off by an ellipsis), so is a page pasted whole even when the article is
// its only run. Measured on the article-extraction benchmark's pages as all their visible text
// (`precis eval-extract --pasted`): shingle precision 0.73 -> 0.89, recall 0.93 -> 0.91.
// Whether `item`'s first line is a comment thread's heading or a date alone
// (Cues::comments_heading, Cues::date_line). Most short items of a page are neither, and are told
// so without a regex.
bool HeadsCommentOrTeaser(std::string_view item) {
  item = item.substr(0, item.find('\n'));
  if (item.size() > 200) return false;
  const std::string lower = AsciiLowercase(item);
  for (const char* word :
       {"comment", "repl", "respons", "reaction", "conversation", "discussion"}) {
    if (lower.find(word) != std::string::npos) {
      return RE2::PartialMatch(item, GetCues().comments_heading);
    }
  }
  return std::any_of(item.begin(), item.end(), IsAsciiDigit) &&
         RE2::PartialMatch(item, GetCues().date_line);
}

constexpr uint32_t kProseWords = 10;  // a closed sentence of this many words is prose
constexpr size_t kBreakItems = 12;
constexpr double kDatelineWeight = 4;
// An article's run can end in its author's bio, a "More from" box or another story's teaser, set
// off from the story by fewer than kBreakItems breaking items (a byline, "Follow Us", share
// buttons). The run's parts are its prose on lines of their own after kTailGap breaking items or
// more (an embedded post's lines, which stand inside stories, not counted); trailing parts with
// fewer than kTailShare times the words of the largest are not the article. On a page pasted
// whole (other runs, or teasers) they are outside it. An article pasted alone keeps them, since
// its subheads and Q&A sections set off parts too (on DUC 2006, 40 sentences of 8 articles would
// go), but what stands beyond them is as far from the article as from its last part. On the
// benchmark's pages as all their visible text, precision 0.888 -> 0.902 at the same recall
// (0.913 -> 0.912); no label of Multi-News val or DUC 2006 changes.
constexpr size_t kTailGap = 4;
constexpr double kTailShare = 0.3;

void LabelOutsideArticle(std::string_view text, const std::vector<Token>& tokens, bool teasers,
                         std::vector<CleanSentence>* sentences) {
  std::vector<CleanSentence>& all = *sentences;
  auto is_prose = [&](size_t i) {
    return all[i].label == SentenceLabel::kContent && all[i].terminated &&
           all[i].words >= kProseWords;
  };
  // Photos stand inside articles: a caption, its credit, and the short line it captions (a
  // gallery's "Chicago, Illinois" above "(Photo: X)") do not break the prose around them.
  auto photo = [&](size_t i) {
    return i < all.size() &&
           (all[i].label == SentenceLabel::kCaption || all[i].label == SentenceLabel::kAside);
  };
  // Nor does a sentence repeated from earlier in the text (an article pasted twice).
  auto breaks = [&](size_t i) {
    if (photo(i) || (all[i].label == SentenceLabel::kShortLine && photo(i + 1)) ||
        all[i].label == SentenceLabel::kRepeated) {
      return false;
    }
    return all[i].label != SentenceLabel::kContent ||
           (!all[i].terminated && all[i].words < kProseWords);
  };
  struct Run {
    size_t first = 0, last = 0, prose = 0, words = 0, breaks = 0;
    bool dateline = false;
    size_t dateline_at = 0;  // the first prose sentence opening with a dateline
  };
  std::vector<Run> runs;
  size_t breaking = 0;  // items breaking prose since the last prose sentence
  size_t posts = 0;     // of which lines of embedded posts
  // Prose on a line of its own after kTailGap breaking items or more; in a page pasted without
  // line breaks, where an item's end is a guess, no part starts.
  std::vector<bool> starts_part(all.size(), false);
  uint32_t prose_line = 0;  // the line of the last prose sentence
  for (size_t i = 0; i < all.size(); ++i) {
    if (!is_prose(i)) {
      breaking += breaks(i);
      posts += all[i].label == SentenceLabel::kSocial;
      // A comment thread's heading ends the prose before it, however few items follow, and so
      // does a date standing alone: it heads a comment or another story's teaser (on the
      // article-extraction benchmark's pages, 204 such lines stand after the article, 71 before
      // it, none inside). Matched on the item's first line: a commenter's name in lower case goes
      // on the heading's sentence.
      if (all[i].label != SentenceLabel::kContent && all[i].words <= 12 &&
          HeadsCommentOrTeaser(text.substr(all[i].begin, all[i].end - all[i].begin))) {
        breaking += kBreakItems;
      }
      continue;
    }
    if (runs.empty() || breaking >= kBreakItems) {
      runs.push_back({i, i, 0, 0, 0});
    } else {
      runs.back().breaks += breaking;
    }
    Run& run = runs.back();
    starts_part[i] = breaking - posts >= kTailGap && all[i].line != prose_line;
    prose_line = all[i].line;
    run.last = i;
    ++run.prose;
    run.words += all[i].words;
    breaking = posts = 0;
  }
  if (runs.empty()) return;
  const bool other_runs = runs.size() >= 2 || teasers;
  if (other_runs) {
    for (Run& r : runs) {
      for (size_t i = r.first; i <= r.last && !r.dateline; ++i) {
        if (!is_prose(i)) continue;
        CleanSentence probe = all[i];
        r.dateline =
            !CutDateline(text, tokens, &probe).empty() || probe.first_token != all[i].first_token;
        if (r.dateline) r.dateline_at = i;
      }
    }
  }
  auto weight = [](const Run& r) {
    const double density = static_cast<double>(r.prose) / static_cast<double>(r.prose + r.breaks);
    return static_cast<double>(r.words) * density * density * (r.dateline ? kDatelineWeight : 1);
  };
  // An article has two sentences of prose or more; a teaser or a comment often has one.
  const bool any_several =
      std::any_of(runs.begin(), runs.end(), [](const Run& r) { return r.prose >= 2; });
  const Run* article = nullptr;
  for (const Run& r : runs) {
    if (any_several && r.prose < 2) continue;
    if (article == nullptr || weight(r) > weight(*article)) article = &r;
  }
  if (article == nullptr) return;  // not reached: runs hold prose, and one has two if any_several
  size_t first = article->first, last = article->last;
  std::vector<std::pair<size_t, size_t>> parts;  // (first prose sentence, words)
  for (size_t i = first; i <= last; ++i) {
    if (!is_prose(i)) continue;
    if (parts.empty() || starts_part[i]) parts.emplace_back(i, 0);
    parts.back().second += all[i].words;
  }
  size_t largest = 0;
  for (const auto& part : parts) largest = std::max(largest, part.second);
  size_t tail = all.size();  // the first sentence of the parts cut off the run's end
  while (parts.size() >= 2 &&
         static_cast<double>(parts.back().second) < kTailShare * static_cast<double>(largest)) {
    tail = parts.back().first;
    parts.pop_back();
  }
  if (tail < all.size()) {
    last = tail - 1;
    while (!is_prose(last)) --last;
  }
  // The run reaches over the content next to it: a short first or last sentence of the article.
  if (article->dateline) {
    first = article->dateline_at;
  } else {
    while (first > 0 && all[first - 1].label == SentenceLabel::kContent) --first;
  }
  while (last + 1 < tail && all[last + 1].label == SentenceLabel::kContent) ++last;
  // Content outside it goes when other prose runs stand apart from the article (teasers,
  // comments), or when it stands kBreakItems breaking items or more away from the article's end
  // or start (a menu's longer entries, a footer's address).
  std::vector<size_t> breaks_before;  // per item: breaking items before it (one run only)
  if (!other_runs) {
    breaks_before.assign(all.size() + 1, 0);
    for (size_t i = 0; i < all.size(); ++i) breaks_before[i + 1] = breaks_before[i] + breaks(i);
  }
  for (size_t i = 0; i < all.size(); ++i) {
    if ((i >= first && i <= last) || all[i].label != SentenceLabel::kContent) continue;
    if (other_runs || (i < first ? breaks_before[first] - breaks_before[i + 1]
                                 : breaks_before[i] - breaks_before[last + 1]) >= kBreakItems) {
      all[i].label = SentenceLabel::kOutsideArticle;
    }
  }
}

}  // namespace

const char* SentenceLabelName(SentenceLabel label) {
  switch (label) {
    case SentenceLabel::kContent:
      return "content";
    case SentenceLabel::kTitle:
      return "title";
    case SentenceLabel::kShortLine:
      return "short line";
    case SentenceLabel::kCaption:
      return "caption";
    case SentenceLabel::kPromo:
      return "promo link";
    case SentenceLabel::kPrompt:
      return "prompt";
    case SentenceLabel::kSocial:
      return "social post";
    case SentenceLabel::kCredit:
      return "credit";
    case SentenceLabel::kAside:
      return "aside";
    case SentenceLabel::kTemplate:
      return "template";
    case SentenceLabel::kBoilerplate:
      return "boilerplate";
    case SentenceLabel::kRepeated:
      return "repeated";
    case SentenceLabel::kOutsideArticle:
      return "outside article";
  }
  return "?";
}

size_t CleanedText::FirstWordAt(uint32_t token) const {
  return static_cast<size_t>(std::lower_bound(word_token.begin(), word_token.end(), token) -
                             word_token.begin());
}

void CleanText(std::string_view text, const BoilerplateModel& model, CleanedText* out) {
  *out = CleanedText();
  text::Tokenize(text, &out->tokens);
  const std::vector<Token>& tokens = out->tokens;
  std::vector<text::SentenceSpan> spans;
  text::SplitSentences(text, tokens, &spans);

  std::vector<Line> lines;
  for (size_t i = 0; i < spans.size(); ++i) {
    const text::SentenceSpan& sp = spans[i];
    if (sp.starts_line || lines.empty()) {
      Line line;
      line.first_sentence = i;
      line.first_token = sp.first_token;
      lines.push_back(line);
    }
    CleanSentence s;
    s.first_token = sp.first_token;
    s.end_token = sp.end_token;
    s.begin = sp.begin;
    s.end = sp.end;
    s.line = static_cast<uint32_t>(lines.size() - 1);
    s.words = static_cast<uint32_t>(CountWords(tokens, sp.first_token, sp.end_token));
    s.terminated = ClosesLikeSentence(text, tokens, sp.first_token, sp.end_token) ||
                   text::SpaceEndsSentence(tokens, sp.end_token);
    s.cut_off = text::EndsCutOff(text, tokens, sp.first_token, sp.end_token);
    out->sentences.push_back(s);
    out->total_words += s.words;
    Line& line = lines.back();
    line.end_sentence = i + 1;
    line.end_token = sp.end_token;
    line.words += s.words;
    line.terminated = s.terminated;
  }

  // Whether the text is written in mixed case (most words not in capitals): then a line in
  // capitals is a heading ("WHAT DOES THE SUPREME COURT SAY ABOUT PERJURY?"), not a sentence.
  auto cased_word = [](const Token& t) {
    return t.kind == text::TokenKind::kWord && (t.upper_initial || t.lower_initial);
  };
  size_t words_in_capitals = 0, words_cased = 0;
  for (const Token& t : tokens) {
    if (!cased_word(t)) continue;
    ++words_cased;
    words_in_capitals += t.all_upper;
  }
  const bool mixed_case = words_in_capitals * 2 < words_cased;
  auto in_capitals = [&](const Line& line) {
    size_t words = 0;
    for (uint32_t t = line.first_token; t < line.end_token; ++t) {
      if (!cased_word(tokens[t])) continue;
      if (!tokens[t].all_upper) return false;
      ++words;
    }
    return words >= 3;
  };

  // Line-level labels.
  bool in_link_list = false;
  bool seen_content = false;
  bool after_prose = true;  // the line before is content closed like a sentence, or none is
  std::vector<uint8_t> teaser(lines.size(), 0), prose(lines.size(), 0);
  for (Line& line : lines) {
    std::string_view line_text =
        text.substr(tokens[line.first_token].begin,
                    tokens[line.end_token - 1].end - tokens[line.first_token].begin);
    bool opens = false;
    SentenceLabel label = LabelLine(text, line_text, tokens, line, &opens);
    if (label == SentenceLabel::kContent && mixed_case && line.words <= 25 && in_capitals(line)) {
      label = SentenceLabel::kShortLine;
    }
    // Teasers of other stories: a line whose excerpt is cut off where the link to the rest stands
    // ("... said after a loss to the Los Angeles Kings on..."). Few articles end a paragraph so (3
    // of the article-extraction benchmark's 181 ground truths; 131 lines of its pages pasted
    // whole). A teaser stands between its headline, its date or "Read More", or other teasers,
    // and teasers come in lists. A paywall's preview of the article itself is cut off too, but
    // opens the text or follows the article's other paragraphs; a gossip site's paragraphs trail
    // off into the next.
    const size_t l = static_cast<size_t>(&line - lines.data());
    teaser[l] = label == SentenceLabel::kContent && line.words <= kMaxItemWords && !after_prose &&
                out->sentences[line.end_sentence - 1].cut_off;
    prose[l] = label == SentenceLabel::kContent && line.terminated && line.words >= kProseWords;
    if ((label == SentenceLabel::kContent || label == SentenceLabel::kShortLine) && in_link_list &&
        !line.terminated) {
      label = SentenceLabel::kPromo;
    } else {
      in_link_list = opens || (in_link_list && label != SentenceLabel::kContent);
    }
    // The headline: the first line, unpunctuated, standing alone (a blank line or a single line
    // break after it), before any prose. A first line led by a label in mixed case is a headline
    // too ("Michigan Officials: 6th Fatality Linked To ..."); "READ MORE: ..." is not.
    bool first_line = &line == &lines.front();
    const bool headline_with_label =
        first_line && label == SentenceLabel::kPromo && !opens &&
        LeadingLabelColon(text, tokens, line, /*require_all_caps=*/true) == 0;
    if (!seen_content && out->title.empty() && line.words >= 3 && line.words <= 30 &&
        !line.terminated &&
        (label == SentenceLabel::kShortLine ||
         (first_line && (label == SentenceLabel::kContent || headline_with_label) &&
          lines.size() > 1))) {
      label = SentenceLabel::kTitle;
      out->title = std::string(line_text);
    }
    const bool several = line.end_sentence - line.first_sentence > 1;
    const bool long_line = label == SentenceLabel::kContent && line.words > kMaxItemWords;
    CuesPresent present;
    present.credit = present.prompt = false;
    if (label == SentenceLabel::kContent && (several || long_line)) {
      std::vector<int> cues_found;
      GetCues().line_cues.Match(line_text, &cues_found);
      for (int cue : cues_found) {
        present.credit |= several && cue == Cues::kCreditCue;
        present.prompt |= (long_line || several) && cue == Cues::kPromptCue;
      }
    }
    for (size_t s = line.first_sentence; s < line.end_sentence; ++s) {
      CleanSentence& sentence = out->sentences[s];
      sentence.label = label;
      // A long line of one sentence is searched too: text whose sentence ends the splitter cannot
      // see (all lowercase) is one, with its captions and credits inside.
      if (label != SentenceLabel::kContent || (!several && !long_line)) continue;
      const std::string_view sentence_text =
          text.substr(sentence.begin, sentence.end - sentence.begin);
      if (several && present.credit && sentence.words <= 60 &&
          RE2::PartialMatch(sentence_text, GetCues().credit_line)) {
        sentence.label = SentenceLabel::kCredit;
        continue;
      }
      // Page furniture run into the sentence: a line of several sentences is text pasted
      // without its line breaks, at least in part.
      if (const SentenceLabel furniture = CutPageFurniture(text, tokens, &sentence);
          furniture != SentenceLabel::kContent) {
        sentence.label = furniture;
        continue;
      }
      // A caption or an embedded post, closed by its credit or its signature, run into the
      // sentence: cut from it, or, when nothing follows the mark, the sentence is that item.
      bool cut = false, at_start = false;
      const SentenceLabel closed = CutClosedItem(text, tokens, &sentence, &cut, &at_start);
      if (at_start && s > line.first_sentence &&
          out->sentences[s - 1].label == SentenceLabel::kContent) {
        out->sentences[s - 1].label = closed;
      }
      if (closed == SentenceLabel::kSocial && s > line.first_sentence) {
        MarkPostTextBefore(sentence_text, sentence, &out->sentences[s - 1]);
      }
      if (closed != SentenceLabel::kContent && !cut) {
        sentence.label = closed;
        continue;
      }
      // The story cut free of the item may open with furniture of its own ("... | Sun-Times
      // file photo storyidforme: 60563618 ... updated: <story>").
      if (cut) {
        if (const SentenceLabel furniture = CutPageFurniture(text, tokens, &sentence);
            furniture != SentenceLabel::kContent) {
          sentence.label = furniture;
          continue;
        }
      }
      // A credit named alone, left by the caption before it.
      if (!cut) CutLeadingBareCredit(text, tokens, &sentence);
      if (!long_line) {
        // A prompt run into a paragraph ("... parenting and child health. Sign up for our
        // newsletter. Fat thighs."): the line rule's test, on the sentence.
        // (What is left of it: furniture cut from its front may have been a prompt.)
        if (present.prompt && sentence.words <= 45 &&
            IsPrompt(text.substr(sentence.begin, sentence.end - sentence.begin))) {
          sentence.label = SentenceLabel::kPrompt;
        } else if (EndsOnPlaceAndFullDate(text, tokens, SentenceItem(sentence, s))) {
          sentence.label = SentenceLabel::kCaption;
        }
        continue;
      }
      // A long line: each sentence is an item, labelled by the rules for a line, save the one for
      // short lines (a short sentence in prose is prose). A photo credit opening the sentence
      // closes the caption before it: it is cut, and that sentence is the caption.
      // (A sentence cut free of a closed item above starts the story: no credit opens it.)
      if (!cut && sentence_text.find('/') != std::string_view::npos &&
          CutLeadingCredit(text, tokens, &sentence) && s > line.first_sentence &&
          out->sentences[s - 1].label == SentenceLabel::kContent) {
        out->sentences[s - 1].label = SentenceLabel::kCaption;
      }
      bool unused_opens = false;
      const SentenceLabel item_label =
          LabelLine(text, text.substr(sentence.begin, sentence.end - sentence.begin), tokens,
                    SentenceItem(sentence, s), &unused_opens, present);
      if (item_label != SentenceLabel::kShortLine) sentence.label = item_label;
    }
    seen_content |= label == SentenceLabel::kContent;
    after_prose = prose[l] && !teaser[l];
  }
  // Teasers, from the last line up: a cut-off line followed by prose is none (a paragraph trailing
  // off into the next), nor are the cut-off lines in a row before it.
  std::vector<size_t> teaser_lines;
  for (size_t l = lines.size(); l-- > 0;) {
    teaser[l] = teaser[l] && (l + 1 == lines.size() || !prose[l + 1] || teaser[l + 1]);
    if (teaser[l]) teaser_lines.push_back(l);
  }
  const bool teasers = teaser_lines.size() >= 2;  // other stories' teasers: a page pasted whole
  if (teasers) {
    for (size_t l : teaser_lines) {
      for (size_t s = lines[l].first_sentence; s < lines[l].end_sentence; ++s) {
        if (out->sentences[s].label == SentenceLabel::kContent) {
          out->sentences[s].label = SentenceLabel::kPromo;
        }
      }
    }
  }

  // Posts run into a line without their own label: the text of one, before the sentence the post's
  // link stands in (labelled whole; those cut from a longer sentence are marked above).
  for (size_t s = 1; s < out->sentences.size(); ++s) {
    const CleanSentence& next = out->sentences[s];
    if (next.label == SentenceLabel::kSocial) {
      MarkPostTextBefore(text.substr(next.begin, next.end - next.begin), next,
                         &out->sentences[s - 1]);
    }
  }

  // Every word's folded hash, once: template lines and boilerplate both shingle from them, and
  // the summarizer keys its vocabulary by them.
  std::vector<uint32_t>& word_token = out->word_token;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].is_word_like()) word_token.push_back(i);
  }
  std::vector<uint64_t>& word_hashes = out->word_hashes;
  word_hashes.reserve(word_token.size());
  HashWords(text, tokens, 0, tokens.size(), &word_hashes);
  auto first_word_at = [&](uint32_t token) { return out->FirstWordAt(token); };
  // The wording of a token range, as the hash of its folded words in order: equal for two lines
  // or sentences that say the same words, whatever their spacing, case or punctuation.
  auto wording_of = [&](size_t first_word, size_t end_word) {
    return XXH3_64bits(word_hashes.data() + first_word, (end_word - first_word) * sizeof(uint64_t));
  };

  // Template items: most of an item's shingles recur in two or more other items of this text (so
  // a text of fewer than three items has none). An item is a line, or each sentence of a line
  // longer than kMaxItemWords: a page pasted without line breaks still has its gallery captions,
  // as sentences. A sentence needs three others: news restates its lead in a photo caption and a
  // teaser, and those two must not take the lead sentence with them. The items must differ from
  // each other: one repeated word for word (an article pasted twice or thrice) is one item whose
  // later copies are labelled kRepeated below, and its first copy stays content.
  std::vector<Line> items;
  std::vector<uint8_t> min_wordings;  // per item: of a shingle, for it to count as repeated
  for (const Line& line : lines) {
    if (line.words <= kMaxItemWords) {
      items.push_back(line);
      min_wordings.push_back(3);
      continue;
    }
    for (size_t s = line.first_sentence; s < line.end_sentence; ++s) {
      items.push_back(SentenceItem(out->sentences[s], s));
      min_wordings.push_back(4);
    }
  }
  // An item can be a template only if some shingle occurs three times in the whole text; most
  // texts have none, and one counting pass over their shingles saves the per-item pass.
  // The whole text's shingles in order, for this test and for boilerplate below.
  std::vector<uint64_t> text_shingles;
  ShinglesOfWords(word_hashes, 0, word_hashes.size(), &text_shingles);
  bool any_thrice = false;
  if (items.size() >= 3) {
    thread_local U64Map occurrences;
    occurrences.ClearAndTrim();
    for (size_t k = 0; k < text_shingles.size() && !any_thrice; ++k) {
      bool inserted;
      any_thrice = ++occurrences.FindOrInsert(text_shingles[k], 0, &inserted) == 3;
    }
  }
  if (any_thrice) {
    // (shingle, item wording, item) triples, each shingle once per item; sorted, so equal
    // shingles sit together and, among them, items of the same wording.
    struct ShingleInItem {
      uint64_t shingle;
      uint64_t wording;
      uint32_t item;
      bool operator<(const ShingleInItem& o) const {
        return std::tie(shingle, wording, item) < std::tie(o.shingle, o.wording, o.item);
      }
    };
    std::vector<ShingleInItem> pairs;
    std::vector<uint64_t> shingles;
    for (size_t i = 0; i < items.size(); ++i) {
      const size_t first_word = first_word_at(static_cast<uint32_t>(items[i].first_token));
      const size_t end_word = first_word_at(static_cast<uint32_t>(items[i].end_token));
      const uint64_t wording = wording_of(first_word, end_word);
      shingles.clear();
      ShinglesOfWords(word_hashes, first_word, end_word, &shingles);
      std::sort(shingles.begin(), shingles.end());
      shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
      for (uint64_t h : shingles) pairs.push_back({h, wording, static_cast<uint32_t>(i)});
    }
    std::sort(pairs.begin(), pairs.end());
    std::vector<uint32_t> distinct(items.size(), 0), repeated(items.size(), 0);
    for (size_t i = 0; i < pairs.size();) {
      size_t j = i;
      size_t wordings = 0;
      for (; j < pairs.size() && pairs[j].shingle == pairs[i].shingle; ++j) {
        wordings += j == i || pairs[j].wording != pairs[j - 1].wording;
      }
      for (size_t k = i; k < j; ++k) {
        ++distinct[pairs[k].item];
        repeated[pairs[k].item] += wordings >= min_wordings[pairs[k].item];
      }
      i = j;
    }
    for (size_t i = 0; i < items.size(); ++i) {
      if (distinct[i] < 3 || repeated[i] * 2 < distinct[i]) continue;
      for (size_t s = items[i].first_sentence; s < items[i].end_sentence; ++s) {
        if (out->sentences[s].label == SentenceLabel::kContent) {
          out->sentences[s].label = SentenceLabel::kTemplate;
        }
      }
    }
  }

  // Boilerplate seen across unrelated events: a word counts as covered when a model shingle
  // spans it; a sentence is boilerplate when most of its words are covered, and loses the
  // covered words that open it otherwise.
  if (!model.empty() && !tokens.empty()) {
    const std::vector<uint64_t>& shingles = text_shingles;
    std::vector<uint8_t> covered(word_token.size(), 0);
    size_t covered_words = 0;
    for (size_t k = 0; k < shingles.size(); ++k) {
      if (!model.Contains(shingles[k])) continue;
      for (size_t w = k; w < k + kShingleWords && w < covered.size(); ++w) {
        covered_words += covered[w] == 0;
        covered[w] = 1;
      }
    }
    out->boilerplate_share =
        word_token.empty() ? 0 : static_cast<double>(covered_words) / word_token.size();
    if (covered_words > 0) {
      size_t w = 0;
      for (CleanSentence& s : out->sentences) {
        while (w < word_token.size() && word_token[w] < s.first_token) ++w;
        size_t in = 0, cov = 0;
        for (size_t v = w; v < word_token.size() && word_token[v] < s.end_token; ++v) {
          ++in;
          cov += covered[v];
        }
        if (in > 0 && cov * 5 >= in * 3 && s.label == SentenceLabel::kContent) {
          s.label = SentenceLabel::kBoilerplate;
        } else if (s.label == SentenceLabel::kContent && cov > 0 && covered[w]) {
          // Boilerplate opening a sentence: page furniture run into the story without a line
          // break ("Media playback is unsupported on your device ..."). Cut when four words or
          // more remain.
          size_t v = w;
          while (v < word_token.size() && word_token[v] < s.end_token && covered[v]) ++v;
          if (in - (v - w) >= 4) StartSentenceAt(tokens, word_token[v], &s);
        }
      }
    }
  }

  // Repeated sentences, then the article's run in a page pasted whole.
  std::unordered_set<uint64_t> seen;
  for (CleanSentence& s : out->sentences) {
    if (s.label == SentenceLabel::kContent &&
        !seen.insert(wording_of(first_word_at(s.first_token), first_word_at(s.end_token))).second) {
      s.label = SentenceLabel::kRepeated;
    }
  }
  LabelOutsideArticle(text, tokens, teasers, &out->sentences);

  // The dateline, and what is left.
  bool first_content = true;
  size_t content_seen = 0;
  uint32_t last_content_line = UINT32_MAX;
  for (CleanSentence& s : out->sentences) {
    if (s.label != SentenceLabel::kContent) continue;
    if (CutBarChain(text, tokens, &s)) {
      s.label = SentenceLabel::kCredit;
      continue;
    }
    s.dateline_first_token = s.first_token;
    uint32_t first_token;  // where the sentence starts before a dateline is looked for
    if (first_content) {
      first_content = false;
      if (CountWords(tokens, 0, s.first_token) == 0 && CutPlayerClose(text, tokens, &s)) {
        // What the button hid may be a prompt: "Close get email notifications on X daily!"
        if (IsPrompt(text.substr(s.begin, s.end - s.begin))) {
          s.label = SentenceLabel::kPrompt;
          first_content = true;
          continue;
        }
      }
      first_token = s.first_token;
      out->dateline = CutDateline(text, tokens, &s);
      if (s.first_token == first_token) out->dateline = CutPlainDateline(text, tokens, &s);
    } else {
      if (s.line != last_content_line) {
        CleanSentence probe = s;
        out->datelined_paragraphs += !CutDateline(text, tokens, &probe).empty();
      }
      // A page pasted whole can open with a caption or a teaser before the story and its
      // dateline: one marked by its tag is cut wherever it opens a sentence.
      first_token = s.first_token;
      CutTaggedDateline(text, tokens, &s);
      if (s.first_token == first_token && content_seen < kDatelineSentences) {
        std::string place = CutPlainDateline(text, tokens, &s);
        if (!place.empty() && out->dateline.empty()) out->dateline = place;
      }
    }
    if (s.first_token == first_token && content_seen < kDatelineSentences) {
      CutRunInNetworkTag(text, tokens, &s);
    }
    ++content_seen;
    if (CutListMarker(text, tokens, &s) &&
        lines[s.line].first_sentence == static_cast<size_t>(&s - out->sentences.data())) {
      s.finishes_list_intro = IntroducedByColon(text, tokens, lines, s.line);
    }
    if (CutLiveUpdatesHeading(text, tokens, &s)) {
      s.label = SentenceLabel::kShortLine;
      continue;
    }
    out->content_words += s.words;
    ++out->content_sentences;
    last_content_line = s.line;
  }
}

}  // namespace precis::extract
