#include "extract/content_extractor.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

#include "base/ascii.h"

namespace precis::extract {
namespace {

// ---------------------------------------------------------------------------------------------
// What class, id and role names say about an element.

enum Hint : uint8_t {
  kNoHint = 0,
  kPositive = 1,        // names the article's body ("article-body", "entry-content", "story")
  kWeakNegative = 2,    // furniture unless also named positively ("meta", "tools", "more")
  kStrongNegative = 4,  // furniture whatever else it says ("comments", "share", "related")
};

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// One word of a class or id name ("article", "body" in "article-body"; "articlebody").
uint8_t HintOfWord(std::string_view w) {
  // English names, and the German, French, Spanish and Portuguese ones sites also use.
  static constexpr std::array<std::string_view, 44> kStrongPrefixes = {
      "comment",    "disqus",   "share",      "sharing",   "social",      "related",    "recirc",
      "newsletter", "subscri",  "promo",      "outbrain",  "taboola",     "sponsor",    "advert",
      "sidebar",    "footer",   "breadcrumb", "cookie",    "consent",     "gdpr",       "popup",
      "modal",      "paywall",  "signup",     "caption",   "navbar",      "navigation", "masthead",
      "recommend",  "trending", "widget",     "kommentar", "commentaire", "comentario", "werbung",
      "anzeige",    "teilen",   "partage",    "compartir", "verwandt",    "empfehl",    "abonn",
      "publicit",   "impressum"};
  static constexpr std::array<std::string_view, 14> kStrongWords = {
      "ad",      "ads",  "adv",     "nav",    "menu",   "rail",    "reply",
      "replies", "skip", "popular", "banner", "credit", "credits", "toolbar"};
  static constexpr std::array<std::string_view, 16> kWeakWords = {
      "meta",  "tools",  "tool",   "tags",     "tag",       "more", "hidden", "hide",
      "print", "byline", "author", "dateline", "timestamp", "date", "aside",  "extra"};
  static constexpr std::array<std::string_view, 23> kPositivePrefixes = {
      "article", "body",    "content",   "entry",   "main",   "post",      "story",   "text",
      "blog",    "hentry",  "prose",     "column",  "detail", "paragraph", "artikel", "inhalt",
      "beitrag", "contenu", "contenido", "noticia", "texto",  "corpo",     "cuerpo"};
  for (std::string_view p : kStrongPrefixes) {
    if (StartsWith(w, p)) return kStrongNegative;
  }
  for (std::string_view s : kStrongWords) {
    if (w == s) return kStrongNegative;
  }
  for (std::string_view s : kWeakWords) {
    if (w == s) return kWeakNegative;
  }
  for (std::string_view p : kPositivePrefixes) {
    if (StartsWith(w, p)) return kPositive;
  }
  return kNoHint;
}

// Hints of a whole class or id attribute. Words are split at spaces, '-', '_' and case changes
// are ignored; a word after "has", "with", "no", "show" or "enable" describes a state ("has-
// sidebar"), not what the element is, and is skipped.
uint8_t HintOfName(std::string_view name) {
  uint8_t hints = kNoHint;
  char word[32];
  size_t length = 0;
  bool skip_next = false;
  auto flush = [&](bool at_space) {
    if (length > 0) {
      const std::string_view w(word, std::min(length, sizeof word));
      if (skip_next) {
        skip_next = false;
      } else if (w == "has" || w == "with" || w == "no" || w == "show" || w == "enable" ||
                 w == "is" || w == "not") {
        skip_next = true;
      } else {
        hints |= HintOfWord(w);
      }
    }
    if (at_space) skip_next = false;
    length = 0;
  };
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n') {
      flush(true);
    } else if (c == '-' || c == '_' || c == ':' || c == '.') {
      flush(false);
    } else {
      if (length < sizeof word) word[length] = AsciiLower(c);
      ++length;
    }
  }
  flush(true);
  return hints;
}

uint8_t HintOfRole(std::string_view role) {
  if (role == "navigation" || role == "complementary" || role == "banner" ||
      role == "contentinfo" || role == "dialog" || role == "alertdialog" || role == "menu" ||
      role == "menubar" || role == "search" || role == "toolbar") {
    return kStrongNegative;
  }
  if (role == "main" || role == "article") return kPositive;
  return kNoHint;
}

// Elements that never hold article text.
bool IsFurnitureTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_OPTION:
      return true;
    default:
      return false;
  }
}

bool ContainsIgnoringSpaces(std::string_view haystack, std::string_view needle) {
  std::string compact;
  for (char c : haystack) {
    if (c != ' ' && c != '\t' && c != '\n') {
      compact.push_back(AsciiLower(c));
    }
  }
  return compact.find(needle) != std::string::npos;
}

bool IsHidden(const HtmlDocument& doc, size_t i) {
  if (doc.HasAttribute(i, "hidden")) return true;
  if (doc.Attribute(i, "aria-hidden") == "true") return true;
  const std::string_view style = doc.Attribute(i, "style");
  return !style.empty() && (ContainsIgnoringSpaces(style, "display:none") ||
                            ContainsIgnoringSpaces(style, "visibility:hidden"));
}

// Code points of `text` that are not white space.
uint32_t VisibleChars(std::string_view text) {
  uint32_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) == 0x80) continue;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') continue;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      continue;
    }
    ++n;
  }
  return n;
}

// Commas of Latin, CJK and Arabic script, which Readability counts as a sign of prose.
uint32_t Commas(std::string_view text) {
  uint32_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    // ',' and the fullwidth, ideographic and Arabic commas (U+FF0C, U+3001, U+060C).
    n += text[i] == ',' || text.compare(i, 3, "\xEF\xBC\x8C") == 0 ||
         text.compare(i, 3, "\xE3\x80\x81") == 0 || text.compare(i, 2, "\xD8\x8C") == 0;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------

class ContentExtractor {
 public:
  explicit ContentExtractor(const HtmlDocument& doc) : doc_(doc) {}
  void Run(ExtractedContent* out);

 private:
  void CountParagraphText();
  void MarkFurniture();
  void CountText();
  void ScoreCandidates();
  int32_t ChooseContainer() const;
  std::vector<int32_t> WithContinuingSiblings(int32_t container) const;
  void EmitParagraphs(const std::vector<int32_t>& roots, std::vector<std::string>* out) const;

  double LinkDensity(size_t i) const {
    return chars_[i] == 0 ? 0.0 : static_cast<double>(link_chars_[i]) / chars_[i];
  }
  bool IsElement(size_t i) const { return !doc_.node(i).is_text; }

  const HtmlDocument& doc_;
  std::vector<uint32_t> text_chars_;       // text nodes: visible characters
  std::vector<uint32_t> paragraph_chars_;  // visible characters in <p> in the subtree, unpruned
  std::vector<uint8_t> furniture_;         // the node is in a subtree pruned as furniture
  std::vector<uint8_t> hints_;
  std::vector<uint32_t> chars_;       // visible characters in the subtree, furniture excluded
  std::vector<uint32_t> link_chars_;  // of which inside links
  std::vector<uint32_t> commas_;
  std::vector<double> score_;
  std::vector<uint8_t> candidate_;
};

void ContentExtractor::CountParagraphText() {
  const size_t n = doc_.size();
  text_chars_.assign(n, 0);
  paragraph_chars_.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const HtmlNode& node = doc_.node(i);
    if (!node.is_text) continue;
    text_chars_[i] = VisibleChars(node.text);
    if (node.block >= 0 && doc_.node(node.block).tag == GUMBO_TAG_P) {
      paragraph_chars_[i] = text_chars_[i];
    }
  }
  for (size_t i = n; i-- > 1;) {
    if (doc_.node(i).parent >= 0) paragraph_chars_[doc_.node(i).parent] += paragraph_chars_[i];
  }
}

void ContentExtractor::MarkFurniture() {
  const size_t n = doc_.size();
  // An element holding much of the page's paragraph text is not furniture, whatever its name
  // says: wrappers get names like "Page-ad-margins", "modal-enabled" or "pg-rail-tall".
  const uint32_t substantial = paragraph_chars_.empty() ? 0 : paragraph_chars_[0] * 2 / 5;
  furniture_.assign(n, 0);
  hints_.assign(n, kNoHint);
  for (size_t i = 0; i < n;) {
    const HtmlNode& node = doc_.node(i);
    if (node.is_text) {
      ++i;
      continue;
    }
    uint8_t hints = HintOfName(doc_.Attribute(i, "class")) | HintOfName(doc_.Attribute(i, "id")) |
                    HintOfRole(doc_.Attribute(i, "role"));
    if (doc_.Attribute(i, "itemprop") == "articleBody") hints = kPositive;
    hints_[i] = hints;
    const bool protected_tag = node.tag == GUMBO_TAG_HTML || node.tag == GUMBO_TAG_BODY ||
                               node.tag == GUMBO_TAG_MAIN || node.tag == GUMBO_TAG_ARTICLE ||
                               (paragraph_chars_[i] > 0 && paragraph_chars_[i] >= substantial);
    const bool wrapper_tag =
        node.tag == GUMBO_TAG_HEADER || node.tag == GUMBO_TAG_FOOTER || node.tag == GUMBO_TAG_ASIDE;
    bool prune = (IsFurnitureTag(node.tag) && !(wrapper_tag && protected_tag)) || IsHidden(doc_, i);
    // Names that say both ("l-sidebar-fixed l-article-body-segment") are wrappers of the
    // article more often than not: they are kept, and scoring discounts them.
    if (!protected_tag && (hints & (kStrongNegative | kWeakNegative)) && !(hints & kPositive)) {
      prune = true;
    }
    if (prune) {
      std::fill(furniture_.begin() + static_cast<std::ptrdiff_t>(i), furniture_.begin() + node.end,
                1);
      i = node.end;
    } else {
      ++i;
    }
  }
}

void ContentExtractor::CountText() {
  const size_t n = doc_.size();
  chars_.assign(n, 0);
  link_chars_.assign(n, 0);
  commas_.assign(n, 0);
  std::vector<uint8_t> in_link(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const HtmlNode& node = doc_.node(i);
    const bool parent_link = node.parent >= 0 && in_link[node.parent];
    in_link[i] = parent_link || (!node.is_text && node.tag == GUMBO_TAG_A);
    if (node.is_text && !furniture_[i]) {
      chars_[i] = text_chars_[i];
      commas_[i] = Commas(node.text);
      if (in_link[i]) link_chars_[i] = chars_[i];
    }
  }
  for (size_t i = n; i-- > 1;) {
    const int32_t p = doc_.node(i).parent;
    if (p < 0 || furniture_[i]) continue;
    chars_[p] += chars_[i];
    link_chars_[p] += link_chars_[i];
    commas_[p] += commas_[i];
  }
}

// Readability's scoring: every paragraph-like block of 25 characters or more gives its parent a
// score for its length and commas, and shares it, diminishing, with four more ancestors. A
// container starts from a bias by tag and class, and its score is discounted by its link density.
void ContentExtractor::ScoreCandidates() {
  const size_t n = doc_.size();
  score_.assign(n, 0.0);
  candidate_.assign(n, 0);
  auto initialize = [&](size_t i) {
    if (candidate_[i]) return;
    candidate_[i] = 1;
    double s = 0;
    switch (doc_.node(i).tag) {
      case GUMBO_TAG_DIV:
      case GUMBO_TAG_ARTICLE:
      case GUMBO_TAG_MAIN:
        s = 5;
        break;
      case GUMBO_TAG_PRE:
      case GUMBO_TAG_TD:
      case GUMBO_TAG_BLOCKQUOTE:
        s = 3;
        break;
      case GUMBO_TAG_ADDRESS:
      case GUMBO_TAG_OL:
      case GUMBO_TAG_UL:
      case GUMBO_TAG_DL:
      case GUMBO_TAG_DD:
      case GUMBO_TAG_DT:
      case GUMBO_TAG_LI:
      case GUMBO_TAG_FORM:
        s = -3;
        break;
      case GUMBO_TAG_H1:
      case GUMBO_TAG_H2:
      case GUMBO_TAG_H3:
      case GUMBO_TAG_H4:
      case GUMBO_TAG_H5:
      case GUMBO_TAG_H6:
      case GUMBO_TAG_TH:
        s = -5;
        break;
      default:
        break;
    }
    if (hints_[i] & kPositive) s += 25;
    if (hints_[i] & (kWeakNegative | kStrongNegative)) s -= 25;
    score_[i] = s;
  };
  // A paragraph gives its parent a score for its length and commas, and shares it, diminishing,
  // with four more ancestors.
  auto credit = [&](int32_t a, uint32_t chars, uint32_t commas) {
    const double s = 1.0 + commas + std::min(chars / 100.0, 3.0);
    for (int level = 0; a >= 0 && level < 5; ++level, a = doc_.node(a).parent) {
      if (doc_.node(a).tag == GUMBO_TAG_HTML) break;
      initialize(static_cast<size_t>(a));
      const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      score_[a] += s / divider;
    }
  };
  std::vector<uint8_t> paragraph(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const HtmlNode& node = doc_.node(i);
    if (node.is_text || furniture_[i]) continue;
    bool is_paragraph =
        node.tag == GUMBO_TAG_P || node.tag == GUMBO_TAG_PRE || node.tag == GUMBO_TAG_TD;
    if (!is_paragraph && (node.tag == GUMBO_TAG_DIV || node.tag == GUMBO_TAG_SECTION ||
                          node.tag == GUMBO_TAG_ARTICLE || node.tag == GUMBO_TAG_UNKNOWN)) {
      // A container with text of its own and no block children reads as a paragraph.
      is_paragraph = true;
      for (size_t c = i + 1; c < node.end; c = doc_.node(c).end) {
        const HtmlNode& child = doc_.node(c);
        if (!child.is_text && !furniture_[c] && IsBlockTag(child.tag) &&
            child.tag != GUMBO_TAG_BR) {
          is_paragraph = false;
          break;
        }
      }
    }
    paragraph[i] = is_paragraph;
    if (is_paragraph && chars_[i] >= 22) credit(node.parent, chars_[i], commas_[i]);
  }
  // Text loose in a container that also has block children (text between <br>s next to a
  // heading, say) reads as a paragraph of that container.
  for (size_t i = 0; i < n; ++i) {
    const HtmlNode& node = doc_.node(i);
    if (!node.is_text || furniture_[i] || chars_[i] < 22 || node.block < 0) continue;
    if (paragraph[node.block] || IsFurnitureTag(doc_.node(node.block).tag)) continue;
    if (link_chars_[i] > 0) continue;
    credit(node.block, chars_[i], commas_[i]);
  }
  for (size_t i = 0; i < n; ++i) {
    if (candidate_[i]) score_[i] *= 1.0 - LinkDensity(i);
  }
}

int32_t ContentExtractor::ChooseContainer() const {
  int32_t best = -1;
  for (size_t i = 0; i < doc_.size(); ++i) {
    if (candidate_[i] && (best < 0 || score_[i] > score_[best])) best = static_cast<int32_t>(i);
  }
  if (best < 0) {
    const int32_t body = doc_.Find(GUMBO_TAG_BODY);
    return body;
  }
  // Articles split into several sibling containers: when three of the next four candidates
  // score near the best and sit under one of its ancestors, that ancestor is the article.
  std::vector<int32_t> ranked;
  for (size_t i = 0; i < doc_.size(); ++i) {
    if (candidate_[i] && static_cast<int32_t>(i) != best) ranked.push_back(static_cast<int32_t>(i));
  }
  const size_t top = std::min<size_t>(4, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + top, ranked.end(), [&](int32_t a, int32_t b) {
    return score_[a] > score_[b] || (score_[a] == score_[b] && a < b);
  });
  std::vector<int32_t> strong;
  for (size_t k = 0; k < top; ++k) {
    if (score_[ranked[k]] >= 0.75 * score_[best]) strong.push_back(ranked[k]);
  }
  if (strong.size() >= 3) {
    for (int32_t a = doc_.node(best).parent; a >= 0 && doc_.node(a).tag != GUMBO_TAG_BODY;
         a = doc_.node(a).parent) {
      int containing = 0;
      for (int32_t s : strong) {
        if (s > a && static_cast<uint32_t>(s) < doc_.node(a).end) ++containing;
      }
      if (containing >= 3) {
        best = a;
        break;
      }
    }
  }
  // A container that is its parent's only element child stands for the parent.
  while (true) {
    const int32_t p = doc_.node(best).parent;
    if (p < 0 || doc_.node(p).tag == GUMBO_TAG_BODY || doc_.node(p).tag == GUMBO_TAG_HTML) break;
    if (chars_[p] != chars_[best]) break;
    best = p;
  }
  return best;
}

std::vector<int32_t> ContentExtractor::WithContinuingSiblings(int32_t container) const {
  const int32_t parent = doc_.node(container).parent;
  if (parent < 0) return {container};
  const double threshold = std::max(10.0, score_[container] * 0.2);
  const std::string_view container_class = doc_.Attribute(container, "class");
  std::vector<int32_t> roots;
  for (size_t c = parent + 1; c < doc_.node(parent).end; c = doc_.node(c).end) {
    if (static_cast<int32_t>(c) == container) {
      roots.push_back(container);
      continue;
    }
    if (furniture_[c] || !IsElement(c) || chars_[c] == 0) continue;
    double bonus = 0;
    if (!container_class.empty() && doc_.Attribute(c, "class") == container_class) {
      bonus = score_[container] * 0.2;
    }
    bool append = candidate_[c] && score_[c] + bonus >= threshold && LinkDensity(c) < 0.25;
    if (!append && doc_.node(c).tag == GUMBO_TAG_P) {
      const double density = LinkDensity(c);
      if (chars_[c] > 80 && density < 0.25) {
        append = true;
      } else if (chars_[c] > 0 && density == 0) {
        const std::string text = SubtreeText(doc_, c);
        append = !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?');
      }
    }
    if (append) roots.push_back(static_cast<int32_t>(c));
  }
  return roots;
}

// Blocks of text in page order: text nodes are grouped by their nearest block-level element,
// so inline markup (links, emphasis) stays inside its paragraph. Blocks that are mostly links
// are navigation and are dropped.
void ContentExtractor::EmitParagraphs(const std::vector<int32_t>& roots,
                                      std::vector<std::string>* out) const {
  std::string paragraph;
  uint32_t chars = 0, link_chars = 0;
  CollapsingAppender appender(&paragraph);
  auto flush = [&]() {
    if (!paragraph.empty() && !(chars > 0 && link_chars * 2 > chars)) {
      out->push_back(paragraph);
    }
    paragraph.clear();
    appender = CollapsingAppender(&paragraph);
    chars = link_chars = 0;
  };
  for (int32_t root : roots) {
    int32_t block = -2;
    for (size_t i = root; i < doc_.node(root).end;) {
      const HtmlNode& node = doc_.node(i);
      if (furniture_[i]) {
        i = node.end;
        continue;
      }
      if (node.is_text) {
        if (chars_[i] > 0) {
          if (node.block != block) flush();
          block = node.block;
          appender.Append(node.text);
          chars += chars_[i];
          link_chars += link_chars_[i];
        }
      } else if (node.tag == GUMBO_TAG_BR) {
        appender.Space();
      }
      ++i;
    }
    flush();
  }
}

void ContentExtractor::Run(ExtractedContent* out) {
  *out = ExtractedContent();
  if (doc_.size() == 0) return;
  CountParagraphText();
  MarkFurniture();
  CountText();
  ScoreCandidates();
  out->page_chars = chars_[0];
  const int32_t container = ChooseContainer();
  if (container < 0) return;
  out->container = container;
  EmitParagraphs(WithContinuingSiblings(container), &out->paragraphs);
}

}  // namespace

void ExtractMainContent(const HtmlDocument& doc, ExtractedContent* out) {
  ContentExtractor(doc).Run(out);
}

std::string JoinParagraphs(const std::vector<std::string>& paragraphs) {
  std::string text;
  for (const std::string& p : paragraphs) {
    if (!text.empty()) text += "\n\n";
    text += p;
  }
  return text;
}

}  // namespace precis::extract
