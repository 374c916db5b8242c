// Throughput of the whole timeline (load, reference dates, tagging, events, alignment, JSON)
// on a corpus file: `kban_timeline_bench CORPUS.json [--runs N]`. Prints one JSON line.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "kban/corpus.hpp"
#include "output/listings.hpp"
#include "kban/pipeline.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: kban_timeline_bench CORPUS.json [--runs N]\n";
    return 2;
  }
  int runs = 3;
  for (int i = 2; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--runs") == 0) runs = std::atoi(argv[i + 1]);
  std::ifstream in(argv[1], std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string content = buffer.str();
  const kban::Lexicon lexicon = kban::builtin_lexicon();
  double best = 1e30, best_load = 1e30, best_analyze = 1e30;
  std::size_t documents = 0, events = 0, mentions = 0;
  for (int r = 0; r < runs; ++r) {
    const auto start = std::chrono::steady_clock::now();
    const kban::Corpus corpus = kban::parse_corpus(content, argv[1]);
    const auto loaded = std::chrono::steady_clock::now();
    const kban::Analysis analysis = kban::analyze_corpus(corpus, lexicon);
    const auto analyzed = std::chrono::steady_clock::now();
    best_load = std::min(best_load, std::chrono::duration<double>(loaded - start).count());
    best_analyze = std::min(best_analyze, std::chrono::duration<double>(analyzed - loaded).count());
    std::ostringstream out;
    kban::OutputOptions json;
    json.format = kban::Format::kJson;
    kban::render(kban::list_timeline(analysis, {}), json, out);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
    documents = corpus.documents.size();
    events = analysis.events.size();
    mentions = 0;
    for (const auto& doc : analysis.documents) mentions += doc.mentions.size();
  }
  std::printf(
      "{\"tool\":\"kban timeline\",\"documents\":%zu,\"bytes\":%zu,\"seconds_best\":%.3f,\"load_s\":%.3f,"
      "\"analyze_s\":%.3f,\"documents_per_s\":%.0f,\"mb_per_s\":%.2f,\"mentions\":%zu,\"events\":%zu}\n",
      documents, content.size(), best, best_load, best_analyze, static_cast<double>(documents) / best,
      static_cast<double>(content.size()) / 1e6 / best, mentions, events);
  return 0;
}
