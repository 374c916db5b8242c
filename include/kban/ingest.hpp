#pragma once
// Articles as people have them: a captured page (plain text with the site around it), Markdown
// with or without front matter, or HTML. Each is read into the article it holds (headline,
// body paragraphs, captions) and the metadata it states; nothing it does not state is made up.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kban/corpus.hpp"

namespace kban {

enum class PageKind { kText, kMarkdown, kHtml };
const char* page_kind_name(PageKind kind);

struct Article {
  PageKind kind = PageKind::kText;
  std::optional<std::string> title, outlet, author;
  std::optional<std::string> published;     // YYYY-MM-DD
  std::optional<std::string> published_at;  // the date with its time, as the page states it
  std::optional<std::string> url;
  std::vector<std::string> paragraphs;      // the headline first (when there is one), then the body
};

// What kind of page `content` is: HTML when it starts with markup, Markdown when it has front
// matter or Markdown headings, else captured text. `name` (a file name) breaks ties.
PageKind detect_page_kind(std::string_view content, std::string_view name);

// Reads a page. Throws Error(kExitData) "NAME: what is wrong" for a page that is not UTF-8
// text (naming the byte offset), is binary, or holds no article text.
Article read_article(std::string_view content, std::string_view name);

// The corpus document for an article: its paragraphs joined by blank lines.
Document document_of(const Article& article, std::string id);

// A short readable id for a document, from its outlet and title (or `fallback`), unique
// among `taken`.
std::string document_id(const Article& article, std::string_view fallback, const std::vector<std::string>& taken);

// The text used to find a document that is already in a corpus: its words, in lower case.
std::string normalized_text(std::string_view text);

// Corpus JSON, as `kban corpus export` writes it and `kban add` saves it.
std::string corpus_json(const Corpus& corpus);

// A page to add: its name (a file name, or "<stdin>") and content.
struct Page {
  std::string name;
  std::string content;
};

// What the person adding states, over what the page states (for a single page).
struct ArticleOverrides {
  std::optional<std::string> id, title, outlet, author, published, url;
};

struct AddReport {
  std::vector<std::string> added;     // ids, in page order
  std::vector<std::string> replaced;  // ids of documents updated with --replace
  std::vector<std::string> notes;     // "NAME: already in the corpus as ID ..."
};

// Reads the pages and adds their articles to the corpus: ids unique, a page whose URL or text
// is already in the corpus skipped (or, with `replace`, put in place of the document, which
// keeps its id). Throws Error(kExitData) for the first page that cannot be read, and
// Error(kExitUsage) for a bad override, before the corpus changes.
AddReport add_pages(Corpus& corpus, const std::vector<Page>& pages, const ArticleOverrides& overrides, bool replace);

}  // namespace kban
