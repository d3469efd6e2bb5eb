#include "eval/datasets.h"

#include <simdjson.h>
#include <xxhash.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <sstream>

#include "base/ascii.h"
#include "base/file_io.h"
#include "base/sorted_sets.h"

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

namespace {

// Fisher-Yates with the generator's raw output: std::shuffle and the standard distributions
// may differ between standard libraries, this may not.
template <typename T>
void Shuffle(std::vector<T>* v, std::mt19937_64* rng) {
  for (size_t i = v->size(); i > 1; --i) std::swap((*v)[i - 1], (*v)[(*rng)() % i]);
}

double Uniform(std::mt19937_64* rng) { return static_cast<double>((*rng)() >> 11) * 0x1.0p-53; }

std::vector<std::string> SplitParagraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::vector<std::string> SplitWords(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  std::string w;
  while (in >> w) words.push_back(w);
  return words;
}

}  // namespace

void ExplodeClusters(const std::vector<EvalCluster>& clusters, uint64_t seed,
                     std::vector<Document>* articles, std::vector<uint64_t>* labels) {
  std::vector<std::pair<Document, uint64_t>> all;
  for (size_t c = 0; c < clusters.size(); ++c) {
    for (size_t d = 0; d < clusters[c].documents.size(); ++d) {
      Document doc = clusters[c].documents[d];
      doc.id = clusters[c].id + "/" + std::to_string(d);
      all.emplace_back(std::move(doc), c);
    }
  }
  std::mt19937_64 rng(seed);
  Shuffle(&all, &rng);
  articles->clear();
  labels->clear();
  for (auto& [doc, label] : all) {
    articles->push_back(std::move(doc));
    labels->push_back(label);
  }
}

namespace {

std::vector<uint64_t> ShingleHashes(const std::string& text) {
  constexpr size_t kWords = 5;
  std::vector<std::string> words = SplitWords(text);
  for (std::string& w : words) w = AsciiLowercase(w);
  std::vector<uint64_t> shingles;
  for (size_t i = 0; i + kWords <= words.size(); ++i) {
    std::string joined = words[i];
    for (size_t k = 1; k < kWords; ++k) joined.append(" ").append(words[i + k]);
    shingles.push_back(XXH3_64bits(joined.data(), joined.size()));
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  return shingles;
}

}  // namespace

double ExactShingleContainment(const std::string& a, const std::string& b) {
  const std::vector<uint64_t> sa = ShingleHashes(a), sb = ShingleHashes(b);
  if (sa.empty() || sb.empty()) return 0;
  return static_cast<double>(SortedIntersectionSize(sa, sb)) /
         static_cast<double>(std::min(sa.size(), sb.size()));
}

void BuildCopyPairs(const std::vector<EvalCluster>& clusters, uint64_t seed,
                    std::vector<CopyPair>* pairs) {
  pairs->clear();
  std::mt19937_64 rng(seed);
  // Words to substitute and insert, and new first sentences, come from the whole corpus.
  std::vector<std::string> vocabulary, openers;
  for (const EvalCluster& c : clusters) {
    for (const Document& d : c.documents) {
      std::vector<std::string> words = SplitWords(d.text);
      for (size_t i = 0; i < words.size(); i += 7) vocabulary.push_back(words[i]);
      // An opening sentence: up to the first full stop after 40 characters, at most 40 words.
      std::vector<std::string> head = SplitWords(d.text.substr(0, 2000));
      std::string opener;
      for (size_t i = 0; i < head.size() && i < 40; ++i) {
        opener += (opener.empty() ? "" : " ") + head[i];
        if (opener.size() > 40 && head[i].back() == '.') break;
      }
      if (!opener.empty()) openers.push_back(opener);
    }
  }
  if (vocabulary.empty() || openers.empty()) return;
  for (const EvalCluster& c : clusters) {
    for (size_t d = 0; d < c.documents.size(); ++d) {
      const std::string& original = c.documents[d].text;
      std::vector<std::string> paragraphs = SplitParagraphs(original);
      if (paragraphs.size() < 2) continue;
      // Cut 10-40% of the paragraphs from the end or the start (at least one).
      const double cut_share = 0.1 + 0.3 * Uniform(&rng);
      size_t cut = std::max<size_t>(1, static_cast<size_t>(cut_share * paragraphs.size() + 0.5));
      cut = std::min(cut, paragraphs.size() - 1);
      if (rng() % 2) {
        paragraphs.erase(paragraphs.end() - static_cast<std::ptrdiff_t>(cut), paragraphs.end());
      } else {
        paragraphs.erase(paragraphs.begin(), paragraphs.begin() + static_cast<std::ptrdiff_t>(cut));
      }
      // A new first sentence: another article's opening.
      paragraphs.insert(paragraphs.begin(), openers[rng() % openers.size()]);
      // Up to 5% of the words substituted or inserted.
      const double edit_rate = 0.05 * Uniform(&rng);
      std::string copy;
      for (const std::string& p : paragraphs) {
        std::string line;
        for (const std::string& w : SplitWords(p)) {
          const double u = Uniform(&rng);
          if (u < edit_rate / 2) {  // substitute
            line += vocabulary[rng() % vocabulary.size()];
          } else if (u < edit_rate) {  // insert before
            line += vocabulary[rng() % vocabulary.size()] + " " + w;
          } else {
            line += w;
          }
          line += ' ';
        }
        if (!line.empty()) line.pop_back();
        copy += line + "\n";
      }
      pairs->push_back(CopyPair{original, copy, true});
      // Other articles of the topic are negatives, except where the collection itself holds the
      // same text twice (DUC topics have a few): those are copies whatever a method says.
      for (size_t e = d + 1; e < c.documents.size(); ++e) {
        if (SplitWords(c.documents[e].text) == SplitWords(original)) continue;
        pairs->push_back(CopyPair{original, c.documents[e].text, false,
                                  ExactShingleContainment(original, c.documents[e].text) >= 0.5});
      }
    }
  }
}

}  // namespace precis::eval
