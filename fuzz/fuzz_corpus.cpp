// The corpus loader on arbitrary bytes: it must either load or throw kban::Error.
#include <cstdint>
#include <string_view>

#include "kban/corpus.hpp"
#include "kban/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    kban::parse_corpus(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json");
  } catch (const kban::Error&) {
  }
  return 0;
}
