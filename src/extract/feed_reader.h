// Reading news feeds (RSS 2.0, RSS 1.0/RDF, Atom) with libxml2: each entry's link, title, date,
// author and the text or HTML the feed itself carries.
#ifndef PRECIS_EXTRACT_FEED_READER_H_
#define PRECIS_EXTRACT_FEED_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis::extract {

struct FeedEntry {
  std::string id;    // guid / id, else the link
  std::string link;  // absolute when the feed's URL allowed resolving it
  std::string title;
  std::string date;  // as the feed writes it (RFC 822 in RSS, ISO 8601 in Atom)
  std::string author;
  std::string content;  // content:encoded / Atom content, else description / summary (HTML)
};

struct Feed {
  std::string title;  // the channel's name, used as the outlet of its entries
  std::vector<FeedEntry> entries;
};

// Parses a feed document. `url` (may be empty) resolves relative links. Never fetches anything
// (no external entities, no network). Fails with kInvalidInput for bytes that are not XML or an
// XML document that is not a feed.
Status ReadFeed(std::string_view xml, std::string_view url, Feed* out);

}  // namespace precis::extract

#endif  // PRECIS_EXTRACT_FEED_READER_H_
