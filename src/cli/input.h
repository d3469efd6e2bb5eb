// Reading the CLI's inputs into Documents: text files, folders of them, standard input, and the
// batch JSONL format.
#ifndef PRECIS_CLI_INPUT_H_
#define PRECIS_CLI_INPUT_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/document.h"
#include "precis/extractor.h"
#include "precis/status.h"

namespace precis::cli {

// The line that separates articles on standard input.
inline constexpr std::string_view kArticleSeparator = "|||||";

// Reads a whole file (or "-" for standard input) into `*out`. Files over `max_bytes` fail.
Status ReadFileBytes(const std::string& path, std::string* out, size_t max_bytes = size_t{1} << 30);

// Documents from command-line arguments: each argument an http(s) URL (fetched, its article
// extracted), a text or HTML file, a folder (its regular
// files, sorted by name, hidden files skipped), or "-" (standard input, articles separated by a
// line holding only "|||||"). A file named .html/.htm(.gz) or whose bytes look like HTML is a web
// page: its article is extracted (ExtractArticle) with its title, outlet and date. Other files
// are decoded as text (text::DecodeText). A file that is empty, binary, undecodable or a page
// without article text fails with its path in the message. Repairs are reported through
// `*notes`. With `failures` null, the first input that cannot be used fails the call; otherwise
// each such input's error is appended to `*failures`, the others are still read, and the call
// fails only when no document is left. Standard input that cannot be read fails the call either
// way.
Status ReadDocuments(const std::vector<std::string>& args, std::vector<Document>* docs,
                     std::vector<std::string>* notes, std::vector<Status>* failures = nullptr);

// Fetches an http(s) URL and extracts its article (the server's charset and the final URL after
// redirects are used). Errors name the URL.
Status FetchArticle(const std::string& url, ExtractedArticle* article);

// Splits text read from standard input into articles at separator lines.
std::vector<std::string> SplitArticles(std::string_view text);

// A JSONL file's non-blank lines (a trailing CR stripped) with their 1-based line numbers, so
// messages can name the line.
struct JsonlLine {
  size_t number = 0;
  std::string text;
};
Status ReadJsonlLines(const std::string& path, std::vector<JsonlLine>* lines);

struct BatchRecord {
  std::string id;
  std::vector<Document> documents;
};

// Parses one batch JSONL line: {"id": ..., "documents": [{"text", "title", "url", "source",
// "date"} or "plain text", ...]}. A numeric id is accepted and printed as a string. A document
// may give "html" (a web page) in place of "text": its article is extracted, and the page's
// title, URL, outlet and date fill the fields the record leaves out.
Status ParseBatchRecord(std::string_view line, BatchRecord* record);

// Parses one article JSONL line (story clustering's input): {"id", "text" or "html", "title",
// "url", "source", "date"}, all optional strings (a numeric id is accepted); "html" is extracted
// as in ParseBatchRecord.
Status ParseArticleRecord(std::string_view line, Document* doc);

}  // namespace precis::cli

#endif  // PRECIS_CLI_INPUT_H_
