#pragma once
// Helpers for end-to-end tests: run the real kban binary and capture what it prints.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace kban::test {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `kban ARGS` through the shell with `input` on stdin, from a scratch folder, with
// NO_COLOR and COLUMNS unset unless `env` sets them ("NAME=value ..." prefix).
RunResult run_kban(const std::string& args, const std::string& input = "", const std::string& env = "");

// Runs a POSIX shell script from the scratch folder, with $KBAN the program, for what
// run_kban cannot set up (stdout to /dev/full, a closed stdin, a pipe); its own stdout and
// stderr are captured, and its exit code is the script's.
RunResult run_script(const std::string& script);

// A file in a fresh scratch folder with this content; returns its path.
std::string write_temp(const std::string& name, const std::string& content);

std::string read_file(const std::string& path);
std::string source_path(const std::string& relative);

std::vector<std::string> lines(const std::string& text);
// The records of one type in JSON Lines output ({"type": ..., "data": record}), their data.
std::vector<nlohmann::json> jsonl_records(const std::string& text, const std::string& type);

// "--corpus 'PATH' " for the corpus of markup and script in article text (tests/data/hostile).
std::string hostile_corpus();
// The events of `kban timeline --format json ARGS`; throws when kban fails.
nlohmann::json timeline_events(const std::string& args = "");
// How many times `what` occurs in `text`, overlaps included.
std::size_t count_of(const std::string& text, const std::string& what);

}  // namespace kban::test
