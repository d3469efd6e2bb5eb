#include "text/character_references.h"

#include <libxml/HTMLparser.h>
#include <unicode/utf8.h>

#include <cstdint>

#include "base/ascii.h"
#include "text/text_decoding.h"
#include "text/whitespace.h"

namespace precis::text {
namespace {

// The longest name HTML 4 gives a character ("thetasym") and the longest number worth reading.
constexpr size_t kMaxNameBytes = 8;
constexpr size_t kMaxDigits = 8;

bool IsAsciiAlnum(char c) {
  return IsAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The code point that the reference `body` (between "&" and ";") names, or -1.
int32_t ReferencedCodePoint(std::string_view body) {
  if (body.size() >= 2 && body[0] == '#') {
    const bool hex = body[1] == 'x' || body[1] == 'X';
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > kMaxDigits) return -1;
    uint32_t value = 0;
    for (char c : digits) {
      uint32_t digit;
      if (IsAsciiDigit(c)) {
        digit = static_cast<uint32_t>(c - '0');
      } else if (hex && AsciiLower(c) >= 'a' && AsciiLower(c) <= 'f') {
        digit = static_cast<uint32_t>(AsciiLower(c) - 'a' + 10);
      } else {
        return -1;
      }
      value = value * (hex ? 16 : 10) + digit;
    }
    if (value >= 0x80 && value <= 0x9F) {
      // HTML5 reads these as the windows-1252 characters of those bytes, which is what pages that
      // write them mean; a byte windows-1252 leaves undefined stays a control, and is kept.
      const char byte = static_cast<char>(value);
      std::string decoded;
      if (!ConvertToUtf8("windows-1252", std::string_view(&byte, 1), true, &decoded)) return -1;
      int32_t at = 0;
      UChar32 c;
      U8_NEXT(reinterpret_cast<const uint8_t*>(decoded.data()), at,
              static_cast<int32_t>(decoded.size()), c);
      value = c < 0 ? 0 : static_cast<uint32_t>(c);
    }
    // No character, or a control that only garbles a line (tab and line breaks are kept).
    if ((value < 0x20 && value != '\t' && value != '\n' && value != '\r') ||
        (value >= 0x7F && value <= 0x9F) || value > 0x10FFFF || U_IS_SURROGATE(value)) {
      return -1;
    }
    return static_cast<int32_t>(value);
  }
  if (body.empty() || body.size() > kMaxNameBytes) return -1;
  for (char c : body) {
    if (!IsAsciiAlnum(c)) return -1;
  }
  if (body == "AMP") return '&';
  if (body == "LT") return '<';
  if (body == "GT") return '>';
  if (body == "QUOT") return '"';
  if (body == "apos") return '\'';  // XML's and HTML5's, not HTML 4's
  const std::string name(body);
  const htmlEntityDesc* entity = htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()));
  return entity == nullptr ? -1 : static_cast<int32_t>(entity->value);
}

}  // namespace

std::string DecodeCharacterReferences(std::string_view s) {
  size_t amp = s.find('&');
  if (amp == std::string_view::npos) return std::string(s);  // nearly every span
  std::string out;
  out.reserve(s.size());
  size_t copied = 0;
  for (; amp != std::string_view::npos; amp = s.find('&', amp + 1)) {
    const size_t limit = std::min(s.size(), amp + 2 + kMaxDigits + 2);
    const size_t semicolon = s.substr(0, limit).find(';', amp + 1);
    if (semicolon == std::string_view::npos) continue;
    const int32_t c = ReferencedCodePoint(s.substr(amp + 1, semicolon - amp - 1));
    if (c < 0) continue;
    out.append(s.data() + copied, amp - copied);
    uint8_t buf[4];
    int32_t k = 0;
    UBool bad = false;
    U8_APPEND(buf, k, 4, c, bad);
    if (!bad) out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(k));
    copied = semicolon + 1;
    amp = semicolon;
  }
  out.append(s.data() + copied, s.size() - copied);
  return out;
}

std::string DisplayText(std::string_view s) { return FoldWhitespace(DecodeCharacterReferences(s)); }

}  // namespace precis::text
