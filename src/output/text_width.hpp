#pragma once
// Text as a terminal shows it: columns per user-perceived character (grapheme cluster), wide
// East Asian characters and emoji taking two, combining marks none.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kban {

std::size_t display_width(std::string_view text);
// Cuts text to at most `width` columns, ending with "…" when cut; never inside a character.
std::string truncate_display(std::string_view text, std::size_t width);
// Breaks text into lines of at most `width` columns, at spaces where it can, inside a word
// only when the word alone is wider. Always at least one line.
std::vector<std::string> wrap_display(std::string_view text, std::size_t width);

}  // namespace kban
