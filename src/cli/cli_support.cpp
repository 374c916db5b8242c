#include "cli_support.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "kban/error.hpp"

namespace kban {

std::string input_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

std::string read_input(const std::string& path, Environment& env) {
  std::ostringstream buffer;
  if (path == "-") {
    buffer << env.in.rdbuf();
    return buffer.str();
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) throw data_error(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  buffer << file.rdbuf();
  if (file.bad()) throw data_error(fmt::format("{}: cannot read: {}", path, std::strerror(errno)));
  return buffer.str();
}

Corpus load_corpus(const CommonOptions& common, Environment& env) {
  if (common.corpus.empty()) return builtin_corpus();
  return parse_corpus(read_input(common.corpus, env), input_name(common.corpus));
}

void add_format_option(CLI::App& sub, std::string& format, const std::vector<std::string>& choices) {
  sub.add_option("--format", format, fmt::format("Output format: {}", fmt::join(choices, ", ")))
      ->check(CLI::IsMember(choices))
      ->capture_default_str();
}

OutputOptions output_options(const std::string& format, const CommonOptions& common, const Environment& env) {
  OutputOptions options;
  options.format = parse_format(format).value_or(Format::kTable);
  if (common.color == "always") options.color = true;
  else if (common.color == "auto") options.color = env.stdout_is_tty && !env.no_color;
  options.width = env.stdout_is_tty ? env.columns : 0;
  return options;
}

void write_listing(const Listing& listing, const OutputOptions& options, Environment& env) {
  std::ostringstream text;
  render(listing, options, text);
  env.out << text.str();
}

}  // namespace kban
