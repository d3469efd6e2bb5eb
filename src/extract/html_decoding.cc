#include "extract/html_decoding.h"

#include <unicode/ucsdet.h>
#include <zlib.h>

#include <memory>

#include "base/ascii.h"
#include "text/text_decoding.h"

namespace precis::extract {
namespace {

// HTML's encoding labels that mean windows-1252 (the WHATWG Encoding Standard maps them so).
bool IsWindows1252Label(std::string_view label) {
  return label == "iso-8859-1" || label == "iso8859-1" || label == "latin1" ||
         label == "us-ascii" || label == "ascii" || label == "windows-1252" || label == "cp1252" ||
         label == "l1" || label == "iso_8859-1";
}

bool IsUtf8Label(std::string_view label) {
  return label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8";
}

bool HasNonAscii(std::string_view bytes) {
  for (char c : bytes) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

// The charset ICU's detector finds most likely, or empty.
std::string DetectCharset(std::string_view bytes) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> detector(ucsdet_open(&err),
                                                                          ucsdet_close);
  if (U_FAILURE(err)) return {};
  ucsdet_enableInputFilter(detector.get(), true);  // ignore markup
  const size_t sample = std::min<size_t>(bytes.size(), size_t{1} << 20);
  ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(sample), &err);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &err);
  if (U_FAILURE(err) || match == nullptr) return {};
  const char* name = ucsdet_getName(match, &err);
  return U_FAILURE(err) || name == nullptr ? std::string() : std::string(name);
}

}  // namespace

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b';
}

Status Gunzip(std::string_view bytes, size_t max_bytes, std::string* out) {
  out->clear();
  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) return Status::Internal("zlib init failed");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  char buffer[1 << 16];
  Status status;
  while (true) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof(buffer);
    const int rc = inflate(&stream, Z_NO_FLUSH);
    out->append(buffer, sizeof(buffer) - stream.avail_out);
    if (out->size() > max_bytes) {
      status = Status::InvalidInput("gzip data inflates to more than " +
                                    std::to_string(max_bytes >> 20) + " MiB");
      break;
    }
    if (rc == Z_STREAM_END) {
      if (stream.avail_in == 0) break;
      // Another gzip member follows (concatenated streams, as `cat a.gz b.gz` makes).
      if (inflateReset(&stream) != Z_OK) break;
      continue;
    }
    if (rc != Z_OK) {
      status = Status::InvalidInput("damaged gzip data at compressed byte " +
                                    std::to_string(stream.total_in) +
                                    (stream.msg ? std::string(" (") + stream.msg + ")" : ""));
      break;
    }
    if (stream.avail_in == 0 && stream.avail_out != 0) {
      status = Status::InvalidInput("truncated gzip data (" + std::to_string(bytes.size()) +
                                    " bytes end mid-stream)");
      break;
    }
  }
  inflateEnd(&stream);
  return status;
}

std::string DeclaredCharset(std::string_view html) {
  const std::string head = AsciiLowercase(html.substr(0, 4096));
  for (size_t meta = head.find("<meta"); meta != std::string::npos;
       meta = head.find("<meta", meta + 5)) {
    const size_t end = head.find('>', meta);
    const std::string_view tag = std::string_view(head).substr(
        meta, end == std::string::npos ? std::string::npos : end - meta);
    const size_t at = tag.find("charset");
    if (at == std::string_view::npos) continue;
    size_t p = at + 7;
    while (p < tag.size() && (tag[p] == ' ' || tag[p] == '=' || tag[p] == '"' || tag[p] == '\'')) {
      ++p;
    }
    size_t q = p;
    while (q < tag.size() && tag[q] != '"' && tag[q] != '\'' && tag[q] != ';' && tag[q] != ' ' &&
           tag[q] != '/' && tag[q] != '>') {
      ++q;
    }
    if (q > p) return std::string(tag.substr(p, q - p));
  }
  return {};
}

Status DecodeHtml(std::string_view bytes, std::string_view declared_charset, std::string* html,
                  std::vector<std::string>* notes) {
  html->clear();
  // A byte-order mark decides.
  if (bytes.size() >= 2 &&
      ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    const char* charset = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    text::ConvertToUtf8(charset, bytes.substr(2), /*strict=*/false, html);
    notes->push_back(std::string("decoded from ") + charset + " (byte-order mark)");
    return Status::OK();
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (Status s = text::CheckNotBinary(bytes.substr(0, 1 << 16)); !s.ok()) return s;

  const bool valid_utf8 = text::IsValidUtf8(bytes);
  std::string label = AsciiLowercase(declared_charset);
  std::string source = "HTTP";
  if (label.empty()) {
    label = DeclaredCharset(bytes);
    source = "the page";
  }
  if (label.empty() || IsUtf8Label(label)) {
    if (valid_utf8) {
      html->assign(bytes);
      return Status::OK();
    }
    if (IsUtf8Label(label)) {
      // Declared UTF-8 with stray bytes: keep it UTF-8 unless the bytes are mostly not.
      const size_t invalid = text::RepairUtf8(bytes, html);
      if (invalid * 200 <= bytes.size()) {
        notes->push_back(std::to_string(invalid) +
                         " malformed UTF-8 sequence(s) replaced by U+FFFD");
        return Status::OK();
      }
    }
    label = AsciiLowercase(DetectCharset(bytes));
    if (label.empty() || IsUtf8Label(label)) label = "windows-1252";
    notes->push_back("not UTF-8; detected charset " + label);
  } else if (valid_utf8 && HasNonAscii(bytes) && !label.starts_with("utf-16")) {
    notes->push_back("declared charset " + label + " (" + source +
                     ") contradicts the bytes, which are UTF-8; decoded as UTF-8");
    html->assign(bytes);
    return Status::OK();
  }
  if (IsWindows1252Label(label)) label = "windows-1252";
  if (!text::ConvertToUtf8(label.c_str(), bytes, /*strict=*/false, html)) {
    std::string detected = AsciiLowercase(DetectCharset(bytes));
    if (detected.empty()) detected = "windows-1252";
    notes->push_back("unknown charset \"" + label + "\"; detected " + detected);
    if (!text::ConvertToUtf8(detected.c_str(), bytes, /*strict=*/false, html)) {
      text::RepairUtf8(bytes, html);
    }
  }
  return Status::OK();
}

}  // namespace precis::extract
