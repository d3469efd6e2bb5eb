// Near-duplicate text: wire copies and reprints of one article.
//
// Outlets run agency copy (AP, Reuters, AFP) trimmed, extended, with a new first sentence or a
// few words changed. Such copies are one source, not several confirmations, so story clustering
// groups them as syndicated and attribution counts them once. A copy is recognised by its word
// shingles: a text is a copy of another when most of the shorter one's shingles occur in the
// longer one (containment), which survives trimming where Jaccard similarity does not.
//
// Texts are summarized by MinHash signatures (one-permutation hashing with optimal densification,
// Shrivastava 2017: one hash per shingle, so a signature costs about as much as reading the text),
// and candidate pairs are found by LSH banding, so finding the copies of a text among millions
// costs a few hash lookups. Containment is estimated from the Jaccard estimate and the two
// shingle counts: |A & B| = J (|A| + |B|) / (1 + J).
#ifndef PRECIS_CLUSTER_NEAR_DUPLICATES_H_
#define PRECIS_CLUSTER_NEAR_DUPLICATES_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace precis::cluster {

// Words per shingle: short enough that a substituted word spoils few shingles (95% of 5-word
// shingles survive 1% of words changed), long enough that unrelated articles on one topic share
// almost none.
inline constexpr size_t kCopyShingleWords = 5;
// Signature length. The Jaccard estimate's standard error is sqrt(J (1 - J) / 128), about 0.04.
inline constexpr size_t kSignatureSize = 128;
// A text whose shingles are at least this much contained in another's is a copy of it: nearly
// half. A copy with 5% of its words changed keeps only about three quarters of its 5-word
// shingles, and the estimate errs by about 0.04 either way; DUC 2006 articles on one topic that
// are not copies of each other share at most about 0.45 (copy pairs built from DUC 2006 with
// seeds 1-3: recall 0.994 / 0.992 / 0.992 here, against 0.990 / 0.985 / 0.988 at 0.5, and no
// further false positive).
inline constexpr double kMinCopyContainment = 0.45;

struct MinHashSignature {
  // 16-bit minima: a chance collision (1 in 65,536 per slot) biases J by under 2e-5, and halves
  // the memory of 32-bit values.
  std::array<uint16_t, kSignatureSize> values{};
  uint32_t shingles = 0;  // distinct shingles; 0 = too short to judge (never a copy)
};

// The signature of a text given as the hashes of its words (HashFoldedWord), in order.
void ComputeSignature(const std::vector<uint64_t>& word_hashes, MinHashSignature* out);

struct TextOverlap {
  double jaccard = 0;
  double containment = 0;  // of the text with fewer shingles in the other
};

TextOverlap EstimateOverlap(const MinHashSignature& a, const MinHashSignature& b);
inline bool IsCopy(const TextOverlap& o) { return o.containment >= kMinCopyContainment; }

// Finds, for each new text, the earlier ones it copies or that copy it. Items are numbered 0, 1,
// 2... in the order added. Deterministic: results depend only on the sequence of signatures.
class NearDuplicateIndex {
 public:
  NearDuplicateIndex();

  // Adds a text as item size(), writing to `*copies` (cleared first) the earlier items that are
  // copies of it or that it copies, ascending. A signature with no shingles is stored but
  // neither matches nor is matched.
  void Add(const MinHashSignature& signature, std::vector<uint32_t>* copies);

  // The items that `signature` is a copy of (or that copy it), ascending, without adding it.
  void Find(const MinHashSignature& signature, std::vector<uint32_t>* copies) const;

  size_t size() const { return signatures_.size(); }
  const MinHashSignature& signature(uint32_t item) const { return signatures_[item]; }
  // Bytes held per item, for capacity planning.
  size_t MemoryBytes() const;

 private:
  static constexpr size_t kRowsPerBand = 2;  // J = 0.3 pairs meet in some band with p > 0.99
  static_assert(kRowsPerBand == 2, "a band's value is two 16-bit minima in 32 bits");
  static constexpr size_t kBands = kSignatureSize / kRowsPerBand;
  // Candidates read per band bucket, newest first: a bucket shared by thousands of texts holds
  // boilerplate (an agency's sign-off), not a copy, and must not cost thousands of comparisons.
  static constexpr size_t kMaxBucketScan = 64;

  // One band's buckets: band value (two 16-bit minima) -> newest link. Open addressing over
  // 8-byte slots, at most half full; a band's value is its own key, so no collisions to resolve.
  class BandTable {
   public:
    // Small at first: the summarizer builds one index per cluster of a few documents.
    BandTable() { slots_.assign(16, Slot{0, kEnd}); }
    // The head of `value`'s bucket, or kEnd; `*slot` receives where it lives or would go.
    uint32_t Head(uint32_t value, size_t* slot) const;
    // Makes `link` the head of `value`'s bucket, with `slot` from Head() just before.
    void SetHead(uint32_t value, size_t slot, uint32_t link);
    void Prefetch(uint32_t value) const { __builtin_prefetch(&slots_[Index(value)]); }
    size_t MemoryBytes() const { return slots_.capacity() * sizeof(Slot); }

   private:
    struct Slot {
      uint32_t value;
      uint32_t head;  // kEnd: empty
    };
    size_t Index(uint32_t value) const {
      return static_cast<size_t>((value * 0x9E3779B97F4A7C15ull) >> 32) & (slots_.size() - 1);
    }
    std::vector<Slot> slots_;
    size_t size_ = 0;
  };

  static uint32_t BandValue(const MinHashSignature& s, size_t band) {
    return (static_cast<uint32_t>(s.values[band * kRowsPerBand]) << 16) |
           s.values[band * kRowsPerBand + 1];
  }
  // Appends the items of the bucket whose newest link is `head` (at most kMaxBucketScan).
  void CollectBucket(uint32_t head, std::vector<uint32_t>* seen) const;
  // Writes to `*copies` the distinct items of `*seen` that `signature` copies or is copied by.
  void KeepCopies(const MinHashSignature& signature, std::vector<uint32_t>* seen,
                  std::vector<uint32_t>* copies) const;

  std::vector<MinHashSignature> signatures_;
  struct Link {
    uint32_t item;
    uint32_t next;  // index into links_ of the next older entry, or kEnd
  };
  static constexpr uint32_t kEnd = 0xFFFFFFFF;
  std::array<BandTable, kBands> bands_;
  std::vector<Link> links_;
  std::vector<uint32_t> seen_;  // scratch for Add
};

}  // namespace precis::cluster

#endif  // PRECIS_CLUSTER_NEAR_DUPLICATES_H_
