// HtmlDocument: an HTML page parsed by gumbo (as browsers parse HTML5) and laid out flat, in
// document order, so extraction can walk, skip and aggregate subtrees without recursion (pages can
// nest deeply).
#ifndef PRECIS_EXTRACT_HTML_DOCUMENT_H_
#define PRECIS_EXTRACT_HTML_DOCUMENT_H_

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace precis::extract {

struct HtmlNode {
  // Element tag; GUMBO_TAG_UNKNOWN for custom elements (see tag_name) and for text nodes.
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  bool is_text = false;
  int32_t parent = -1;
  // Index one past this node's last descendant: the subtree is [index, end).
  uint32_t end = 0;
  // Depth below the document root (the <html> element has depth 0).
  uint32_t depth = 0;
  // The nearest block-level element (IsBlockTag) among this node and its ancestors, or -1.
  int32_t block = -1;
  // Text nodes: their text, entities decoded, whitespace as in the page.
  std::string_view text;
  const GumboNode* gumbo = nullptr;  // the parser's node, for attributes
};

class HtmlDocument {
 public:
  // Parses `html` (UTF-8). The input must outlive the document only during this call.
  explicit HtmlDocument(std::string_view html);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  const std::vector<HtmlNode>& nodes() const { return nodes_; }
  const HtmlNode& node(size_t i) const { return nodes_[i]; }
  size_t size() const { return nodes_.size(); }

  // An element's attribute value, or empty when absent.
  std::string_view Attribute(size_t i, const char* name) const;
  bool HasAttribute(size_t i, const char* name) const;
  // An element's tag name, lowercase ("div", or the custom name such as "amp-img").
  std::string TagName(size_t i) const;
  // Index of the first element with `tag`, or -1.
  int32_t Find(GumboTag tag) const;

 private:
  GumboOutput* output_ = nullptr;
  std::vector<HtmlNode> nodes_;
};

// True for elements that lay out as their own block (paragraphs, headings, list items, table
// cells, sections...): their text never runs into the text around them.
bool IsBlockTag(GumboTag tag);

// Appends text to a string with every run of white space (ASCII, no-break space) collapsed to
// one space, across calls, never leading with a space.
class CollapsingAppender {
 public:
  explicit CollapsingAppender(std::string* out) : out_(out) {}
  void Append(std::string_view text);
  // A word boundary: the next text starts after a space (if any text follows).
  void Space() { pending_space_ = !out_->empty(); }

 private:
  std::string* out_;
  bool pending_space_ = false;
};

// The text of the subtree at `i`, white space collapsed and trimmed.
std::string SubtreeText(const HtmlDocument& doc, size_t i);

}  // namespace precis::extract

#endif  // PRECIS_EXTRACT_HTML_DOCUMENT_H_
