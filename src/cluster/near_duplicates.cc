#include "cluster/near_duplicates.h"

#include <algorithm>

#include "base/flat_hash_map.h"
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
  if (shingles.empty()) return;
  // Distinct shingles, counted in a set (a repeat does not change a minimum, so only the count
  // needs them distinct).
  thread_local U64Map seen;
  seen.ClearAndTrim();
  uint32_t distinct = 0;

  // One permutation: each shingle lands in one slot, by its high bits, and competes there with
  // its low bits. 32-bit minima while building, so the 16 bits kept are the top of a true min.
  std::array<uint32_t, kSignatureSize> minima;
  minima.fill(kEmpty);
  for (uint64_t s : shingles) {
    bool inserted;
    seen.FindOrInsert(s, 0, &inserted);
    distinct += inserted;
    uint64_t h = Mix(s);
    size_t slot = static_cast<size_t>(((h >> 32) * kSignatureSize) >> 32);
    uint32_t v = static_cast<uint32_t>(h) & 0xFFFFFFFE;  // kEmpty stays out of reach
    minima[slot] = std::min(minima[slot], v);
  }
  out->shingles = distinct;
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

uint32_t NearDuplicateIndex::BandTable::Head(uint32_t value, size_t* slot) const {
  const size_t mask = slots_.size() - 1;
  size_t i = Index(value);
  while (slots_[i].head != kEnd && slots_[i].value != value) i = (i + 1) & mask;
  *slot = i;
  return slots_[i].head;
}

void NearDuplicateIndex::BandTable::SetHead(uint32_t value, size_t slot, uint32_t link) {
  if (slots_[slot].head != kEnd) {
    slots_[slot].head = link;
    return;
  }
  slots_[slot] = Slot{value, link};
  if (++size_ * 2 <= slots_.size()) return;
  std::vector<Slot> old(slots_.size() * 2, Slot{0, kEnd});
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.head == kEnd) continue;
    size_t i = Index(s.value);
    while (slots_[i].head != kEnd) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void NearDuplicateIndex::Find(const MinHashSignature& signature,
                              std::vector<uint32_t>* copies) const {
  std::vector<uint32_t> seen;
  if (signature.shingles != 0) {
    for (size_t band = 0; band < kBands; ++band) {
      size_t slot;
      CollectBucket(bands_[band].Head(BandValue(signature, band), &slot), &seen);
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
    for (size_t band = 0; band < kBands; ++band) bands_[band].Prefetch(BandValue(signature, band));
    for (size_t band = 0; band < kBands; ++band) {
      const uint32_t value = BandValue(signature, band);
      const uint32_t link = static_cast<uint32_t>(links_.size());
      size_t slot;
      const uint32_t older = bands_[band].Head(value, &slot);
      bands_[band].SetHead(value, slot, link);
      links_.push_back(Link{item, older});
      CollectBucket(older, &seen_);
    }
  }
  KeepCopies(signature, &seen_, copies);
  signatures_.push_back(signature);
}

size_t NearDuplicateIndex::MemoryBytes() const {
  size_t bytes =
      signatures_.capacity() * sizeof(MinHashSignature) + links_.capacity() * sizeof(Link);
  for (const BandTable& t : bands_) bytes += t.MemoryBytes();
  return bytes;
}

}  // namespace precis::cluster
