// A pass over raw HTML before the HTML5 parser builds a tree: it removes what never carries
// article text and keeps the parser's work bounded.
//
// Parsing is the main cost of extraction, and most of a news page's bytes are scripts, styles and
// comments; skipping them before tree construction roughly triples parse speed. The pass also caps
// element nesting, because an HTML5 tree builder scans its stack of open elements for every tag,
// so 100,000 nested tags would otherwise take minutes.
#ifndef PRECIS_EXTRACT_HTML_PREPASS_H_
#define PRECIS_EXTRACT_HTML_PREPASS_H_

#include <string>
#include <string_view>
#include <vector>

namespace precis::extract {

// Nesting deeper than this is flattened: further start tags are dropped (their text is kept).
// Real pages stay far below it; only elements whose end tag is required count.
inline constexpr int kMaxHtmlNesting = 400;

struct PreparedHtml {
  // The page without comments and without the content of script, style, noscript, template,
  // svg, math, iframe, object and textarea elements (the tags themselves are dropped too).
  std::string html;
  // The bodies of <script type="application/ld+json"> elements, in page order: structured
  // metadata (schema.org) the extractor reads separately.
  std::vector<std::string> json_ld;
  // Number of start tags dropped by the nesting cap.
  size_t flattened_tags = 0;
};

// Never fails: unterminated comments or scripts run to the end of the input, as in a browser.
void PrepareHtml(std::string_view html, PreparedHtml* out);

}  // namespace precis::extract

#endif  // PRECIS_EXTRACT_HTML_PREPASS_H_
