#pragma once
// Sentences of news text: robust to abbreviations ("U.S.", "Sept. 29", "Mr."), initials,
// closing quotes, and headlines or captions that end without a period.
#include <cstdint>
#include <string>
#include <span>
#include <string_view>
#include <vector>

#include "text/tokens.hpp"

namespace kban {

struct Sentence {
  std::uint32_t begin = 0;  // byte offsets into the text, end exclusive
  std::uint32_t end = 0;
  std::uint32_t paragraph = 0;  // paragraphs are separated by blank lines
  std::uint32_t index = 0;      // position of the sentence in the text
  std::uint32_t first_token = 0, last_token = 0;  // its tokens [first, last) in the text's tokens
};

// The sentences of a text's tokens, in order; every token is in one.
std::vector<Sentence> split_sentences(std::span<const Token> tokens);

// A text read once: its tokens (lowercase forms in the text or in `lowercase`) and its sentences.
struct TextSplit {
  std::string lowercase;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::span<const Token> tokens_of(const Sentence& s) const {
    return std::span<const Token>(tokens).subspan(s.first_token, s.last_token - s.first_token);
  }
};
TextSplit split_text(std::string_view text);

}  // namespace kban
