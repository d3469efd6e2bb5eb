#include "extract/html_prepass.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "base/ascii.h"

namespace precis::extract {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsTagNameEnd(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
}

// Reads a tag name starting at `p` into `name` (lowercased, truncated to its capacity).
size_t ReadTagName(std::string_view html, size_t p, std::string* name) {
  name->clear();
  while (p < html.size() && !IsTagNameEnd(html[p])) {
    if (name->size() < 16) name->push_back(AsciiLower(html[p]));
    ++p;
  }
  return p;
}

// The position just past the '>' that ends the tag whose attributes start at `p`, skipping '>'
// inside quoted attribute values; the end of the input when there is none.
size_t TagEnd(std::string_view html, size_t p) {
  char quote = 0;
  for (; p < html.size(); ++p) {
    const char c = html[p];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // A quote only opens a value right after '='; elsewhere it is junk the tokenizer skips.
      size_t q = p;
      while (q > 0 && (html[q - 1] == ' ' || html[q - 1] == '\t' || html[q - 1] == '\n')) --q;
      if (q > 0 && html[q - 1] == '=') quote = c;
    } else if (c == '>') {
      return p + 1;
    }
  }
  return html.size();
}

// Position of the first case-insensitive occurrence of "</name" at or after `p`, or npos.
size_t FindEndTag(std::string_view html, size_t p, std::string_view name) {
  while (true) {
    p = html.find("</", p);
    if (p == std::string_view::npos) return p;
    size_t i = 0;
    while (i < name.size() && p + 2 + i < html.size() && AsciiLower(html[p + 2 + i]) == name[i]) {
      ++i;
    }
    if (i == name.size() && (p + 2 + i >= html.size() || IsTagNameEnd(html[p + 2 + i]))) return p;
    p += 2;
  }
}

bool ContainsIgnoringCase(std::string_view haystack, std::string_view needle) {
  if (needle.size() > haystack.size()) return false;
  for (size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    size_t j = 0;
    while (j < needle.size() && AsciiLower(haystack[i + j]) == needle[j]) ++j;
    if (j == needle.size()) return true;
  }
  return false;
}

// Elements skipped whole, content included.
bool IsSkippedElement(std::string_view name) {
  static constexpr std::array<std::string_view, 10> kSkipped = {
      "script", "style",  "noscript", "template", "svg",
      "math",   "iframe", "object",   "textarea", "select"};
  for (std::string_view s : kSkipped) {
    if (name == s) return true;
  }
  return false;
}

// Elements that never nest (void) or whose end tag the parser implies; they do not count toward
// the nesting cap.
bool IsUncountedElement(std::string_view name) {
  static constexpr std::array<std::string_view, 32> kUncounted = {
      "area",  "base",  "br",       "col",      "embed", "hr",  "img",  "input",
      "link",  "meta",  "param",    "source",   "track", "wbr", "p",    "li",
      "dt",    "dd",    "option",   "optgroup", "tr",    "td",  "th",   "tbody",
      "thead", "tfoot", "colgroup", "rb",       "rt",    "rp",  "html", "body"};
  for (std::string_view s : kUncounted) {
    if (name == s) return true;
  }
  return name == "head" || name == "caption" || name == "!doctype";
}

// Attributes extraction reads; the rest (src, srcset, data-*, event handlers, inline styles
// that do not hide) are dropped before parsing, which is most of a tag's bytes.
bool IsKeptAttribute(std::string_view name) {
  static constexpr std::array<std::string_view, 18> kKept = {
      "class",   "id",   "role",     "hidden",     "aria-hidden", "itemprop",
      "content", "name", "property", "http-equiv", "charset",     "rel",
      "href",    "lang", "datetime", "value",      "style",       "itemtype"};
  for (std::string_view k : kKept) {
    if (name.size() == k.size()) {
      size_t i = 0;
      while (i < k.size() && AsciiLower(name[i]) == k[i]) ++i;
      if (i == k.size()) return true;
    }
  }
  return false;
}

// Appends the start tag `tag` ("<div class=a data-x='y'>") with only its kept attributes. Values
// are copied as written (the parser decodes entities). A style is kept only when it hides.
void AppendStartTag(std::string_view tag, size_t name_end, std::string* out) {
  out->push_back('<');
  out->append(tag.substr(1, name_end - 1));
  size_t p = name_end;
  const size_t end = tag.size() - (tag.back() == '>' ? 1 : 0);
  while (p < end) {
    while (p < end && (IsAsciiSpace(tag[p]) || tag[p] == '/')) ++p;
    const size_t attr_begin = p;
    while (p < end && !IsAsciiSpace(tag[p]) && tag[p] != '=' && tag[p] != '/') ++p;
    const std::string_view attr = tag.substr(attr_begin, p - attr_begin);
    size_t q = p;
    while (q < end && IsAsciiSpace(tag[q])) ++q;
    size_t value_end = p;
    if (q < end && tag[q] == '=') {
      ++q;
      while (q < end && IsAsciiSpace(tag[q])) ++q;
      if (q < end && (tag[q] == '"' || tag[q] == '\'')) {
        const size_t close = tag.find(tag[q], q + 1);
        value_end = close == std::string_view::npos || close > end ? end : close + 1;
      } else {
        value_end = q;
        while (value_end < end && !IsAsciiSpace(tag[value_end])) ++value_end;
      }
      p = value_end;
    }
    if (attr.empty()) {
      if (p == attr_begin) ++p;  // a stray character the tokenizer would skip
      continue;
    }
    if (!IsKeptAttribute(attr)) continue;
    const std::string_view whole = tag.substr(attr_begin, std::max(p, value_end) - attr_begin);
    if (attr.size() == 5 && AsciiLower(attr[0]) == 's') {  // style
      const bool hides = whole.find("none") != std::string_view::npos ||
                         whole.find("hidden") != std::string_view::npos;
      if (!hides) continue;
    }
    out->push_back(' ');
    out->append(whole);
  }
  out->push_back('>');
}

// Void elements that carry no text and no metadata: dropped whole.
bool IsDroppedVoidElement(std::string_view name) {
  return name == "img" || name == "source" || name == "input" || name == "track" ||
         name == "param" || name == "area" || name == "wbr" || name == "col" || name == "embed" ||
         name == "picture";
}

// Appends text with each run of ASCII white space collapsed to one character (a newline when the
// run holds one, else a space): the HTML5 parser handles text character by character, and page
// sources are mostly indentation. Rendering is unchanged outside preformatted elements.
void AppendCollapsedSpace(std::string_view text, std::string* out) {
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    while (j < text.size() && !IsAsciiSpace(text[j])) ++j;
    out->append(text.substr(i, j - i));
    if (j == text.size()) break;
    bool newline = false;
    while (j < text.size() && IsAsciiSpace(text[j])) newline |= text[j++] == '\n';
    out->push_back(newline ? '\n' : ' ');
    i = j;
  }
}

uint32_t NameHash(std::string_view name) {
  uint32_t h = 2166136261u;
  for (char c : name) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

}  // namespace

void PrepareHtml(std::string_view html, PreparedHtml* out) {
  out->html.clear();
  out->json_ld.clear();
  out->flattened_tags = 0;
  out->html.reserve(html.size() / 2);
  std::vector<uint32_t> open;  // hashes of counted open elements, innermost last
  int preformatted = 0;        // open <pre>, <listing>, <xmp> elements, whose spaces matter
  std::string name;
  size_t p = 0;
  while (p < html.size()) {
    const size_t lt = html.find('<', p);
    const std::string_view text = html.substr(p, lt == std::string_view::npos ? lt : lt - p);
    if (preformatted > 0) {
      out->html.append(text);
    } else {
      AppendCollapsedSpace(text, &out->html);
    }
    if (lt == std::string_view::npos) break;
    p = lt;
    if (html.compare(p, 4, "<!--") == 0) {
      const size_t end = html.find("-->", p + 4);
      p = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    const bool end_tag = p + 1 < html.size() && html[p + 1] == '/';
    const size_t name_begin = p + (end_tag ? 2 : 1);
    if (name_begin >= html.size() || !IsAsciiAlpha(html[name_begin])) {
      out->html.push_back('<');  // text, or a doctype / processing instruction copied as is
      ++p;
      continue;
    }
    const size_t name_end = ReadTagName(html, name_begin, &name);
    const size_t tag_end = TagEnd(html, name_end);
    const bool pre = name == "pre" || name == "listing" || name == "xmp";
    if (pre) preformatted = std::max(0, preformatted + (end_tag ? -1 : 1));
    if (end_tag) {
      const uint32_t h = NameHash(name);
      for (size_t i = open.size(); i-- > 0;) {
        if (open[i] == h) {
          open.resize(i);
          break;
        }
      }
      out->html.append(html.substr(p, tag_end - p));
      p = tag_end;
      continue;
    }
    if (IsSkippedElement(name)) {
      const std::string_view tag = html.substr(p, tag_end - p);
      const bool self_closing = tag.size() >= 2 && tag[tag.size() - 2] == '/';
      if (self_closing && (name == "svg" || name == "math")) {
        p = tag_end;
        continue;
      }
      size_t close = FindEndTag(html, tag_end, name);
      if (close == std::string_view::npos) close = html.size();
      if (name == "script" && ContainsIgnoringCase(tag, "ld+json")) {
        out->json_ld.emplace_back(html.substr(tag_end, close - tag_end));
      }
      p = close == html.size() ? close : TagEnd(html, close + 2);
      continue;
    }
    if (IsDroppedVoidElement(name)) {
      p = tag_end;
      continue;
    }
    if (!IsUncountedElement(name)) {
      const std::string_view tag = html.substr(p, tag_end - p);
      const bool self_closing = tag.size() >= 2 && tag[tag.size() - 2] == '/';
      if (!self_closing) {
        if (open.size() >= static_cast<size_t>(kMaxHtmlNesting)) {
          ++out->flattened_tags;
          p = tag_end;
          continue;
        }
        open.push_back(NameHash(name));
      }
    }
    AppendStartTag(html.substr(p, tag_end - p), name_end - p, &out->html);
    p = tag_end;
  }
}

}  // namespace precis::extract
