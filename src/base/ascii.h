// ASCII tests and case folding: for the case-insensitive names of markup and protocols (tags,
// attributes, charset labels, URL schemes), where Unicode folding would be wrong, and for the
// fast path of text that turns out to be all ASCII.
#ifndef PRECIS_BASE_ASCII_H_
#define PRECIS_BASE_ASCII_H_

#include <string>
#include <string_view>

namespace precis {

inline char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// ASCII whitespace as HTML defines it: space, tab, line feed, carriage return, form feed.
inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

inline bool IsAscii(std::string_view s) {
  bool ascii = true;
  for (char c : s) ascii &= static_cast<unsigned char>(c) < 0x80;  // no early exit: vectorizes
  return ascii;
}

inline std::string AsciiLowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// Whether `s` begins with `lower_prefix` ignoring ASCII case; `lower_prefix` is in lowercase.
inline bool AsciiStartsWithLowercase(std::string_view s, std::string_view lower_prefix) {
  if (s.size() < lower_prefix.size()) return false;
  for (size_t i = 0; i < lower_prefix.size(); ++i) {
    if (AsciiLower(s[i]) != lower_prefix[i]) return false;
  }
  return true;
}

// Whether `s` is `lower` ignoring ASCII case; `lower` is in lowercase.
inline bool AsciiEqualsLowercase(std::string_view s, std::string_view lower) {
  return s.size() == lower.size() && AsciiStartsWithLowercase(s, lower);
}

}  // namespace precis

#endif  // PRECIS_BASE_ASCII_H_
