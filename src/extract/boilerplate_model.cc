#include "extract/boilerplate_model.h"

#include <algorithm>

namespace precis::extract {

BoilerplateModel::BoilerplateModel(std::vector<uint64_t> shingles)
    : shingles_(std::move(shingles)) {
  std::sort(shingles_.begin(), shingles_.end());
  shingles_.erase(std::unique(shingles_.begin(), shingles_.end()), shingles_.end());
  filter_.assign(1024, 0);
  for (uint64_t s : shingles_) filter_[(s & 0xFFFF) >> 6] |= 1ull << (s & 63);
}

bool BoilerplateModel::Contains(uint64_t shingle) const {
  if (filter_.empty() || !(filter_[(shingle & 0xFFFF) >> 6] >> (shingle & 63) & 1)) return false;
  return std::binary_search(shingles_.begin(), shingles_.end(), shingle);
}

double BoilerplateModel::Coverage(const std::vector<uint64_t>& shingles) const {
  if (shingles.empty() || shingles_.empty()) return 0;
  size_t hits = 0;
  for (uint64_t s : shingles) hits += Contains(s);
  return static_cast<double>(hits) / static_cast<double>(shingles.size());
}

}  // namespace precis::extract
