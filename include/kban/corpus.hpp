#pragma once
// The corpus: the articles kban reads, and the loader that validates them.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kban/date.hpp"

namespace kban {

inline constexpr int kCorpusSchemaVersion = 1;

struct Document {
  std::string id;  // short, stable, readable: letters, digits, '-', '_', '.'
  std::optional<std::string> title;
  std::optional<std::string> outlet;
  std::optional<std::string> author;
  std::optional<Date> published;  // absent when the article states no date
  std::optional<std::string> url;
  std::string text;  // headline and body, UTF-8; offsets into it are in code points
  std::optional<std::string> published_at{};  // the publication time as stated, when it has one
  // Fields kban does not read, as JSON text, kept when the corpus is written again.
  std::vector<std::pair<std::string, std::string>> extra{};
};

struct Corpus {
  std::string source;  // file name it was read from, "<stdin>" or "<built-in>"
  std::vector<Document> documents;
};

// Parses and validates corpus JSON. Throws Error(kExitData) listing every problem found, each
// as "SOURCE:LINE:COL: what is wrong".
Corpus parse_corpus(std::string_view content, const std::string& source);

// The corpus compiled into the program (data/corpus.json).
Corpus builtin_corpus();

// The document with this id, or nullptr.
const Document* find_document(const Corpus& corpus, std::string_view id);

}  // namespace kban
