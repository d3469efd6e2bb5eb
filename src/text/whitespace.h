// White space as summaries and ROUGE see it.
#ifndef PRECIS_TEXT_WHITESPACE_H_
#define PRECIS_TEXT_WHITESPACE_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace precis::text {

// Number of white-space separated tokens in `s` (how ROUGE and budgets count words).
uint32_t CountSpaceTokens(std::string_view s);

// `s` with every run of ASCII white space replaced by one space, trimmed.
std::string FoldWhitespace(std::string_view s);

}  // namespace precis::text

#endif  // PRECIS_TEXT_WHITESPACE_H_
