#include "extract/html_document.h"

#include <cctype>
#include <utility>

#include "base/ascii.h"

namespace precis::extract {
namespace {

// Gumbo's defaults record every parse error (slow on real pages, never used here).
GumboOptions ParserOptions() {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  return options;
}

const GumboVector* ChildrenOf(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
    return &node->v.element.children;
  }
  return nullptr;
}

}  // namespace

HtmlDocument::HtmlDocument(std::string_view html) {
  const GumboOptions options = ParserOptions();
  output_ = gumbo_parse_with_options(&options, html.data(), html.size());
  if (output_ == nullptr || output_->root == nullptr) return;
  // Iterative pre-order walk; `stack` holds (gumbo node, parent index, depth).
  struct Pending {
    const GumboNode* node;
    int32_t parent;
    uint32_t depth;
  };
  std::vector<Pending> stack = {{output_->root, -1, 0}};
  std::vector<int32_t> open;  // indices whose `end` is still unknown, outermost first
  while (!stack.empty()) {
    const Pending p = stack.back();
    stack.pop_back();
    // Close every open node that is not an ancestor of this one.
    while (!open.empty() && open.back() != p.parent) {
      nodes_[open.back()].end = static_cast<uint32_t>(nodes_.size());
      open.pop_back();
    }
    const GumboNode* g = p.node;
    HtmlNode n;
    n.parent = p.parent;
    n.depth = p.depth;
    n.gumbo = g;
    if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE ||
        g->type == GUMBO_NODE_CDATA) {
      n.is_text = true;
      n.text = g->v.text.text;
    } else if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE) {
      n.tag = g->v.element.tag;
    } else {
      continue;  // comments
    }
    const int32_t index = static_cast<int32_t>(nodes_.size());
    n.block =
        !n.is_text && IsBlockTag(n.tag) ? index : (p.parent >= 0 ? nodes_[p.parent].block : -1);
    nodes_.push_back(n);
    nodes_.back().end = static_cast<uint32_t>(nodes_.size());
    if (const GumboVector* children = ChildrenOf(g); children && children->length > 0) {
      open.push_back(index);
      for (unsigned c = children->length; c-- > 0;) {
        stack.push_back({static_cast<const GumboNode*>(children->data[c]), index, p.depth + 1});
      }
    }
  }
  while (!open.empty()) {
    nodes_[open.back()].end = static_cast<uint32_t>(nodes_.size());
    open.pop_back();
  }
}

HtmlDocument::~HtmlDocument() {
  if (output_ != nullptr) {
    const GumboOptions options = ParserOptions();
    gumbo_destroy_output(&options, output_);
  }
}

std::string_view HtmlDocument::Attribute(size_t i, const char* name) const {
  const HtmlNode& n = nodes_[i];
  if (n.is_text || n.gumbo == nullptr) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n.gumbo->v.element.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

bool HtmlDocument::HasAttribute(size_t i, const char* name) const {
  const HtmlNode& n = nodes_[i];
  if (n.is_text || n.gumbo == nullptr) return false;
  return gumbo_get_attribute(&n.gumbo->v.element.attributes, name) != nullptr;
}

std::string HtmlDocument::TagName(size_t i) const {
  const HtmlNode& n = nodes_[i];
  if (n.is_text) return {};
  if (n.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(n.tag);
  GumboStringPiece piece = n.gumbo->v.element.original_tag;
  gumbo_tag_from_original_text(&piece);
  std::string name(piece.data == nullptr ? "" : std::string(piece.data, piece.length));
  return AsciiLowercase(name);
}

int32_t HtmlDocument::Find(GumboTag tag) const {
  for (size_t i = 0; i < nodes_.size(); ++i) {
    if (!nodes_[i].is_text && nodes_[i].tag == tag) return static_cast<int32_t>(i);
  }
  return -1;
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

void CollapsingAppender::Append(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const bool nbsp =
        c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || nbsp) {
      if (nbsp) ++i;
      pending_space_ = !out_->empty();
      continue;
    }
    if (pending_space_) out_->push_back(' ');
    pending_space_ = false;
    out_->push_back(static_cast<char>(c));
  }
}

std::string SubtreeText(const HtmlDocument& doc, size_t i) {
  std::string out;
  CollapsingAppender appender(&out);
  const size_t end = doc.node(i).end;
  int32_t block = -2;
  for (size_t j = i; j < end; ++j) {
    const HtmlNode& n = doc.node(j);
    if (n.is_text) {
      if (n.block != block) appender.Space();
      block = n.block;
      appender.Append(n.text);
    } else if (n.tag == GUMBO_TAG_BR) {
      appender.Space();
    }
  }
  return out;
}

}  // namespace precis::extract
