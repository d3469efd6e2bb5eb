#include "extract/html_prepass.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace precis::extract {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
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
      "script", "style", "noscript", "template", "svg",
      "math",   "iframe", "object",  "textarea", "select"};
  for (std::string_view s : kSkipped) {
    if (name == s) return true;
  }
  return false;
}

// Elements that never nest (void) or whose end tag the parser implies; they do not count toward
// the nesting cap.
bool IsUncountedElement(std::string_view name) {
  static constexpr std::array<std::string_view, 32> kUncounted = {
      "area", "base", "br",     "col",      "embed",  "hr",    "img",   "input",
      "link", "meta", "param",  "source",   "track",  "wbr",   "p",     "li",
      "dt",   "dd",   "option", "optgroup", "tr",     "td",    "th",    "tbody",
      "thead", "tfoot", "colgroup", "rb", "rt", "rp", "html", "body"};
  for (std::string_view s : kUncounted) {
    if (name == s) return true;
  }
  return name == "head" || name == "caption" || name == "!doctype";
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
  std::string name;
  size_t p = 0;
  while (p < html.size()) {
    const size_t lt = html.find('<', p);
    if (lt == std::string_view::npos) {
      out->html.append(html.substr(p));
      break;
    }
    out->html.append(html.substr(p, lt - p));
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
    out->html.append(html.substr(p, tag_end - p));
    p = tag_end;
  }
}

}  // namespace precis::extract
