// Rendering summaries: plain text with [n] markers, Markdown, and JSON.
#ifndef PRECIS_CLI_OUTPUT_H_
#define PRECIS_CLI_OUTPUT_H_

#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "precis/document.h"
#include "precis/status.h"
#include "precis/summarizer.h"

namespace precis::cli {

// Sentences with [1][3] markers (1-based), then a numbered list of sources.
std::string FormatText(const Summary& summary, const std::vector<Document>& docs);
std::string FormatMarkdown(const Summary& summary, const std::vector<Document>& docs);

// Appends `text` as a JSON string literal, byte for byte as nlohmann::json writes it (UTF-8 kept,
// control characters escaped, invalid UTF-8 replaced by U+FFFD).
void AppendJsonString(std::string_view text, std::string* out);

// One JSON object. The batch line shape is {"id", "summary", "sentences": [{"text", "sources"}]};
// `detailed` adds per sentence "score" and "offsets", and "documents", "warnings", "language",
// "method", "words". No trailing newline.
std::string FormatJson(const std::string& id, const Summary& summary,
                       const std::vector<Document>& docs, bool detailed);

// The batch line of a record that failed: {"id", "error", "summary": "", "sentences": []}.
std::string FormatJsonError(const std::string& id, const std::string& error);

// Where a command writes its results: the file `path` (replaced), or standard output when `path`
// is empty or "-".
class OutputTarget {
 public:
  // Fails with kIOError naming the file when it cannot be created.
  Status Open(const std::string& path);
  std::ostream& stream() { return file_ ? *file_ : std::cout; }

 private:
  std::unique_ptr<std::ofstream> file_;
};

}  // namespace precis::cli

#endif  // PRECIS_CLI_OUTPUT_H_
