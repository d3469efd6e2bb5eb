// HTML character references ("&amp;", "&#8217;") left in text that was scraped rather than
// copied from a browser, and how precis shows a span of a source to a reader.
#ifndef PRECIS_TEXT_CHARACTER_REFERENCES_H_
#define PRECIS_TEXT_CHARACTER_REFERENCES_H_

#include <string>
#include <string_view>

namespace precis::text {

// `s` with its character references replaced by the characters they name, as a browser shows
// them: HTML 4's named references ("&amp;", "&eacute;", "&rsquo;"; names are case-sensitive, and
// HTML5's capitalized "&AMP;", "&LT;", "&GT;", "&QUOT;" are known too) and numeric ones ("&#39;",
// "&#x2019;", with HTML5's windows-1252 reading of &#128;..&#159;: "&#146;" is "’"). Only a
// reference closed by ";" is decoded: without it "AT&T" and "R&D" would be at risk. An unknown
// name, a number naming no character (0, a surrogate, above U+10FFFF) or a control other than
// tab and line breaks, and a bare "&" are kept as they are. Never fails; valid UTF-8 in gives
// valid UTF-8 out.
std::string DecodeCharacterReferences(std::string_view s);

// A span of a source as precis shows it (summary sentences, clean-up output, story titles):
// character references decoded, then every run of ASCII white space folded to one space, trimmed
// (FoldWhitespace).
std::string DisplayText(std::string_view s);

}  // namespace precis::text

#endif  // PRECIS_TEXT_CHARACTER_REFERENCES_H_
