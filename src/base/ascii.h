// ASCII case folding, for the case-insensitive names of markup and protocols (tags, attributes,
// charset labels, URL schemes), where Unicode folding would be wrong.
#ifndef PRECIS_BASE_ASCII_H_
#define PRECIS_BASE_ASCII_H_

#include <string>
#include <string_view>

namespace precis {

inline char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

inline std::string AsciiLowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

}  // namespace precis

#endif  // PRECIS_BASE_ASCII_H_
