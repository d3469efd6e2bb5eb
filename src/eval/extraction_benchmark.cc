#include "eval/extraction_benchmark.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "base/file_io.h"
#include "base/sorted_sets.h"
#include "extract/html_decoding.h"

namespace precis::eval {
namespace {

// Python's str.isalnum() or '_': letters (Lu Ll Lt Lm Lo) and numbers (Nd Nl No).
bool IsWordChar(UChar32 c) {
  if (c == '_') return true;
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return true;
    default:
      return false;
  }
}

std::vector<uint64_t> ShingleHashes(std::string_view text, int n) {
  const std::vector<std::string_view> tokens = WordTokens(text);
  std::vector<uint64_t> hashes;
  const size_t count =
      tokens.size() < static_cast<size_t>(n) ? (tokens.empty() ? 0 : 1) : tokens.size() - n + 1;
  hashes.reserve(count);
  std::string shingle;
  for (size_t i = 0; i < count; ++i) {
    shingle.clear();
    for (size_t k = i; k < std::min(tokens.size(), i + n); ++k) {
      shingle.append(tokens[k]);
      shingle.push_back('\x1f');
    }
    hashes.push_back(XXH3_64bits(shingle.data(), shingle.size()));
  }
  std::sort(hashes.begin(), hashes.end());
  return hashes;
}

}  // namespace

std::vector<std::string_view> WordTokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t len = static_cast<int32_t>(text.size());
  int32_t start = -1;
  for (int32_t i = 0; i < len;) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, len, c);
    const bool word = c >= 0 && IsWordChar(c);
    if (word && start < 0) start = at;
    if (!word && start >= 0) {
      tokens.push_back(text.substr(start, at - start));
      start = -1;
    }
  }
  if (start >= 0) tokens.push_back(text.substr(start));
  return tokens;
}

ShingleMatch MatchShingles(std::string_view truth, std::string_view prediction, int n) {
  const std::vector<uint64_t> t = ShingleHashes(truth, n), p = ShingleHashes(prediction, n);
  const double tp = static_cast<double>(SortedIntersectionSize(t, p));
  ShingleMatch m;
  m.tp = tp;
  m.fp = static_cast<double>(p.size()) - tp;
  m.fn = static_cast<double>(t.size()) - tp;
  const double sum = m.tp + m.fp + m.fn;
  if (sum > 0) {
    m.tp /= sum;
    m.fp /= sum;
    m.fn /= sum;
  }
  return m;
}

ExtractionScores ScoreExtraction(const std::vector<ShingleMatch>& matches) {
  ExtractionScores s;
  double precision_sum = 0, recall_sum = 0;
  size_t precision_n = 0, recall_n = 0;
  for (const ShingleMatch& m : matches) {
    if (m.tp + m.fp > 0) {
      precision_sum += (m.fp == 0 && m.fn == 0) ? 1.0 : m.tp / (m.tp + m.fp);
      ++precision_n;
    }
    if (m.tp + m.fn > 0) {
      recall_sum += (m.fp == 0 && m.fn == 0) ? 1.0 : m.tp / (m.tp + m.fn);
      ++recall_n;
    }
  }
  s.pages = matches.size();
  s.precision = precision_n ? precision_sum / precision_n : 0;
  s.recall = recall_n ? recall_sum / recall_n : 0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

Status LoadAebPages(const std::string& dir, std::vector<AebPage>* pages) {
  pages->clear();
  std::string raw;
  if (Status s = ReadFileToString(dir + "/ground-truth.json", &raw); !s.ok()) return s;
  const nlohmann::json truth = nlohmann::json::parse(raw, nullptr, false);
  if (truth.is_discarded() || !truth.is_object()) {
    return Status::InvalidInput(dir + "/ground-truth.json: not a JSON object");
  }
  for (const auto& [id, entry] : truth.items()) {
    AebPage page;
    page.id = id;
    page.url = entry.value("url", "");
    page.truth = entry.value("articleBody", "");
    std::string gz;
    const std::string path = dir + "/html/" + id + ".html.gz";
    if (Status s = ReadFileToString(path, &gz); !s.ok()) return s;
    if (Status s = extract::Gunzip(gz, extract::kMaxPageBytes, &page.html); !s.ok()) {
      return s.WithContext(path);
    }
    pages->push_back(std::move(page));
  }
  std::sort(pages->begin(), pages->end(),
            [](const AebPage& a, const AebPage& b) { return a.id < b.id; });
  return Status::OK();
}

Status LoadAebToolOutputs(const std::string& dir,
                          std::map<std::string, std::map<std::string, std::string>>* outputs) {
  outputs->clear();
  std::error_code ec;
  for (const auto& file : std::filesystem::directory_iterator(dir + "/output", ec)) {
    if (file.path().extension() != ".json") continue;
    std::string raw;
    if (Status s = ReadFileToString(file.path().string(), &raw); !s.ok()) return s;
    nlohmann::json j = nlohmann::json::parse(raw, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      return Status::InvalidInput(file.path().string() + ": not a JSON object");
    }
    if (j.contains("output") && j["output"].is_object()) j = j["output"];
    auto& tool = (*outputs)[file.path().stem().string()];
    for (const auto& [id, entry] : j.items()) {
      const auto body = entry.is_object() ? entry.find("articleBody") : entry.end();
      tool[id] = body != entry.end() && body->is_string() ? body->get<std::string>() : "";
    }
  }
  if (ec) return Status::IOError(dir + "/output: " + ec.message());
  return Status::OK();
}

}  // namespace precis::eval
