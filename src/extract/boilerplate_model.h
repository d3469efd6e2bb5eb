// BoilerplateModel: text known to recur across unrelated events, learned from a corpus.
//
// A web crawl of news is full of text that is not news: web-archive crawl notices, "Tweet with a
// location" pages, cookie walls, reprint notices. No list written by hand keeps up with them, but
// they give themselves away by repetition: the same eight-word runs appear under many unrelated
// events. `precis train` counts, over a training corpus, in how many distinct events each shingle
// occurs, and keeps those above a threshold; this class holds that set and answers membership.
#ifndef PRECIS_EXTRACT_BOILERPLATE_MODEL_H_
#define PRECIS_EXTRACT_BOILERPLATE_MODEL_H_

#include <cstdint>
#include <vector>

namespace precis::extract {

class BoilerplateModel {
 public:
  BoilerplateModel() = default;
  // `shingles` need not be sorted or unique.
  explicit BoilerplateModel(std::vector<uint64_t> shingles);

  bool Contains(uint64_t shingle) const;
  // Share of `shingles` in the model; 0 for an empty list.
  double Coverage(const std::vector<uint64_t>& shingles) const;

  const std::vector<uint64_t>& shingles() const { return shingles_; }
  bool empty() const { return shingles_.empty(); }

 private:
  std::vector<uint64_t> shingles_;  // sorted, unique
  // A 2^16-bit filter on the low bits: most lookups miss, and the filter answers those without
  // searching.
  std::vector<uint64_t> filter_;
};

}  // namespace precis::extract

#endif  // PRECIS_EXTRACT_BOILERPLATE_MODEL_H_
