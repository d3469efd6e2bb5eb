// Reading whole files, transparently decompressing .xz.
#ifndef PRECIS_BASE_FILE_IO_H_
#define PRECIS_BASE_FILE_IO_H_

#include <string>
#include <string_view>

#include "precis/status.h"

namespace precis {

// Reads `path` into `*out`; a name ending in ".xz" is decompressed. Fails with kNotFound or
// kInvalidInput (corrupt compressed data), naming the file.
Status ReadFileToString(const std::string& path, std::string* out);

// Writes `data` to `path`, replacing it. Fails with kIOError naming the file.
Status WriteStringToFile(const std::string& path, std::string_view data);

}  // namespace precis

#endif  // PRECIS_BASE_FILE_IO_H_
