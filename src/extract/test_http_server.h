// For tests only: a local HTTP server on 127.0.0.1 (cpp-httplib) serving news pages and feeds,
// including the misbehaving responses fetching must survive: slow, redirecting forever, oversized,
// wrongly labelled and failing.
#ifndef PRECIS_EXTRACT_TEST_HTTP_SERVER_H_
#define PRECIS_EXTRACT_TEST_HTTP_SERVER_H_

#include <httplib.h>

#include <chrono>
#include <string>
#include <thread>

namespace precis::extract {

class TestHttpServer {
 public:
  TestHttpServer() {
    server_.Get("/page.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kPage, "text/html; charset=utf-8");
    });
    server_.Get("/moved", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("/page.html");
    });
    server_.Get("/loop",
                [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/loop"); });
    server_.Get("/slow", [](const httplib::Request&, httplib::Response& res) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2500));
      res.set_content(kPage, "text/html");
    });
    server_.Get("/huge", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(3 << 20, 'x'), "text/html");
    });
    server_.Get("/broken", [](const httplib::Request&, httplib::Response& res) {
      res.status = 500;
      res.set_content("Internal Server Error", "text/plain");
    });
    // windows-1252 bytes that the page calls UTF-8 and the server correctly calls Latin-1.
    server_.Get("/latin1.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(
          "<html><head><meta charset=utf-8><title>Caf\xE9</title></head><body><p>Le caf\xE9 du "
          "port a rouvert mardi apr\xE8s trois mois de travaux, a annonc\xE9 la mairie.</p>"
          "</body></html>",
          "text/html; charset=ISO-8859-1");
    });
    server_.Get("/feed.xml", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kFeed, "application/rss+xml");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~TestHttpServer() {
    server_.stop();
    thread_.join();
  }

  std::string Url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

  static constexpr const char* kPage =
      "<!DOCTYPE html><html lang=en><head><title>Bridge reopens | River Times</title>"
      "<meta property=\"og:site_name\" content=\"River Times\">"
      "<meta property=\"article:published_time\" content=\"2021-05-04T09:00:00Z\"></head>"
      "<body><nav><a href=/>Home</a></nav><article><h1>Bridge reopens</h1>"
      "<p>The old bridge over the river reopened on Monday after two years of repairs, the "
      "city said, to the relief of commuters on both banks.</p>"
      "<p>Engineers replaced the deck and strengthened the piers, which had cracked in a flood, "
      "at a cost of $12 million.</p></article></body></html>";

  static constexpr const char* kFeed =
      "<?xml version=\"1.0\"?><rss version=\"2.0\" "
      "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
      "<title>River Times</title>"
      "<item><title>Bridge reopens</title><link>/page.html</link><guid>bridge-1</guid>"
      "<pubDate>Tue, 04 May 2021 09:00:00 GMT</pubDate></item>"
      "<item><title>Council meets</title><link>/broken</link><guid>council-2</guid>"
      "<description>&lt;p&gt;The council met on Tuesday and voted to build a new library "
      "near the station, its chair said after the meeting.&lt;/p&gt;</description></item>"
      "<item><title>Gone</title><link>/broken</link><guid>gone-3</guid></item>"
      "</channel></rss>";

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
};

}  // namespace precis::extract

#endif  // PRECIS_EXTRACT_TEST_HTTP_SERVER_H_
