// Status: the outcome of an operation that can fail, after LevelDB's Status.
//
// A Status is either OK or carries a code and a message meant for a person: it names what failed
// and where ("docs/a.txt: not UTF-8 text (binary data at byte 1024)"). Functions that can fail
// return a Status and write their result through an output parameter; they never throw for
// bad input.
#ifndef PRECIS_STATUS_H_
#define PRECIS_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace precis {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // the caller asked for something impossible (bad option, unknown method)
    kNotFound,         // a file or resource does not exist
    kIOError,          // reading or writing failed
    kInvalidInput,  // the input exists but cannot be used (empty, binary, malformed, undecodable)
    kInternal,      // a bug or an external library failed; never caused by input alone
  };

  Status() = default;
  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string_view msg) {
    return Status(Code::kInvalidArgument, msg);
  }
  static Status NotFound(std::string_view msg) { return Status(Code::kNotFound, msg); }
  static Status IOError(std::string_view msg) { return Status(Code::kIOError, msg); }
  static Status InvalidInput(std::string_view msg) { return Status(Code::kInvalidInput, msg); }
  static Status Internal(std::string_view msg) { return Status(Code::kInternal, msg); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is prefixed with `context: `, e.g. a file name or line number.
  Status WithContext(std::string_view context) const {
    if (ok()) return *this;
    return Status(code_, std::string(context) + ": " + message_);
  }

  // "OK", or the code's name followed by the message.
  std::string ToString() const;

 private:
  Status(Code code, std::string_view msg) : code_(code), message_(msg) {}

  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace precis

#endif  // PRECIS_STATUS_H_
