// kban: the program. Everything but gathering the environment lives in kban_core.
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

#include "kban/cli.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  kban::DescriptorOutput stdout_buffer(STDOUT_FILENO);
  std::ostream out(&stdout_buffer);
  out.exceptions(std::ios::badbit);  // a failed write stops the run with its reason
  const char* no_color = std::getenv("NO_COLOR");
  const char* columns = std::getenv("COLUMNS");
  kban::Environment env{std::cin, out, std::cerr, false, false, false, 0, {}};
  env.stdout_is_tty = isatty(STDOUT_FILENO) != 0;
  env.stdin_is_tty = isatty(STDIN_FILENO) != 0;
  env.no_color = no_color != nullptr && *no_color != '\0';
  // The terminal's width as COLUMNS says (a user's choice), else as the terminal reports it.
  struct winsize size {};
  const unsigned long stated = columns != nullptr ? std::strtoul(columns, nullptr, 10) : 0;
  if (stated > 0) env.columns = stated;
  else if (env.stdout_is_tty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) env.columns = size.ws_col;
  else env.columns = env.stdout_is_tty ? 80 : 0;
  struct stat in {};
  if (fstat(STDIN_FILENO, &in) != 0) env.stdin_problem = "standard input is closed";
  else if (S_ISDIR(in.st_mode)) env.stdin_problem = std::strerror(EISDIR);
  // run() writes everything, flushes and reports its own failures.
  return kban::run(argc, argv, env);
}
