// Turning bytes that claim to be text into UTF-8 the rest of precis can trust.
#ifndef PRECIS_TEXT_TEXT_DECODING_H_
#define PRECIS_TEXT_TEXT_DECODING_H_

#include <string>
#include <string_view>

#include "precis/status.h"

namespace precis::text {

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool IsValidUtf8(std::string_view bytes);

// Decodes `bytes` into UTF-8 in `*out`:
//  - valid UTF-8 is copied as is, less a leading byte-order mark;
//  - UTF-16 with a BOM is converted;
//  - text that is not UTF-8 but decodes cleanly as windows-1252 (the usual legacy charset of pasted
//    western text) is converted, and `*note` says so;
//  - UTF-8 with a few stray bytes (at most 1 in 200) has them replaced by U+FFFD, and `*note` says
//  so.
// Fails with kInvalidInput, naming the byte offset, for binary data (NUL bytes or many control
// characters) and for bytes that are neither. `*note` is cleared when nothing was repaired.
Status DecodeText(std::string_view bytes, std::string* out, std::string* note);

}  // namespace precis::text

#endif  // PRECIS_TEXT_TEXT_DECODING_H_
