#include "cluster/near_duplicates.h"

#include <algorithm>

#include "extract/shingles.h"

namespace precis::cluster {
namespace {

inline uint64_t Mix(uint64_t x) {  // splitmix64 finalizer
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  x ^= x >> 31;
  return x;
}

constexpr uint32_t kEmpty = 0xFFFFFFFF;

}  // namespace

void ComputeSignature(const std::vector<uint64_t>& word_hashes, MinHashSignature* out) {
  *out = MinHashSignature();
  std::vector<uint64_t> shingles;
  extract::ShinglesOfWords(word_hashes, 0, word_hashes.size(), &shingles, kCopyShingleWords);
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  out->shingles = static_cast<uint32_t>(shingles.size());
  if (shingles.empty()) return;

  // One permutation: each shingle lands in one slot, by its high bits, and competes there with
  // its low bits. 32-bit minima while building, so the 16 bits kept are the top of a true min.
  std::array<uint32_t, kSignatureSize> minima;
  minima.fill(kEmpty);
  for (uint64_t s : shingles) {
    uint64_t h = Mix(s);
    size_t slot = static_cast<size_t>(((h >> 32) * kSignatureSize) >> 32);
    uint32_t v = static_cast<uint32_t>(h) & 0xFFFFFFFE;  // kEmpty stays out of reach
    minima[slot] = std::min(minima[slot], v);
  }
  // Optimal densification: an empty slot copies the slot reached by its own fixed probe
  // sequence, so two texts with the same filled slots fill their empty ones alike.
  std::array<uint32_t, kSignatureSize> dense = minima;
  for (size_t i = 0; i < kSignatureSize; ++i) {
    if (minima[i] != kEmpty) continue;
    for (uint64_t attempt = 1;; ++attempt) {
      size_t j = static_cast<size_t>(Mix((i << 32) | attempt) % kSignatureSize);
      if (minima[j] != kEmpty) {
        dense[i] = minima[j];
        break;
      }
    }
  }
  for (size_t i = 0; i < kSignatureSize; ++i) {
    out->values[i] = static_cast<uint16_t>(dense[i] >> 16);
  }
}

TextOverlap EstimateOverlap(const MinHashSignature& a, const MinHashSignature& b) {
  TextOverlap o;
  if (a.shingles == 0 || b.shingles == 0) return o;
  size_t equal = 0;
  for (size_t i = 0; i < kSignatureSize; ++i) equal += a.values[i] == b.values[i];
  o.jaccard = static_cast<double>(equal) / kSignatureSize;
  double intersection = o.jaccard * (a.shingles + b.shingles) / (1 + o.jaccard);
  o.containment = std::min(1.0, intersection / std::min(a.shingles, b.shingles));
  return o;
}

NearDuplicateIndex::NearDuplicateIndex() = default;

uint64_t NearDuplicateIndex::BandKey(const MinHashSignature& s, size_t band) const {
  uint64_t key = band;
  for (size_t r = 0; r < kRowsPerBand; ++r) key = (key << 16) | s.values[band * kRowsPerBand + r];
  return Mix(key);
}

void NearDuplicateIndex::Find(const MinHashSignature& signature,
                              std::vector<uint32_t>* copies) const {
  std::vector<uint32_t> seen;
  if (signature.shingles != 0) {
    for (size_t band = 0; band < kBands; ++band) {
      if (const uint32_t* head = bucket_head_.Find(BandKey(signature, band))) {
        CollectBucket(*head, &seen);
      }
    }
  }
  KeepCopies(signature, &seen, copies);
}

void NearDuplicateIndex::CollectBucket(uint32_t head, std::vector<uint32_t>* seen) const {
  size_t scanned = 0;
  for (uint32_t l = head; l != kEnd && scanned < kMaxBucketScan; l = links_[l].next, ++scanned) {
    seen->push_back(links_[l].item);
  }
}

void NearDuplicateIndex::KeepCopies(const MinHashSignature& signature, std::vector<uint32_t>* seen,
                                    std::vector<uint32_t>* copies) const {
  copies->clear();
  std::sort(seen->begin(), seen->end());
  seen->erase(std::unique(seen->begin(), seen->end()), seen->end());
  for (uint32_t item : *seen) {
    if (IsCopy(EstimateOverlap(signature, signatures_[item]))) copies->push_back(item);
  }
}

// Looks up and links in one probe per band: the bucket table is the largest structure here, and
// each probe is a likely cache miss.
void NearDuplicateIndex::Add(const MinHashSignature& signature, std::vector<uint32_t>* copies) {
  const uint32_t item = static_cast<uint32_t>(signatures_.size());
  seen_.clear();
  if (signature.shingles != 0) {
    std::array<uint64_t, kBands> keys;
    for (size_t band = 0; band < kBands; ++band) {
      keys[band] = BandKey(signature, band);
      bucket_head_.Prefetch(keys[band]);
    }
    for (size_t band = 0; band < kBands; ++band) {
      bool inserted;
      const uint32_t link = static_cast<uint32_t>(links_.size());
      uint32_t& head = bucket_head_.FindOrInsert(keys[band], link, &inserted);
      const uint32_t older = inserted ? kEnd : head;
      head = link;
      links_.push_back(Link{item, older});
      CollectBucket(older, &seen_);
    }
  }
  KeepCopies(signature, &seen_, copies);
  signatures_.push_back(signature);
}

size_t NearDuplicateIndex::MemoryBytes() const {
  return signatures_.capacity() * sizeof(MinHashSignature) + links_.capacity() * sizeof(Link) +
         bucket_head_.size() * 16 * 2;  // slots at load factor <= 1/2
}

}  // namespace precis::cluster
