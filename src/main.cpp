// kban: the program. Everything but gathering the environment lives in kban_core.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>

#include "kban/cli.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const char* no_color = std::getenv("NO_COLOR");
  const char* columns = std::getenv("COLUMNS");
  kban::Environment env{std::cin, std::cout, std::cerr};
  env.stdout_is_tty = isatty(STDOUT_FILENO) != 0;
  env.stdin_is_tty = isatty(STDIN_FILENO) != 0;
  env.no_color = no_color != nullptr && *no_color != '\0';
  env.columns = columns != nullptr ? std::strtoul(columns, nullptr, 10) : (env.stdout_is_tty ? 100 : 0);
  const int code = kban::run(argc, argv, env);
  std::cout.flush();
  return std::cout.good() ? code : 4;
}
