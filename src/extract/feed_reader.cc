#include "extract/feed_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>

#include "extract/html_document.h"
#include "extract/page_metadata.h"

namespace precis::extract {
namespace {

std::string_view LocalName(const xmlNode* n) {
  return n->name ? std::string_view(reinterpret_cast<const char*>(n->name)) : std::string_view();
}

std::string Text(const xmlNode* n) {
  std::unique_ptr<xmlChar, void (*)(void*)> content(xmlNodeGetContent(n), xmlFree);
  std::string out;
  if (content) CollapsingAppender(&out).Append(reinterpret_cast<const char*>(content.get()));
  return out;
}

std::string RawText(const xmlNode* n) {
  std::unique_ptr<xmlChar, void (*)(void*)> content(xmlNodeGetContent(n), xmlFree);
  return content ? std::string(reinterpret_cast<const char*>(content.get())) : std::string();
}

std::string Attribute(const xmlNode* n, const char* name) {
  std::unique_ptr<xmlChar, void (*)(void*)> v(xmlGetProp(n, reinterpret_cast<const xmlChar*>(name)),
                                              xmlFree);
  return v ? std::string(reinterpret_cast<const char*>(v.get())) : std::string();
}

void ReadEntry(const xmlNode* item, std::string_view url, FeedEntry* e) {
  std::string description;
  for (const xmlNode* c = item->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = LocalName(c);
    if (name == "title") {
      e->title = Text(c);
    } else if (name == "link") {
      const std::string href = Attribute(c, "href");  // Atom
      const std::string rel = Attribute(c, "rel");
      if (!href.empty()) {
        if ((rel.empty() || rel == "alternate") && e->link.empty()) e->link = href;
      } else if (e->link.empty()) {
        e->link = Text(c);
      }
    } else if (name == "guid" || name == "id") {
      e->id = Text(c);
    } else if (name == "pubDate" || name == "published" || (name == "date" && e->date.empty()) ||
               (name == "updated" && e->date.empty())) {
      e->date = Text(c);
    } else if (name == "encoded" || name == "content") {
      e->content = RawText(c);
    } else if (name == "description" || name == "summary") {
      description = RawText(c);
    } else if (name == "author" || name == "creator") {
      std::string author;
      for (const xmlNode* a = c->children; a; a = a->next) {
        if (a->type == XML_ELEMENT_NODE && LocalName(a) == "name") author = Text(a);
      }
      e->author = author.empty() ? Text(c) : author;
    }
  }
  if (e->content.empty()) e->content = std::move(description);
  if (!e->link.empty() && !url.empty()) e->link = ResolveUrl(url, e->link);
  if (e->id.empty()) e->id = e->link;
}

}  // namespace

Status ReadFeed(std::string_view xml, std::string_view url, Feed* out) {
  *out = Feed();
  if (xml.size() > (size_t{256} << 20)) return Status::InvalidInput("feed larger than 256 MiB");
  const int flags = XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                    XML_PARSE_NOCDATA;
  const std::string base(url);
  std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> doc(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), base.empty() ? nullptr : base.c_str(),
                    nullptr, flags),
      xmlFreeDoc);
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) return Status::InvalidInput("not XML (no root element)");
  const std::string_view kind = LocalName(root);
  std::vector<const xmlNode*> items;
  const xmlNode* channel = nullptr;
  if (kind == "rss" || kind == "RDF") {
    for (const xmlNode* c = root->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (LocalName(c) == "channel") {
        channel = c;
        for (const xmlNode* i = c->children; i; i = i->next) {
          if (i->type == XML_ELEMENT_NODE && LocalName(i) == "item") items.push_back(i);
        }
      } else if (LocalName(c) == "item") {
        items.push_back(c);  // RSS 1.0 puts items beside the channel
      }
    }
  } else if (kind == "feed") {
    channel = root;
    for (const xmlNode* c = root->children; c; c = c->next) {
      if (c->type == XML_ELEMENT_NODE && LocalName(c) == "entry") items.push_back(c);
    }
  } else {
    return Status::InvalidInput("XML but not a feed (root element <" + std::string(kind) +
                                ">, expected <rss>, <rdf:RDF> or <feed>)");
  }
  if (channel) {
    for (const xmlNode* c = channel->children; c; c = c->next) {
      if (c->type == XML_ELEMENT_NODE && LocalName(c) == "title") {
        out->title = Text(c);
        break;
      }
    }
  }
  for (const xmlNode* item : items) {
    FeedEntry e;
    ReadEntry(item, url, &e);
    out->entries.push_back(std::move(e));
  }
  return Status::OK();
}

}  // namespace precis::extract
