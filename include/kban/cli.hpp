#pragma once
// The command line: parses arguments, runs a subcommand, prints data to `out` and messages
// to `err`, and returns the exit code. main() only gathers the environment and calls run().
#include <cstddef>
#include <iosfwd>

namespace kban {

struct Environment {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool stdout_is_tty = false;
  bool stdin_is_tty = false;
  bool no_color = false;    // NO_COLOR is set and not empty
  std::size_t columns = 0;  // terminal width, 0 when unknown
};

int run(int argc, const char* const* argv, Environment& env);

}  // namespace kban
