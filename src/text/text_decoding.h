// Turning bytes that claim to be text into UTF-8 the rest of precis can trust.
#ifndef PRECIS_TEXT_TEXT_DECODING_H_
#define PRECIS_TEXT_TEXT_DECODING_H_

#include <string>
#include <string_view>

#include "precis/status.h"

namespace precis::text {

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool IsValidUtf8(std::string_view bytes);

// Converts `bytes` in `charset` (any name ICU knows: "windows-1252", "Shift_JIS", "GB2312",
// "UTF-16LE"...) to UTF-8 in `*out`. With `strict`, bytes the charset does not define make it
// fail; otherwise they become U+FFFD. Returns false for a charset ICU does not know.
bool ConvertToUtf8(const char* charset, std::string_view bytes, bool strict, std::string* out);

// Copies `bytes` to `*out` with every malformed UTF-8 sequence replaced by U+FFFD; returns how
// many were replaced.
size_t RepairUtf8(std::string_view bytes, std::string* out);

// Fails with kInvalidInput, naming the offset, for bytes no text has: NUL bytes, or more than 2%
// control characters.
Status CheckNotBinary(std::string_view bytes);

// Decodes `bytes` into UTF-8 in `*out`:
//  - valid UTF-8 is copied as is, less a leading byte-order mark;
//  - UTF-16 with a BOM is converted;
//  - text that is not UTF-8 but decodes cleanly as windows-1252 (the usual legacy charset of pasted
//    western text) is converted, and `*note` says so;
//  - UTF-8 with a few stray bytes (at most 1 in 200) has them replaced by U+FFFD, and `*note` says
//  so.
//  - UTF-8 cut in the middle of its last character (truncated at a byte count) loses that
//    incomplete character, and `*note` says so.
// Fails with kInvalidInput, naming the byte offset, for binary data (NUL bytes or many control
// characters) and for bytes that are neither. `*note` is cleared when nothing was repaired.
Status DecodeText(std::string_view bytes, std::string* out, std::string* note);

}  // namespace precis::text

#endif  // PRECIS_TEXT_TEXT_DECODING_H_
