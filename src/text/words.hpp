#pragma once
// Counting words, the one way kban counts them (word counts of documents, short paragraphs).
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kban {

// Words in a text: runs of letters or digits; apostrophes, hyphens and periods inside a word
// join it ("isn't", "U.S."). Bytes of multi-byte characters count as word parts. Counting
// stops at `at_most`: "is this paragraph short" need not read a long one to its end.
std::size_t count_words(std::string_view text, std::size_t at_most = SIZE_MAX);

}  // namespace kban
