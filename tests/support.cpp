#include "support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kban::test {

namespace fs = std::filesystem;

namespace {
fs::path scratch() {
  static const fs::path dir = [] {
    fs::path p = fs::temp_directory_path() / ("kban_tests_" + std::to_string(::getpid()));
    fs::create_directories(p);
    return p;
  }();
  return dir;
}
}  // namespace

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string write_temp(const std::string& name, const std::string& content) {
  const fs::path path = scratch() / name;
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

std::string source_path(const std::string& relative) { return std::string(KBAN_SOURCE_DIR) + "/" + relative; }

namespace {

// Runs a shell command line from the scratch folder with NO_COLOR and COLUMNS unset, `prefix`
// before the command (variables, the program), stdout and stderr captured.
RunResult run_in_scratch(const std::string& prefix, const std::string& redirect_in) {
  const fs::path dir = scratch();
  const std::string out = (dir / "stdout.txt").string();
  const std::string err = (dir / "stderr.txt").string();
  // Run from the scratch folder, so nothing depends on the current directory.
  const std::string command = "cd '" + dir.string() + "' && env -u NO_COLOR -u COLUMNS " + prefix + redirect_in + " >'" + out +
                              "' 2>'" + err + "'";
  const int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(out);
  result.err = read_file(err);
  return result;
}

}  // namespace

RunResult run_kban(const std::string& args, const std::string& input, const std::string& env) {
  const std::string in = write_temp("stdin.txt", input);
  return run_in_scratch(env + " '" + KBAN_BINARY + "' " + args, " <'" + in + "'");
}

RunResult run_script(const std::string& script) {
  const std::string file = write_temp("script.sh", script);
  return run_in_scratch("KBAN='" + std::string(KBAN_BINARY) + "' sh '" + file + "'", "");
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream s(text);
  for (std::string line; std::getline(s, line);) out.push_back(line);
  return out;
}

std::vector<nlohmann::json> jsonl_records(const std::string& text, const std::string& type) {
  std::vector<nlohmann::json> out;
  for (const auto& line : lines(text)) {
    const auto record = nlohmann::json::parse(line);
    if (record.at("type") == type) out.push_back(record.at("data"));
  }
  return out;
}

std::string hostile_corpus() { return "--corpus '" + source_path("tests/data/hostile/corpus.json") + "' "; }

nlohmann::json timeline_events(const std::string& args) {
  const auto r = run_kban("timeline --format json " + args);
  if (r.exit_code != 0) throw std::runtime_error("kban timeline " + args + " exited " + std::to_string(r.exit_code) + ": " + r.err);
  return nlohmann::json::parse(r.out)["events"];
}

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace kban::test
