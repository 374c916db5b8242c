#pragma once
// Text from the input shown to a person: it must not control the terminal. Every C0 control
// character, DEL, C1 control and bidi control becomes a visible escape ("\x1b", "\u202e"),
// and so does each byte that is not part of valid UTF-8; other text is kept as it is. Tables,
// --evidence lines and error messages all go through here; JSON keeps its own escaping.
#include <cstddef>
#include <string>
#include <string_view>

namespace kban {

// The text with what could control a terminal shown as escapes; a line break or a tab too,
// so a message stays on its line.
std::string visible(std::string_view text);

// The same for one line of a table: a line break or a tab becomes a space, as text flows.
std::string visible_line(std::string_view text);

// The columns visible_line(text) takes: one a character, an escape its length.
std::size_t visible_width(std::string_view text);

// visible_line(text) cut to at most `width` columns, ending with "…" when cut. A character or
// an escape is kept whole or left out, never split.
std::string visible_cut(std::string_view text, std::size_t width);

}  // namespace kban
