// Little-endian binary records for index files: a writer that appends to a string, and a reader
// that checks every read against the end of its buffer, so a truncated or corrupt file is an
// error, never an out-of-bounds read or an unbounded allocation.
#ifndef PRECIS_BASE_BINARY_IO_H_
#define PRECIS_BASE_BINARY_IO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace precis {

class BinaryWriter {
 public:
  template <typename T>
  void Put(T v) {
    static_assert(std::is_arithmetic_v<T>);
    char b[sizeof(T)];
    std::memcpy(b, &v, sizeof(T));  // the targets precis builds for are little-endian
    out_.append(b, sizeof(T));
  }
  void PutString(std::string_view s) {
    Put<uint64_t>(s.size());
    out_.append(s);
  }
  template <typename T>
  void PutVector(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    Put<uint64_t>(v.size());
    out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  const std::string& data() const { return out_; }

 private:
  std::string out_;
};

class BinaryReader {
 public:
  explicit BinaryReader(std::string_view data) : data_(data) {}

  // Each Get returns false (and leaves the reader failed) when the data runs out.
  template <typename T>
  bool Get(T* v) {
    static_assert(std::is_arithmetic_v<T>);
    if (failed_ || data_.size() - pos_ < sizeof(T)) return Fail();
    std::memcpy(v, data_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool GetString(std::string* s) {
    uint64_t n;
    if (!Get(&n) || n > data_.size() - pos_) return Fail();
    s->assign(data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  template <typename T>
  bool GetVector(std::vector<T>* v) {
    static_assert(std::is_trivially_copyable_v<T>);
    uint64_t n;
    if (!Get(&n) || n > (data_.size() - pos_) / sizeof(T)) return Fail();
    v->resize(n);
    std::memcpy(v->data(), data_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return true;
  }
  bool ok() const { return !failed_; }
  bool at_end() const { return pos_ == data_.size(); }

 private:
  bool Fail() {
    failed_ = true;
    return false;
  }
  std::string_view data_;
  size_t pos_ = 0;
  bool failed_ = false;
};

}  // namespace precis

#endif  // PRECIS_BASE_BINARY_IO_H_
