#include "text/tokens.hpp"

#include <cstring>
#include <stdexcept>

#include "base/memory.hpp"

namespace kban {

namespace {

bool is_ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
char lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : static_cast<char>(c); }

// Length of a UTF-8 punctuation mark that acts like ASCII punctuation (quotes, dashes,
// ellipsis, non-breaking space) at `pos`, or 0.
std::size_t unicode_mark(std::string_view s, std::size_t pos) {
  if (pos + 2 < s.size() && static_cast<unsigned char>(s[pos]) == 0xE2 && static_cast<unsigned char>(s[pos + 1]) == 0x80) {
    const auto c = static_cast<unsigned char>(s[pos + 2]);
    if (c >= 0x90 && c <= 0xA6) return 3;  // dashes, quotes, bullets, ellipsis
  }
  return 0;
}

bool is_right_single_quote(std::string_view s, std::size_t pos) {
  return pos + 2 < s.size() && static_cast<unsigned char>(s[pos]) == 0xE2 &&
         static_cast<unsigned char>(s[pos + 1]) == 0x80 && static_cast<unsigned char>(s[pos + 2]) == 0x99;
}

// The length of a terminal escape sequence at `pos` (ESC and what follows): CSI ("ESC[31m"),
// OSC up to BEL, ESC \ or the line's end ("ESC]8;;url BEL"), or ESC and one byte.
std::size_t escape_length(std::string_view s, std::size_t pos) {
  std::size_t k = pos + 1;
  if (k >= s.size()) return 1;
  const auto at = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  if (s[k] == '[') {
    for (++k; k < s.size() && at(k) >= 0x20 && at(k) <= 0x3F; ++k) {}
    return k < s.size() && at(k) >= 0x40 && at(k) <= 0x7E ? k + 1 - pos : k - pos;
  }
  if (s[k] == ']') {
    for (++k; k < s.size() && s[k] != '\a' && s[k] != '\n'; ++k)
      if (s[k] == '\x1b' && k + 1 < s.size() && s[k + 1] == '\\') return k + 2 - pos;
    return k < s.size() && s[k] == '\a' ? k + 1 - pos : k - pos;
  }
  return at(k) >= 0x40 && at(k) <= 0x7E ? 2 : 1;
}

// White space, and what a reader does not see: control characters, terminal escape sequences,
// and the invisible format characters (bidi controls, zero-width space and joiners, byte-order
// mark). Captured text carries them; read as letters they would stick to words, read as marks
// they would end sentences or become figures ("ESC[31m" as "31m").
bool is_space(std::string_view s, std::size_t pos, std::size_t& len) {
  const auto c = static_cast<unsigned char>(s[pos]);
  const auto next = [&](std::size_t i) { return pos + i < s.size() ? static_cast<unsigned char>(s[pos + i]) : 0; };
  len = 0;
  if (c == 0x1B) len = escape_length(s, pos);
  else if (c < 0x20 || c == 0x7F) len = 1;  // white space and control characters
  else if (c == ' ') len = 1;
  else if (c == 0xC2 && (next(1) == 0xA0 || (next(1) >= 0x80 && next(1) <= 0x9F))) len = 2;  // no-break space, C1 controls
  else if (c == 0xD8 && next(1) == 0x9C) len = 2;  // Arabic letter mark
  else if (c == 0xE2 && next(1) == 0x80 && ((next(2) >= 0x8B && next(2) <= 0x8F) || (next(2) >= 0xA8 && next(2) <= 0xAE))) len = 3;
  else if (c == 0xE2 && next(1) == 0x81 && next(2) >= 0xA0 && next(2) <= 0xAF) len = 3;  // word joiner, invisible operators, isolates
  else if (c == 0xEF && next(1) == 0xBB && next(2) == 0xBF) len = 3;  // byte-order mark
  return len > 0;
}

// A currency sign: U+00A2-U+00A5 (cent, pound, currency, yen) or U+20A0-U+20CF (euro, rupee,
// ...). It is a mark of its own, as "$" is, so "£83" reads as "£" and "83".
bool is_currency_sign(std::string_view s, std::size_t pos) {
  const auto at = [&](std::size_t i) -> unsigned char { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0; };
  if (at(pos) == 0xC2) return at(pos + 1) >= 0xA2 && at(pos + 1) <= 0xA5;
  return at(pos) == 0xE2 && ((at(pos + 1) == 0x82 && at(pos + 2) >= 0xA0) || (at(pos + 1) == 0x83 && at(pos + 2) <= 0x8F));
}

// A letter that is not ASCII: a lead byte of a multi-byte sequence that is not a mark.
bool is_other_letter(std::string_view s, std::size_t pos) {
  const auto c = static_cast<unsigned char>(s[pos]);
  std::size_t space_len = 0;
  return c >= 0xC0 && unicode_mark(s, pos) == 0 && !is_currency_sign(s, pos) && !is_space(s, pos, space_len);
}

// Appends the run of ASCII letters (and digits, when `digits`) at `pos`, lowercased, in one
// piece rather than a byte at a time; returns where the run ends.
std::size_t append_lower_run(std::string_view s, std::size_t pos, std::string& buffer, bool digits) {
  std::size_t end = pos;
  while (end < s.size() && (is_ascii_letter(static_cast<unsigned char>(s[end])) || (digits && is_digit(static_cast<unsigned char>(s[end])))))
    ++end;
  const std::size_t from = buffer.size();
  buffer.append(s.substr(pos, end - pos));
  for (std::size_t k = from; k < buffer.size(); ++k) buffer[k] = lower(static_cast<unsigned char>(buffer[k]));
  return end;
}

std::size_t sequence_length(unsigned char c) { return c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4; }

}  // namespace

// The tokens most of a text is made of, whose lowercase form is their text: a run of
// lowercase ASCII letters or of digits that nothing extends, or one ASCII mark. Read here
// without the buffer; anything else is left to next().
bool Tokenizer::next_plain(Token& token) {
  const std::string_view s = text_;
  const std::size_t start = pos_;
  const auto at = [&](std::size_t i) -> unsigned char { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0; };
  const auto c = at(start);
  std::size_t end = start + 1;
  if (c >= 'a' && c <= 'z') {
    while (at(end) >= 'a' && at(end) <= 'z') ++end;
    // What next() would read on: letters, an apostrophe, other scripts, an acronym's period.
    const auto d = at(end);
    if (is_ascii_letter(d) || d == '\'' || d >= 0x80 || (d == '.' && is_ascii_letter(at(end + 1)))) return false;
    token.kind = TokenKind::kWord;
  } else if (is_digit(c)) {
    while (is_digit(at(end))) ++end;
    const auto d = at(end);
    if (is_ascii_letter(d) || ((d == ',' || d == '.' || d == ':') && is_digit(at(end + 1)))) return false;
    token.kind = TokenKind::kNumber;
  } else if (c < 0x80 && c != '\'' && !is_ascii_letter(c)) {
    token.kind = TokenKind::kPunct;
  } else {
    return false;
  }
  token.capitalized = false;
  token.begin = static_cast<std::uint32_t>(start);
  token.end = static_cast<std::uint32_t>(end);
  token.lower_data = s.data() + start;
  token.lower_size = static_cast<std::uint32_t>(end - start);
  pos_ = end;
  return true;
}

bool Tokenizer::next(Token& token, std::string& buffer) {
  const std::string_view s = text_;
  int newlines = 0;
  bool space = false;
  std::size_t len = 0;
  while (pos_ < s.size()) {
    const auto c = static_cast<unsigned char>(s[pos_]);
    if (c == ' ') {
      ++pos_, space = true;
      continue;
    }
    if (c > ' ' && c < 0x7F) break;  // printable ASCII: the common case, no further test
    if (!is_space(s, pos_, len)) break;
    newlines += c == '\n';
    space = true;
    pos_ += len;
  }
  if (pos_ >= s.size()) return false;
  token.space_before = space;
  token.newlines_before = static_cast<std::uint8_t>(newlines > 2 ? 2 : newlines);
  if (share_text_ && next_plain(token)) return true;
  const std::size_t start = pos_;
  const std::size_t buffer_start = buffer.size();
  const auto c = static_cast<unsigned char>(s[pos_]);
  token.capitalized = c >= 'A' && c <= 'Z';
  if (is_digit(c)) {
    token.kind = TokenKind::kNumber;
    while (pos_ < s.size()) {
      const auto d = static_cast<unsigned char>(s[pos_]);
      if (is_digit(d) || is_ascii_letter(d)) {
        pos_ = append_lower_run(s, pos_, buffer, true);
      } else if ((d == ',' || d == '.' || d == ':') && pos_ + 1 < s.size() &&
                 is_digit(static_cast<unsigned char>(s[pos_ + 1])) && is_digit(static_cast<unsigned char>(s[pos_ - 1]))) {
        buffer += static_cast<char>(d);
        ++pos_;
      } else {
        break;
      }
    }
  } else if (is_ascii_letter(c) || is_other_letter(s, pos_)) {
    token.kind = TokenKind::kWord;
    while (pos_ < s.size()) {
      const auto d = static_cast<unsigned char>(s[pos_]);
      if (is_ascii_letter(d)) {
        pos_ = append_lower_run(s, pos_, buffer, false);
      } else if (d >= 0xC0 && is_other_letter(s, pos_)) {
        const std::size_t n = sequence_length(d);
        buffer.append(s.substr(pos_, n));
        pos_ += n;
      } else if (d >= 0x80 && d < 0xC0) {
        buffer += static_cast<char>(d);  // continuation byte of a letter
        ++pos_;
      } else if ((d == '\'' || is_right_single_quote(s, pos_)) ) {
        // An inner apostrophe joins a word ("isn't", "Kaspersky’s").
        const std::size_t n = d == '\'' ? 1 : 3;
        // A possessive "'s" is a token of its own, so "Tuesday's" still reads as a day name.
        const bool possessive = pos_ + n < s.size() && (s[pos_ + n] | 0x20) == 's' &&
                                (pos_ + n + 1 >= s.size() || !is_ascii_letter(static_cast<unsigned char>(s[pos_ + n + 1])));
        if (!possessive && pos_ + n < s.size() && is_ascii_letter(static_cast<unsigned char>(s[pos_ + n]))) {
          buffer += '\'';
          pos_ += n;
        } else {
          break;
        }
      } else if (d == '.' && pos_ + 1 < s.size() && is_ascii_letter(static_cast<unsigned char>(s[pos_ + 1])) &&
                 (pos_ + 2 >= s.size() || s[pos_ + 2] == '.') && pos_ - start == buffer.size() - buffer_start &&
                 (buffer.size() - buffer_start) % 2 == 1) {
        // Letter-period acronyms: "U.S.", "p.m.", "a.m."; the final period is kept too.
        buffer += '.';
        buffer += lower(static_cast<unsigned char>(s[pos_ + 1]));
        pos_ += 2;
        if (pos_ < s.size() && s[pos_] == '.') {
          buffer += '.';
          ++pos_;
        }
      } else {
        break;
      }
    }
  } else if ((c == '\'' || is_right_single_quote(s, pos_)) && pos_ > 0 && !space) {
    // A possessive "'s" after a word is one token: "Tuesday's" reads as "tuesday" and "'s".
    const std::size_t n = c == '\'' ? 1 : 3;
    const bool possessive = pos_ + n < s.size() && (s[pos_ + n] | 0x20) == 's' &&
                            (pos_ + n + 1 >= s.size() || !is_ascii_letter(static_cast<unsigned char>(s[pos_ + n + 1])));
    token.kind = possessive ? TokenKind::kWord : TokenKind::kPunct;
    buffer += '\'';
    pos_ += n;
    if (possessive) {
      buffer += 's';
      ++pos_;
    }
  } else {
    token.kind = TokenKind::kPunct;
    const std::size_t n = unicode_mark(s, pos_);
    const std::size_t size = n ? n : sequence_length(c);
    if (is_right_single_quote(s, pos_) || (n && static_cast<unsigned char>(s[pos_ + 2]) == 0x98)) {
      buffer += '\'';  // curly single quotes read as the ASCII apostrophe
    } else {
      buffer.append(s.substr(pos_, size));
    }
    pos_ += size;
    if (pos_ > s.size()) pos_ = s.size();
  }
  token.begin = static_cast<std::uint32_t>(start);
  token.end = static_cast<std::uint32_t>(pos_);
  const std::size_t size = buffer.size() - buffer_start;
  token.lower_size = static_cast<std::uint32_t>(size);
  if (share_text_ && size == pos_ - start && std::memcmp(buffer.data() + buffer_start, s.data() + start, size) == 0) {
    token.lower_data = s.data() + start;  // most words are lowercase already: no copy kept
    buffer.resize(buffer_start);
  } else {
    token.lower_data = buffer.data() + buffer_start;
  }
  return true;
}

namespace {

std::vector<Token> tokenize(std::string_view text, std::string& buffer, bool share_text) {
  buffer.clear();
  Tokenizer tokenizer(text, share_text);
  std::vector<Token> tokens;
  // News text runs at about five bytes a token, and no text at fewer than two for long. Room
  // for three is address space only until it is touched, and spares the copies (and the page
  // faults) of a growing vector.
  reserve_large(tokens, text.size() / 3 + 16);
  // A lowercase form is never longer than its text, so the buffer never moves (the tokens
  // point into it).
  buffer.reserve(text.size());
  advise_huge_pages(buffer.data(), buffer.capacity());
  const char* const start = buffer.data();
  Token token;
  while (tokenizer.next(token, buffer)) tokens.push_back(token);
  if (buffer.data() != start) throw std::logic_error("tokenizer: the lowercase buffer grew past its text");
  return tokens;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::string& buffer) { return tokenize(text, buffer, false); }

std::vector<Token> tokenize_shared(std::string_view text, std::string& buffer) { return tokenize(text, buffer, true); }

}  // namespace kban
