// libFuzzer target for feeds: arbitrary bytes as an RSS/Atom document. ReadFeed must return a
// Status, never crash, hang, or reach outside (no network, no external entities).
#include <cstdint>
#include <string_view>

#include "extract/feed_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  precis::extract::Feed feed;
  precis::extract::ReadFeed(std::string_view(reinterpret_cast<const char*>(data), size),
                            "https://example.com/feeds/rss.xml", &feed);
  return 0;
}
