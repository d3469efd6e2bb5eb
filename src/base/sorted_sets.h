// Operations on sorted vectors used as sets or multisets.
#ifndef PRECIS_BASE_SORTED_SETS_H_
#define PRECIS_BASE_SORTED_SETS_H_

#include <cstddef>
#include <vector>

namespace precis {

// Size of the (multi)set intersection of two ascending vectors: each element counts as often as
// it occurs in both.
template <typename T>
size_t SortedIntersectionSize(const std::vector<T>& a, const std::vector<T>& b) {
  size_t common = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++common, ++i, ++j;
    }
  }
  return common;
}

}  // namespace precis

#endif  // PRECIS_BASE_SORTED_SETS_H_
