#include "cli/input.h"

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "extract/http_fetcher.h"
#include "precis/extractor.h"
#include "text/text_decoding.h"

namespace precis::cli {

Status ReadFileBytes(const std::string& path, std::string* out, size_t max_bytes) {
  out->clear();
  if (path == "-") {
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
      out->append(buf, n);
      if (out->size() > max_bytes) return Status::InvalidInput("standard input is too large");
    }
    return Status::OK();
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::InvalidInput(path + ": is a folder");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size > static_cast<std::streamoff>(max_bytes)) {
    return Status::InvalidInput(path + ": file is larger than " + std::to_string(max_bytes >> 20) +
                                " MB");
  }
  in.seekg(0);
  out->resize(static_cast<size_t>(std::max<std::streamoff>(size, 0)));
  if (size > 0 && !in.read(out->data(), size)) return Status::IOError(path + ": read failed");
  return Status::OK();
}

std::vector<std::string> SplitArticles(std::string_view text) {
  std::vector<std::string> articles;
  std::string current;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    std::string_view trimmed = line;
    while (!trimmed.empty() && (trimmed.back() == '\r' || trimmed.back() == ' '))
      trimmed.remove_suffix(1);
    while (!trimmed.empty() && trimmed.front() == ' ') trimmed.remove_prefix(1);
    if (trimmed == kArticleSeparator) {
      articles.push_back(std::move(current));
      current.clear();
    } else {
      current.append(line);
      if (nl < text.size()) current.push_back('\n');
    }
    pos = nl + 1;
  }
  articles.push_back(std::move(current));
  return articles;
}

namespace {

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
  });
}

bool HasHtmlExtension(const std::string& name) {
  for (const char* ext : {".html", ".htm", ".xhtml", ".html.gz", ".htm.gz"}) {
    const std::string_view e(ext);
    if (name.size() >= e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0) {
      return true;
    }
  }
  return false;
}

Status AddDocument(const std::string& name, std::string_view bytes, std::vector<Document>* docs,
                   std::vector<std::string>* notes) {
  Document doc;
  if (HasHtmlExtension(name) || LooksLikeHtml(bytes)) {
    ExtractedArticle article;
    if (Status s = ExtractArticle(bytes, ExtractOptions(), &article); !s.ok()) {
      return s.WithContext(name);
    }
    for (const std::string& n : article.notes) notes->push_back(name + ": " + n);
    doc = article.ToDocument();
    doc.id = name;
    docs->push_back(std::move(doc));
    return Status::OK();
  }
  std::string note;
  Status s = text::DecodeText(bytes, &doc.text, &note);
  if (!s.ok()) return s.WithContext(name);
  if (IsBlank(doc.text)) return Status::InvalidInput(name + ": empty (no text)");
  if (!note.empty()) notes->push_back(name + ": " + note);
  doc.id = name;
  docs->push_back(std::move(doc));
  return Status::OK();
}

}  // namespace

Status FetchArticle(const std::string& url, ExtractedArticle* article) {
  extract::FetchResult page;
  if (Status s = extract::FetchUrl(url, extract::FetchOptions(), &page); !s.ok()) return s;
  ExtractOptions options;
  options.url = page.url;
  options.declared_charset = page.charset;
  Status s = ExtractArticle(page.body, options, article);
  if (page.url != url) article->notes.push_back("redirected to " + page.url);
  return s.WithContext(url);
}

Status ReadDocuments(const std::vector<std::string>& args, std::vector<Document>* docs,
                     std::vector<std::string>* notes, std::vector<Status>* failures) {
  namespace fs = std::filesystem;
  docs->clear();
  // Reading stops at the first input that cannot be used, unless the caller collects failures.
  auto usable = [&](Status s) {
    if (s.ok() || failures == nullptr) return s;
    failures->push_back(std::move(s));
    return Status::OK();
  };
  auto read_file = [&](const std::string& path) {
    std::string bytes;
    Status s = ReadFileBytes(path, &bytes);
    if (s.ok()) s = AddDocument(path, bytes, docs, notes);
    return usable(std::move(s));
  };
  for (const std::string& arg : args) {
    if (extract::IsHttpUrl(arg)) {
      ExtractedArticle article;
      if (Status s = FetchArticle(arg, &article); !s.ok()) {
        if (s = usable(std::move(s)); !s.ok()) return s;
        continue;
      }
      for (const std::string& n : article.notes) notes->push_back(arg + ": " + n);
      Document doc = article.ToDocument();
      doc.id = arg;
      docs->push_back(std::move(doc));
      continue;
    }
    if (arg == "-") {
      std::string bytes;
      Status s = ReadFileBytes("-", &bytes);
      if (!s.ok()) return s;
      std::vector<std::string> articles = SplitArticles(bytes);
      size_t added = 0;
      const size_t failed_before = failures == nullptr ? 0 : failures->size();
      for (size_t i = 0; i < articles.size(); ++i) {
        if (IsBlank(articles[i])) continue;
        const size_t before = docs->size();
        s = usable(AddDocument("stdin article " + std::to_string(i + 1), articles[i], docs, notes));
        if (!s.ok()) return s;
        added += docs->size() > before;
      }
      if (added == 0 && (failures == nullptr || failures->size() == failed_before)) {
        s = usable(Status::InvalidInput("standard input: empty (no text)"));
        if (!s.ok()) return s;
      }
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      std::vector<fs::path> files;
      for (const auto& entry : fs::directory_iterator(arg, ec)) {
        if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') {
          files.push_back(entry.path());
        }
      }
      std::sort(files.begin(), files.end());
      if (files.empty()) {
        if (Status s = usable(Status::InvalidInput(arg + ": folder has no files")); !s.ok()) {
          return s;
        }
      }
      for (const fs::path& f : files) {
        if (Status s = read_file(f.string()); !s.ok()) return s;
      }
      continue;
    }
    if (Status s = read_file(arg); !s.ok()) return s;
  }
  if (docs->empty()) {
    if (failures != nullptr && failures->size() == 1) {
      Status only = std::move(failures->front());
      failures->clear();
      return only;
    }
    if (failures != nullptr && !failures->empty()) {
      return Status::InvalidInput(
          fmt::format("none of the {} input(s) could be used", failures->size()));
    }
    return Status::InvalidInput("no documents given");
  }
  return Status::OK();
}

namespace {

// The string fields of an article object: "text", "title", "url", "source", "date", "id" (a
// numeric id is accepted). Absent and null fields stay empty.
Status DocumentFromJson(simdjson::dom::object o, Document* doc) {
  using namespace simdjson;
  dom::element id;
  if (o["id"].get(id) == SUCCESS && !id.is_null()) {
    if (id.is_string()) {
      doc->id = std::string(std::string_view(id));
    } else if (id.is_int64()) {
      doc->id = std::to_string(int64_t(id));
    } else if (id.is_uint64()) {
      doc->id = std::to_string(uint64_t(id));
    } else {
      return Status::InvalidInput("\"id\" must be a string or an integer");
    }
  }
  for (auto [key, out] : {std::pair{"text", &doc->text},
                          {"title", &doc->title},
                          {"url", &doc->url},
                          {"source", &doc->source},
                          {"date", &doc->date}}) {
    dom::element v;
    if (o[key].get(v) != SUCCESS || v.is_null()) continue;
    if (!v.is_string()) {
      return Status::InvalidInput(std::string("document field \"") + key + "\" is not a string");
    }
    *out = std::string(std::string_view(v));
  }
  // A page instead of text: extract it; fields given in the record win over the page's own.
  dom::element html;
  if (doc->text.empty() && o["html"].get(html) == SUCCESS && !html.is_null()) {
    if (!html.is_string()) return Status::InvalidInput("document field \"html\" is not a string");
    ExtractOptions options;
    options.url = doc->url;
    ExtractedArticle article;
    if (Status s = ExtractArticle(std::string_view(html), options, &article); !s.ok()) {
      return s.WithContext("\"html\"");
    }
    Document page = article.ToDocument();
    doc->text = std::move(page.text);
    for (auto [given, found] : {std::pair{&doc->title, &page.title},
                                {&doc->url, &page.url},
                                {&doc->source, &page.source},
                                {&doc->date, &page.date}}) {
      if (given->empty()) *given = std::move(*found);
    }
  }
  return Status::OK();
}

// Parses `line` as one JSON object `what` ("a record", "an article") with this thread's parser;
// the object is valid until the thread's next call.
Status ParseJsonObject(std::string_view line, const char* what, simdjson::dom::object* out) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  auto err = parser.parse(line.data(), line.size()).get(root);
  if (err) {
    return Status::InvalidInput(std::string("malformed JSON: ") + simdjson::error_message(err));
  }
  if (root.get(*out)) return Status::InvalidInput(std::string(what) + " must be a JSON object");
  return Status::OK();
}

}  // namespace

Status ParseBatchRecord(std::string_view line, BatchRecord* record) {
  using namespace simdjson;
  *record = BatchRecord();
  dom::object obj;
  if (Status s = ParseJsonObject(line, "a record", &obj); !s.ok()) return s;
  Document header;
  if (Status s = DocumentFromJson(obj, &header); !s.ok()) return s;
  record->id = header.id;
  dom::array documents;
  if (obj["documents"].get(documents)) {
    return Status::InvalidInput("missing \"documents\" array");
  }
  for (dom::element d : documents) {
    Document doc;
    if (d.is_string()) {
      doc.text = std::string(std::string_view(d));
    } else if (d.is_object()) {
      if (Status s = DocumentFromJson(dom::object(d), &doc); !s.ok()) return s;
    } else {
      return Status::InvalidInput("each document must be a string or an object");
    }
    record->documents.push_back(std::move(doc));
  }
  if (record->documents.empty()) return Status::InvalidInput("empty cluster: no documents");
  return Status::OK();
}

Status ParseArticleRecord(std::string_view line, Document* doc) {
  using namespace simdjson;
  *doc = Document();
  dom::object obj;
  if (Status s = ParseJsonObject(line, "an article", &obj); !s.ok()) return s;
  return DocumentFromJson(obj, doc);
}

Status ReadJsonlLines(const std::string& path, std::vector<JsonlLine>* lines) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) lines->push_back({number, line});
  }
  return Status::OK();
}

}  // namespace precis::cli
