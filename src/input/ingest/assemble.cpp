// The article from a page's units: the headline, the metadata lines around it, the body up to
// the first sign of its end, without site furniture.
#include <algorithm>

#include "input/ingest/page.hpp"

namespace kban::ingest {

namespace {

bool is_lower_word(std::string_view w) { return w.size() >= 2 && w[0] >= 'a' && w[0] <= 'z'; }

// A headline: a few words, at least one of them in lower case ("Kaspersky Set to Leave US
// Market"), no sentence end, no breadcrumb, not all capitals.
bool looks_like_headline(const Unit& u) {
  const std::size_t words = word_count(u.text);
  if (words < 3 || words > 30 || u.list_item || u.nav) return false;
  if (u.text.find(" / ") != std::string::npos || u.text.find(" > ") != std::string::npos) return false;
  const char last = u.text.back();
  if (last == '.' || last == ':' || last == ',') return false;
  bool lower = false;
  std::size_t start = 0;
  const std::string& t = u.text;
  while (start < t.size()) {
    std::size_t end = t.find(' ', start);
    if (end == std::string::npos) end = t.size();
    lower = lower || is_lower_word(std::string_view(t).substr(start, end - start));
    start = end + 1;
  }
  return lower;
}

// A body paragraph: sentences, not a label.
bool looks_like_prose(const std::string& text) {
  if (word_count(text) < 12) return false;
  const char last = text.back();
  return last == '.' || last == '"' || last == '?' || last == '!' || text.ends_with("\u201d") || text.ends_with("\u2019");
}

// "Dana Whitlock covers city hall ...": a paragraph on one of the authors.
bool starts_with_author(const std::string& text, const std::optional<std::string>& authors) {
  if (!authors) return false;
  std::size_t start = 0;
  while (start < authors->size()) {
    std::size_t end = authors->find(", ", start);
    if (end == std::string::npos) end = authors->size();
    const std::string name = authors->substr(start, end - start);
    if (name.find(' ') != std::string::npos && text.starts_with(name + " ")) return true;
    start = end + 2;
  }
  return false;
}

bool same_text(const std::string& a, const std::string& b) { return lower_ascii(collapse_space(a)) == lower_ascii(collapse_space(b)); }

}  // namespace

Article assemble(PageKind kind, const std::vector<Unit>& units, Meta meta) {
  Article article;
  article.kind = kind;
  const bool title_given = meta.title.has_value();
  // Metadata lines: bylines, dates, copyright. A unit that is one is no paragraph.
  std::vector<bool> is_meta(units.size(), false);
  std::size_t first_byline = units.size();
  for (std::size_t i = 0; i < units.size(); ++i) {
    const std::string& t = units[i].text;
    // A date alone ("14 August 2024") and an author's role ("Weather correspondent").
    if (const auto d = find_date(t); d && d->begin == 0 && is_time_only(std::string_view(t).substr(d->end))) {
      is_meta[i] = true;
      if (!meta.published) meta.published = d->date, meta.published_at = d->at;
      continue;
    }
    if (is_role_line(t)) {
      is_meta[i] = true;
      continue;
    }
    bool updated = false;
    if (const auto d = dated_line(t, updated)) {
      is_meta[i] = true;
      if (updated && !meta.updated) meta.updated = d->date, meta.updated_at = d->at;
      if (!updated && !meta.published) meta.published = d->date, meta.published_at = d->at;
    }
    if (const auto authors = byline_authors(t)) {
      is_meta[i] = true;
      first_byline = std::min(first_byline, i);
      if (!meta.author) meta.author = *authors;
      // "By Priya Raman Weather correspondent 14 August 2024"
      if (const auto d = find_date(t); d && !meta.published) meta.published = d->date, meta.published_at = d->at;
    }
    if (const auto owner = copyright_owner(t)) {
      is_meta[i] = true;
      if (!meta.outlet) meta.outlet = *owner;
    }
  }
  // The headline: the one the page names, else the first unit that reads as one before any
  // prose.
  std::size_t body_from = 0;
  std::optional<std::string> title = meta.title;
  if (title) {
    for (std::size_t i = 0; i < units.size(); ++i)
      if (same_text(units[i].text, *title)) {
        body_from = i + 1;
        break;
      }
  } else {
    for (std::size_t i = 0; i < units.size(); ++i) {
      const Unit& u = units[i];
      if (is_meta[i] || is_clutter(u)) continue;
      if (looks_like_prose(u.text)) break;  // an article that starts with its body
      if (looks_like_headline(u)) {
        title = u.text;
        body_from = i + 1;
        break;
      }
    }
  }
  if (title) article.paragraphs.push_back(*title);
  // The body.
  std::vector<std::string> body;
  bool prose_seen = false;
  for (std::size_t i = body_from; i < units.size(); ++i) {
    const Unit& u = units[i];
    const std::string& t = u.text;
    if (!body.empty() && (ends_article(t) || is_comment_count(t))) break;
    // A second byline after the body, or a note on the author ("Dana Whitlock covers city
    // hall ..."), closes the article.
    if (prose_seen && i > first_byline && byline_authors(t)) break;
    if (prose_seen && starts_with_author(t, meta.author)) break;
    if (is_meta[i] || is_clutter(u)) continue;
    if (title && same_text(t, *title)) continue;
    // A name beside a metadata line ("Naveen Athrappully" above "Updated:") is the byline.
    if (is_person_name(t) && i + 1 < units.size() && (is_meta[i + 1] || is_clutter(units[i + 1]))) {
      if (!meta.author) meta.author = t;
      continue;
    }
    if (!prose_seen) {
      // Before the body: a name line is the author, one word is a section label, a list is
      // a menu.
      if (is_person_name(t)) {
        if (!meta.author) meta.author = t;
        continue;
      }
      if (word_count(t) == 1 || u.list_item) continue;
      if (!title && !title_given && u.heading) continue;
    }
    if (u.list_item && word_count(t) < 4) continue;
    prose_seen = prose_seen || looks_like_prose(t);
    body.push_back(t);
  }
  // A name alone after the last paragraph signs the article.
  if (!body.empty() && is_person_name(body.back())) {
    if (!meta.author) meta.author = body.back();
    body.pop_back();
  }
  article.paragraphs.insert(article.paragraphs.end(), body.begin(), body.end());
  article.title = title;
  article.outlet = meta.outlet;
  article.author = meta.author;
  article.url = meta.url;
  article.published = meta.published ? meta.published : meta.updated;
  article.published_at = meta.published ? meta.published_at : meta.updated_at;
  return article;
}

}  // namespace kban::ingest
