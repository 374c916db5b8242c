#include "text/words.hpp"

#include <cctype>

namespace kban {

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool next_alnum = i + 1 < text.size() && std::isalnum(static_cast<unsigned char>(text[i + 1]));
    const bool part = std::isalnum(c) || c >= 0x80 || (in_word && next_alnum && (c == '\'' || c == '-' || c == '.'));
    if (part && !in_word) ++words;
    in_word = part;
  }
  return words;
}

}  // namespace kban
