#pragma once
// Counting words, the one way kban counts them (word counts of documents, short paragraphs).
#include <cstddef>
#include <string_view>

namespace kban {

// Words in a text: runs of letters or digits; apostrophes, hyphens and periods inside a word
// join it ("isn't", "U.S."). Bytes of multi-byte characters count as word parts.
std::size_t count_words(std::string_view text);

}  // namespace kban
