// libFuzzer target: story clustering's inputs. Arbitrary bytes as an article JSONL line must be
// rejected with a Status or clustered without crashing; as a story index file, Load must refuse
// them with a Status (never read out of bounds or allocate without bound) or load a usable index.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <memory>
#include <string>

#include "cli/input.h"
#include "precis/story_clusterer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::unique_ptr<precis::StoryClusterer> clusterer;
  precis::StoryClusterer::Create(precis::StoryConfig{}, &clusterer);
  precis::ArticleAssignment assignment;
  if (data[0] % 2 == 0) {
    precis::Document doc;
    if (!precis::cli::ParseArticleRecord(bytes, &doc).ok()) return 0;
    clusterer->Add(doc, &assignment);
    clusterer->Add(doc, &assignment);
  } else {
    static const std::string path = "/tmp/precis_fuzz_" + std::to_string(getpid()) + ".state";
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    if (clusterer->Load(path).ok()) {
      precis::Document doc;
      doc.text = "A judge in Chicago blocked the grant conditions on Friday, the city said.";
      clusterer->Add(doc, &assignment);
    }
  }
  std::vector<precis::Story> stories;
  clusterer->Stories(&stories);
  return 0;
}
