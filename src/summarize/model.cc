#include "summarize/model.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace precis::summarize {

namespace {
constexpr char kMagic[] = "PRECIS-MODEL 1\n";
}

Status SummarizerModel::Load(const std::string& path, SummarizerModel* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open model file");
  std::string line;
  if (!std::getline(in, line) || line + "\n" != kMagic) {
    return Status::InvalidInput(path + ": not a precis model file (bad header)");
  }
  SummarizerModel model;
  size_t n = 0;
  if (!std::getline(in, line) || std::sscanf(line.c_str(), "params %zu", &n) != 1 || n > 100000) {
    return Status::InvalidInput(path + ": malformed params header");
  }
  for (size_t i = 0; i < n; ++i) {
    if (!std::getline(in, line)) return Status::InvalidInput(path + ": truncated params");
    std::istringstream fields(line);
    std::string name;
    double value;
    if (!(fields >> name >> value)) {
      return Status::InvalidInput(path + ": malformed parameter line " + std::to_string(i + 1));
    }
    model.params[name] = value;
  }
  if (!std::getline(in, line) || std::sscanf(line.c_str(), "shingles %zu", &n) != 1 ||
      n > 50000000) {
    return Status::InvalidInput(path + ": malformed shingles header");
  }
  std::vector<uint64_t> shingles(n);
  for (size_t i = 0; i < n; ++i) {
    unsigned char b[8];
    if (!in.read(reinterpret_cast<char*>(b), 8)) {
      return Status::InvalidInput(path + ": truncated shingles");
    }
    uint64_t v = 0;
    for (int k = 7; k >= 0; --k) v = (v << 8) | b[k];
    shingles[i] = v;
  }
  model.boilerplate = extract::BoilerplateModel(std::move(shingles));
  *out = std::move(model);
  return Status::OK();
}

Status SummarizerModel::Save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IOError(path + ": cannot write model file");
  out << kMagic << "params " << params.size() << "\n";
  char buf[64];
  for (const auto& [name, value] : params) {
    std::snprintf(buf, sizeof buf, "%.9g", value);
    out << name << " " << buf << "\n";
  }
  out << "shingles " << boilerplate.shingles().size() << "\n";
  for (uint64_t v : boilerplate.shingles()) {
    unsigned char b[8];
    for (int k = 0; k < 8; ++k) b[k] = static_cast<unsigned char>(v >> (8 * k));
    out.write(reinterpret_cast<const char*>(b), 8);
  }
  if (!out) return Status::IOError(path + ": write failed");
  return Status::OK();
}

std::string DefaultModelPath() {
  if (const char* env = std::getenv("PRECIS_MODEL"); env && *env) return env;
  namespace fs = std::filesystem;
  std::vector<fs::path> candidates;
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    fs::path dir = fs::path(exe).parent_path();
    for (int up = 0; up < 3 && !dir.empty(); ++up, dir = dir.parent_path()) {
      candidates.push_back(dir / "models" / "precis.model");
      candidates.push_back(dir / "share" / "precis" / "precis.model");
    }
  }
#ifdef PRECIS_SOURCE_DIR
  candidates.push_back(fs::path(PRECIS_SOURCE_DIR) / "models" / "precis.model");
#endif
  for (const fs::path& p : candidates) {
    std::error_code ec;
    if (fs::is_regular_file(p, ec)) return p.string();
  }
  return "";
}

Status LoadModelOrDefault(const std::string& path, bool require, SummarizerModel* out) {
  *out = SummarizerModel();
  const std::string chosen = path.empty() ? DefaultModelPath() : path;
  if (chosen.empty()) {
    if (require) return Status::NotFound("no model file found (set PRECIS_MODEL or pass a path)");
    return Status::OK();
  }
  Status s = SummarizerModel::Load(chosen, out);
  if (!s.ok() && (require || !path.empty())) return s;
  if (!s.ok()) *out = SummarizerModel();
  return Status::OK();
}

}  // namespace precis::summarize
