#include "text/whitespace.h"

#include <array>

namespace precis::text {
namespace {

// ASCII white space by table: both functions test every byte of every sentence.
constexpr std::array<bool, 256> kIsSpace = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : {' ', '\n', '\t', '\r', '\f', '\v'}) table[c] = true;
  return table;
}();

inline bool IsSpace(char c) { return kIsSpace[static_cast<unsigned char>(c)]; }

}  // namespace

uint32_t CountSpaceTokens(std::string_view s) {
  uint32_t n = 0;
  bool after_space = true;
  for (char c : s) {
    const bool ws = IsSpace(c);
    n += after_space && !ws;
    after_space = ws;
  }
  return n;
}

std::string FoldWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    const size_t word = i;
    while (i < s.size() && !IsSpace(s[i])) ++i;
    if (i == word) break;
    if (!out.empty()) out.push_back(' ');
    out.append(s.data() + word, i - word);
  }
  return out;
}

}  // namespace precis::text
