#include "output/listings.hpp"
#include "text/words.hpp"

namespace kban {

Listing list_sources(const Corpus& corpus) {
  Listing listing;
  listing.kind = "documents";
  listing.add_records([&corpus](RecordWriter& out) {
    for (const auto& doc : corpus.documents)
      out.record([&](JsonWriter& w) {
        const auto optional = [&](std::string_view key, const std::optional<std::string>& v) {
          if (v) w.field(key, *v);
          else w.null_field(key);
        };
        w.field("id", doc.id);
        optional("title", doc.title);
        optional("outlet", doc.outlet);
        optional("author", doc.author);
        optional("published", doc.published ? std::optional<std::string>(to_iso(*doc.published)) : std::nullopt);
        optional("url", doc.url);
        w.field("words", count_words(doc.text));
      });
  }, "document");
  listing.table = [&corpus] {
    Table table;
    table.headers = {"ID", "OUTLET", "PUBLISHED", "WORDS", "TITLE"};
    table.stretch_column = 4;
    for (const auto& doc : corpus.documents)
      table.rows.push_back({{doc.id, doc.outlet.value_or("-"), doc.published ? to_iso(*doc.published) : "-",
                             std::to_string(count_words(doc.text)), doc.title.value_or("-")},
                            {}});
    return table;
  };
  return listing;
}

}  // namespace kban
