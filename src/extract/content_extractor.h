// Main-content detection: which part of a parsed page is the article, as paragraphs of text.
//
// The page is first pruned of what is never article text: navigation, asides, forms' controls,
// hidden elements, captions, and elements whose class, id or role names page furniture (comments,
// share bars, related links, newsletter boxes, ads). The remaining blocks are scored as
// Readability does (text length, commas, link density, class hints), the best-scoring container
// is taken together with siblings that continue it, and its blocks are emitted in page order,
// less link lists and furniture lines.
#ifndef PRECIS_EXTRACT_CONTENT_EXTRACTOR_H_
#define PRECIS_EXTRACT_CONTENT_EXTRACTOR_H_

#include <cstdint>
#include <string>
#include <vector>

#include "extract/html_document.h"

namespace precis::extract {

struct ExtractedContent {
  // The article's blocks in page order: paragraphs, headings inside the body, list items, quotes.
  std::vector<std::string> paragraphs;
  // The element chosen as the article's container, or -1 when the page has no text.
  int32_t container = -1;
  // Number of characters (code points, spaces excluded) of visible text on the whole page.
  uint32_t page_chars = 0;
};

void ExtractMainContent(const HtmlDocument& doc, ExtractedContent* out);

// The paragraphs joined with blank lines between them.
std::string JoinParagraphs(const std::vector<std::string>& paragraphs);

}  // namespace precis::extract

#endif  // PRECIS_EXTRACT_CONTENT_EXTRACTOR_H_
