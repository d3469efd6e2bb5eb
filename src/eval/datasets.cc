#include "eval/datasets.h"

#include <simdjson.h>

#include <filesystem>

#include "base/file_io.h"

namespace precis::eval {

Status ReadMultiNews(const std::string& src, const std::string& tgt, size_t limit,
                     std::vector<EvalCluster>* out) {
  std::string src_text, tgt_text;
  Status s = ReadFileToString(src, &src_text);
  if (!s.ok()) return s;
  s = ReadFileToString(tgt, &tgt_text);
  if (!s.ok()) return s;
  std::string base = std::filesystem::path(src).filename().string();
  base = base.substr(0, base.find('.'));
  out->clear();
  size_t sp = 0, tp = 0, line = 0;
  while (sp < src_text.size() && (limit == 0 || out->size() < limit)) {
    size_t se = src_text.find('\n', sp);
    if (se == std::string::npos) se = src_text.size();
    size_t te = tgt_text.find('\n', tp);
    if (te == std::string::npos) te = tgt_text.size();
    if (tp > tgt_text.size()) {
      return Status::InvalidInput(tgt + ": fewer lines than " + src);
    }
    ++line;
    EvalCluster c;
    c.id = base + "-" + std::to_string(line);
    std::string_view row(src_text.data() + sp, se - sp);
    const std::string_view sep = " ||||| ";
    size_t p = 0;
    while (p <= row.size()) {
      size_t q = row.find(sep, p);
      if (q == std::string_view::npos) q = row.size();
      std::string_view doc = row.substr(p, q - p);
      size_t b = doc.find_first_not_of(' ');
      if (b != std::string_view::npos) {
        Document d;
        d.text = std::string(doc.substr(b));
        while (!d.text.empty() && (d.text.back() == ' ' || d.text.back() == '|')) d.text.pop_back();
        if (!d.text.empty()) c.documents.push_back(std::move(d));
      }
      p = q + sep.size();
    }
    c.references.emplace_back("A", tgt_text.substr(tp, te - tp));
    out->push_back(std::move(c));
    sp = se + 1;
    tp = te + 1;
  }
  return Status::OK();
}

Status ReadClusterJsonl(const std::string& path, size_t limit, std::vector<EvalCluster>* out) {
  using namespace simdjson;
  std::string text;
  Status s = ReadFileToString(path, &text);
  if (!s.ok()) return s;
  dom::parser parser;
  out->clear();
  size_t pos = 0, line = 0;
  while (pos < text.size() && (limit == 0 || out->size() < limit)) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view row(text.data() + pos, end - pos);
    pos = end + 1;
    ++line;
    if (row.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    dom::element root;
    dom::object obj;
    auto where = path + ":" + std::to_string(line);
    if (parser.parse(row.data(), row.size()).get(root) || root.get(obj)) {
      return Status::InvalidInput(where + ": malformed JSON");
    }
    EvalCluster c;
    std::string_view sv;
    if (obj["id"].get(sv) == SUCCESS || obj["topic"].get(sv) == SUCCESS)
      c.id = std::string(sv);
    else
      c.id = std::to_string(line);
    dom::array docs;
    if (obj["documents"].get(docs)) return Status::InvalidInput(where + ": no documents");
    for (dom::element d : docs) {
      Document doc;
      if (d.get(sv) == SUCCESS) {
        doc.text = std::string(sv);
      } else if (d.is_object()) {
        dom::object o = d;
        if (o["text"].get(sv) == SUCCESS) doc.text = std::string(sv);
        if (o["title"].get(sv) == SUCCESS || o["headline"].get(sv) == SUCCESS)
          doc.title = std::string(sv);
        if (o["id"].get(sv) == SUCCESS || o["docno"].get(sv) == SUCCESS) doc.id = std::string(sv);
        if (o["source"].get(sv) == SUCCESS) doc.source = std::string(sv);
        if (o["url"].get(sv) == SUCCESS) doc.url = std::string(sv);
        if (o["date"].get(sv) == SUCCESS) doc.date = std::string(sv);
      }
      c.documents.push_back(std::move(doc));
    }
    dom::element refs;
    if (obj["references"].get(refs) == SUCCESS) {
      if (refs.is_array()) {
        size_t k = 0;
        for (dom::element r : dom::array(refs)) {
          if (r.get(sv) == SUCCESS) {
            c.references.emplace_back(
                k < 26 ? std::string(1, static_cast<char>('A' + k)) : std::to_string(k),
                std::string(sv));
          }
          ++k;
        }
      } else if (refs.is_object()) {
        for (auto [key, value] : dom::object(refs)) {
          if (value.get(sv) == SUCCESS)
            c.references.emplace_back(std::string(key), std::string(sv));
        }
      }
    }
    out->push_back(std::move(c));
  }
  return Status::OK();
}

}  // namespace precis::eval
