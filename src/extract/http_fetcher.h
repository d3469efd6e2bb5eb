// Fetching web pages and feeds over HTTP(S) with libcurl: bounded in time, size and redirects,
// with errors that name the URL and what went wrong.
#ifndef PRECIS_EXTRACT_HTTP_FETCHER_H_
#define PRECIS_EXTRACT_HTTP_FETCHER_H_

#include <string>

#include "precis/status.h"

namespace precis::extract {

struct FetchOptions {
  long timeout_ms = 30000;          // the whole transfer
  long connect_timeout_ms = 10000;  // connecting
  long low_speed_seconds = 15;      // abort when under 100 B/s for this long (a stalled server)
  size_t max_bytes = size_t{32} << 20;
  long max_redirects = 8;
  std::string user_agent = "precis/0.1 (news summarizer; +https://github.com/precis)";
};

struct FetchResult {
  std::string url;           // after redirects
  long status = 0;           // HTTP status
  std::string content_type;  // as the server sent it
  std::string charset;       // the Content-Type's charset parameter, lowercased, or empty
  std::string body;          // decompressed when the server used gzip/deflate/brotli
};

// True for http:// and https:// URLs (the only schemes fetched).
bool IsHttpUrl(const std::string& s);

// GETs `url`. Fails with kIOError naming the URL for a network failure, a timeout, too many
// redirects, an HTTP status >= 400, or a body over `max_bytes`; kInvalidArgument for a URL that is
// not http(s).
Status FetchUrl(const std::string& url, const FetchOptions& options, FetchResult* out);

}  // namespace precis::extract

#endif  // PRECIS_EXTRACT_HTTP_FETCHER_H_
