#include "eval/rouge_stemmer.h"

#include <fstream>
#include <iterator>
#include <vector>

namespace precis::eval {
namespace {

// Character classes of the script: c = [^aeiou] (so 'y' and 'Y' count as consonants there),
// v = [aeiouy].
inline bool IsC(char ch) { return ch != 'a' && ch != 'e' && ch != 'i' && ch != 'o' && ch != 'u'; }
inline bool IsV(char ch) { return !IsC(ch) || ch == 'y'; }
// The inner classes of C = c[^aeiouy]* and V = v[aeiou]*.
inline bool IsNotAeiouy(char ch) { return IsC(ch) && ch != 'y'; }
inline bool IsAeiou(char ch) { return !IsC(ch); }

// Tries to match the script's regex pieces at position i; each returns every position where a
// match can end, as the regex engine's backtracking would explore them. Words are short, so the
// sets stay tiny.
void MatchC(std::string_view s, size_t i, std::vector<size_t>* ends) {
  if (i >= s.size() || !IsC(s[i])) return;
  size_t j = i + 1;
  ends->push_back(j);
  while (j < s.size() && IsNotAeiouy(s[j])) ends->push_back(++j);
}
void MatchV(std::string_view s, size_t i, std::vector<size_t>* ends) {
  if (i >= s.size() || !IsV(s[i])) return;
  size_t j = i + 1;
  ends->push_back(j);
  while (j < s.size() && IsAeiou(s[j])) ends->push_back(++j);
}

// Positions reachable after matching "^(C)?" then the sequence of pieces (true = V, false = C).
bool MatchesPrefix(std::string_view s, std::initializer_list<bool> pieces, bool optional_v_end,
                   bool anchored_end) {
  std::vector<size_t> positions{0};
  {
    std::vector<size_t> after_c;
    MatchC(s, 0, &after_c);
    positions.insert(positions.end(), after_c.begin(), after_c.end());
  }
  for (bool is_v : pieces) {
    std::vector<size_t> next;
    for (size_t p : positions) {
      if (is_v)
        MatchV(s, p, &next);
      else
        MatchC(s, p, &next);
    }
    if (next.empty()) return false;
    positions.swap(next);
  }
  if (optional_v_end) {
    std::vector<size_t> extra;
    for (size_t p : positions) MatchV(s, p, &extra);
    positions.insert(positions.end(), extra.begin(), extra.end());
  }
  if (!anchored_end) return true;
  for (size_t p : positions) {
    if (p == s.size()) return true;
  }
  return false;
}

bool Mgr0(std::string_view s) { return MatchesPrefix(s, {true, false}, false, false); }
bool Meq1(std::string_view s) { return MatchesPrefix(s, {true, false}, true, true); }
bool Mgr1(std::string_view s) { return MatchesPrefix(s, {true, false, true, false}, false, false); }
// $_v = ^(C)?v : a vowel somewhere after an optional leading consonant run.
bool HasVowel(std::string_view s) {
  std::vector<size_t> starts{0};
  MatchC(s, 0, &starts);
  for (size_t p : starts) {
    if (p < s.size() && IsV(s[p])) return true;
  }
  return false;
}
// ^C v [^aeiouwxy]$ : consonant run, one vowel, one final consonant other than w, x, y.
bool Cvc(std::string_view s) {
  std::vector<size_t> after_c;
  MatchC(s, 0, &after_c);
  for (size_t p : after_c) {
    if (p + 2 == s.size() && IsV(s[p])) {
      char last = s[p + 1];
      if (IsC(last) && last != 'w' && last != 'x' && last != 'y') return true;
    }
  }
  return false;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The longest suffix from `list` that `w` ends with (the leftmost regex match), or nullptr.
const std::pair<const char*, const char*>* LongestSuffix(
    std::string_view w, const std::pair<const char*, const char*>* list, size_t n) {
  const std::pair<const char*, const char*>* best = nullptr;
  size_t best_len = 0;
  for (size_t i = 0; i < n; ++i) {
    std::string_view suf(list[i].first);
    if (suf.size() > best_len && EndsWith(w, suf)) {
      best = &list[i];
      best_len = suf.size();
    }
  }
  return best;
}

constexpr std::pair<const char*, const char*> kStep2[] = {
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
    {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"}, {"eli", "e"},     {"ousli", "ous"},
    {"ization", "ize"}, {"ation", "ate"},   {"ator", "ate"},  {"alism", "al"},  {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},  {"iviti", "ive"}, {"biliti", "ble"},
    {"logi", "log"}};
constexpr std::pair<const char*, const char*> kStep3[] = {
    {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
    {"ical", "ic"},  {"ful", ""},   {"ness", ""}};
constexpr std::pair<const char*, const char*> kStep4[] = {
    {"al", ""},   {"ance", ""}, {"ence", ""},  {"er", ""}, {"ic", ""},  {"able", ""},
    {"ible", ""}, {"ant", ""},  {"ement", ""}, {"ou", ""}, {"ism", ""}, {"ate", ""},
    {"iti", ""},  {"ous", ""},  {"ive", ""},   {"ize", ""}};

}  // namespace

std::string RougePorterStem(std::string_view word) {
  std::string w(word);
  if (w.size() < 3) return w;
  const bool initial_y = w[0] == 'y';
  if (initial_y) w[0] = 'Y';

  // Step 1a.
  if (EndsWith(w, "sses") || EndsWith(w, "ies")) {
    w.resize(w.size() - 2);
  } else if (w.size() >= 2 && w.back() == 's' && w[w.size() - 2] != 's') {
    w.pop_back();
  }
  // Step 1b.
  if (EndsWith(w, "eed")) {
    if (Mgr0(std::string_view(w).substr(0, w.size() - 3))) w.pop_back();
  } else if (EndsWith(w, "ed") || EndsWith(w, "ing")) {
    std::string stem = w.substr(0, w.size() - (EndsWith(w, "ed") ? 2 : 3));
    if (HasVowel(stem)) {
      w = stem;
      if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) {
        w += "e";
      } else if (w.size() >= 2 && w.back() == w[w.size() - 2] &&
                 std::string_view("aeiouylsz").find(w.back()) == std::string_view::npos) {
        w.pop_back();
      } else if (Cvc(w)) {
        w += "e";
      }
    }
  }
  // Step 1c.
  if (!w.empty() && w.back() == 'y' && HasVowel(std::string_view(w).substr(0, w.size() - 1))) {
    w.back() = 'i';
  }
  // Steps 2 and 3.
  for (auto [list, n] :
       {std::pair{kStep2, std::size(kStep2)}, std::pair{kStep3, std::size(kStep3)}}) {
    if (const auto* rule = LongestSuffix(w, list, n)) {
      std::string stem = w.substr(0, w.size() - std::string_view(rule->first).size());
      if (Mgr0(stem)) w = stem + rule->second;
    }
  }
  // Step 4, with the script's change: "-ment" and "-ent" are tried after the others.
  if (const auto* rule = LongestSuffix(w, kStep4, std::size(kStep4))) {
    std::string stem = w.substr(0, w.size() - std::string_view(rule->first).size());
    if (Mgr1(stem)) w = stem;
  }
  if (EndsWith(w, "ment")) {
    std::string stem = w.substr(0, w.size() - 4);
    if (Mgr1(stem)) w = stem;
  }
  if (EndsWith(w, "ent")) {
    std::string stem = w.substr(0, w.size() - 3);
    if (Mgr1(stem)) w = stem;
  } else if (EndsWith(w, "sion") || EndsWith(w, "tion")) {
    std::string stem = w.substr(0, w.size() - 3);
    if (Mgr1(stem)) w = stem;
  }
  // Step 5.
  if (!w.empty() && w.back() == 'e') {
    std::string stem = w.substr(0, w.size() - 1);
    if (Mgr1(stem) || (Meq1(stem) && !Cvc(stem))) w = stem;
  }
  if (EndsWith(w, "ll") && Mgr1(w)) w.pop_back();
  if (initial_y) w[0] = 'y';
  return w;
}

Status RougeStemmer::LoadExceptions(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open the WordNet exception table");
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      return Status::InvalidInput(path + ":" + std::to_string(n) + ": expected word<TAB>base");
    }
    exceptions_.emplace(line.substr(0, tab), line.substr(tab + 1));
  }
  cache_.clear();
  return Status::OK();
}

const std::string& RougeStemmer::Stem(const std::string& word) {
  auto it = cache_.find(word);
  if (it != cache_.end()) return it->second;
  auto ex = exceptions_.find(word);
  std::string stem = ex != exceptions_.end() ? ex->second : RougePorterStem(word);
  return cache_.emplace(word, std::move(stem)).first->second;
}

}  // namespace precis::eval
