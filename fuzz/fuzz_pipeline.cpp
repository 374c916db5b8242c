// The whole analysis on one arbitrary document: timeline, claims and conflicts.
#include <cstdint>
#include <string_view>

#include "kban/pipeline.hpp"
#include "base/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (kban::find_invalid_utf8(text)) return 0;
  static const kban::Lexicon lexicon = kban::builtin_lexicon();
  kban::Corpus corpus;
  corpus.documents.push_back({"a", {}, {}, {}, kban::Date{2024, 7, 16}, {}, std::string(text)});
  corpus.documents.push_back({"b", {}, {}, {}, {}, {}, std::string(text.substr(0, text.size() / 2))});
  kban::analyze_corpus(corpus, lexicon);
  return 0;
}
