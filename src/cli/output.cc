#include "cli/output.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "text/text_decoding.h"

namespace precis::cli {
namespace {

std::string SourceLabel(const DocumentReport& report, const Document& doc) {
  std::string label;
  if (!report.source.empty()) label = report.source;
  if (!report.title.empty()) label += (label.empty() ? "" : ": ") + report.title;
  if (!report.date.empty()) label += " (" + report.date + ")";
  if (!report.url.empty())
    label += (label.empty() ? "" : " ") + std::string("<") + report.url + ">";
  if (!doc.id.empty()) label += (label.empty() ? "" : " — ") + doc.id;
  if (label.empty()) label = "document " + std::to_string(report.index + 1);
  return label;
}

std::string Markers(const std::vector<int>& sources) {
  std::string out;
  for (int s : sources) out += "[" + std::to_string(s + 1) + "]";
  return out;
}

}  // namespace

void AppendJsonString(std::string_view text, std::string* out) {
  if (!text::IsValidUtf8(text)) {
    *out += nlohmann::json(std::string(text))
                .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(text.data() + run, i - run);
    run = i + 1;
    out->push_back('\\');
    switch (c) {
      case '"':
        out->push_back('"');
        break;
      case '\\':
        out->push_back('\\');
        break;
      case '\b':
        out->push_back('b');
        break;
      case '\t':
        out->push_back('t');
        break;
      case '\n':
        out->push_back('n');
        break;
      case '\f':
        out->push_back('f');
        break;
      case '\r':
        out->push_back('r');
        break;
      default:
        out->append("u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
  }
  out->append(text.data() + run, text.size() - run);
  out->push_back('"');
}

std::string FormatText(const Summary& summary, const std::vector<Document>& docs) {
  std::string out;
  for (const SummarySentence& s : summary.sentences) {
    out += s.text + " " + Markers(s.sources);
    if (s.independent_sources < static_cast<int>(s.sources.size())) {
      out += fmt::format(" ({} independent)", s.independent_sources);
    }
    out += "\n";
  }
  out += "\nSources:\n";
  for (const DocumentReport& r : summary.documents) {
    std::string cited;
    size_t count = 0;
    for (const SummarySentence& s : summary.sentences) {
      count += std::find(s.sources.begin(), s.sources.end(), r.index) != s.sources.end();
    }
    out += fmt::format("[{}] {}", r.index + 1, SourceLabel(r, docs[static_cast<size_t>(r.index)]));
    if (r.non_article)
      out += " (dropped: not an article)";
    else if (r.copy_of >= 0)
      out += fmt::format(" (copy of [{}])", r.copy_of + 1);
    else if (count == 0)
      out += " (not cited)";
    out += "\n";
  }
  return out;
}

std::string FormatMarkdown(const Summary& summary, const std::vector<Document>& docs) {
  std::string out = "## Summary\n\n";
  for (const SummarySentence& s : summary.sentences) {
    std::string refs;
    for (int src : s.sources) refs += fmt::format("[^{}]", src + 1);
    out += s.text + refs + "\n";
  }
  out += "\n";
  for (const DocumentReport& r : summary.documents) {
    out += fmt::format("[^{}]: {}{}\n", r.index + 1,
                       SourceLabel(r, docs[static_cast<size_t>(r.index)]),
                       r.non_article ? " (dropped: not an article)" : "");
  }
  return out;
}

std::string FormatJson(const std::string& id, const Summary& summary,
                       const std::vector<Document>& docs, bool detailed) {
  if (!detailed) {
    // The batch line, written directly: building and dumping a JSON tree cost a tenth of the
    // whole batch's time. The same bytes as the tree: the keys and layout are fixed, and the
    // strings are escaped as the JSON library escapes them (cli_test compares the two).
    std::string out = "{\"id\":";
    AppendJsonString(id, &out);
    out += ",\"summary\":";
    AppendJsonString(summary.Text(), &out);
    out += ",\"sentences\":[";
    for (size_t i = 0; i < summary.sentences.size(); ++i) {
      const SummarySentence& s = summary.sentences[i];
      out += i ? ",{\"text\":" : "{\"text\":";
      AppendJsonString(s.text, &out);
      out += ",\"sources\":[";
      for (size_t k = 0; k < s.sources.size(); ++k) {
        if (k) out.push_back(',');
        out += std::to_string(s.sources[k]);
      }
      out += "],\"independent_sources\":" + std::to_string(s.independent_sources) + "}";
    }
    out += "]}";
    return out;
  }
  nlohmann::ordered_json j;
  j["id"] = id;
  j["summary"] = summary.Text();
  nlohmann::ordered_json sentences = nlohmann::ordered_json::array();
  for (const SummarySentence& s : summary.sentences) {
    nlohmann::ordered_json js;
    js["text"] = s.text;
    js["sources"] = s.sources;
    js["independent_sources"] = s.independent_sources;
    if (detailed) {
      js["score"] = s.score;
      nlohmann::ordered_json offsets = nlohmann::ordered_json::array();
      for (const SourceSpan& span : s.offsets) {
        offsets.push_back({{"doc", span.doc}, {"begin", span.begin}, {"end", span.end}});
      }
      js["offsets"] = std::move(offsets);
    }
    sentences.push_back(std::move(js));
  }
  j["sentences"] = std::move(sentences);
  if (detailed) {
    j["words"] = summary.WordCount();
    j["method"] = summary.method;
    j["language"] = summary.language;
    nlohmann::ordered_json documents = nlohmann::ordered_json::array();
    for (const DocumentReport& r : summary.documents) {
      nlohmann::ordered_json d;
      d["index"] = r.index;
      d["title"] = r.title;
      d["source"] = r.source;
      d["url"] = r.url;
      d["date"] = r.date;
      d["file"] = docs[static_cast<size_t>(r.index)].id;
      d["dropped"] = r.non_article;
      d["copy_of"] = r.copy_of >= 0 ? nlohmann::ordered_json(r.copy_of) : nlohmann::ordered_json();
      d["words_kept"] = r.words_kept;
      if (!r.note.empty()) d["note"] = r.note;
      documents.push_back(std::move(d));
    }
    j["documents"] = std::move(documents);
    j["warnings"] = summary.warnings;
  }
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string FormatJsonError(const std::string& id, const std::string& error) {
  nlohmann::ordered_json j;
  j["id"] = id;
  j["error"] = error;
  j["summary"] = "";
  j["sentences"] = nlohmann::ordered_json::array();
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Status OutputTarget::Open(const std::string& path) {
  file_.reset();
  if (path.empty() || path == "-") return Status::OK();
  file_ = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
  if (!*file_) return Status::IOError(path + ": cannot write");
  return Status::OK();
}

}  // namespace precis::cli
