// A progress bar on standard error, shown only when standard error is a terminal.
#ifndef PRECIS_CLI_PROGRESS_H_
#define PRECIS_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <string>

namespace precis::cli {

class Progress {
 public:
  // `total` 0 = unknown.
  Progress(std::string label, size_t total);
  ~Progress();
  void Update(size_t done);
  // Whether a bar is shown at all (standard error is a terminal).
  static bool Enabled();
  void Finish();

 private:
  std::string label_;
  size_t total_;
  bool enabled_;
  bool finished_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace precis::cli

#endif  // PRECIS_CLI_PROGRESS_H_
