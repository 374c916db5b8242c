#pragma once
// Counting words, the one way kban counts them (word counts of documents, short paragraphs).
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

// FNV-1a over bytes, continuing from `h`: a fast hash for the few bytes of words.
inline std::uint64_t fnv1a(std::string_view bytes, std::uint64_t h = 0xcbf29ce484222325ull) {
  for (const char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return h;
}

// A fixed set of words and their values, built once and read for every token: open addressing
// in one array of slots, so that a lookup is a hash of the word's bytes, mostly one slot and
// one comparison, where a node-based hash map chases a pointer and divides.
template <class T>
class WordTable {
 public:
  WordTable() = default;
  // From pairs of (word, value), as a map's items give them.
  template <class Map>
  explicit WordTable(const Map& words) {
    std::size_t size = 16;
    while (size < 4 * words.size()) size *= 2;  // a quarter full: misses end at an empty slot
    slots_.assign(size, Slot{});
    keys_.reserve(words.size());
    values_.reserve(words.size());
    for (const auto& [word, value] : words) {
      const std::uint64_t h = fnv1a(word);
      std::size_t i = h & (size - 1);
      while (slots_[i].entry) i = (i + 1) & (size - 1);
      keys_.emplace_back(word);
      values_.push_back(value);
      slots_[i] = Slot{static_cast<std::uint32_t>(h >> 32), static_cast<std::uint32_t>(keys_.size())};
    }
  }

  // The value of a word, or nullptr. Pointers stay valid as long as the table.
  const T* find(std::string_view word) const {
    if (slots_.empty()) return nullptr;
    const std::uint64_t h = fnv1a(word);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask; slots_[i].entry; i = (i + 1) & mask)
      if (slots_[i].tag == static_cast<std::uint32_t>(h >> 32) && keys_[slots_[i].entry - 1] == word) return &values_[slots_[i].entry - 1];
    return nullptr;
  }

 private:
  struct Slot {
    std::uint32_t tag = 0;    // high bits of the word's hash
    std::uint32_t entry = 0;  // index of the word + 1; 0 for an empty slot
  };
  std::vector<Slot> slots_;
  std::vector<std::string> keys_;
  std::vector<T> values_;
};

}  // namespace kban
