#pragma once
// What the readers of the three page kinds share: a page as a list of paragraph-like units,
// the words of site furniture and metadata (data/en/ingest.json), and the assembly of the
// article from the units. Private to src/input/ingest/.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kban/ingest.hpp"

namespace kban::ingest {

// One paragraph-like unit of a page, in page order.
struct Unit {
  std::string text;        // white space collapsed
  bool heading = false;    // a heading in the markup (h1..h6, "#" lines)
  bool list_item = false;  // an item of a list ("* World")
  bool nav = false;        // laid out as navigation: words set apart by runs of spaces or bars
};

// What the page states about itself.
struct Meta {
  std::optional<std::string> title, outlet, author, published, published_at, url;
  std::optional<std::string> updated, updated_at;  // used when nothing says when it was published
};

std::string collapse_space(std::string_view text);
std::string lower_ascii(std::string_view text);
std::size_t word_count(std::string_view text);

// A date written in `text`: "2024-07-16", "2024-09-03 08:39", "July 16, 2024", "14 August
// 2024", "Nov 14, 2024". `at` is the date with its time as written, when a time follows.
struct StatedDate {
  std::string date;  // YYYY-MM-DD
  std::optional<std::string> at;
  std::size_t begin = 0, end = 0;  // where it is written in `text`
};
std::optional<StatedDate> find_date(std::string_view text);

// The site furniture of data/en/ingest.json.
bool is_clutter(const Unit& unit);
bool ends_article(std::string_view text);

// Metadata lines. A byline ("By Ines Carvalho and Piet Vermeulen", "By Priya Raman Weather
// correspondent 14 August 2024") gives its authors joined by ", " and maybe a date.
std::optional<std::string> byline_authors(std::string_view text);
// "Published on July 16, 2024", "date 2024-07-16 Home / News": the date, when the line says
// it is the publication date; `updated` is set for an update line instead.
std::optional<StatedDate> dated_line(std::string_view text, bool& updated);
bool is_reading_time(std::string_view text);
// "2:22 p.m.", "08:39 EDT": a time of day alone.
bool is_time_only(std::string_view text);
// "Weather correspondent", "Senior Reporter": an author's role alone.
bool is_role_line(std::string_view text);
bool is_comment_count(std::string_view text);
// A line that is only a person's name: two to four capitalized words.
bool is_person_name(std::string_view text);
// "© 2024 The Harbor Ledger. All rights reserved.": the owner.
std::optional<std::string> copyright_owner(std::string_view text);

// The article from a page's units: finds the headline (unless `meta.title` names it), reads the
// metadata lines between it and the body, keeps the body up to the first sign of its end, and
// drops site furniture.
Article assemble(PageKind kind, const std::vector<Unit>& units, Meta meta);

// Readers of each kind; they throw nothing but return an article with no paragraphs when the
// page holds no article text.
Article read_text_page(std::string_view content);
Article read_markdown_page(std::string_view content);
Article read_html_page(std::string_view content);

}  // namespace kban::ingest
