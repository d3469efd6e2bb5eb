// Turning a web page's bytes into UTF-8 HTML: gzip, byte-order marks, declared charsets (HTTP or
// <meta>), and detection when nothing is declared, as browsers do.
#ifndef PRECIS_EXTRACT_HTML_DECODING_H_
#define PRECIS_EXTRACT_HTML_DECODING_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis::extract {

// Decompressed pages larger than this are refused (a gzip bomb, or not a web page).
inline constexpr size_t kMaxPageBytes = size_t{64} << 20;

// True when `bytes` start with the gzip magic number.
bool IsGzip(std::string_view bytes);

// Inflates a gzip stream (concatenated members included) into `*out`, refusing more than
// `max_bytes` of output. Fails with kInvalidInput for a damaged stream.
Status Gunzip(std::string_view bytes, size_t max_bytes, std::string* out);

// The charset a page declares in its first 4 KiB (<meta charset> or <meta http-equiv=
// "Content-Type" content="...; charset=...">), lowercased, or empty.
std::string DeclaredCharset(std::string_view html);

// Decodes page bytes to UTF-8 HTML. Order of authority: a byte-order mark, then
// `declared_charset` (from HTTP), then the page's <meta> declaration, then detection (ICU).
// A declaration of a single-byte charset on bytes that are valid, non-ASCII UTF-8 is taken to be
// wrong (a common server misconfiguration) and UTF-8 is kept. What was done is added to
// `*notes`. Fails with kInvalidInput for binary data.
Status DecodeHtml(std::string_view bytes, std::string_view declared_charset, std::string* html,
                  std::vector<std::string>* notes);

}  // namespace precis::extract

#endif  // PRECIS_EXTRACT_HTML_DECODING_H_
