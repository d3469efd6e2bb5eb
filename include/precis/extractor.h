// Extraction: from a saved or fetched web page to the article it carries (main text and
// metadata), filling the Document record the rest of precis reads.
//
// Example:
//   precis::ExtractedArticle article;
//   precis::Status s = precis::ExtractArticle(page_bytes, {.url = "https://example.com/a"},
//   &article); if (s.ok()) precis::Document doc = article.ToDocument();
#ifndef PRECIS_EXTRACTOR_H_
#define PRECIS_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/document.h"
#include "precis/status.h"

namespace precis {

struct ExtractOptions {
  // Where the page came from, if known: resolves a relative canonical link and names the site
  // when the page does not.
  std::string url;
  // The charset a server declared (HTTP Content-Type), if any. It overrides the page's own
  // declaration, as in browsers; a byte-order mark overrides both.
  std::string declared_charset;
};

struct ExtractedArticle {
  // The article body: paragraphs (and headings, list items, quotes inside the body) separated by
  // blank lines; no navigation, captions, related links, share bars, comments.
  std::string text;
  std::string title;
  std::vector<std::string> authors;
  std::string published;  // ISO 8601 (a date, or a date and time with its offset), or empty
  std::string modified;   // ISO 8601, or empty
  std::string site;       // the outlet's name ("The Guardian"), else the URL's host
  std::string lang;       // BCP 47 language tag as declared, else guessed from the text
  std::string url;        // ExtractOptions::url
  std::string canonical;  // the page's canonical URL, absolute, or empty
  // What was repaired or guessed on the way (charset conversions, a decompressed file), for a
  // person to read.
  std::vector<std::string> notes;

  // The record the summarizer and the story clusterer read (date = published).
  Document ToDocument() const;
};

// Extracts the article from a page's bytes: HTML in any charset (declared, detected, or with a
// byte-order mark), optionally gzip-compressed.
//
// Fails with kInvalidInput, naming the reason, when the bytes are not a usable page (binary data,
// undecodable text, a damaged gzip stream) or when the page holds no article text; in the latter
// case `*out` still carries the metadata found. Work and memory are bounded by the input size.
Status ExtractArticle(std::string_view page, const ExtractOptions& options, ExtractedArticle* out);

// True when `bytes` look like an HTML page rather than plain text (a doctype, or <html>, <head>,
// <body>, <p> or <div> tags near the start), possibly gzip-compressed.
bool LooksLikeHtml(std::string_view bytes);

}  // namespace precis

#endif  // PRECIS_EXTRACTOR_H_
