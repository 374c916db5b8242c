#include "base/visible.hpp"

namespace kban {

namespace {

// The length of the valid UTF-8 sequence at `pos` and its code point, or 0 when the byte
// there starts none (a stray continuation byte, an overlong form, a surrogate, a cut end).
std::size_t sequence(std::string_view text, std::size_t pos, char32_t& cp) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char b = byte(pos);
  if (b < 0x80) {
    cp = b;
    return 1;
  }
  std::size_t length = 0;
  char32_t min = 0;
  if ((b & 0xE0) == 0xC0) length = 2, cp = b & 0x1F, min = 0x80;
  else if ((b & 0xF0) == 0xE0) length = 3, cp = b & 0x0F, min = 0x800;
  else if ((b & 0xF8) == 0xF0) length = 4, cp = b & 0x07, min = 0x10000;
  else return 0;
  if (pos + length > text.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(pos + i) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return length;
}

// Characters that act on a terminal or on the direction of the text around them.
bool controls(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

constexpr char kHex[] = "0123456789abcdef";

// Appends how the unit at `pos` is shown and returns its length in bytes; `columns` is set to
// the columns it takes.
std::size_t show(std::string_view text, std::size_t pos, bool line, std::string& out, std::size_t& columns) {
  char32_t cp = 0;
  const std::size_t length = sequence(text, pos, cp);
  if (length == 0 || (cp < 0x80 && controls(cp))) {
    const auto b = static_cast<unsigned char>(text[pos]);
    if (line && (b == '\n' || b == '\r' || b == '\t')) {
      out += ' ';
      columns = 1;
    } else {
      out += {'\\', 'x', kHex[b >> 4], kHex[b & 0xF]};
      columns = 4;
    }
    return 1;
  }
  if (controls(cp)) {
    out += {'\\', 'u', kHex[(cp >> 12) & 0xF], kHex[(cp >> 8) & 0xF], kHex[(cp >> 4) & 0xF], kHex[cp & 0xF]};
    columns = 6;
  } else {
    out.append(text.substr(pos, length));
    columns = 1;
  }
  return length;
}

std::string shown(std::string_view text, bool line) {
  std::string out;
  out.reserve(text.size());
  std::size_t columns = 0;
  for (std::size_t pos = 0; pos < text.size();) pos += show(text, pos, line, out, columns);
  return out;
}

}  // namespace

std::string visible(std::string_view text) { return shown(text, false); }

std::string visible_line(std::string_view text) { return shown(text, true); }

std::size_t visible_width(std::string_view text) {
  std::string unit;
  std::size_t width = 0, columns = 0;
  for (std::size_t pos = 0; pos < text.size(); unit.clear()) {
    pos += show(text, pos, true, unit, columns);
    width += columns;
  }
  return width;
}

std::string visible_cut(std::string_view text, std::size_t width) {
  if (visible_width(text) <= width) return visible_line(text);
  if (width == 0) return {};
  // Whole units while they leave a column for the ellipsis.
  std::string out, unit;
  std::size_t used = 0, columns = 0;
  for (std::size_t pos = 0; pos < text.size(); unit.clear()) {
    pos += show(text, pos, true, unit, columns);
    if (used + columns + 1 > width) break;
    out += unit;
    used += columns;
  }
  return out + "…";
}

}  // namespace kban
