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
  TokenKind kind = TokenKind::kPunct;
  bool capitalized = false;   // starts with an uppercase letter
  bool space_before = false;  // white space between this token and the previous one
  std::uint8_t newlines_before = 0;  // line breaks in that white space (capped at 2)
  std::uint32_t lower_size = 0;
  const char* lower_data = "";  // into the text when it is already lowercase, else into a buffer

  // Lowercased ASCII, curly apostrophes as "'".
  std::string_view lower() const { return {lower_data, lower_size}; }
};
// A document holds a token for every five bytes or so of its text: their size is its memory.
static_assert(sizeof(Token) <= 24);

// Splits text into tokens, one at a time, so that long input needs no token array.
class Tokenizer {
 public:
  // With `share_text`, a token already in lowercase points into the text instead of the
  // buffer, so the text must outlive the tokens.
  explicit Tokenizer(std::string_view text, bool share_text = false) : text_(text), share_text_(share_text) {}
  // The next token, with its lowercase form appended to `buffer` when it needs one; false at
  // the end. The buffer must not reallocate while its tokens are in use.
  bool next(Token& token, std::string& buffer);
  std::size_t position() const { return pos_; }

 private:
  bool next_plain(Token& token);

  std::string_view text_;
  std::size_t pos_ = 0;
  bool share_text_ = false;
};

// All tokens of a short text (tests, lexicon phrases). The buffer must outlive the tokens.
std::vector<Token> tokenize(std::string_view text, std::string& buffer);
// All tokens of a document: both the text and the buffer must outlive the tokens.
std::vector<Token> tokenize_shared(std::string_view text, std::string& buffer);

}  // namespace kban
