// Throughput of the temporal tagger on a text file: `kban_tag_bench FILE [--runs N]`.
// Prints one JSON line: {"tool":"kban","bytes":...,"seconds_best":...,"mb_per_s":...,"matches":...}.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "kban/timex.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: kban_tag_bench FILE [--runs N]\n";
    return 2;
  }
  int runs = 3;
  for (int i = 2; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--runs") == 0) runs = std::atoi(argv[i + 1]);
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "kban_tag_bench: cannot open " << argv[1] << "\n";
    return 3;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const kban::TagOptions options{kban::Date{2024, 7, 16}};
  double best = 1e30;
  std::size_t matches = 0;
  for (int r = 0; r < runs; ++r) {
    const auto start = std::chrono::steady_clock::now();
    const auto timexes = kban::tag_timexes(text, options);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
    matches = timexes.size();
  }
  const double mb = static_cast<double>(text.size()) / 1e6;
  std::printf("{\"tool\":\"kban\",\"version\":\"0.1.0\",\"bytes\":%zu,\"seconds_best\":%.4f,\"mb_per_s\":%.2f,\"matches\":%zu}\n",
              text.size(), best, mb / best, matches);
  return 0;
}
