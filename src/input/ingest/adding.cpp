// Adding articles to a corpus: ids, duplicates, overrides; all or nothing.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "kban/error.hpp"
#include "kban/ingest.hpp"

namespace kban {

namespace {

bool valid_id(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
  });
}

// The page's name without its folder and extension: "seeds/001_x.txt" gives "001_x".
std::string stem_of(const std::string& name) { return std::filesystem::path(name).stem().string(); }

}  // namespace

AddReport add_pages(Corpus& corpus, const std::vector<Page>& pages, const ArticleOverrides& overrides, bool replace) {
  const bool overriding = overrides.id || overrides.title || overrides.outlet || overrides.author || overrides.published || overrides.url;
  if (overriding && pages.size() != 1)
    throw Error(kExitUsage, fmt::format("--id, --title, --outlet, --author, --published and --url apply to one page; {} were given", pages.size()));
  if (overrides.id && !valid_id(*overrides.id))
    throw Error(kExitUsage, fmt::format("--id: \"{}\" must be 1 to 64 letters, digits, '-', '_' or '.'", *overrides.id));
  std::optional<Date> published;
  if (overrides.published) {
    published = parse_iso_date(std::string_view(*overrides.published).substr(0, 10));
    if (!published) throw Error(kExitUsage, fmt::format("--published: \"{}\" is not a valid date (YYYY-MM-DD)", *overrides.published));
  }
  Corpus result = corpus;
  AddReport report;
  std::vector<std::string> taken;
  for (const auto& d : result.documents) taken.push_back(d.id);
  for (const Page& page : pages) {
    Article article = read_article(page.content, page.name);
    if (overrides.title) article.title = overrides.title;
    if (overrides.outlet) article.outlet = overrides.outlet;
    if (overrides.author) article.author = overrides.author;
    if (overrides.url) article.url = overrides.url;
    if (overrides.published) {
      article.published = to_iso(*published);
      article.published_at = overrides.published->size() > 10 ? overrides.published : std::nullopt;
    }
    Document doc = document_of(article, {});
    // A document already in the corpus: the same URL, or the same words.
    const std::string words = normalized_text(doc.text);
    const auto same = std::find_if(result.documents.begin(), result.documents.end(), [&](const Document& d) {
      return (doc.url && d.url && *doc.url == *d.url) || normalized_text(d.text) == words;
    });
    if (same != result.documents.end()) {
      if (!replace) {
        report.notes.push_back(fmt::format("{}: already in the corpus as \"{}\"; skipped (--replace updates it)", page.name, same->id));
        continue;
      }
      doc.id = same->id;
      doc.extra = same->extra;
      *same = std::move(doc);
      report.replaced.push_back(same->id);
      continue;
    }
    if (overrides.id) {
      if (std::find(taken.begin(), taken.end(), *overrides.id) != taken.end())
        throw Error(kExitUsage, fmt::format("--id: \"{}\" is already a document of the corpus", *overrides.id));
      doc.id = *overrides.id;
    } else {
      doc.id = document_id(article, stem_of(page.name), taken);
    }
    taken.push_back(doc.id);
    report.added.push_back(doc.id);
    result.documents.push_back(std::move(doc));
  }
  corpus = std::move(result);
  return report;
}

}  // namespace kban
