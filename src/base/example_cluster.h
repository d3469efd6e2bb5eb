// The example cluster shipped in examples/sanctuary-ruling-2017 (five reports of one ruling), read
// as Documents: for tests and benchmarks, which build with PRECIS_SOURCE_DIR defined.
#ifndef PRECIS_BASE_EXAMPLE_CLUSTER_H_
#define PRECIS_BASE_EXAMPLE_CLUSTER_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "precis/document.h"

namespace precis {

// The files in name order; each Document's id is its file name.
inline std::vector<Document> ReadExampleCluster() {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(std::string(PRECIS_SOURCE_DIR) +
                                                           "/examples/sanctuary-ruling-2017")) {
    files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Document> docs;
  for (const auto& f : files) {
    std::ifstream in(f);
    std::stringstream ss;
    ss << in.rdbuf();
    Document d;
    d.text = ss.str();
    d.id = f.filename().string();
    docs.push_back(std::move(d));
  }
  return docs;
}

}  // namespace precis

#endif  // PRECIS_BASE_EXAMPLE_CLUSTER_H_
