#include "extract/page_metadata.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

#include "base/ascii.h"
#include "text/dates.h"

namespace precis::extract {
namespace {

using Json = nlohmann::json;

std::string Collapsed(std::string_view s) {
  std::string out;
  CollapsingAppender(&out).Append(s);
  return out;
}

bool LooksLikeUrl(std::string_view s) {
  return s.starts_with("http://") || s.starts_with("https://") || s.starts_with("//");
}

// A JSON-LD value as text: a string, or the "name" of an object.
std::string JsonText(const Json& v) {
  if (v.is_string()) return Collapsed(v.get<std::string>());
  if (v.is_object()) {
    if (auto it = v.find("name"); it != v.end() && it->is_string()) {
      return Collapsed(it->get<std::string>());
    }
    if (auto it = v.find("@value"); it != v.end() && it->is_string()) {
      return Collapsed(it->get<std::string>());
    }
  }
  if (v.is_array() && !v.empty()) return JsonText(v.front());
  return {};
}

bool IsArticleType(const Json& type) {
  if (type.is_array()) {
    return std::any_of(type.begin(), type.end(), [](const Json& t) { return IsArticleType(t); });
  }
  if (!type.is_string()) return false;
  const std::string t = type.get<std::string>();
  return t.find("Article") != std::string::npos || t.find("BlogPosting") != std::string::npos ||
         t == "Report" || t == "LiveBlogPosting";
}

// Every object of an article type in a JSON-LD value (top-level arrays and @graph included),
// depth-limited.
void CollectArticles(const Json& v, int depth, std::vector<const Json*>* out) {
  if (depth > 6) return;
  if (v.is_array()) {
    for (const Json& e : v) CollectArticles(e, depth + 1, out);
    return;
  }
  if (!v.is_object()) return;
  if (auto t = v.find("@type"); t != v.end() && IsArticleType(*t)) out->push_back(&v);
  if (auto g = v.find("@graph"); g != v.end()) CollectArticles(*g, depth + 1, out);
}

void AddAuthor(std::string name, std::vector<std::string>* authors) {
  name = Collapsed(name);
  if (name.size() > 3 && AsciiLowercase(name.substr(0, 3)) == "by ") name = name.substr(3);
  if (name.empty() || name.size() > 100 || LooksLikeUrl(name)) return;
  if (std::find(authors->begin(), authors->end(), name) == authors->end()) {
    authors->push_back(name);
  }
}

// "By Jane Doe and John Roe", "Jane Doe, John Roe" -> names.
void AddAuthorList(std::string_view list, std::vector<std::string>* authors) {
  std::string s = Collapsed(list);
  if (s.size() > 3 && AsciiLowercase(s.substr(0, 3)) == "by ") s = s.substr(3);
  size_t start = 0;
  while (start < s.size()) {
    size_t comma = s.find(", ", start);
    size_t and_at = s.find(" and ", start);
    size_t end = std::min(comma, and_at);
    AddAuthor(s.substr(start, end == std::string::npos ? std::string::npos : end - start), authors);
    if (end == std::string::npos) break;
    start = end + (end == comma ? 2 : 5);
  }
}

void AddJsonAuthors(const Json& v, std::vector<std::string>* authors) {
  if (v.is_array()) {
    for (const Json& e : v) AddJsonAuthors(e, authors);
  } else if (v.is_string()) {
    AddAuthorList(v.get<std::string>(), authors);
  } else {
    AddAuthor(JsonText(v), authors);
  }
}

void SetIfEmpty(std::string* field, std::string value) {
  if (field->empty() && !value.empty()) *field = std::move(value);
}

// Strips a " | Site" or " - Site" suffix (or prefix) from a <title>, keeping the longest part.
std::string TitleWithoutSite(const std::string& title) {
  for (std::string_view sep : {" | ", " - ", " – ", " — ", " :: ", " · "}) {
    if (title.find(sep) == std::string::npos) continue;
    std::string best;
    size_t start = 0;
    while (true) {
      const size_t at = title.find(sep, start);
      std::string part =
          title.substr(start, at == std::string::npos ? std::string::npos : at - start);
      if (part.size() > best.size()) best = part;
      if (at == std::string::npos) break;
      start = at + sep.size();
    }
    return best;
  }
  return title;
}

}  // namespace

std::string ResolveUrl(std::string_view base, std::string_view href) {
  std::string h = Collapsed(href);
  if (h.empty()) return h;
  const size_t scheme_end = base.find("://");
  if (LooksLikeUrl(h) && !h.starts_with("//")) return h;
  if (scheme_end == std::string_view::npos) return h;
  const std::string scheme(base.substr(0, scheme_end));
  if (h.starts_with("//")) return scheme + ":" + h;
  const size_t host_end = base.find_first_of("/?#", scheme_end + 3);
  const std::string origin(base.substr(0, host_end));
  if (h.front() == '/') return origin + h;
  if (h.find("://") != std::string::npos) return h;
  std::string dir(host_end == std::string_view::npos ? "/" : base.substr(host_end));
  dir = dir.substr(0, dir.find_first_of("?#"));
  dir = dir.substr(0, dir.rfind('/') + 1);
  if (h.front() == '?' || h.front() == '#') {
    return std::string(base.substr(0, base.find_first_of(h.front() == '?' ? "?#" : "#"))) + h;
  }
  while (h.starts_with("./")) h = h.substr(2);
  while (h.starts_with("../")) {
    h = h.substr(3);
    if (dir.size() > 1) dir = dir.substr(0, dir.rfind('/', dir.size() - 2) + 1);
  }
  return origin + dir + h;
}

std::string UrlHost(std::string_view url) {
  const size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return {};
  std::string_view host = url.substr(scheme_end + 3);
  host = host.substr(0, host.find_first_of("/?#:"));
  if (host.starts_with("www.")) host.remove_prefix(4);
  return AsciiLowercase(host);
}

void ReadPageMetadata(const HtmlDocument& doc, const std::vector<std::string>& json_ld,
                      std::string_view page_url, PageMetadata* out) {
  *out = PageMetadata();
  // <meta> by name, property or itemprop, first value wins; <link rel>; <time>; <h1>; <title>.
  std::map<std::string, std::string> meta;
  std::string canonical_link, html_lang, title_tag, first_time;
  std::vector<std::string> h1s;
  std::vector<std::string> rel_authors;
  for (size_t i = 0; i < doc.size(); ++i) {
    const HtmlNode& n = doc.node(i);
    if (n.is_text) continue;
    switch (n.tag) {
      case GUMBO_TAG_META: {
        std::string_view content = doc.Attribute(i, "content");
        if (content.empty()) content = doc.Attribute(i, "value");
        for (const char* key : {"name", "property", "itemprop", "http-equiv"}) {
          const std::string_view k = doc.Attribute(i, key);
          if (!k.empty() && !content.empty()) meta.emplace(AsciiLowercase(k), Collapsed(content));
        }
        break;
      }
      case GUMBO_TAG_LINK: {
        const std::string rel = AsciiLowercase(doc.Attribute(i, "rel"));
        if (rel == "canonical" && canonical_link.empty()) {
          canonical_link = std::string(doc.Attribute(i, "href"));
        }
        break;
      }
      case GUMBO_TAG_HTML:
        html_lang = Collapsed(doc.Attribute(i, "lang"));
        break;
      case GUMBO_TAG_TITLE:
        if (title_tag.empty()) title_tag = SubtreeText(doc, i);
        break;
      case GUMBO_TAG_H1:
        if (h1s.size() < 8) h1s.push_back(SubtreeText(doc, i));
        break;
      case GUMBO_TAG_TIME:
        if (first_time.empty()) first_time = Collapsed(doc.Attribute(i, "datetime"));
        break;
      case GUMBO_TAG_A:
        if (AsciiLowercase(doc.Attribute(i, "rel")) == "author") {
          rel_authors.push_back(SubtreeText(doc, i));
        }
        break;
      default:
        if (doc.Attribute(i, "itemprop") == "datePublished" && first_time.empty()) {
          first_time = Collapsed(doc.Attribute(i, "datetime"));
        }
        break;
    }
  }
  auto get = [&](std::initializer_list<const char*> keys) -> std::string {
    for (const char* k : keys) {
      if (auto it = meta.find(k); it != meta.end() && !it->second.empty()) return it->second;
    }
    return {};
  };

  // JSON-LD first: it is the publisher's structured statement about the article.
  std::string ld_title, ld_published, ld_modified, ld_site, ld_lang, ld_url;
  for (const std::string& block : json_ld) {
    if (block.size() > (size_t{4} << 20)) continue;
    const Json root = Json::parse(block, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) continue;
    std::vector<const Json*> articles;
    CollectArticles(root, 0, &articles);
    for (const Json* a : articles) {
      auto field = [&](const char* key) -> const Json* {
        auto it = a->find(key);
        return it == a->end() ? nullptr : &*it;
      };
      if (const Json* v = field("headline")) SetIfEmpty(&ld_title, JsonText(*v));
      if (const Json* v = field("datePublished")) SetIfEmpty(&ld_published, JsonText(*v));
      if (const Json* v = field("dateModified")) SetIfEmpty(&ld_modified, JsonText(*v));
      if (const Json* v = field("publisher")) SetIfEmpty(&ld_site, JsonText(*v));
      if (const Json* v = field("inLanguage")) SetIfEmpty(&ld_lang, JsonText(*v));
      if (const Json* v = field("author"); v && out->authors.empty()) {
        AddJsonAuthors(*v, &out->authors);
      }
      if (const Json* v = field("articleBody"); v && v->is_string() && out->json_ld_body.empty()) {
        const std::string& body = v->get_ref<const std::string&>();
        if (body.find('<') != std::string::npos) {
          HtmlDocument body_doc(body);
          out->json_ld_body = body_doc.size() ? SubtreeText(body_doc, 0) : std::string();
        } else {
          out->json_ld_body = body;
        }
      }
    }
  }

  out->title = get({"og:title", "twitter:title"});
  SetIfEmpty(&out->title, ld_title);
  // A page's first <h1> may be the site's logo: prefer one the <title> repeats as its headline.
  const std::string headline = TitleWithoutSite(title_tag);
  for (const std::string& h1 : h1s) {
    if (h1.size() >= 8 && !headline.empty() &&
        (headline.find(h1) != std::string::npos || h1.find(headline) != std::string::npos) &&
        h1.size() * 2 >= headline.size()) {
      SetIfEmpty(&out->title, h1);
    }
  }
  SetIfEmpty(&out->title, TitleWithoutSite(title_tag));
  if (!h1s.empty()) SetIfEmpty(&out->title, h1s.front());

  if (out->authors.empty()) {
    for (const char* key : {"author", "article:author", "parsely-author", "sailthru.author", "byl",
                            "dc.creator", "dcterms.creator"}) {
      if (auto it = meta.find(key); it != meta.end()) AddAuthorList(it->second, &out->authors);
      if (!out->authors.empty()) break;
    }
  }
  if (out->authors.empty()) {
    for (const std::string& a : rel_authors) AddAuthor(a, &out->authors);
  }

  out->published = text::NormalizeDate(ld_published);
  for (const std::string& candidate :
       {get({"article:published_time", "og:published_time", "datepublished", "pubdate",
             "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
             "dc.date", "dcterms.created", "date", "og:pubdate"}),
        first_time}) {
    if (!out->published.empty()) break;
    out->published = text::NormalizeDate(candidate);
  }
  out->modified = text::NormalizeDate(ld_modified);
  if (out->modified.empty()) {
    out->modified = text::NormalizeDate(get({"article:modified_time", "og:updated_time",
                                             "datemodified", "last-modified", "dcterms.modified"}));
  }

  out->site = get({"og:site_name", "application-name"});
  SetIfEmpty(&out->site, ld_site);
  if (out->site.empty()) out->site = UrlHost(page_url);

  out->lang = html_lang;
  SetIfEmpty(&out->lang, get({"content-language", "language", "dc.language"}));
  SetIfEmpty(&out->lang, ld_lang);
  if (out->lang.empty()) {
    std::string locale = get({"og:locale"});
    std::replace(locale.begin(), locale.end(), '_', '-');
    out->lang = locale;
  }

  std::string canonical = canonical_link;
  if (canonical.empty()) canonical = get({"og:url"});
  if (!canonical.empty()) {
    out->canonical = page_url.empty() ? Collapsed(canonical) : ResolveUrl(page_url, canonical);
  }
}

}  // namespace precis::extract
