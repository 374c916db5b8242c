// The lexicon loader on arbitrary bytes: it must either load or throw kban::Error.
#include <cstdint>
#include <string_view>

#include "kban/error.hpp"
#include "kban/lexicon.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    kban::Lexicon lexicon = kban::builtin_lexicon();
    kban::merge_lexicon(lexicon, kban::parse_lexicon(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json"));
  } catch (const kban::Error&) {
  }
  return 0;
}
