#pragma once
// The one error type of kban: caught once, in the command-line driver, and printed as
// `kban: error: ...` with the exit code it carries.
#include <stdexcept>
#include <string>
#include <vector>

namespace kban {

// Exit codes, documented in README.md and `kban --help`.
enum ExitCode : int {
  kExitOk = 0,
  kExitConflicts = 1,  // --fail-on-conflict and at least one conflict found
  kExitUsage = 2,      // bad command line
  kExitData = 3,       // bad input data: corpus, lexicon or text
  kExitInternal = 4,   // a bug in kban
  kExitOutput = 5,     // the output cannot be written: a full disk, a closed stdout, a broken pipe
};

class Error : public std::runtime_error {
 public:
  // `messages` are the lines to print after "kban: error: ", one per problem found.
  Error(ExitCode code, std::vector<std::string> messages);
  Error(ExitCode code, const std::string& message) : Error(code, std::vector<std::string>{message}) {}

  ExitCode code() const { return code_; }
  const std::vector<std::string>& messages() const { return messages_; }

 private:
  ExitCode code_;
  std::vector<std::string> messages_;
};

// Shorthand for the common case: a problem in input data.
inline Error data_error(const std::string& message) { return Error(kExitData, message); }

}  // namespace kban
