// libFuzzer target for extraction: arbitrary bytes as a web page (any charset, gzip, broken or
// deeply nested markup, JSON-LD). ExtractArticle must return a Status, never crash or hang, and
// produce valid UTF-8.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "precis/extractor.h"
#include "text/text_decoding.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view page(reinterpret_cast<const char*>(data), size);
  precis::ExtractedArticle article;
  precis::ExtractOptions options;
  options.url = "https://example.com/news/a.html";
  precis::ExtractArticle(page, options, &article);
  if (!precis::text::IsValidUtf8(article.text) || !precis::text::IsValidUtf8(article.title)) {
    std::abort();
  }
  return 0;
}
