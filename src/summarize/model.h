// SummarizerModel: what precis learns from data, in one small file.
//
// Two parts: the boilerplate shingles (extract::BoilerplateModel) and named numeric parameters
// of the summarization methods (concept weights, position prior, the sentence importance
// weights "sentence.w.*" and word weights "sentence.word.<folded word>", ...). `precis train`
// writes it; the runtime only reads it (the trainer lives apart, in summarize/trainer.h).
//
// File format (all integers little-endian):
//   "PRECIS-MODEL 1\n"
//   "params <n>\n" then n lines "<name> <value>\n"
//   "shingles <n>\n" then n 8-byte shingle hashes
#ifndef PRECIS_SUMMARIZE_MODEL_H_
#define PRECIS_SUMMARIZE_MODEL_H_

#include <map>
#include <string>

#include "extract/boilerplate_model.h"
#include "precis/status.h"

namespace precis::summarize {

struct SummarizerModel {
  extract::BoilerplateModel boilerplate;
  std::map<std::string, double> params;

  // The value of parameter `name`, or `fallback` when the model does not set it.
  double Param(const std::string& name, double fallback) const {
    auto it = params.find(name);
    return it == params.end() ? fallback : it->second;
  }

  static Status Load(const std::string& path, SummarizerModel* out);
  Status Save(const std::string& path) const;
};

// Where the shipped model is looked for when no path is given: $PRECIS_MODEL, then
// models/precis.model next to the executable's parent folders and in the source tree.
std::string DefaultModelPath();

// Loads the model at `path`, or the shipped one (DefaultModelPath) when `path` is empty. A model
// named by the caller must load; the shipped one may be missing or unreadable (a default,
// empty model is used) unless `require` is set.
Status LoadModelOrDefault(const std::string& path, bool require, SummarizerModel* out);

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_MODEL_H_
