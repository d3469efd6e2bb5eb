// Tests of extraction from HTML: the pre-pass, charsets and gzip, main-content detection,
// metadata, and bad pages.
#include <gtest/gtest.h>
#include <zlib.h>

#include <chrono>
#include <string>

#include "extract/html_decoding.h"
#include "extract/html_prepass.h"
#include "extract/page_metadata.h"
#include "precis/extractor.h"
#include "text/text_decoding.h"

namespace precis::extract {
namespace {

const char kArticlePage[] = R"(<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Council approves budget | Springfield Gazette</title>
<meta property="og:site_name" content="Springfield Gazette">
<meta property="article:published_time" content="2019-11-19T08:00:00+0000">
<meta name="author" content="By Jane Roe and John Doe">
<link rel="canonical" href="/news/budget.html">
<script>var ads = "<p>not text</p>";</script>
<style>p { color: red }</style>
</head><body class="has-sidebar">
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<header class="site-header"><h1>Springfield Gazette</h1></header>
<div id="main"><article>
<h1>Council approves budget</h1>
<div class="byline">By Jane Roe</div>
<div class="article-body">
<p>The city council approved a budget of $2.3 million on Tuesday, after a debate that lasted
well into the night, officials said.</p>
<figure><img src="x.jpg"><figcaption>The council chamber. Photo: AP</figcaption></figure>
<p>The mayor, who had threatened a veto, said she would sign it, and that the vote was a relief
for the city's schools, libraries and parks.</p>
<h2>What changes</h2>
<p>Spending on roads rises by a tenth, while the police budget stays flat, according to the
document, which runs to 400 pages.</p>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<p style="display:none">Hidden text that is not shown to readers at all, and never was.</p>
</div></article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story about the
budget and the council's long night of debate</a></li></ul></aside>
<div class="comments"><p>First! This is a comment, written by a reader, not the newspaper.</p>
</div></div>
<footer><p>Copyright 2019 Springfield Gazette, all rights reserved, do not copy.</p></footer>
</body></html>)";

TEST(PrepareHtmlTest, DropsScriptsStylesCommentsAndKeepsJsonLd) {
  PreparedHtml out;
  PrepareHtml(
      "<p>a<!-- <p>b</p> --></p><script>x='</p>'</script><SCRIPT type=\"application/ld+json\">"
      "{\"@type\":\"NewsArticle\"}</SCRIPT><style>p{}</style><p class=x data-y=\"1\">c</p>",
      &out);
  EXPECT_EQ(out.html, "<p>a</p><p class=x>c</p>");
  ASSERT_EQ(out.json_ld.size(), 1u);
  EXPECT_EQ(out.json_ld[0], "{\"@type\":\"NewsArticle\"}");
}

TEST(PrepareHtmlTest, UnterminatedCommentAndScriptRunToTheEnd) {
  PreparedHtml out;
  PrepareHtml("<p>a</p><!-- never closed <p>b</p>", &out);
  EXPECT_EQ(out.html, "<p>a</p>");
  PrepareHtml("<p>a</p><script>never closed", &out);
  EXPECT_EQ(out.html, "<p>a</p>");
}

TEST(PrepareHtmlTest, CapsNestingAndKeepsText) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep text";
  PreparedHtml out;
  PrepareHtml(html, &out);
  EXPECT_EQ(out.flattened_tags, 100000u - kMaxHtmlNesting);
  EXPECT_NE(out.html.find("deep text"), std::string::npos);
}

TEST(PrepareHtmlTest, CollapsesSpaceOutsidePre) {
  PreparedHtml out;
  PrepareHtml("<p>a   \n\n  b</p><pre>x   y</pre>", &out);
  EXPECT_EQ(out.html, "<p>a\nb</p><pre>x   y</pre>");
}

std::string Gzip(std::string_view data) {
  z_stream s{};
  deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&s, data.size()) + 32, '\0');
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  s.avail_in = static_cast<uInt>(data.size());
  s.next_out = reinterpret_cast<Bytef*>(out.data());
  s.avail_out = static_cast<uInt>(out.size());
  deflate(&s, Z_FINISH);
  out.resize(s.total_out);
  deflateEnd(&s);
  return out;
}

TEST(HtmlDecodingTest, Charsets) {
  std::string html;
  std::vector<std::string> notes;
  // Declared windows-1252 (as the HTML standard reads iso-8859-1).
  ASSERT_TRUE(
      DecodeHtml("<meta charset=iso-8859-1><p>caf\xE9 \x93quoted\x94</p>", "", &html, &notes).ok());
  EXPECT_NE(html.find("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D"), std::string::npos) << html;
  // Shift_JIS declared in http-equiv.
  ASSERT_TRUE(DecodeHtml("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                         "charset=Shift_JIS\"><p>\x93\xfa\x96\x7b</p>",
                         "", &html, &notes)
                  .ok());
  EXPECT_NE(html.find("\xE6\x97\xA5\xE6\x9C\xAC"), std::string::npos) << html;  // 日本
  // The server's charset overrides the page's.
  ASSERT_TRUE(
      DecodeHtml("<meta charset=utf-8><p>\xC8\xD5\xB1\xBE</p>", "GB2312", &html, &notes).ok());
  EXPECT_NE(html.find("\xE6\x97\xA5\xE6\x9C\xAC"), std::string::npos) << html;
  // A BOM overrides everything.
  ASSERT_TRUE(
      DecodeHtml(std::string("\xFF\xFE<\0p\0>\0\xE9\0", 10), "iso-8859-1", &html, &notes).ok());
  EXPECT_EQ(html, "<p>\xC3\xA9");
  // A wrong declaration on bytes that are UTF-8 is overruled, with a note.
  notes.clear();
  ASSERT_TRUE(DecodeHtml("<meta charset=iso-8859-1><p>caf\xC3\xA9</p>", "", &html, &notes).ok());
  EXPECT_NE(html.find("caf\xC3\xA9"), std::string::npos);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].find("contradicts"), std::string::npos);
  // Undeclared legacy bytes are detected and converted to valid UTF-8.
  notes.clear();
  ASSERT_TRUE(DecodeHtml("<p>Le caf\xE9 \xE9tait ferm\xE9 \xE0 cause de la gr\xE8ve, et les "
                         "\xE9l\xE8ves sont rentr\xE9s chez eux tr\xE8s t\xF4t.</p>",
                         "", &html, &notes)
                  .ok());
  EXPECT_TRUE(text::IsValidUtf8(html));
  EXPECT_NE(html.find("caf\xC3\xA9"), std::string::npos) << html;
  // Binary data is refused.
  EXPECT_FALSE(DecodeHtml(std::string("\x7f"
                                      "ELF\0\0\0\0",
                                      8),
                          "", &html, &notes)
                   .ok());
}

TEST(HtmlDecodingTest, Gzip) {
  std::string out;
  ASSERT_TRUE(Gunzip(Gzip("<p>hello</p>"), kMaxPageBytes, &out).ok());
  EXPECT_EQ(out, "<p>hello</p>");
  std::string damaged = Gzip(std::string(5000, 'x'));
  damaged.resize(damaged.size() / 2);
  Status s = Gunzip(damaged, kMaxPageBytes, &out);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("gzip"), std::string::npos);
  // A bomb is stopped at the limit.
  EXPECT_FALSE(Gunzip(Gzip(std::string(3 << 20, 'a')), 1 << 20, &out).ok());
}

TEST(ExtractArticleTest, KeepsTheArticleAndDropsPageFurniture) {
  ExtractedArticle a;
  ExtractOptions options;
  options.url = "https://gazette.example/2019/index.html?x=1";
  ASSERT_TRUE(ExtractArticle(kArticlePage, options, &a).ok());
  EXPECT_NE(a.text.find("approved a budget of $2.3 million"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("would sign it"), std::string::npos);
  EXPECT_NE(a.text.find("What changes"), std::string::npos);  // a heading inside the body
  EXPECT_NE(a.text.find("runs to 400 pages."), std::string::npos);
  for (const char* junk : {"Home", "Photo: AP", "Share on Facebook", "Hidden text", "Related",
                           "First!", "Copyright", "not text", "By Jane Roe"}) {
    EXPECT_EQ(a.text.find(junk), std::string::npos) << junk << "\n" << a.text;
  }
  // Paragraphs are separated by blank lines.
  EXPECT_NE(a.text.find("night, officials said.\n\nThe mayor"), std::string::npos) << a.text;

  EXPECT_EQ(a.title, "Council approves budget");
  EXPECT_EQ(a.site, "Springfield Gazette");
  EXPECT_EQ(a.published, "2019-11-19T08:00:00+00:00");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Jane Roe", "John Doe"}));
  EXPECT_EQ(a.lang, "en-GB");
  EXPECT_EQ(a.canonical, "https://gazette.example/news/budget.html");
  const Document doc = a.ToDocument();
  EXPECT_EQ(doc.source, "Springfield Gazette");
  EXPECT_EQ(doc.date, "2019-11-19T08:00:00+00:00");
}

TEST(ExtractArticleTest, ReadsJsonLdMetadata) {
  const char page[] = R"(<html><head><script type="application/ld+json">
    {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
     {"@type":["NewsArticle"],"headline":"Quake hits coast","datePublished":"2020-03-01T10:00:00Z",
      "dateModified":"2020-03-02","author":[{"@type":"Person","name":"Ann Lee"},{"name":"Bo Ma"}],
      "publisher":{"@type":"Organization","name":"Coast News"},"inLanguage":"en"}]}
    </script></head><body><p>A strong earthquake struck the coast early on Sunday, shaking
    buildings and cutting power to thousands of homes, officials said.</p></body></html>)";
  ExtractedArticle a;
  ASSERT_TRUE(ExtractArticle(page, ExtractOptions(), &a).ok());
  EXPECT_EQ(a.title, "Quake hits coast");
  EXPECT_EQ(a.published, "2020-03-01T10:00:00Z");
  EXPECT_EQ(a.modified, "2020-03-02");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Ann Lee", "Bo Ma"}));
  EXPECT_EQ(a.site, "Coast News");
  EXPECT_EQ(a.lang, "en");
  EXPECT_NE(a.text.find("A strong earthquake struck"), std::string::npos);
}

TEST(ExtractArticleTest, GzipAndLegacyCharsetPages) {
  const std::string page =
      "<html><head><meta charset=windows-1252><title>Caf\xE9</title></head><body><p>Le caf\xE9 "
      "du village a rouvert ses portes mardi, apr\xE8s trois mois de travaux, a annonc\xE9 "
      "le maire. Les habitants, qui attendaient cette r\xE9ouverture depuis le printemps, se "
      "sont retrouv\xE9s sur la place pour c\xE9l\xE9"
      "brer l'\xE9v\xE9nement avec les "
      "commer\xE7"
      "ants et les \xE9lus de la commune.</p></body></html>";
  ExtractedArticle a;
  ASSERT_TRUE(ExtractArticle(Gzip(page), ExtractOptions(), &a).ok());
  EXPECT_EQ(a.title, "Caf\xC3\xA9");
  EXPECT_NE(a.text.find("apr\xC3\xA8s trois mois"), std::string::npos) << a.text;
  EXPECT_EQ(a.lang, "fr");  // no declaration: guessed from the text
}

TEST(ExtractArticleTest, BadPagesGiveClearErrorsQuickly) {
  ExtractedArticle a;
  Status s = ExtractArticle("<html><body><nav><a href=/>Home</a></nav></body></html>",
                            ExtractOptions(), &a);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("no article text"), std::string::npos);
  s = ExtractArticle(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), ExtractOptions(), &a);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("binary"), std::string::npos) << s.message();
  EXPECT_FALSE(ExtractArticle("", ExtractOptions(), &a).ok());
  // Truncated markup still yields its text.
  EXPECT_TRUE(ExtractArticle("<html><body><div><p>The committee met on Monday and agreed on "
                             "a plan for the new bridge, its chair sa",
                             ExtractOptions(), &a)
                  .ok());
  EXPECT_NE(a.text.find("its chair sa"), std::string::npos);

  // 100,000 nested tags and a 20 MB page: bounded work (seconds at most, not minutes).
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div><span>";
  deep += "<p>Deep inside the page there is a sentence that should still be found.</p>";
  const auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(ExtractArticle(deep, ExtractOptions(), &a).ok());
  EXPECT_NE(a.text.find("Deep inside the page"), std::string::npos);
  std::string huge = "<html><body>";
  while (huge.size() < (size_t{20} << 20)) {
    huge +=
        "<div class=\"item\"><p>Paragraph of a very long page, with words, commas, and "
        "more words to fill it.</p></div>\n";
  }
  ASSERT_TRUE(ExtractArticle(huge, ExtractOptions(), &a).ok());
  EXPECT_GT(a.text.size(), size_t{1} << 20);
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 120);
}

TEST(ExtractArticleTest, LooksLikeHtml) {
  EXPECT_TRUE(LooksLikeHtml("<!DOCTYPE html><html>"));
  EXPECT_TRUE(LooksLikeHtml("\xEF\xBB\xBF  <HTML><body>"));
  EXPECT_TRUE(LooksLikeHtml("<p>Pasted paragraph</p>"));
  EXPECT_FALSE(LooksLikeHtml("WASHINGTON (AP) — The Senate voted 52-48 <to> confirm..."));
}

TEST(PageMetadataTest, ResolvesUrls) {
  const std::string base = "https://news.example/world/2019/story.html?page=2#top";
  EXPECT_EQ(ResolveUrl(base, "https://other.example/x"), "https://other.example/x");
  EXPECT_EQ(ResolveUrl(base, "//cdn.example/x"), "https://cdn.example/x");
  EXPECT_EQ(ResolveUrl(base, "/a/b"), "https://news.example/a/b");
  EXPECT_EQ(ResolveUrl(base, "c.html"), "https://news.example/world/2019/c.html");
  EXPECT_EQ(ResolveUrl(base, "../c.html"), "https://news.example/world/c.html");
  EXPECT_EQ(ResolveUrl(base, "?page=3"), "https://news.example/world/2019/story.html?page=3");
  EXPECT_EQ(ResolveUrl("", "/a"), "/a");
  EXPECT_EQ(UrlHost("https://www.BBC.co.uk:443/news"), "bbc.co.uk");
}

}  // namespace
}  // namespace precis::extract
