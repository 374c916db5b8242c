#include "output/listings.hpp"
#include "text/words.hpp"

namespace kban {

namespace {
Json or_null(const std::optional<std::string>& value) {
  return value ? Json(*value) : Json(nullptr);
}
}  // namespace

Listing list_sources(const Corpus& corpus) {
  Listing listing;
  listing.kind = "documents";
  listing.table.headers = {"ID", "OUTLET", "PUBLISHED", "WORDS", "TITLE"};
  listing.table.stretch_column = 4;
  for (const auto& doc : corpus.documents) {
    const std::size_t words = count_words(doc.text);
    Json record;
    record["id"] = doc.id;
    record["title"] = or_null(doc.title);
    record["outlet"] = or_null(doc.outlet);
    record["author"] = or_null(doc.author);
    record["published"] = doc.published ? Json(to_iso(*doc.published)) : Json(nullptr);
    record["url"] = or_null(doc.url);
    record["words"] = words;
    listing.records.push_back(record);
    listing.table.rows.push_back({{doc.id, doc.outlet.value_or("-"),
                                   doc.published ? to_iso(*doc.published) : "-", std::to_string(words),
                                   doc.title.value_or("-")},
                                  {}});
  }
  return listing;
}

}  // namespace kban
