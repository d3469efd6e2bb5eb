#include "extract/http_fetcher.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

#include "base/ascii.h"

namespace precis::extract {
namespace {

struct Transfer {
  std::string* body;
  size_t max_bytes;
  bool too_large = false;
};

size_t OnData(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const size_t n = size * count;
  if (t->body->size() + n > t->max_bytes) {
    t->too_large = true;
    return 0;  // makes curl abort with CURLE_WRITE_ERROR
  }
  t->body->append(data, n);
  return n;
}

std::string CharsetOf(const std::string& content_type) {
  const std::string lower = AsciiLowercase(content_type);
  const size_t at = lower.find("charset=");
  if (at == std::string::npos) return {};
  size_t p = at + 8;
  if (p < lower.size() && (lower[p] == '"' || lower[p] == '\'')) ++p;
  size_t q = p;
  while (q < lower.size() && lower[q] != ';' && lower[q] != '"' && lower[q] != '\'' &&
         lower[q] != ' ') {
    ++q;
  }
  return lower.substr(p, q - p);
}

}  // namespace

bool IsHttpUrl(const std::string& s) {
  const std::string lower = AsciiLowercase(s.substr(0, 8));
  return lower.starts_with("http://") || lower.starts_with("https://");
}

Status FetchUrl(const std::string& url, const FetchOptions& options, FetchResult* out) {
  *out = FetchResult();
  if (!IsHttpUrl(url)) return Status::InvalidArgument(url + ": not an http(s) URL");
  static std::once_flag init;
  std::call_once(init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  std::unique_ptr<CURL, void (*)(CURL*)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) return Status::Internal("curl_easy_init failed");
  Transfer transfer{&out->body, options.max_bytes};
  char error[CURL_ERROR_SIZE] = {0};
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(c, CURLOPT_MAXREDIRS, options.max_redirects);
  curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, options.timeout_ms);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, options.connect_timeout_ms);
  curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 100L);
  curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, options.low_speed_seconds);
  curl_easy_setopt(c, CURLOPT_USERAGENT, options.user_agent.c_str());
  curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");  // every encoding curl can decode
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);         // safe in threads
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, OnData);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &transfer);
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
  curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options.max_bytes));
  const CURLcode rc = curl_easy_perform(c);

  char* effective = nullptr;
  curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &effective);
  out->url = effective ? effective : url;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &out->status);
  char* type = nullptr;
  curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &type);
  out->content_type = type ? type : "";
  out->charset = CharsetOf(out->content_type);

  const std::string mib = std::to_string(options.max_bytes >> 20) + " MiB";
  if (transfer.too_large || rc == CURLE_FILESIZE_EXCEEDED) {
    return Status::IOError(url + ": response larger than " + mib + "; not read");
  }
  switch (rc) {
    case CURLE_OK:
      break;
    case CURLE_OPERATION_TIMEDOUT:
      return Status::IOError(url + ": timed out (" + std::string(error) + ")");
    case CURLE_TOO_MANY_REDIRECTS:
      return Status::IOError(url + ": more than " + std::to_string(options.max_redirects) +
                             " redirects (a redirect loop?)");
    default:
      return Status::IOError(url + ": " + (error[0] ? error : curl_easy_strerror(rc)));
  }
  if (out->status >= 400) {
    return Status::IOError(url + ": HTTP status " + std::to_string(out->status));
  }
  return Status::OK();
}

}  // namespace precis::extract
