#pragma once
// Tokens of English news text, with byte offsets into the text. Words keep inner apostrophes
// and letter-period acronyms ("isn't", "u.s.", "p.m."); numbers keep inner separators and a
// letter suffix ("270,000", "1.5", "15:00", "20th", "1990s"); every other mark is a token.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kban {

enum class TokenKind : std::uint8_t { kWord, kNumber, kPunct };

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the text, end exclusive
  std::uint32_t end = 0;
  std::string_view lower;   // lowercased ASCII, curly apostrophes as "'"; points into a buffer
  std::uint32_t lower_offset = 0;  // where `lower` starts in that buffer
  TokenKind kind = TokenKind::kPunct;
  bool capitalized = false;   // starts with an uppercase letter
  bool space_before = false;  // white space between this token and the previous one
  std::uint8_t newlines_before = 0;  // line breaks in that white space (capped at 2)
};

// Splits text into tokens, one at a time, so that long input needs no token array.
class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : text_(text) {}
  // The next token, with its lowercase form appended to `buffer`; false at the end.
  bool next(Token& token, std::string& buffer);
  std::size_t position() const { return pos_; }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

// All tokens of a short text (tests, lexicon phrases). The buffer must outlive the tokens.
std::vector<Token> tokenize(std::string_view text, std::string& buffer);

}  // namespace kban
