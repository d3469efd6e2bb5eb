// Document: one news article as the library receives it, and the facts every stage adds to it.
//
// This is the one document record of precis: the CLI readers, the extractor, the summarizer and
// the story clusterer all fill or read this type.
#ifndef PRECIS_DOCUMENT_H_
#define PRECIS_DOCUMENT_H_

#include <string>
#include <vector>

namespace precis {

struct Document {
  // The article's text, UTF-8, exactly as given (after charset repair, if it needed one). Offsets
  // reported in summaries are byte offsets into this string.
  std::string text;

  // Optional metadata; empty when unknown.
  std::string id;     // caller's identifier (file name, JSONL id)
  std::string title;  // headline
  std::string url;
  std::string source;  // outlet, e.g. "BBC News"
  std::string date;    // publication date as given (ISO 8601 preferred)
};

}  // namespace precis

#endif  // PRECIS_DOCUMENT_H_
