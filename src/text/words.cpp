#include "text/words.hpp"

namespace kban {

namespace {
// ASCII letters and digits, as std::isalnum reads them in the "C" locale kban runs in.
bool alnum(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
}  // namespace

std::size_t count_words(std::string_view text, std::size_t at_most) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size() && words < at_most; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool next_alnum = i + 1 < text.size() && alnum(static_cast<unsigned char>(text[i + 1]));
    const bool part = alnum(c) || c >= 0x80 || (in_word && next_alnum && (c == '\'' || c == '-' || c == '.'));
    if (part && !in_word) ++words;
    in_word = part;
  }
  return words;
}

}  // namespace kban
