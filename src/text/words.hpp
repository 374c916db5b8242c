#pragma once
// Counting words, the one way kban counts them (word counts of documents, short paragraphs).
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kban {

// Words in a text: runs of letters or digits; apostrophes, hyphens and periods inside a word
// join it ("isn't", "U.S."). Bytes of multi-byte characters count as word parts. Counting
// stops at `at_most`: "is this paragraph short" need not read a long one to its end.
std::size_t count_words(std::string_view text, std::size_t at_most = SIZE_MAX);

// A filter over a set of words: "may contain" is true for every word added and false for most
// others, at the cost of a few bytes' hash. Most words of a text are in no list, and this turns
// them away before a hash table's lookup.
class WordFilter {
 public:
  void add(std::string_view word) { bits_.set(slot(word)); }
  bool may_contain(std::string_view word) const { return bits_.test(slot(word)); }

 private:
  // The length, the first two bytes and the last.
  static std::size_t slot(std::string_view w) {
    if (w.empty()) return 0;
    const auto at = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(w[k])); };
    const std::uint32_t h = static_cast<std::uint32_t>(w.size()) * 0x9E3779B1u ^ at(0) * 0x85EBCA6Bu ^
                            at(w.size() > 1 ? 1 : 0) * 0xC2B2AE35u ^ at(w.size() - 1) * 0x27D4EB2Fu;
    return (h ^ (h >> 15)) & 0xFFFF;
  }
  std::bitset<0x10000> bits_;
};

}  // namespace kban
