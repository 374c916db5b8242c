#include "base/utf8.hpp"

#include <algorithm>

namespace kban {

namespace {
bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }
constexpr std::size_t kBlock = 64;
}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    char32_t min = 0;
    char32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, min = 0x10000, cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      if (!is_continuation(s[i + k])) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid too.
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::nullopt;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) count += !is_continuation(static_cast<unsigned char>(c));
  return count;
}

char32_t decode_utf8(std::string_view text, std::size_t pos, std::size_t& length) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    length = 1;
    return c;
  }
  std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  if (pos + len > text.size()) len = text.size() - pos;
  for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3F);
  length = len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

LineColumn line_column(std::string_view text, std::size_t byte_offset) { return line_columns(text, {byte_offset}).front(); }

std::vector<LineColumn> line_columns(std::string_view text, const std::vector<std::size_t>& sorted_offsets) {
  std::vector<LineColumn> out;
  LineColumn lc;
  std::size_t i = 0;
  for (std::size_t offset : sorted_offsets) {
    offset = std::min(offset, text.size());
    for (; i < offset; ++i) {
      if (text[i] == '\n') {
        ++lc.line;
        lc.column = 1;
      } else if (!is_continuation(static_cast<unsigned char>(text[i]))) {
        ++lc.column;
      }
    }
    out.push_back(lc);
  }
  return out;
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  block_start_.reserve(text.size() / kBlock + 1);
  std::uint32_t count = 0;
  for (std::size_t block = 0; block < text.size(); block += kBlock) {
    block_start_.push_back(count);
    const std::size_t end = std::min(block + kBlock, text.size());
    for (std::size_t i = block; i < end; ++i) count += !is_continuation(static_cast<unsigned char>(text[i]));  // vectorized
  }
}

std::size_t CodePointIndex::to_code_points(std::size_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  if (block_start_.empty()) return 0;
  // The end of a text whose size is a multiple of the block counts from the last block.
  const std::size_t block = std::min(byte_offset / kBlock, block_start_.size() - 1);
  std::size_t count = block_start_[block];
  for (std::size_t i = block * kBlock; i < byte_offset; ++i)
    count += !is_continuation(static_cast<unsigned char>(text_[i]));
  return count;
}

std::size_t CodePointIndex::to_bytes(std::size_t code_point) const {
  // The last block that starts at or before the code point, then byte by byte.
  const auto after = std::upper_bound(block_start_.begin(), block_start_.end(), code_point);
  if (after == block_start_.begin()) return 0;
  const std::size_t block = static_cast<std::size_t>(after - block_start_.begin()) - 1;
  std::size_t count = block_start_[block];
  for (std::size_t i = block * kBlock; i < text_.size(); ++i) {
    if (is_continuation(static_cast<unsigned char>(text_[i]))) continue;
    if (count == code_point) return i;
    ++count;
  }
  return text_.size();
}

}  // namespace kban
