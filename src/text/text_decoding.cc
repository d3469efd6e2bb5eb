#include "text/text_decoding.h"

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace precis::text {
namespace {

// Returns the offset of the first malformed sequence, or npos.
size_t FirstInvalidUtf8(std::string_view s, size_t from = 0) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size());
  int32_t i = static_cast<int32_t>(from);
  while (i < len) {
    // ASCII runs, eight bytes at a time.
    while (i + 8 <= len) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= len) break;
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::string_view::npos;
}

// The length of an incomplete UTF-8 sequence ending `bytes` (a lead byte and fewer continuation
// bytes than it announces), or 0.
size_t IncompleteFinalCharacter(std::string_view bytes) {
  for (size_t back = 1; back <= 3 && back <= bytes.size(); ++back) {
    const auto c = static_cast<unsigned char>(bytes[bytes.size() - back]);
    if (c >= 0x80 && c < 0xC0) continue;  // a continuation byte
    const size_t needed = c >= 0xC2 && c <= 0xDF   ? 2
                          : c >= 0xE0 && c <= 0xEF ? 3
                          : c >= 0xF0 && c <= 0xF4 ? 4
                                                   : 0;
    return needed > back ? back : 0;
  }
  return 0;
}

}  // namespace

bool ConvertToUtf8(const char* charset, std::string_view bytes, bool strict, std::string* out) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(charset, &err), ucnv_close);
  if (U_FAILURE(err)) return false;
  if (strict) {
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  }
  std::u16string utf16(bytes.size() + 2, u'\0');
  int32_t n = ucnv_toUChars(conv.get(), utf16.data(), static_cast<int32_t>(utf16.size()),
                            bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  if (U_FAILURE(err)) return false;
  out->clear();
  out->reserve(static_cast<size_t>(n) * 3 / 2);
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U16_NEXT(utf16.data(), i, n, c);
    if (U_IS_SURROGATE(c)) c = 0xFFFD;  // a lone surrogate from malformed input
    char buf[4];
    int32_t k = 0;
    UBool bad = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), k, 4, c, bad);
    if (bad) return false;
    out->append(buf, static_cast<size_t>(k));
  }
  return true;
}

size_t RepairUtf8(std::string_view bytes, std::string* out) {
  out->clear();
  out->reserve(bytes.size());
  size_t invalid = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t len = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < len;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c < 0) {
      out->append("\xEF\xBF\xBD");
      ++invalid;
    } else {
      out->append(bytes.data() + start, static_cast<size_t>(i - start));
    }
  }
  return invalid;
}

Status CheckNotBinary(std::string_view bytes) {
  size_t controls = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) {
      return Status::InvalidInput("binary data, not text (NUL byte at offset " + std::to_string(i) +
                                  ")");
    }
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') ++controls;
  }
  if (controls > 8 && controls * 50 > bytes.size()) {
    return Status::InvalidInput("binary data, not text (" + std::to_string(controls) +
                                " control characters)");
  }
  return Status::OK();
}

bool IsValidUtf8(std::string_view bytes) {
  return FirstInvalidUtf8(bytes) == std::string_view::npos;
}

Status DecodeText(std::string_view bytes, std::string* out, std::string* note) {
  note->clear();
  out->clear();
  if (bytes.size() >= 2 &&
      ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    const char* cs = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    if (!ConvertToUtf8(cs, bytes.substr(2), /*strict=*/true, out)) {
      return Status::InvalidInput("malformed UTF-16 text");
    }
    *note = std::string("converted from ") + cs;
    return Status::OK();
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);

  if (Status binary = CheckNotBinary(bytes); !binary.ok()) return binary;

  size_t bad = FirstInvalidUtf8(bytes);
  if (bad == std::string_view::npos) {
    out->assign(bytes);
    return Status::OK();
  }
  // UTF-8 cut in the middle of its last character (a file truncated at a byte count): the rest is
  // kept. Only when the rest has multi-byte characters of its own, so that a legacy text ending in
  // "café" (0xE9, a UTF-8 lead byte) is still read as windows-1252 below.
  if (const size_t tail = IncompleteFinalCharacter(bytes);
      tail > 0 && bad == bytes.size() - tail &&
      std::any_of(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(bad),
                  [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    out->assign(bytes.substr(0, bad));
    *note = fmt::format(
        "ends in the middle of a character (truncated?): its last {} byte(s) dropped", tail);
    return Status::OK();
  }
  // Count malformed sequences to choose between a legacy charset and a few stray bytes.
  size_t invalid = 0;
  for (size_t at = bad; at != std::string_view::npos; at = FirstInvalidUtf8(bytes, at + 1)) {
    ++invalid;
  }
  // Text with valid multi-byte sequences is UTF-8 with stray bytes; text whose high bytes mostly
  // fail to decode is in a legacy single-byte charset.
  size_t valid_multibyte = 0;
  {
    const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
    int32_t len = static_cast<int32_t>(bytes.size());
    for (int32_t i = 0; i < len;) {
      if (p[i] < 0x80) {
        ++i;
        continue;
      }
      UChar32 c;
      U8_NEXT(p, i, len, c);
      valid_multibyte += c >= 0;
    }
  }
  bool looks_legacy = valid_multibyte < invalid;
  if (looks_legacy) {
    bool has_c1 = false;  // windows-1252 leaves 0x81 0x8D 0x8F 0x90 0x9D undefined
    for (char c : bytes) {
      unsigned char u = static_cast<unsigned char>(c);
      has_c1 |= u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D;
    }
    if (!has_c1 && ConvertToUtf8("windows-1252", bytes, /*strict=*/true, out)) {
      *note = "not UTF-8; decoded as windows-1252 (offsets refer to the decoded text)";
      return Status::OK();
    }
  }
  if (invalid * 200 <= bytes.size()) {
    RepairUtf8(bytes, out);
    *note = std::to_string(invalid) +
            " malformed UTF-8 sequence(s) replaced by U+FFFD (offsets refer to the repaired text)";
    return Status::OK();
  }
  return Status::InvalidInput(
      "not UTF-8 text and not a known legacy encoding (malformed byte at "
      "offset " +
      std::to_string(bad) + ")");
}

}  // namespace precis::text
