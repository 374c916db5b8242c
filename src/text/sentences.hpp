#pragma once
// Sentences of news text: robust to abbreviations ("U.S.", "Sept. 29", "Mr."), initials,
// closing quotes, and headlines or captions that end without a period.
#include <cstdint>
#include <functional>
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
};

using SentenceVisitor = std::function<void(const Sentence&, std::span<const Token>)>;

// Calls `visit` for each sentence with its tokens, streaming: memory stays bounded by the
// longest sentence.
void for_each_sentence(std::string_view text, const SentenceVisitor& visit);

std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace kban
