#include "output/text_width.hpp"

#include <utf8proc.h>

namespace kban {

namespace {

// One grapheme cluster: its bytes and its width in columns.
struct Cluster {
  std::size_t start = 0, length = 0, width = 0;
};

// The clusters of `text`, calling `f` on each until it returns false.
template <typename F>
void for_each_cluster(std::string_view text, F f) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  utf8proc_ssize_t pos = 0;
  utf8proc_int32_t previous = -1, state = 0;
  Cluster cluster;
  bool pair = false, emoji_style = false;
  auto width_of = [&](const Cluster& c) {
    // A flag (two regional indicators) and a character in emoji style fill two columns.
    return (pair || emoji_style) && c.width < 2 ? std::size_t{2} : c.width;
  };
  while (pos < size) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(bytes + pos, size - pos, &cp);
    if (n <= 0) {  // not UTF-8: one byte, one column
      n = 1;
      cp = 0xFFFD;
    }
    if (previous >= 0 && utf8proc_grapheme_break_stateful(previous, cp, &state)) {
      cluster.width = width_of(cluster);
      if (!f(cluster)) return;
      cluster = Cluster{static_cast<std::size_t>(pos), 0, 0};
      pair = emoji_style = false;
    }
    const int w = utf8proc_charwidth(cp);
    if (w > 0 && static_cast<std::size_t>(w) > cluster.width) cluster.width = static_cast<std::size_t>(w);
    pair = pair || (cp >= 0x1F1E6 && cp <= 0x1F1FF && cluster.length > 0);
    emoji_style = emoji_style || cp == 0xFE0F;
    cluster.length += static_cast<std::size_t>(n);
    previous = cp;
    pos += n;
  }
  if (cluster.length > 0) {
    cluster.width = width_of(cluster);
    f(cluster);
  }
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for_each_cluster(text, [&](const Cluster& c) {
    width += c.width;
    return true;
  });
  return width;
}

std::string truncate_display(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return {};
  std::size_t used = 0, end = 0;
  for_each_cluster(text, [&](const Cluster& c) {
    if (used + c.width + 1 > width) return false;  // room for "…"
    used += c.width;
    end = c.start + c.length;
    return true;
  });
  return std::string(text.substr(0, end)) + "…";
}

std::vector<std::string> wrap_display(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  if (width == 0 || display_width(text) <= width) return {std::string(text)};
  std::string line, word;
  std::size_t line_width = 0, word_width = 0;
  auto put_word = [&] {
    if (word.empty()) return;
    if (line_width > 0 && line_width + 1 + word_width > width) {
      lines.push_back(line);
      line.clear();
      line_width = 0;
    }
    if (line_width > 0) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += word_width;
    word.clear();
    word_width = 0;
  };
  for_each_cluster(text, [&](const Cluster& c) {
    const std::string_view piece = text.substr(c.start, c.length);
    if (piece == " ") {
      put_word();
      return true;
    }
    // A word wider than a line is broken where the line ends.
    if (word_width + c.width > width) {
      put_word();
      if (line_width > 0) {
        lines.push_back(line);
        line.clear();
        line_width = 0;
      }
    }
    word += piece;
    word_width += c.width;
    return true;
  });
  put_word();
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

}  // namespace kban
