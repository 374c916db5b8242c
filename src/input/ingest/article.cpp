// Reading a page of any kind, and what a corpus needs of the article: a document, an id, the
// text that finds a duplicate, and corpus JSON.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

#include "base/utf8.hpp"
#include "input/ingest/page.hpp"
#include "kban/error.hpp"

namespace kban {

namespace {

constexpr std::size_t kMaxPageBytes = 16 * 1024 * 1024;  // no news page comes near it

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  return true;
}

std::string_view skip_space(std::string_view s) {
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);  // a byte order mark
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return s;
}

// Lower-case letters and digits of a name, for ids: "The Harbor Ledger" gives "harbor-ledger".
std::string slug_words(std::string_view text, std::size_t max_words) {
  std::string out;
  std::size_t words = 0;
  std::string word;
  auto end_word = [&] {
    if (word.empty()) return;
    if (!(words == 0 && out.empty() && word == "the") && words < max_words) {
      out += (out.empty() ? "" : "-") + word;
      ++words;
    }
    word.clear();
  };
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) word += static_cast<char>(std::tolower(u));
    else if (c != '\'' && !(u & 0x80)) end_word();
  }
  end_word();
  return out;
}

}  // namespace

const char* page_kind_name(PageKind kind) {
  switch (kind) {
    case PageKind::kText: return "text";
    case PageKind::kMarkdown: return "markdown";
    case PageKind::kHtml: return "html";
  }
  return "text";
}

PageKind detect_page_kind(std::string_view content, std::string_view name) {
  const std::string_view start = skip_space(content);
  for (const std::string_view mark : {"<!doctype html", "<html", "<head", "<body", "<article", "<!--"})
    if (starts_with_ci(start, mark)) return PageKind::kHtml;
  if (start.starts_with("---\n") || start.starts_with("---\r\n")) return PageKind::kMarkdown;
  const std::string lower = ingest::lower_ascii(name);
  if (lower.ends_with(".html") || lower.ends_with(".htm")) return PageKind::kHtml;
  if (lower.ends_with(".md") || lower.ends_with(".markdown")) return PageKind::kMarkdown;
  // "# Headline" on the first line of a text file is Markdown.
  if (start.starts_with("# ")) return PageKind::kMarkdown;
  return PageKind::kText;
}

Article read_article(std::string_view content, std::string_view name) {
  if (content.size() > kMaxPageBytes)
    throw data_error(fmt::format("{}: {} bytes is more than a page may hold ({} MB)", name, content.size(), kMaxPageBytes >> 20));
  if (const auto nul = content.find('\0'); nul != std::string_view::npos)
    throw data_error(fmt::format("{}: a binary file, not text (a NUL byte at byte offset {})", name, nul));
  if (const auto bad = find_invalid_utf8(content))
    throw data_error(fmt::format("{}: invalid UTF-8 byte 0x{:02X} at byte offset {} (pages must be UTF-8)", name,
                                 static_cast<unsigned char>(content[*bad]), *bad));
  if (skip_space(content).empty()) throw data_error(fmt::format("{}: empty file", name));
  const PageKind kind = detect_page_kind(content, name);
  Article article = kind == PageKind::kHtml       ? ingest::read_html_page(content)
                    : kind == PageKind::kMarkdown ? ingest::read_markdown_page(content)
                                                  : ingest::read_text_page(content);
  const std::size_t body = article.paragraphs.size() - (article.title ? 1 : 0);
  if (body == 0) throw data_error(fmt::format("{}: no article text found in this {} page", name, page_kind_name(kind)));
  return article;
}

Document document_of(const Article& article, std::string id) {
  Document doc;
  doc.id = std::move(id);
  doc.title = article.title;
  doc.outlet = article.outlet;
  doc.author = article.author;
  if (article.published) doc.published = parse_iso_date(*article.published);
  doc.published_at = article.published_at;
  doc.url = article.url;
  for (const auto& p : article.paragraphs) doc.text += (doc.text.empty() ? "" : "\n\n") + p;
  return doc;
}

std::string document_id(const Article& article, std::string_view fallback, const std::vector<std::string>& taken) {
  // The outlet and the first words of the headline: "harbor-ledger-harbor-city-council".
  std::string base;
  if (article.outlet) base = slug_words(*article.outlet, 3);
  if (article.title) {
    const std::string words = slug_words(*article.title, base.empty() ? 6 : 3);
    if (!words.empty()) base += (base.empty() ? "" : "-") + words;
  }
  if (base.empty()) base = slug_words(fallback, 6);
  if (base.empty()) base = "article";
  if (base.size() > 48) {
    base.resize(48);
    while (!base.empty() && base.back() == '-') base.pop_back();
  }
  std::string id = base;
  for (int n = 2; std::find(taken.begin(), taken.end(), id) != taken.end(); ++n) id = fmt::format("{}-{}", base, n);
  return id;
}

std::string normalized_text(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || (u & 0x80)) {
      if (space && !out.empty()) out += ' ';
      out += static_cast<char>(std::tolower(u));
      space = false;
    } else {
      space = true;
    }
  }
  return out;
}

std::string corpus_json(const Corpus& corpus) {
  using nlohmann::ordered_json;
  ordered_json root;
  root["schema_version"] = kCorpusSchemaVersion;
  root["documents"] = ordered_json::array();
  auto optional = [](const std::optional<std::string>& v) { return v ? ordered_json(*v) : ordered_json(nullptr); };
  for (const Document& d : corpus.documents) {
    ordered_json doc;
    doc["id"] = d.id;
    doc["title"] = optional(d.title);
    doc["outlet"] = optional(d.outlet);
    doc["author"] = optional(d.author);
    doc["published"] = d.published ? ordered_json(to_iso(*d.published)) : ordered_json(nullptr);
    if (d.published_at) doc["published_at"] = *d.published_at;
    doc["url"] = optional(d.url);
    doc["text"] = d.text;
    for (const auto& [key, value] : d.extra) doc[key] = ordered_json::parse(value);
    root["documents"].push_back(std::move(doc));
  }
  return root.dump(2, ' ', false) + "\n";
}

}  // namespace kban
