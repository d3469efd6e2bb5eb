// libFuzzer target: the batch JSONL reader must reject malformed records with a Status, never
// crash; accepted records must summarize without crashing.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "cli/input.h"
#include "precis/summarizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::unique_ptr<precis::Summarizer> summarizer = [] {
    std::unique_ptr<precis::Summarizer> s;
    precis::Summarizer::Create(precis::SummarizerConfig{}, &s);
    return s;
  }();
  precis::cli::BatchRecord record;
  std::string line(reinterpret_cast<const char*>(data), size);
  if (!precis::cli::ParseBatchRecord(line, &record).ok()) return 0;
  precis::Summary summary;
  precis::SummaryOptions options;
  options.budget = precis::Budget::Words(50);
  summarizer->Summarize(record.documents, options, &summary);
  return 0;
}
