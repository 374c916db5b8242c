#pragma once
// UTF-8 helpers. kban reports offsets in Unicode code points (what a reader counts), and
// keeps text as UTF-8 bytes internally; CodePointIndex converts between the two.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kban {

// The byte offset of the first invalid UTF-8 sequence, or nothing when the text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// The number of code points in valid UTF-8 text.
std::size_t count_code_points(std::string_view text);

// Decodes the code point starting at byte `pos` of valid UTF-8 text; sets `length` to its
// size in bytes.
char32_t decode_utf8(std::string_view text, std::size_t pos, std::size_t& length);

void append_utf8(std::string& out, char32_t cp);

// 1-based line and column (in code points) of a byte offset.
struct LineColumn {
  std::size_t line = 1;
  std::size_t column = 1;
};
LineColumn line_column(std::string_view text, std::size_t byte_offset);
// The same for many offsets, sorted in ascending order, in one pass over the text.
std::vector<LineColumn> line_columns(std::string_view text, const std::vector<std::size_t>& sorted_offsets);

// Maps byte offsets of one text to code-point offsets in O(1) after an O(n) build.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  std::size_t to_code_points(std::size_t byte_offset) const;
  // The byte offset where a code point starts (the text's size past its end), in O(log n).
  std::size_t to_bytes(std::size_t code_point) const;

 private:
  // Code-point offset of every 64-byte block start; the rest is counted on demand.
  std::vector<std::uint32_t> block_start_;
  std::string_view text_;
};

}  // namespace kban
