#pragma once
// The command line: parses arguments, runs a subcommand, prints data to `out` and messages
// to `err`, and returns the exit code. main() only gathers the environment and calls run().
#include <cstddef>
#include <iosfwd>
#include <streambuf>
#include <string>
#include <vector>

namespace kban {

struct Environment {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool stdout_is_tty = false;
  bool stdin_is_tty = false;
  bool no_color = false;    // NO_COLOR is set and not empty
  std::size_t columns = 0;  // terminal width, 0 when unknown
  // Why stdin cannot be read ("standard input is closed"), or empty when it can.
  std::string stdin_problem;
};

int run(int argc, const char* const* argv, Environment& env);

// Standard output as the program writes it: buffered writes to a file descriptor. A write
// that fails (a full disk, a closed descriptor, a broken pipe with SIGPIPE ignored) throws
// Error(kExitOutput, "cannot write output: REASON"), so a run stops at its first lost byte;
// the stream it serves must have badbit among its exceptions to pass the error on.
class DescriptorOutput : public std::streambuf {
 public:
  explicit DescriptorOutput(int fd);
  DescriptorOutput(const DescriptorOutput&) = delete;
  DescriptorOutput& operator=(const DescriptorOutput&) = delete;

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  void drain();
  void write_all(const char* data, std::size_t size);

  int fd_;
  std::vector<char> buffer_;
};

}  // namespace kban
