// ExtractArticle: the pipeline from page bytes to an ExtractedArticle (decode, pre-pass, parse,
// main content, metadata).
#include <algorithm>

#include "base/ascii.h"
#include "base/sorted_sets.h"
#include "extract/content_extractor.h"
#include "extract/html_decoding.h"
#include "extract/html_document.h"
#include "extract/html_prepass.h"
#include "extract/page_metadata.h"
#include "extract/shingles.h"
#include "precis/extractor.h"
#include "text/stopwords.h"
#include "text/tokenizer.h"

namespace precis {
namespace {

// Sorted, unique hashes of the 4-word shingles of `text`.
std::vector<uint64_t> ShingleSet(std::string_view text) {
  std::vector<text::Token> tokens;
  text::Tokenize(text, &tokens);
  std::vector<uint64_t> words, shingles;
  extract::HashWords(text, tokens, 0, tokens.size(), &words);
  extract::ShinglesOfWords(words, 0, words.size(), &shingles, 4);
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  return shingles;
}

// Share of `a`'s shingles found in `b` (both sorted); 0 when `a` is empty.
double Covered(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty()) return 0;
  return static_cast<double>(SortedIntersectionSize(a, b)) / a.size();
}

// The publisher's own copy of the text (schema.org articleBody), where it is consistent with the
// page, checks the extraction: when it covers the extracted text, extracted paragraphs it does
// not contain (ads, promos, embeds) are dropped; when the extraction found little of it and the
// page does show it, it replaces the extraction. Truncated copies (paywalls) change nothing.
void ReconcileWithJsonLd(const extract::HtmlDocument& doc, const std::string& json_ld_body,
                         std::vector<std::string>* paragraphs) {
  const std::vector<uint64_t> declared = ShingleSet(json_ld_body);
  if (declared.size() < 40) return;
  const std::vector<uint64_t> extracted = ShingleSet(extract::JoinParagraphs(*paragraphs));
  if (Covered(declared, extracted) >= 0.9 && declared.size() * 10 >= extracted.size() * 8) {
    std::vector<std::string> kept;
    for (std::string& p : *paragraphs) {
      const std::vector<uint64_t> own = ShingleSet(p);
      const bool in_declared =
          own.empty() ? json_ld_body.find(p) != std::string::npos : Covered(own, declared) >= 0.5;
      if (in_declared) kept.push_back(std::move(p));
    }
    *paragraphs = std::move(kept);
    return;
  }
  if (extracted.size() * 10 < declared.size() * 3) {
    const int32_t body = doc.Find(GUMBO_TAG_BODY);
    if (body < 0) return;
    if (Covered(declared, ShingleSet(extract::SubtreeText(doc, body))) < 0.8) return;
    paragraphs->clear();
    size_t start = 0;
    while (start <= json_ld_body.size()) {
      const size_t nl = json_ld_body.find('\n', start);
      std::string line;
      extract::CollapsingAppender(&line).Append(
          std::string_view(json_ld_body).substr(start, nl == std::string::npos ? nl : nl - start));
      if (!line.empty()) paragraphs->push_back(std::move(line));
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
  }
}

}  // namespace

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
    head.push_back(AsciiLower(c));
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

  if (!meta.json_ld_body.empty()) ReconcileWithJsonLd(doc, meta.json_ld_body, &content.paragraphs);
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
