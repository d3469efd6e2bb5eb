#include "eval/faithfulness.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "text/character_references.h"
#include "text/sentence_splitter.h"
#include "text/stemmer.h"
#include "text/stopwords.h"
#include "text/tokenizer.h"

namespace precis::eval {
namespace {

using text::Token;
using text::TokenKind;

// Month names and their abbreviations, folded, to the month's full name.
std::string_view MonthOf(std::string_view folded) {
  static const std::unordered_map<std::string_view, std::string_view> kMonths = {
      {"january", "january"},   {"jan", "january"},
      {"february", "february"}, {"feb", "february"},
      {"march", "march"},       {"mar", "march"},
      {"april", "april"},       {"apr", "april"},
      {"may", "may"},           {"june", "june"},
      {"jun", "june"},          {"july", "july"},
      {"jul", "july"},          {"august", "august"},
      {"aug", "august"},        {"september", "september"},
      {"sep", "september"},     {"sept", "september"},
      {"october", "october"},   {"oct", "october"},
      {"november", "november"}, {"nov", "november"},
      {"december", "december"}, {"dec", "december"}};
  auto it = kMonths.find(folded);
  return it == kMonths.end() ? std::string_view() : it->second;
}

bool IsWeekday(std::string_view folded) {
  static const std::unordered_set<std::string_view> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  return kDays.count(folded) > 0;
}

bool IsScaleWord(std::string_view folded) {
  return folded == "thousand" || folded == "million" || folded == "billion" || folded == "trillion";
}

std::string_view CurrencySymbolOfWord(std::string_view folded) {
  if (folded == "dollars" || folded == "dollar") return "$";
  if (folded == "euros" || folded == "euro") return "€";
  if (folded == "pounds") return "£";
  return {};
}

bool IsCurrencySymbol(std::string_view s) { return s == "$" || s == "€" || s == "£" || s == "¥"; }

// "2,300" and "2300" are the same number; a trailing period is punctuation.
std::string NormalizeNumber(std::string_view raw) {
  std::string out;
  for (char c : raw) {
    if (c != ',') out += c;
  }
  while (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

bool IsDayNumber(std::string_view raw) {
  if (raw.empty() || raw.size() > 2) return false;
  int v = 0;
  for (char c : raw) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  return v >= 1 && v <= 31;
}

// One text, tokenized once: word-like tokens folded, in order, with what fact extraction needs.
struct WordStream {
  std::vector<uint32_t> words;                           // folded word ids (word-like tokens only)
  std::vector<uint32_t> stems;                           // stem id per word; kNoStem for stop words
  std::vector<std::pair<uint32_t, uint32_t>> sentences;  // [begin, end) into words
};

constexpr uint32_t kNoStem = 0xFFFFFFFF;

struct FactKey {
  FactKind kind;
  std::string key;   // normalized: "$2.3 million", "september 5", "2300", "jeff sessions"
  std::string text;  // as written
  std::vector<std::string> name_parts;  // names: folded words
};

}  // namespace

const char* FactKindName(FactKind kind) {
  switch (kind) {
    case FactKind::kNumber:
      return "numbers";
    case FactKind::kDate:
      return "dates";
    case FactKind::kMoney:
      return "money";
    case FactKind::kName:
      return "names";
  }
  return "";
}

double Share(size_t num, size_t den) {
  return den == 0 ? -1.0 : static_cast<double>(num) / static_cast<double>(den);
}

void FaithfulnessReport::Add(const FaithfulnessReport& o) {
  summaries += o.summaries;
  sentence_count += o.sentence_count;
  documents += o.documents;
  verbatim += o.verbatim;
  with_deletions += o.with_deletions;
  for (size_t k = 0; k < kFactKinds; ++k) {
    facts[k] += o.facts[k];
    facts_found[k] += o.facts_found[k];
  }
  citations += o.citations;
  citations_supported += o.citations_supported;
  cited_sentences += o.cited_sentences;
  supported_sentences += o.supported_sentences;
  bad_citations += o.bad_citations;
  distinct_sources += o.distinct_sources;
}

size_t FaithfulnessReport::TotalFacts() const {
  size_t n = 0;
  for (size_t f : facts) n += f;
  return n;
}

size_t FaithfulnessReport::TotalFactsFound() const {
  size_t n = 0;
  for (size_t f : facts_found) n += f;
  return n;
}

struct FaithfulnessChecker::Impl {
  std::string language;
  text::Stemmer stemmer;
  std::unordered_map<std::string, uint32_t> word_ids, stem_ids;
  std::vector<WordStream> docs;
  // Per document, per sentence: sorted distinct content stems (numbers included).
  std::vector<std::vector<std::vector<uint32_t>>> sentence_stems;
  // Facts the sources contain, by normalized key; names by capitalized folded word, per document.
  std::array<std::unordered_set<std::string>, kFactKinds> source_facts;
  std::vector<std::unordered_set<std::string>> capitalized_words;
  std::vector<Token> tokens;
  std::string folded;

  explicit Impl(std::string_view lang) : language(lang), stemmer(lang) {}

  uint32_t Intern(std::unordered_map<std::string, uint32_t>& map, const std::string& s) {
    auto [it, inserted] = map.emplace(s, static_cast<uint32_t>(map.size()));
    return it->second;
  }

  std::string Fold(std::string_view raw, const Token& t) {
    if (t.kind == TokenKind::kNumber) return NormalizeNumber(raw);
    text::FoldToken(raw, &folded);
    return folded;
  }

  // Tokenizes `text` into a word stream (interning new words and stems when `grow`; unknown ones
  // get fresh ids that match nothing) and extracts its facts.
  WordStream Analyze(std::string_view text, std::vector<FactKey>* facts,
                     std::unordered_set<std::string>* capitalized) {
    WordStream out;
    text::Tokenize(text, &tokens);
    std::vector<text::SentenceSpan> spans;
    text::SplitSentences(text, tokens, &spans);
    for (const text::SentenceSpan& span : spans) {
      uint32_t begin = static_cast<uint32_t>(out.words.size());
      size_t first_word = span.first_token;
      while (first_word < span.end_token && !tokens[first_word].is_word_like()) ++first_word;
      for (uint32_t i = span.first_token; i < span.end_token; ++i) {
        const Token& t = tokens[i];
        std::string_view raw = t.text(text);
        if (!t.is_word_like()) {
          // "$2.3 million", "€40".
          if (facts && IsCurrencySymbol(raw) && i + 1 < span.end_token &&
              tokens[i + 1].kind == TokenKind::kNumber && !tokens[i + 1].space_before) {
            const Token& number = tokens[i + 1];
            std::string nf = Fold(number.text(text), number);
            std::string key = std::string(raw) + nf;
            AddWord(nf, number.kind, &out);
            uint32_t last = i + 1;
            if (last + 1 < span.end_token && tokens[last + 1].kind == TokenKind::kWord) {
              std::string scale = Fold(tokens[last + 1].text(text), tokens[last + 1]);
              if (IsScaleWord(scale)) {
                key += " " + scale;
                AddWord(scale, TokenKind::kWord, &out);
                ++last;
              }
            }
            facts->push_back({FactKind::kMoney,
                              key,
                              std::string(text.substr(t.begin, tokens[last].end - t.begin)),
                              {}});
            i = last;
          }
          continue;
        }
        std::string f = Fold(raw, t);
        AddWord(f, t.kind, &out);
        if (capitalized && t.kind == TokenKind::kWord && t.upper_initial) capitalized->insert(f);
        if (!facts) continue;
        if (t.kind == TokenKind::kNumber) {
          // "5 million dollars", "5 September".
          size_t next = NextWord(i + 1, span.end_token);
          if (next < span.end_token) {
            std::string nf = Fold(tokens[next].text(text), tokens[next]);
            size_t after = NextWord(next + 1, span.end_token);
            std::string af = after < span.end_token ? Fold(tokens[after].text(text), tokens[after])
                                                    : std::string();
            if (!CurrencySymbolOfWord(nf).empty() ||
                (IsScaleWord(nf) && !CurrencySymbolOfWord(af).empty())) {
              std::string symbol(CurrencySymbolOfWord(IsScaleWord(nf) ? af : nf));
              std::string key = symbol + f + (IsScaleWord(nf) ? " " + nf : "");
              size_t last = IsScaleWord(nf) ? after : next;
              facts->push_back({FactKind::kMoney,
                                key,
                                std::string(text.substr(t.begin, tokens[last].end - t.begin)),
                                {}});
              for (size_t k = i + 1; k <= last; ++k) {
                if (tokens[k].is_word_like())
                  AddWord(Fold(tokens[k].text(text), tokens[k]), tokens[k].kind, &out);
              }
              i = static_cast<uint32_t>(last);
              continue;
            }
            std::string_view month = MonthOf(nf);
            if (!month.empty() && IsDayNumber(f)) {
              facts->push_back({FactKind::kDate,
                                std::string(month) + " " + f,
                                std::string(text.substr(t.begin, tokens[next].end - t.begin)),
                                {}});
              AddWord(nf, tokens[next].kind, &out);
              i = static_cast<uint32_t>(next);
              continue;
            }
          }
          facts->push_back({FactKind::kNumber, f, std::string(raw), {}});
          continue;
        }
        // Dates: a month (with its day), or a weekday. "May" and "March" are dates only when
        // capitalized or followed by a day.
        std::string_view month = MonthOf(f);
        size_t next = NextWord(i + 1, span.end_token);
        bool next_is_day = next < span.end_token && tokens[next].kind == TokenKind::kNumber &&
                           IsDayNumber(tokens[next].text(text));
        // A month without a day must be capitalized and spelled out, and not follow a name
        // ("Theresa May").
        bool after_name = i > span.first_token && tokens[i - 1].kind == TokenKind::kWord &&
                          tokens[i - 1].upper_initial && i - 1 != first_word;
        if (!month.empty() && (next_is_day || (t.upper_initial && raw.size() > 3 && !after_name) ||
                               (raw == "May" && !after_name && i != first_word))) {
          std::string key(month);
          uint32_t last = i;
          if (next_is_day) {
            std::string day = NormalizeNumber(tokens[next].text(text));
            key += ' ';
            key += day;
            AddWord(day, TokenKind::kNumber, &out);
            last = static_cast<uint32_t>(next);
          }
          facts->push_back({FactKind::kDate,
                            key,
                            std::string(text.substr(t.begin, tokens[last].end - t.begin)),
                            {}});
          i = last;
          continue;
        }
        if (IsWeekday(f)) {
          facts->push_back({FactKind::kDate, f, std::string(raw), {}});
          continue;
        }
        // Names: runs of capitalized words that are not stop words. A capitalized first word of
        // a sentence is a name only when the run goes on ("Jeff Sessions said").
        if (t.kind == TokenKind::kWord && t.upper_initial && !IsStop(f)) {
          uint32_t last = i;
          std::vector<std::string> parts{f};
          while (last + 1 < span.end_token) {
            const Token& n = tokens[last + 1];
            if (n.kind != TokenKind::kWord || !n.upper_initial) break;
            std::string nf2 = Fold(n.text(text), n);
            if (IsStop(nf2) || !MonthOf(nf2).empty() || IsWeekday(nf2)) break;
            parts.push_back(nf2);
            ++last;
          }
          if (i == first_word && last == i) continue;
          for (uint32_t k = i + 1; k <= last; ++k) {
            std::string wf = Fold(tokens[k].text(text), tokens[k]);
            AddWord(wf, tokens[k].kind, &out);
            if (capitalized) capitalized->insert(wf);
          }
          std::string key;
          for (const std::string& p : parts) key += (key.empty() ? "" : " ") + p;
          facts->push_back({FactKind::kName, key,
                            std::string(text.substr(t.begin, tokens[last].end - t.begin)),
                            std::move(parts)});
          i = last;
        }
      }
      out.sentences.emplace_back(begin, static_cast<uint32_t>(out.words.size()));
    }
    return out;
  }

  size_t NextWord(size_t i, size_t end) const {
    while (i < end && !tokens[i].is_word_like()) ++i;
    return i;
  }

  bool IsStop(std::string_view f) const { return text::IsStopword(language, f); }

  void AddWord(const std::string& f, TokenKind kind, WordStream* out) {
    out->words.push_back(Intern(word_ids, f));
    if (kind == TokenKind::kNumber) {
      out->stems.push_back(Intern(stem_ids, f));
    } else if (IsStop(f)) {
      out->stems.push_back(kNoStem);
    } else {
      out->stems.push_back(Intern(stem_ids, std::string(stemmer.Stem(f))));
    }
  }
};

FaithfulnessChecker::FaithfulnessChecker(const std::vector<std::string_view>& documents,
                                         std::string_view language) {
  std::string lang(language);
  if (lang.empty()) {
    std::string sample;
    for (std::string_view d : documents) {
      sample.append(d.substr(0, 4000));
      sample += '\n';
      if (sample.size() > 20000) break;
    }
    lang = text::DetectLanguage(sample);
  }
  impl_ = std::make_unique<Impl>(lang);
  Impl& m = *impl_;
  m.capitalized_words.resize(documents.size());
  for (size_t d = 0; d < documents.size(); ++d) {
    std::vector<FactKey> facts;
    // As a reader of the page saw it: a summary that shows "&amp;" as "&" quotes it word for word.
    m.docs.push_back(
        m.Analyze(text::DecodeCharacterReferences(documents[d]), &facts, &m.capitalized_words[d]));
    for (const FactKey& f : facts) {
      m.source_facts[static_cast<size_t>(f.kind)].insert(f.key);
      if (f.kind == FactKind::kDate) {
        // "September 5" also attests "September".
        size_t space = f.key.find(' ');
        if (space != std::string::npos) {
          m.source_facts[static_cast<size_t>(FactKind::kDate)].insert(f.key.substr(0, space));
        }
      }
    }
    const WordStream& w = m.docs.back();
    std::vector<std::vector<uint32_t>> per_sentence;
    for (auto [b, e] : w.sentences) {
      std::vector<uint32_t> s;
      for (uint32_t k = b; k < e; ++k) {
        if (w.stems[k] != kNoStem) s.push_back(w.stems[k]);
      }
      std::sort(s.begin(), s.end());
      s.erase(std::unique(s.begin(), s.end()), s.end());
      per_sentence.push_back(std::move(s));
    }
    m.sentence_stems.push_back(std::move(per_sentence));
  }
}

FaithfulnessChecker::~FaithfulnessChecker() = default;

SentenceCheck FaithfulnessChecker::CheckSentence(std::string_view sentence,
                                                 const std::vector<int>& cited) {
  Impl& m = *impl_;
  SentenceCheck check;
  check.text = std::string(sentence);
  check.cited = cited;
  std::vector<FactKey> facts;
  WordStream w = m.Analyze(text::DecodeCharacterReferences(sentence), &facts, nullptr);
  const std::vector<uint32_t>& words = w.words;

  // Provenance, per document: verbatim anywhere, or in order within one sentence.
  std::vector<Provenance> in_doc(m.docs.size(), Provenance::kNotFound);
  if (!words.empty()) {
    for (size_t d = 0; d < m.docs.size(); ++d) {
      const WordStream& doc = m.docs[d];
      if (std::search(doc.words.begin(), doc.words.end(), words.begin(), words.end()) !=
          doc.words.end()) {
        in_doc[d] = Provenance::kVerbatim;
        continue;
      }
      for (auto [b, e] : doc.sentences) {
        if (e - b < words.size()) continue;
        size_t j = 0;
        for (uint32_t k = b; k < e && j < words.size(); ++k) j += doc.words[k] == words[j];
        if (j == words.size()) {
          in_doc[d] = Provenance::kDeletions;
          break;
        }
      }
    }
  }
  for (size_t d = 0; d < in_doc.size(); ++d) {
    if (in_doc[d] == Provenance::kVerbatim ||
        (in_doc[d] == Provenance::kDeletions && check.provenance == Provenance::kNotFound)) {
      if (check.provenance != Provenance::kVerbatim) {
        check.provenance = in_doc[d];
        check.found_in = static_cast<int>(d);
      }
    }
  }

  // Facts: precision against all sources.
  for (const FactKey& f : facts) {
    bool found = false;
    if (f.kind == FactKind::kName) {
      for (const auto& caps : m.capitalized_words) {
        found = std::all_of(f.name_parts.begin(), f.name_parts.end(),
                            [&](const std::string& p) { return caps.count(p) > 0; });
        if (found) break;
      }
    } else {
      found = m.source_facts[static_cast<size_t>(f.kind)].count(f.key) > 0;
    }
    check.facts.push_back(Fact{f.kind, f.text, found});
  }

  // Citations.
  std::vector<uint32_t> content, numbers;
  for (size_t k = 0; k < words.size(); ++k) {
    if (w.stems[k] != kNoStem) content.push_back(w.stems[k]);
  }
  std::sort(content.begin(), content.end());
  content.erase(std::unique(content.begin(), content.end()), content.end());
  for (const FactKey& f : facts) {
    if (f.kind == FactKind::kNumber) {
      auto it = m.stem_ids.find(f.key);
      numbers.push_back(it == m.stem_ids.end() ? kNoStem : it->second);
    }
  }
  // The stems of the words of its names: whom and what it is about.
  std::vector<uint32_t> names;
  for (const FactKey& f : facts) {
    if (f.kind != FactKind::kName) continue;
    for (const std::string& part : f.name_parts) {  // no stop word: it would have ended the name
      auto it = m.stem_ids.find(std::string(m.stemmer.Stem(part)));
      names.push_back(it == m.stem_ids.end() ? kNoStem : it->second);
    }
  }
  for (int d : cited) {
    if (d < 0 || static_cast<size_t>(d) >= m.docs.size()) continue;
    bool supported = in_doc[static_cast<size_t>(d)] != Provenance::kNotFound;
    const auto& sents = m.sentence_stems[static_cast<size_t>(d)];
    for (size_t k = 0; !supported && !content.empty() && k < sents.size(); ++k) {
      // The window: this sentence and the next.
      std::vector<uint32_t> window = sents[k];
      if (k + 1 < sents.size()) {
        window.insert(window.end(), sents[k + 1].begin(), sents[k + 1].end());
        std::sort(window.begin(), window.end());
      }
      size_t hits = 0;
      for (uint32_t c : content) hits += std::binary_search(window.begin(), window.end(), c);
      bool numbers_ok = std::all_of(numbers.begin(), numbers.end(), [&](uint32_t n) {
        return std::binary_search(window.begin(), window.end(), n);
      });
      const bool names_ok =
          names.empty() || std::any_of(names.begin(), names.end(), [&](uint32_t n) {
            return std::binary_search(window.begin(), window.end(), n);
          });
      supported = numbers_ok && names_ok &&
                  static_cast<double>(hits) >= kSupportRecall * static_cast<double>(content.size());
    }
    if (supported) check.supported_by.push_back(d);
  }
  return check;
}

FaithfulnessReport FaithfulnessChecker::Check(const std::vector<std::string>& sentences,
                                              const std::vector<std::vector<int>>& cited) {
  FaithfulnessReport report;
  report.summaries = 1;
  report.sentence_count = sentences.size();
  report.documents = impl_->docs.size();
  std::set<int> sources;
  static const std::vector<int> kNone;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const std::vector<int>& c = i < cited.size() ? cited[i] : kNone;
    SentenceCheck s = CheckSentence(sentences[i], c);
    report.verbatim += s.provenance == Provenance::kVerbatim;
    report.with_deletions += s.provenance == Provenance::kDeletions;
    for (const Fact& f : s.facts) {
      ++report.facts[static_cast<size_t>(f.kind)];
      report.facts_found[static_cast<size_t>(f.kind)] += f.found;
    }
    size_t valid = 0;
    for (int d : c) {
      if (d < 0 || static_cast<size_t>(d) >= report.documents) {
        ++report.bad_citations;
      } else {
        ++valid;
        sources.insert(d);
      }
    }
    report.citations += c.size();
    report.citations_supported += s.supported_by.size();
    if (!c.empty()) {
      ++report.cited_sentences;
      report.supported_sentences += s.supported_by.size() == c.size() && valid == c.size();
    }
    report.sentences.push_back(std::move(s));
  }
  report.distinct_sources = sources.size();
  return report;
}

namespace {

std::string Percent(double share) {
  return share < 0 ? "n/a" : fmt::format("{:.1f}%", 100 * share);
}

}  // namespace

std::string FaithfulnessText(const FaithfulnessReport& r, bool detailed) {
  std::string out;
  size_t n = r.sentences.size();
  if (detailed) {
    for (size_t i = 0; i < n; ++i) {
      const SentenceCheck& s = r.sentences[i];
      const char* found = s.provenance == Provenance::kVerbatim    ? "verbatim"
                          : s.provenance == Provenance::kDeletions ? "after deletions"
                                                                   : "NOT FOUND";
      out += fmt::format("{}. {}\n   found: {}", i + 1, s.text, found);
      if (s.found_in >= 0) out += fmt::format(" in [{}]", s.found_in + 1);
      out += "\n";
      if (!s.cited.empty()) {
        out += "   cited:";
        for (int d : s.cited) {
          bool ok =
              std::find(s.supported_by.begin(), s.supported_by.end(), d) != s.supported_by.end();
          out += fmt::format(" [{}]{}", d + 1, ok ? "" : " (not confirmed)");
        }
        out += "\n";
      }
      for (const Fact& f : s.facts) {
        if (!f.found)
          out += fmt::format("   {} not in the sources: {}\n", FactKindName(f.kind), f.text);
      }
    }
    out += "\n";
  }
  out += fmt::format("sentences: {} in {} summar{}, over {} source documents\n", r.sentence_count,
                     r.summaries, r.summaries == 1 ? "y" : "ies", r.documents);
  out += fmt::format("found in the sources: {} ({} verbatim, {} after deletions)\n",
                     Percent(Share(r.verbatim + r.with_deletions, r.sentence_count)),
                     Percent(Share(r.verbatim, r.sentence_count)),
                     Percent(Share(r.with_deletions, r.sentence_count)));
  out += fmt::format("facts found in the sources: {} of {} ({})", r.TotalFactsFound(),
                     r.TotalFacts(), Percent(Share(r.TotalFactsFound(), r.TotalFacts())));
  for (size_t k = 0; k < kFactKinds; ++k) {
    out += fmt::format("{} {} {}/{}", k == 0 ? ";" : ",", FactKindName(static_cast<FactKind>(k)),
                       r.facts_found[k], r.facts[k]);
  }
  out += "\n";
  if (r.citations == 0) {
    out += "citations: none given\n";
  } else {
    out += fmt::format(
        "citations confirmed: {} of {} ({}); sentences whose every citation is confirmed: {} of {} "
        "({})\n",
        r.citations_supported, r.citations, Percent(Share(r.citations_supported, r.citations)),
        r.supported_sentences, r.cited_sentences,
        Percent(Share(r.supported_sentences, r.cited_sentences)));
    if (r.bad_citations)
      out += fmt::format("citations of unknown documents: {}\n", r.bad_citations);
  }
  out += fmt::format("distinct sources cited: {}{}\n", r.distinct_sources,
                     r.summaries == 1 ? fmt::format(" of {}", r.documents) : std::string());
  return out;
}

std::string FaithfulnessJson(const FaithfulnessReport& r, bool detailed) {
  nlohmann::ordered_json j;
  auto share = [](size_t num, size_t den) -> nlohmann::ordered_json {
    double s = Share(num, den);
    return s < 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s);
  };
  j["summaries"] = r.summaries;
  j["sentences"] = r.sentence_count;
  j["documents"] = r.documents;
  j["found_share"] = share(r.verbatim + r.with_deletions, r.sentence_count);
  j["verbatim_share"] = share(r.verbatim, r.sentence_count);
  j["deletions_share"] = share(r.with_deletions, r.sentence_count);
  j["fact_precision"] = share(r.TotalFactsFound(), r.TotalFacts());
  for (size_t k = 0; k < kFactKinds; ++k) {
    j["facts"][FactKindName(static_cast<FactKind>(k))] = {
        {"found", r.facts_found[k]},
        {"total", r.facts[k]},
        {"precision", share(r.facts_found[k], r.facts[k])}};
  }
  j["citations"] = r.citations;
  j["citations_supported"] = r.citations_supported;
  j["citation_precision"] = share(r.citations_supported, r.citations);
  j["supported_sentence_share"] = share(r.supported_sentences, r.cited_sentences);
  j["bad_citations"] = r.bad_citations;
  j["distinct_sources"] = r.distinct_sources;
  if (detailed) {
    nlohmann::ordered_json sentences = nlohmann::ordered_json::array();
    for (const SentenceCheck& s : r.sentences) {
      nlohmann::ordered_json js;
      js["text"] = s.text;
      js["found"] = s.provenance == Provenance::kVerbatim    ? "verbatim"
                    : s.provenance == Provenance::kDeletions ? "deletions"
                                                             : "not_found";
      js["found_in"] = s.found_in;
      js["cited"] = s.cited;
      js["supported_by"] = s.supported_by;
      nlohmann::ordered_json unsupported = nlohmann::ordered_json::array();
      for (const Fact& f : s.facts) {
        if (!f.found) unsupported.push_back({{"kind", FactKindName(f.kind)}, {"text", f.text}});
      }
      js["unsupported_facts"] = std::move(unsupported);
      sentences.push_back(std::move(js));
    }
    j["per_sentence"] = std::move(sentences);
  }
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace precis::eval
