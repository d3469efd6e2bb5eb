#include "base/file_io.h"

#include <lzma.h>

#include <fstream>
#include <sstream>

namespace precis {

Status ReadFileToString(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string raw = ss.str();
  if (path.size() < 3 || path.compare(path.size() - 3, 3, ".xz") != 0) {
    *out = std::move(raw);
    return Status::OK();
  }
  lzma_stream strm = LZMA_STREAM_INIT;
  if (lzma_stream_decoder(&strm, UINT64_MAX, LZMA_CONCATENATED) != LZMA_OK) {
    return Status::Internal("lzma decoder init failed");
  }
  out->clear();
  strm.next_in = reinterpret_cast<const uint8_t*>(raw.data());
  strm.avail_in = raw.size();
  std::string buf(1 << 20, '\0');
  lzma_ret ret;
  do {
    strm.next_out = reinterpret_cast<uint8_t*>(buf.data());
    strm.avail_out = buf.size();
    ret = lzma_code(&strm, LZMA_FINISH);
    out->append(buf.data(), buf.size() - strm.avail_out);
  } while (ret == LZMA_OK);
  lzma_end(&strm);
  if (ret != LZMA_STREAM_END) return Status::InvalidInput(path + ": corrupt xz data");
  return Status::OK();
}

Status WriteStringToFile(const std::string& path, std::string_view data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  out.close();
  if (!out) return Status::IOError(path + ": cannot write");
  return Status::OK();
}

}  // namespace precis
