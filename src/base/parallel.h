// Parallel loops whose results do not depend on the number of threads: each index is processed
// independently and writes only its own slot, so output order is the input order.
#ifndef PRECIS_BASE_PARALLEL_H_
#define PRECIS_BASE_PARALLEL_H_

#include <cstddef>
#include <functional>

namespace precis {

// Calls fn(i) for every i in [0, n), on up to `threads` threads (0 = all cores).
void ParallelFor(size_t n, int threads, const std::function<void(size_t)>& fn);

}  // namespace precis

#endif  // PRECIS_BASE_PARALLEL_H_
