// Markdown with or without YAML front matter: the front matter states the metadata, "#" lines
// are headings, and the inline markup (emphasis, links, images, code) leaves its text.
#include <algorithm>

#include "input/ingest/page.hpp"

namespace kban::ingest {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string unquote(std::string_view v) {
  v = trim(v);
  if (v.size() >= 2 && ((v.front() == '"' && v.back() == '"') || (v.front() == '\'' && v.back() == '\''))) v = v.substr(1, v.size() - 2);
  return std::string(v);
}

bool word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c & 0x80); }

// Inline markup to text: "![alt](src)" goes, "[text](url)" keeps its text, "**", "__", "`"
// go, and "*" or "_" go where they open or close a word.
std::string plain(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') {
      const std::size_t close = s.find("](", i);
      const std::size_t end = close == std::string_view::npos ? close : s.find(')', close);
      if (end != std::string_view::npos) {
        i = end;
        continue;
      }
    }
    if (c == '[') {
      const std::size_t close = s.find("](", i);
      const std::size_t end = close == std::string_view::npos ? close : s.find(')', close);
      if (end != std::string_view::npos && s.substr(i, close - i).find(']') == std::string_view::npos) {
        out += plain(s.substr(i + 1, close - i - 1));
        i = end;
        continue;
      }
    }
    if (c == '`') continue;
    if ((c == '*' || c == '_') && i + 1 < s.size() && s[i + 1] == c) {
      ++i;
      continue;
    }
    if (c == '*' || c == '_') {
      const bool before = i > 0 && word_char(s[i - 1]);
      const bool after = i + 1 < s.size() && word_char(s[i + 1]);
      if (!(before && after)) continue;  // "snake_case" keeps its underscore
    }
    out += c;
  }
  return out;
}

}  // namespace

Article read_markdown_page(std::string_view content) {
  Meta meta;
  std::size_t pos = 0;
  auto next_line = [&](std::string_view& line) {
    if (pos > content.size()) return false;
    std::size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    line = content.substr(pos, end - pos);
    pos = end + 1;
    return true;
  };
  std::string_view line;
  // Front matter: "key: value" lines between two "---" lines; a list under a key gives its
  // items joined ("authors:\n  - A\n  - B").
  if (content.starts_with("---")) {
    next_line(line);
    std::string key;
    std::vector<std::string> items;
    auto set = [&](const std::string& k, const std::string& value) {
      if (value.empty()) return;
      if (k == "title" || k == "headline") meta.title = value;
      else if (k == "outlet" || k == "site" || k == "site_name" || k == "publisher" || k == "source") meta.outlet = value;
      else if (k == "author" || k == "authors" || k == "byline") meta.author = value;
      else if (k == "url" || k == "canonical" || k == "canonical_url" || k == "link") meta.url = value;
      else if (k == "published" || k == "date" || k == "published_at" || k == "pubdate" || k == "datepublished") {
        if (const auto d = find_date(value)) {
          meta.published = d->date;
          if (d->at) meta.published_at = value;
        }
      }
    };
    auto flush = [&] {
      if (!key.empty() && !items.empty()) {
        std::string joined;
        for (const auto& item : items) joined += (joined.empty() ? "" : ", ") + item;
        set(key, joined);
      }
      items.clear();
    };
    while (next_line(line)) {
      const std::string_view t = trim(line);
      if (t == "---" || t == "...") break;
      if (t.starts_with("- ") && !key.empty()) {
        items.push_back(unquote(t.substr(2)));
        continue;
      }
      flush();
      const std::size_t colon = t.find(':');
      if (colon == std::string_view::npos) continue;
      key = lower_ascii(trim(t.substr(0, colon)));
      set(key, unquote(t.substr(colon + 1)));
    }
    flush();
  }
  // The body: blocks of lines; headings and list items are units of their own.
  std::vector<Unit> units;
  std::string paragraph;
  bool in_code = false;
  auto end_paragraph = [&] {
    if (!paragraph.empty()) units.push_back(Unit{collapse_space(plain(paragraph)), false, false, false});
    paragraph.clear();
  };
  while (next_line(line)) {
    std::string_view t = trim(line);
    if (t.starts_with("```") || t.starts_with("~~~")) {
      in_code = !in_code;
      end_paragraph();
      continue;
    }
    if (t.empty() || t == "---" || t == "***" || t == "___" || t.starts_with("<!--")) {
      end_paragraph();
      continue;
    }
    if (!in_code && t.front() == '#') {
      end_paragraph();
      const std::size_t hashes = t.find_first_not_of('#');
      if (hashes != std::string_view::npos && hashes <= 6 && t[hashes] == ' ')
        units.push_back(Unit{collapse_space(plain(t.substr(hashes + 1))), true, false, false});
      continue;
    }
    while (t.starts_with(">")) t = trim(t.substr(1));
    bool item = false;
    for (const std::string_view bullet : {"- ", "* ", "+ "})
      if (t.starts_with(bullet)) t = t.substr(bullet.size()), item = true;
    if (!item && t.size() > 2 && t[0] >= '0' && t[0] <= '9') {
      const std::size_t dot = t.find(". ");
      if (dot != std::string_view::npos && dot <= 3 && t.substr(0, dot).find_first_not_of("0123456789") == std::string_view::npos)
        t = t.substr(dot + 2), item = true;
    }
    if (item) {
      end_paragraph();
      units.push_back(Unit{collapse_space(plain(t)), false, true, false});
      continue;
    }
    // An image alone on its line is no paragraph.
    if (t.starts_with("![") && t.back() == ')') continue;
    paragraph += ' ';
    paragraph += t;
  }
  end_paragraph();
  units.erase(std::remove_if(units.begin(), units.end(), [](const Unit& u) { return u.text.empty(); }), units.end());
  // Without a title in the front matter, the first heading is the headline.
  if (!meta.title)
    for (const Unit& u : units)
      if (u.heading) {
        meta.title = u.text;
        break;
      }
  return assemble(PageKind::kMarkdown, units, meta);
}

}  // namespace kban::ingest
