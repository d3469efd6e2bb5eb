// Fetching pages and feeds against a local HTTP server (no other network exists in tests).
#include <gtest/gtest.h>

#include <chrono>

#include "extract/feed_reader.h"
#include "extract/http_fetcher.h"
#include "extract/test_http_server.h"
#include "precis/extractor.h"

namespace precis::extract {
namespace {

TEST(HttpFetcherTest, FetchesFollowsRedirectsAndReportsFailures) {
  TestHttpServer server;
  FetchResult r;
  ASSERT_TRUE(FetchUrl(server.Url("/moved"), FetchOptions(), &r).ok());
  EXPECT_EQ(r.url, server.Url("/page.html"));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.charset, "utf-8");
  EXPECT_NE(r.body.find("Bridge reopens"), std::string::npos);

  Status s = FetchUrl(server.Url("/loop"), FetchOptions(), &r);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("redirects"), std::string::npos) << s.message();

  s = FetchUrl(server.Url("/broken"), FetchOptions(), &r);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("HTTP status 500"), std::string::npos) << s.message();

  FetchOptions small;
  small.max_bytes = 1 << 20;
  s = FetchUrl(server.Url("/huge"), small, &r);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("larger than 1 MiB"), std::string::npos) << s.message();

  FetchOptions impatient;
  impatient.timeout_ms = 500;
  const auto start = std::chrono::steady_clock::now();
  s = FetchUrl(server.Url("/slow"), impatient, &r);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("timed out"), std::string::npos) << s.message();
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 2.0);

  EXPECT_FALSE(FetchUrl("file:///etc/passwd", FetchOptions(), &r).ok());
  s = FetchUrl("http://127.0.0.1:1/", FetchOptions(), &r);  // nothing listens there
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("127.0.0.1:1"), std::string::npos) << s.message();
}

TEST(HttpFetcherTest, ServerCharsetWinsOverTheWrongPageDeclaration) {
  TestHttpServer server;
  FetchResult r;
  ASSERT_TRUE(FetchUrl(server.Url("/latin1.html"), FetchOptions(), &r).ok());
  EXPECT_EQ(r.charset, "iso-8859-1");
  ExtractOptions options;
  options.url = r.url;
  options.declared_charset = r.charset;
  ExtractedArticle a;
  ASSERT_TRUE(ExtractArticle(r.body, options, &a).ok());
  EXPECT_EQ(a.title, "Caf\xC3\xA9");
  EXPECT_NE(a.text.find("apr\xC3\xA8s trois mois"), std::string::npos) << a.text;
}

TEST(FeedReaderTest, RssAtomAndNonFeeds) {
  Feed feed;
  ASSERT_TRUE(ReadFeed(TestHttpServer::kFeed, "http://example.com/news/rss", &feed).ok());
  EXPECT_EQ(feed.title, "River Times");
  ASSERT_EQ(feed.entries.size(), 3u);
  EXPECT_EQ(feed.entries[0].link, "http://example.com/page.html");
  EXPECT_EQ(feed.entries[0].id, "bridge-1");
  EXPECT_EQ(feed.entries[0].date, "Tue, 04 May 2021 09:00:00 GMT");
  EXPECT_NE(feed.entries[1].content.find("<p>The council met"), std::string::npos);

  const char atom[] =
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom News</title><entry>"
      "<title>Storm</title><id>tag:a,2021:1</id><link rel=\"alternate\" href=\"https://a.example/"
      "storm\"/><link rel=\"enclosure\" href=\"https://a.example/storm.mp3\"/>"
      "<published>2021-05-04T09:00:00Z</published><author><name>Ann Lee</name></author>"
      "<content type=\"html\">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>";
  ASSERT_TRUE(ReadFeed(atom, "", &feed).ok());
  ASSERT_EQ(feed.entries.size(), 1u);
  EXPECT_EQ(feed.entries[0].link, "https://a.example/storm");
  EXPECT_EQ(feed.entries[0].author, "Ann Lee");
  EXPECT_EQ(feed.entries[0].date, "2021-05-04T09:00:00Z");
  EXPECT_EQ(feed.entries[0].content, "<p>Body</p>");

  EXPECT_FALSE(ReadFeed("<html><body>not a feed</body></html>", "", &feed).ok());
  EXPECT_FALSE(ReadFeed("\x01\x02 binary", "", &feed).ok());
  // An external entity is never fetched or expanded.
  ASSERT_TRUE(ReadFeed("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM "
                       "\"file:///etc/passwd\">]><rss><channel><item><title>&x;</title></item>"
                       "</channel></rss>",
                       "", &feed)
                  .ok());
  ASSERT_EQ(feed.entries.size(), 1u);
  EXPECT_EQ(feed.entries[0].title.find("root:"), std::string::npos);
}

}  // namespace
}  // namespace precis::extract
