// A page's metadata: title, authors, dates, outlet, language and canonical URL, from what
// publishers declare (<meta>, OpenGraph, schema.org JSON-LD, <link rel=canonical>) and, failing
// that, from the page itself (<h1>, <title>, <time>, <html lang>).
#ifndef PRECIS_EXTRACT_PAGE_METADATA_H_
#define PRECIS_EXTRACT_PAGE_METADATA_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/html_document.h"

namespace precis::extract {

struct PageMetadata {
  std::string title;
  std::vector<std::string> authors;
  std::string published;  // ISO 8601
  std::string modified;   // ISO 8601
  std::string site;
  std::string lang;
  std::string canonical;  // absolute when `page_url` allowed resolving it
  // schema.org articleBody from JSON-LD, when the page declares one (the publisher's own copy of
  // the article's text, often without paragraph breaks).
  std::string json_ld_body;
};

// Reads the metadata of `doc`; `json_ld` are the page's JSON-LD blocks (PrepareHtml), `page_url`
// where it came from (may be empty).
void ReadPageMetadata(const HtmlDocument& doc, const std::vector<std::string>& json_ld,
                      std::string_view page_url, PageMetadata* out);

// `href` resolved against `base` (RFC 3986 reference resolution for the forms pages use:
// absolute, scheme-relative, root-relative, relative). Returns `href` when `base` is not absolute.
std::string ResolveUrl(std::string_view base, std::string_view href);

// The host of an absolute URL without a leading "www.", or empty.
std::string UrlHost(std::string_view url);

}  // namespace precis::extract

#endif  // PRECIS_EXTRACT_PAGE_METADATA_H_
