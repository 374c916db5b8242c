#include "kban/corpus.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

#include "base/embedded.hpp"
#include "base/json_input.hpp"
#include "base/suggest.hpp"

namespace kban {

namespace {

using nlohmann::json;

const std::vector<std::string> kDocumentFields = {"id", "title", "outlet", "author", "published", "published_at", "url", "text"};

bool valid_id(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

class DocumentReader {
 public:
  DocumentReader(JsonProblems& problems, const json& doc, std::size_t index)
      : problems_(problems), doc_(doc), index_(index) {
    const auto id = doc.find("id");
    label_ = id != doc.end() && id->is_string() ? fmt::format("documents[{}] (id \"{}\")", index, id->get<std::string>())
                                                : fmt::format("documents[{}]", index);
  }

  void problem(const std::string& field, const std::string& message, bool at_key = false) {
    problems_.add({"documents", index_, field}, fmt::format("{}: field \"{}\": {}", label_, field, message), at_key);
  }

  // A required string.
  std::string required_string(const std::string& field) {
    const auto it = doc_.find(field);
    if (it == doc_.end()) {
      problems_.add({"documents", index_}, fmt::format("{}: missing required field \"{}\"", label_, field));
      return {};
    }
    if (!it->is_string()) {
      problem(field, fmt::format("expected a string, found {}", json_type_name(*it)));
      return {};
    }
    return it->get<std::string>();
  }

  // An optional string: absent or null when the article does not state it.
  std::optional<std::string> optional_string(const std::string& field) {
    const auto it = doc_.find(field);
    if (it == doc_.end() || it->is_null()) return std::nullopt;
    if (!it->is_string()) {
      problem(field, fmt::format("expected a string or null, found {}", json_type_name(*it)));
      return std::nullopt;
    }
    return it->get<std::string>();
  }

  // Fields kban does not read are kept, except one that looks like a misspelled field of
  // its own ("pubished"), which would lose what it says.
  void keep_unknown_fields(Document& out) {
    for (const auto& [key, value] : doc_.items()) {
      if (std::find(kDocumentFields.begin(), kDocumentFields.end(), key) != kDocumentFields.end()) continue;
      if (const auto near = nearest_name(key, kDocumentFields)) {
        problem(key, fmt::format("unknown field (did you mean \"{}\"?)", *near), true);
        continue;
      }
      out.extra.emplace_back(key, value.dump());
    }
  }

 private:
  JsonProblems& problems_;
  const json& doc_;
  std::size_t index_;
  std::string label_;
};

Document read_document(JsonProblems& problems, const json& doc, std::size_t index) {
  DocumentReader reader(problems, doc, index);
  Document out;
  out.id = reader.required_string("id");
  if (doc.contains("id") && doc["id"].is_string() && !valid_id(out.id))
    reader.problem("id", "must be 1 to 64 letters, digits, '-', '_' or '.'");
  out.text = reader.required_string("text");
  out.title = reader.optional_string("title");
  out.outlet = reader.optional_string("outlet");
  out.author = reader.optional_string("author");
  out.url = reader.optional_string("url");
  out.published_at = reader.optional_string("published_at");
  if (const auto published = reader.optional_string("published")) {
    // A timestamp gives its date; the time is kept in published_at.
    const bool timestamp = published->size() > 10 && ((*published)[10] == 'T' || (*published)[10] == ' ');
    out.published = parse_iso_date(timestamp ? std::string_view(*published).substr(0, 10) : std::string_view(*published));
    if (!out.published)
      reader.problem("published", fmt::format("\"{}\" is not a valid date (YYYY-MM-DD, or a timestamp that starts with one)", *published));
    else if (timestamp && !out.published_at)
      out.published_at = *published;
  }
  reader.keep_unknown_fields(out);
  return out;
}

}  // namespace

Corpus parse_corpus(std::string_view content, const std::string& source) {
  const json root = parse_json_input(content, source);
  JsonProblems problems(content, source);
  Corpus corpus;
  corpus.source = source;
  if (!root.is_object()) {
    problems.add({}, fmt::format("expected an object with \"schema_version\" and \"documents\", found {}",
                                 json_type_name(root)));
    problems.throw_if_any();
  }
  for (const auto& [key, value] : root.items()) {
    if (key != "schema_version" && key != "documents")
      problems.add({key}, fmt::format("unknown top-level field \"{}\"", key), true);
  }
  const auto version = root.find("schema_version");
  if (version == root.end()) {
    problems.add({}, "missing required field \"schema_version\"");
  } else if (!version->is_number_integer()) {
    problems.add({"schema_version"}, fmt::format("\"schema_version\": expected an integer, found {}", json_type_name(*version)));
  } else if (version->get<long long>() != kCorpusSchemaVersion) {
    problems.add({"schema_version"}, fmt::format("schema_version {} is not supported (this kban reads {})",
                                                 version->get<long long>(), kCorpusSchemaVersion));
  }
  const auto docs = root.find("documents");
  if (docs == root.end()) {
    problems.add({}, "missing required field \"documents\"");
  } else if (!docs->is_array()) {
    problems.add({"documents"}, fmt::format("\"documents\": expected an array, found {}", json_type_name(*docs)));
  } else {
    std::unordered_map<std::string, std::size_t> first_use;
    for (std::size_t i = 0; i < docs->size(); ++i) {
      const json& doc = (*docs)[i];
      if (!doc.is_object()) {
        problems.add({"documents", i}, fmt::format("documents[{}]: expected an object, found {}", i, json_type_name(doc)));
        continue;
      }
      Document d = read_document(problems, doc, i);
      if (!d.id.empty()) {
        const auto [it, inserted] = first_use.emplace(d.id, i);
        if (!inserted)
          problems.add({"documents", i, "id"}, fmt::format("documents[{}] (id \"{}\"): field \"id\": duplicate id, first used by documents[{}]",
                                                           i, d.id, it->second));
      }
      corpus.documents.push_back(std::move(d));
    }
  }
  problems.throw_if_any();
  return corpus;
}

Corpus builtin_corpus() { return parse_corpus(embedded_file("corpus.json"), "<built-in>"); }

const Document* find_document(const Corpus& corpus, std::string_view id) {
  for (const auto& doc : corpus.documents)
    if (doc.id == id) return &doc;
  return nullptr;
}

}  // namespace kban
