#pragma once
// Helpers over the tokens of one sentence: clause boundaries, content words, and the
// summary of an action. Private to event extraction.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokens.hpp"

namespace kban::events {

// Punctuation and words that end a clause: , ; : — ( ) "which", "who", "while".
bool is_boundary(const Token& t);
// Number of clause boundaries strictly between tokens a and b.
int boundaries_between(std::span<const Token> tokens, std::size_t a, std::size_t b);
// The clause [first, last) around token i.
std::pair<std::size_t, std::size_t> clause_around(std::span<const Token> tokens, std::size_t i);

bool is_stopword(std::string_view lower);
// A crude stem for matching across sources: plural and -ing endings removed.
std::string stem(std::string_view lower);

// Text of tokens [first, last) as written in `sentence`, leaving out the tokens in [skip_first,
// skip_last) and tidying the spaces that leaves.
std::string text_of(std::string_view sentence, std::span<const Token> tokens, std::size_t first, std::size_t last,
                    std::size_t skip_first, std::size_t skip_last);

}  // namespace kban::events
