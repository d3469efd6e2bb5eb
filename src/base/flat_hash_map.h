// U64Map: an open-addressing hash map from 64-bit keys to 32-bit values, for the hot paths of
// text analysis, where std::unordered_map's node-per-entry layout costs an allocation per insert
// and several cache misses per lookup. Clear() is O(1) (generation stamps), so one map is reused
// across clusters without touching its memory. No erasing of single keys; iteration order is not
// exposed, so no result can depend on it.
#ifndef PRECIS_BASE_FLAT_HASH_MAP_H_
#define PRECIS_BASE_FLAT_HASH_MAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace precis {

class U64Map {
 public:
  U64Map() { Rehash(1024); }

  // The value for `key`, inserting `value` first when the key is new (`*inserted` says which).
  uint32_t& FindOrInsert(uint64_t key, uint32_t value, bool* inserted) {
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
    size_t i = Index(key);
    while (true) {
      Slot& s = slots_[i];
      if (s.generation != generation_) {
        s = Slot{key, value, generation_};
        ++size_;
        *inserted = true;
        return s.value;
      }
      if (s.key == key) {
        *inserted = false;
        return s.value;
      }
      i = (i + 1) & mask_;
    }
  }

  // The value for `key`, or nullptr when absent. Valid until the next insertion.
  const uint32_t* Find(uint64_t key) const {
    size_t i = Index(key);
    while (true) {
      const Slot& s = slots_[i];
      if (s.generation != generation_) return nullptr;
      if (s.key == key) return &s.value;
      i = (i + 1) & mask_;
    }
  }

  // Starts loading the slot where `key` lives or would go. In a table far larger than the caches
  // each lookup is a cache miss; prefetching a batch of keys first lets the misses overlap.
  void Prefetch(uint64_t key) const { __builtin_prefetch(&slots_[Index(key)]); }

  void Clear() {
    size_ = 0;
    if (++generation_ == 0) {  // wrapped: stamps from 2^32 clears ago could look current
      for (Slot& s : slots_) s.generation = 0;
      generation_ = 1;
    }
  }
  size_t size() const { return size_; }

  // Clear(), and the memory given back when the table grew past `keep_slots`: a map reused for
  // every input (thread_local scratch) must not pin one huge input's table for good.
  void ClearAndTrim(size_t keep_slots = size_t{1} << 16) {
    if (slots_.size() > keep_slots) {
      *this = U64Map();
    } else {
      Clear();
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
    uint32_t generation = 0;  // live when equal to generation_
  };

  size_t Index(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_) & mask_;
  }

  void Rehash(size_t capacity) {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    shift_ = 64 - static_cast<unsigned>(__builtin_ctzll(capacity));
    const uint32_t live = generation_;
    generation_ = 1;
    size_ = 0;
    for (const Slot& s : old) {
      if (s.generation != live) continue;
      bool inserted;
      FindOrInsert(s.key, s.value, &inserted);
    }
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
  size_t mask_ = 0;
  unsigned shift_ = 0;
  uint32_t generation_ = 1;
};

}  // namespace precis

#endif  // PRECIS_BASE_FLAT_HASH_MAP_H_
