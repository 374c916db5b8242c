// The lexicon loader: what a lexicon file may not hold is refused with its place and field,
// word for word; lexicons of many entries load.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "kban/error.hpp"
#include "kban/lexicon.hpp"
#include "analysis/lexicon_index.hpp"

namespace {

using Lines = std::vector<std::string>;

Lines problems(const std::string& content) {
  try {
    kban::parse_lexicon(content, "l.json");
  } catch (const kban::Error& e) {
    CHECK(e.code() == kban::kExitData);
    return e.messages();
  }
  return {};
}

}  // namespace

TEST_CASE("lexicon entries that name nothing are refused", "[lexicon]") {
  CHECK(problems(R"({"actors": [{"name": ""}, {"name": "  ", "aliases": ["A"]}]})") ==
        Lines{R"(l.json:1:22: actors[0]: field "name": expected a non-empty string, found "")",
              R"(l.json:1:36: actors[1]: field "name": expected a non-empty string, found white space only: "  ")"});
  CHECK(problems(R"({"actors": [{"name": "Acme", "aliases": ["Acme Corp", " \t", ""]}]})") ==
        Lines{R"(l.json:1:55: actors[0] (name "Acme"): field "aliases": item 1: expected a non-empty string, found white space only: " )" "\t" R"(")",
              R"(l.json:1:62: actors[0] (name "Acme"): field "aliases": item 2: expected a non-empty string, found "")"});
  CHECK(problems(R"({"follow_phrases": ["followed suit", " "]})") ==
        Lines{R"(l.json:1:38: field "follow_phrases": item 1: expected a non-empty string, found white space only: " ")"});
}

TEST_CASE("unknown kinds and fields are refused with the nearest known name", "[lexicon]") {
  CHECK(problems(R"({"actors": [{"name": "Acme", "kind": "compnay", "alias": ["A"]}]})") ==
        Lines{R"(l.json:1:38: actors[0] (name "Acme"): field "kind": unknown kind "compnay" (did you mean "company"?))",
              R"(l.json:1:49: actors[0] (name "Acme"): field "alias": unknown field (did you mean "aliases"?))"});
  CHECK(problems(R"({"attributes": [{"name": "staff", "kind": "people"}]})") ==
        Lines{R"(l.json:1:43: attributes[0] (name "staff"): field "kind": unknown kind "people" (known: count, share, money, duration))"});
  // A kind the file's references name is known.
  CHECK(problems(R"({"references": [{"kind": "union", "phrases": ["the union"]}], "actors": [{"name": "Dockers", "kind": "union"}]})")
            .empty());
  CHECK(problems(R"({"actors": [{"name": "Dockers", "kind": "union"}]})") ==
        Lines{R"(l.json:1:41: actors[0] (name "Dockers"): field "kind": unknown kind "union" (known: agency, company, court, government, law, legislature, media, person))"});
}

TEST_CASE("lexicon type errors name the field", "[lexicon]") {
  CHECK(problems(R"({"event_types": [{"name": "recall", "triggers": "recalled", "wraps": "yes", "label": 3}]})") ==
        Lines{R"(l.json:1:49: event_types[0] (name "recall"): field "triggers": expected an array of strings, found string)",
              R"(l.json:1:70: event_types[0] (name "recall"): field "wraps": expected true or false, found string)",
              R"(l.json:1:86: event_types[0] (name "recall"): field "label": expected a non-empty string, found number)"});
  CHECK(problems(R"({"actors": [{"name": "Acme", "aliases": ["A", 2]}]})") ==
        Lines{R"(l.json:1:47: actors[0] (name "Acme"): field "aliases": item 1: expected a non-empty string, found number)"});
}

// The time it takes is a benchmark (docs/performance.md, 'Pathological inputs'), not a test.
TEST_CASE("a lexicon of many actors sharing their first word loads, merges and compiles", "[lexicon]") {
  std::string content = R"({"actors": [)";
  const int n = 20000;
  for (int k = 0; k < n; ++k)
    content += (k ? "," : "") + std::string(R"({"name": "Northwind Holdings )") + std::to_string(k) + R"(", "aliases": ["Northwind )" +
               std::to_string(k) + "\"]}";
  content += "]}";
  kban::Lexicon lexicon = kban::builtin_lexicon();
  kban::merge_lexicon(lexicon, kban::parse_lexicon(content, "l.json"));
  const kban::LexiconIndex index(lexicon);  // the phrases, as the map matches them
  CHECK(lexicon.actors.size() > static_cast<std::size_t>(n));
}
