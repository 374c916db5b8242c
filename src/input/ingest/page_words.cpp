// The words of site furniture and of metadata lines, from data/en/ingest.json and the month
// names of data/en/calendar.json.
#include <algorithm>
#include <cctype>

#include "base/utf8.hpp"
#include "input/ingest/page.hpp"
#include "input/language.hpp"
#include "kban/date.hpp"

namespace kban::ingest {

namespace {

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

bool starts_with_any(std::string_view text, const std::vector<std::string>& prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(), [&](const std::string& p) { return text.starts_with(p); });
}

std::vector<std::string> list(std::string_view key) { return english().json(key).get<std::vector<std::string>>(); }

// Splits on white space.
std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(static_cast<unsigned char>(text[i]))) ++i;
    const std::size_t start = i;
    while (i < text.size() && !is_space(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start) out.push_back(text.substr(start, i - start));
  }
  return out;
}

// The month (1..12) a word names ("July", "Nov", "Sept."), or 0.
int month_of(std::string_view word) {
  static const auto months = [] {
    std::vector<std::pair<std::string, int>> out;
    int n = 0;
    for (const auto& m : english().json("calendar.months")) {
      ++n;
      out.emplace_back(m["name"].get<std::string>(), n);
      for (const auto& a : m["abbreviations"]) out.emplace_back(a.get<std::string>(), n);
    }
    return out;
  }();
  std::string w = lower_ascii(word);
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.pop_back();
  for (const auto& [name, n] : months)
    if (w == name) return n;
  return 0;
}

std::optional<int> number_of(std::string_view word, std::size_t max_digits) {
  std::size_t k = 0;
  int value = 0;
  while (k < word.size() && is_digit(word[k]) && k < max_digits) value = value * 10 + (word[k++] - '0');
  if (k == 0) return std::nullopt;
  // Only trailing punctuation or an ordinal suffix may follow: "16,", "2nd".
  const std::string_view rest = word.substr(k);
  if (!rest.empty() && rest != "," && rest != "." && rest != "st" && rest != "nd" && rest != "rd" && rest != "th" &&
      rest != "st," && rest != "nd," && rest != "rd," && rest != "th,")
    return std::nullopt;
  return value;
}

std::string iso(int y, int m, int d) {
  std::string out(10, '0');
  const int parts[] = {y / 1000, y / 100 % 10, y / 10 % 10, y % 10};
  for (int i = 0; i < 4; ++i) out[static_cast<std::size_t>(i)] = static_cast<char>('0' + parts[i]);
  out[4] = '-', out[5] = static_cast<char>('0' + m / 10), out[6] = static_cast<char>('0' + m % 10);
  out[7] = '-', out[8] = static_cast<char>('0' + d / 10), out[9] = static_cast<char>('0' + d % 10);
  return out;
}

// "2024-07-16", with a time after it ("T08:39:00-04:00", " 08:39").
std::optional<StatedDate> iso_date_at(std::string_view text, std::size_t i) {
  if (i + 10 > text.size() || !is_digit(text[i]) || !is_digit(text[i + 3]) || text[i + 4] != '-' || text[i + 7] != '-')
    return std::nullopt;
  if (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == '-')) return std::nullopt;
  const auto date = parse_iso_date(text.substr(i, 10));
  if (!date) return std::nullopt;
  StatedDate out{std::string(text.substr(i, 10)), std::nullopt, i, i + 10};
  std::size_t k = i + 10;
  if (k + 5 < text.size() + 0 && (text[k] == 'T' || text[k] == ' ') && k + 6 <= text.size() && is_digit(text[k + 1]) &&
      is_digit(text[k + 2]) && text[k + 3] == ':' && is_digit(text[k + 4]) && is_digit(text[k + 5])) {
    k += 6;
    while (k < text.size() && (is_digit(text[k]) || text[k] == ':' || text[k] == '.' || text[k] == '+' || text[k] == 'Z' ||
                               (text[k] == '-' && k + 1 < text.size() && is_digit(text[k + 1]))))
      ++k;
    out.at = std::string(text.substr(i, k - i));
    out.end = k;
  } else if (k < text.size() && is_digit(text[k])) {
    return std::nullopt;
  }
  return out;
}

}  // namespace

std::string collapse_space(std::string_view text) {
  std::string out;
  for (const auto w : words_of(text)) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::size_t word_count(std::string_view text) { return words_of(text).size(); }

std::optional<StatedDate> find_date(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i)
    if (const auto d = iso_date_at(text, i)) return d;
  // "July 16, 2024", "Nov. 14 2024", "14 August 2024".
  const auto words = words_of(text);
  for (std::size_t k = 0; k + 2 < words.size(); ++k) {
    int month = 0, day = 0, year = 0;
    if ((month = month_of(words[k])) != 0) {
      const auto d = number_of(words[k + 1], 2), y = number_of(words[k + 2], 4);
      if (d && y && words[k + 2].size() >= 4) day = *d, year = *y;
    } else if (const auto d = number_of(words[k], 2); d && (month = month_of(words[k + 1])) != 0) {
      const auto y = number_of(words[k + 2], 4);
      if (y && words[k + 2].size() >= 4) day = *d, year = *y;
    }
    if (year && is_valid_date(year, month, day)) {
      const std::size_t begin = static_cast<std::size_t>(words[k].data() - text.data());
      const std::size_t end = static_cast<std::size_t>(words[k + 2].data() - text.data()) + words[k + 2].size();
      return StatedDate{iso(year, month, day), std::nullopt, begin, end};
    }
  }
  return std::nullopt;
}

bool is_clutter(const Unit& unit) {
  static const WordSet kLines = english().words("ingest.clutter_lines");
  static const std::vector<std::string> kPrefixes = list("ingest.clutter_prefixes");
  const std::string text = lower_ascii(unit.text);
  if (kLines.contains(text) || starts_with_any(text, kPrefixes)) return true;
  if (unit.nav) return true;
  // Items set apart by bars or dots, each a few words: "Sign in | Subscribe", "Share on X ·
  // Share on Facebook · Email", "6 February 2024 · 3 min read".
  std::vector<std::string> items(1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t skip = text[i] == '|' ? 1 : text.compare(i, 2, "\u00b7") == 0 ? 2 : text.compare(i, 3, "\u2022") == 0 ? 3 : 0;
    if (skip) {
      items.emplace_back();
      i += skip - 1;
    } else {
      items.back() += text[i];
    }
  }
  if (items.size() >= 2 && std::all_of(items.begin(), items.end(), [](const std::string& item) { return word_count(item) <= 4; }))
    return true;
  return is_reading_time(text) || is_comment_count(text);
}

bool ends_article(std::string_view text) {
  static const WordSet kHeadings = english().words("ingest.end_headings");
  static const std::vector<std::string> kPrefixes = list("ingest.end_prefixes");
  const std::string lower = lower_ascii(text);
  if (kHeadings.contains(lower)) return true;
  // "About Sunmesa Energy Cooperative" heads a press release's boilerplate; "About 3,200
  // workers ..." is a sentence.
  if (lower.starts_with("about ")) return word_count(text) <= 6 && text.back() != '.' && !is_digit(text[6]);
  return starts_with_any(lower, kPrefixes);
}

bool is_reading_time(std::string_view text) {
  static const std::vector<std::string> kWords = list("ingest.reading_time_words");
  const std::string lower = lower_ascii(text);
  const auto words = words_of(lower);
  if (words.empty() || words.size() > 4 || !is_digit(words[0][0])) return false;
  const std::string rest = collapse_space(lower.substr(words[0].size()));
  return std::find(kWords.begin(), kWords.end(), rest) != kWords.end();
}

bool is_time_only(std::string_view text) {
  static const WordSet kWords = english().words("ingest.time_words");
  const std::string lower = lower_ascii(text);
  for (const auto w : words_of(lower)) {
    const bool clock = std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c) || c == ':'; });
    if (!clock && !kWords.contains(w)) return false;
  }
  return true;
}

bool is_role_line(std::string_view text) {
  static const std::vector<std::string> kRoles = list("ingest.role_words");
  const std::string lower = lower_ascii(text);
  const auto words = words_of(lower);
  return !words.empty() && words.size() <= 4 && words.front() != "by" &&
         std::find(kRoles.begin(), kRoles.end(), std::string(words.back())) != kRoles.end();
}

bool is_comment_count(std::string_view text) {
  static const WordSet kWords = english().words("ingest.comment_count_words");
  const std::string lower = lower_ascii(text);
  const auto words = words_of(lower);
  if (words.size() == 2 && is_digit(words[0][0])) return kWords.contains(words[1]);
  // "Comments (3)"
  return words.size() == 2 && kWords.contains(words[0]) && words[1].front() == '(';
}

bool is_person_name(std::string_view text) {
  const auto words = words_of(text);
  if (words.size() < 2 || words.size() > 4) return false;
  for (const auto w : words) {
    if (!is_upper(w[0]) || w.size() < 2) return false;
    // Letters, apostrophes, hyphens and one initial's dot only: "O'Brien", "J."
    for (std::size_t i = 1; i < w.size(); ++i) {
      const char c = w[i];
      if (!(is_lower(c) || c == '\'' || c == '-' || (c == '.' && w.size() == 2) || (static_cast<unsigned char>(c) & 0x80)))
        return false;
    }
  }
  return true;
}

std::optional<std::string> byline_authors(std::string_view text) {
  static const std::vector<std::string> kRoles = list("ingest.role_words");
  const auto words = words_of(text);
  if (words.size() < 2 || words.size() > 14 || lower_ascii(words[0]) != "by" || text.back() == '.') return std::nullopt;
  // Names are runs of capitalized words; "and", "&" and commas join them; a role word, a
  // lower-case word or a date ends them.
  std::vector<std::string> names;
  std::string current;
  bool stop = false;
  for (std::size_t k = 1; k < words.size() && !stop; ++k) {
    std::string w(words[k]);
    bool comma = false;
    while (!w.empty() && (w.back() == ',' || w.back() == ';')) w.pop_back(), comma = true;
    const std::string lower = lower_ascii(w);
    const bool joiner = lower == "and" || lower == "&";
    const bool role = std::find(kRoles.begin(), kRoles.end(), lower) != kRoles.end();
    if (joiner || w.empty()) {
      if (!current.empty()) names.push_back(current), current.clear();
      continue;
    }
    // "By CircleID Reporter", "By Staff Writer": a capitalized role after one word is the name.
    if (role && is_upper(w[0]) && !current.empty() && current.find(' ') == std::string::npos) {
      current += ' ' + w;
      continue;
    }
    if (role || !is_upper(w[0]) || month_of(w) || is_digit(w[0])) {
      stop = true;
      break;
    }
    // A role written with capitals ("Weather Correspondent") ends the name too.
    if (k + 1 < words.size() && std::find(kRoles.begin(), kRoles.end(), lower_ascii(words[k + 1])) != kRoles.end() &&
        !current.empty() && current.find(' ') != std::string::npos) {
      stop = true;
      break;
    }
    if (!current.empty()) current += ' ';
    current += w;
    if (comma) names.push_back(current), current.clear();
  }
  if (!current.empty()) names.push_back(current);
  // "By Reuters" alone, or names of two words or more: "By Friday, the union ..." is no byline.
  const bool full = std::any_of(names.begin(), names.end(), [](const std::string& n) { return n.find(' ') != std::string::npos; });
  if (names.empty() || (!full && words.size() != 2)) return std::nullopt;
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

std::optional<StatedDate> dated_line(std::string_view text, bool& updated) {
  static const std::vector<std::string> kPublished = list("ingest.published_words");
  static const std::vector<std::string> kUpdated = list("ingest.updated_words");
  const std::string lower = lower_ascii(text);
  auto said = [&](const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
      return lower.starts_with(w + " ") || lower.starts_with(w + ":") || lower == w;
    });
  };
  const bool is_updated = said(kUpdated), is_published = said(kPublished);
  if (!is_updated && !is_published) return std::nullopt;
  const auto date = find_date(text);
  if (!date) return std::nullopt;
  updated = is_updated;
  return date;
}

std::optional<std::string> copyright_owner(std::string_view text) {
  static const std::vector<std::string> kMarks = list("ingest.copyright_words");
  static const std::vector<std::string> kEnds = list("ingest.copyright_ends");
  std::string lower = lower_ascii(text);
  std::size_t at = std::string::npos;
  for (const auto& m : kMarks)
    if (lower.starts_with(m)) at = m.size();
  if (at == std::string::npos) return std::nullopt;
  std::string_view rest = text.substr(at);
  // The year, and a second mark: "Copyright © 2024".
  for (bool more = true; more;) {
    more = false;
    while (!rest.empty() && (is_space(static_cast<unsigned char>(rest.front())) || is_digit(rest.front()) || rest.front() == '-'))
      rest.remove_prefix(1);
    for (const auto& m : kMarks)
      if (lower_ascii(rest.substr(0, m.size())) == m) rest.remove_prefix(m.size()), more = true;
  }
  std::string owner(rest);
  const std::string owner_lower = lower_ascii(owner);
  std::size_t cut = owner.size();
  for (const auto& e : kEnds) cut = std::min(cut, owner_lower.find(e));
  owner = collapse_space(owner.substr(0, cut));
  while (!owner.empty() && (owner.back() == '.' || owner.back() == ',')) owner.pop_back();
  if (owner.empty() || word_count(owner) > 6) return std::nullopt;
  return owner;
}

}  // namespace kban::ingest
