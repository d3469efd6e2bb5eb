#include "text/whitespace.h"

namespace precis::text {
namespace {
inline bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}
}  // namespace

uint32_t CountSpaceTokens(std::string_view s) {
  uint32_t n = 0;
  bool in_token = false;
  for (char c : s) {
    bool ws = IsSpace(c);
    if (!ws && !in_token) ++n;
    in_token = !ws;
  }
  return n;
}

std::string FoldWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (char c : s) {
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace precis::text
