#include "cli/progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>

namespace precis::cli {

Progress::Progress(std::string label, size_t total)
    : label_(std::move(label)),
      total_(total),
      enabled_(Enabled()),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() { Finish(); }

bool Progress::Enabled() { return isatty(STDERR_FILENO) == 1; }

void Progress::Update(size_t done) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(100) && done != total_) return;
  last_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  double rate = secs > 0 ? done / secs : 0;
  if (total_ > 0) {
    const int width = 30;
    int filled = static_cast<int>(width * static_cast<double>(done) / total_);
    std::fprintf(stderr, "\r%s [%s%s] %zu/%zu (%.0f/s) ", label_.c_str(),
                 std::string(static_cast<size_t>(filled), '#').c_str(),
                 std::string(static_cast<size_t>(width - filled), ' ').c_str(), done, total_, rate);
  } else {
    std::fprintf(stderr, "\r%s %zu (%.0f/s) ", label_.c_str(), done, rate);
  }
  std::fflush(stderr);
}

void Progress::Finish() {
  if (!enabled_ || finished_) return;
  finished_ = true;
  std::fprintf(stderr, "\n");
}

}  // namespace precis::cli
