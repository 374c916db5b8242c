// A captured page as plain text: what a browser's "save as text", a terminal browser's dump or
// a copy and paste gives. Paragraphs are either lines of their own or blocks of lines wrapped
// at a fixed width; menus are short lines, bullets, or words set apart by runs of spaces.
#include <algorithm>

#include "base/utf8.hpp"
#include "input/ingest/page.hpp"

namespace kban::ingest {

namespace {

std::vector<std::string_view> lines_of(std::string_view content) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= content.size()) {
    std::size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    start = end + 1;
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool blank(std::string_view line) { return trim(line).empty(); }

// "* World", "- Facebook", "• Email": a list item, without its bullet.
bool strip_bullet(std::string_view& line) {
  for (const std::string_view bullet : {"* ", "- ", "+ ", "\u2022 "})
    if (line.starts_with(bullet)) {
      line.remove_prefix(bullet.size());
      return true;
    }
  return false;
}

// "News   Sport   Business": words set apart by three spaces or more.
bool spaced_out(std::string_view line) {
  int runs = 0;
  for (std::size_t i = 0; i + 2 < line.size(); ++i)
    if (line[i] == ' ' && line[i + 1] == ' ' && line[i + 2] == ' ') {
      ++runs;
      while (i < line.size() && line[i] == ' ') ++i;
    }
  return runs >= 2;
}

Unit unit_of(std::string_view line) {
  Unit u;
  line = trim(line);
  u.list_item = strip_bullet(line);
  u.nav = spaced_out(line);
  u.text = collapse_space(line);
  return u;
}

}  // namespace

Article read_text_page(std::string_view content) {
  const auto lines = lines_of(content);
  // Wrapped at a fixed width when no line is much longer than 100 characters and many come
  // close to the longest.
  std::size_t widest = 0, long_lines = 0;
  for (const auto line : lines) widest = std::max(widest, count_code_points(trim(line)));
  for (const auto line : lines) long_lines += count_code_points(trim(line)) * 10 >= widest * 8;
  const bool wrapped = widest > 0 && widest <= 100 && long_lines >= 3;
  std::vector<Unit> units;
  for (std::size_t i = 0; i < lines.size();) {
    if (blank(lines[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < lines.size() && !blank(lines[end])) ++end;
    std::string_view first = trim(lines[i]);
    const bool bullet = strip_bullet(first);
    if (wrapped && !bullet && count_code_points(first) * 2 >= widest) {
      // One paragraph wrapped over the lines of the block; a short line ends it.
      std::string joined;
      for (std::size_t k = i; k < end; ++k) {
        joined += ' ';
        joined += trim(lines[k]);
        const bool short_line = count_code_points(trim(lines[k])) * 2 < widest;
        if (short_line || k + 1 == end) {
          units.push_back(unit_of(joined));
          joined.clear();
        }
      }
    } else {
      for (std::size_t k = i; k < end; ++k) units.push_back(unit_of(lines[k]));
    }
    i = end;
  }
  return assemble(PageKind::kText, units, Meta{});
}

}  // namespace kban::ingest
