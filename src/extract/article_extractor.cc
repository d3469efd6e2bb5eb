// ExtractArticle: the pipeline from page bytes to an ExtractedArticle (decode, pre-pass, parse,
// main content, metadata).
#include <algorithm>

#include "extract/content_extractor.h"
#include "extract/html_decoding.h"
#include "extract/html_document.h"
#include "extract/html_prepass.h"
#include "extract/page_metadata.h"
#include "precis/extractor.h"
#include "text/stopwords.h"

namespace precis {

Document ExtractedArticle::ToDocument() const {
  Document doc;
  doc.text = text;
  doc.title = title;
  doc.url = canonical.empty() ? url : canonical;
  doc.source = site;
  doc.date = published;
  return doc;
}

bool LooksLikeHtml(std::string_view bytes) {
  if (extract::IsGzip(bytes)) return true;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::string head;
  for (char c : bytes.substr(0, 2048)) {
    head.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  }
  for (const char* marker : {"<!doctype html", "<html", "<head", "<body", "<meta ", "<title>",
                             "<p>", "<div", "<article", "<br>", "<br/>", "<br />"}) {
    if (head.find(marker) != std::string::npos) return true;
  }
  return false;
}

Status ExtractArticle(std::string_view page, const ExtractOptions& options, ExtractedArticle* out) {
  *out = ExtractedArticle();
  out->url = options.url;
  std::string inflated;
  if (extract::IsGzip(page)) {
    if (Status s = extract::Gunzip(page, extract::kMaxPageBytes, &inflated); !s.ok()) return s;
    page = inflated;
  }
  if (page.size() > extract::kMaxPageBytes) {
    return Status::InvalidInput("page of " + std::to_string(page.size() >> 20) +
                                " MiB is over the " + std::to_string(extract::kMaxPageBytes >> 20) +
                                " MiB limit");
  }
  std::string html;
  if (Status s = extract::DecodeHtml(page, options.declared_charset, &html, &out->notes); !s.ok()) {
    return s;
  }
  extract::PreparedHtml prepared;
  extract::PrepareHtml(html, &prepared);
  if (prepared.flattened_tags > 0) {
    out->notes.push_back("nesting deeper than " + std::to_string(extract::kMaxHtmlNesting) +
                         " elements flattened (" + std::to_string(prepared.flattened_tags) +
                         " tags)");
  }
  const extract::HtmlDocument doc(prepared.html);

  extract::ExtractedContent content;
  extract::ExtractMainContent(doc, &content);
  extract::PageMetadata meta;
  extract::ReadPageMetadata(doc, prepared.json_ld, options.url, &meta);

  out->text = extract::JoinParagraphs(content.paragraphs);
  out->title = std::move(meta.title);
  out->authors = std::move(meta.authors);
  out->published = std::move(meta.published);
  out->modified = std::move(meta.modified);
  out->site = std::move(meta.site);
  out->lang = std::move(meta.lang);
  out->canonical = std::move(meta.canonical);
  if (out->text.empty()) return Status::InvalidInput("no article text found in the page");
  if (out->lang.empty()) out->lang = text::DetectLanguage(out->text);
  return Status::OK();
}

}  // namespace precis
