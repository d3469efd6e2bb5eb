// libFuzzer target: decoding, tokenizing, splitting and cleaning arbitrary bytes must never crash,
// hang, or produce tokens or spans outside the text; decoding character references keeps UTF-8
// valid.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/non_article_detector.h"
#include "extract/text_cleaner.h"
#include "text/character_references.h"
#include "text/sentence_splitter.h"
#include "text/text_decoding.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text, note;
  if (!precis::text::DecodeText(std::string_view(reinterpret_cast<const char*>(data), size), &text,
                                &note)
           .ok()) {
    return 0;
  }
  std::vector<precis::text::Token> tokens;
  precis::text::Tokenize(text, &tokens);
  // Tokens, those cut by ICU's dictionary included, are non-empty, ordered and inside the text.
  uint32_t previous_end = 0;
  for (const auto& t : tokens) {
    if (t.begin >= t.end || t.begin < previous_end || t.end > text.size()) __builtin_trap();
    previous_end = t.end;
  }
  precis::text::CountBudgetWords(text, tokens, 0, tokens.size());
  std::vector<precis::text::SentenceSpan> spans;
  precis::text::SplitSentences(text, tokens, &spans);
  for (const auto& s : spans) {
    if (s.begin > s.end || s.end > text.size() || s.end_token > tokens.size()) __builtin_trap();
  }
  if (!precis::text::IsValidUtf8(precis::text::DisplayText(text))) __builtin_trap();
  precis::extract::CleanedText cleaned;
  precis::extract::CleanText(text, precis::extract::BoilerplateModel(), &cleaned);
  precis::extract::JudgeArticle(text, cleaned);
  return 0;
}
