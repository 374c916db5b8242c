// The corpus loader: valid corpora load; each kind of broken corpus is reported with its
// position, word for word.
#include <catch2/catch.hpp>

#include "kban/corpus.hpp"
#include "text/words.hpp"
#include "kban/error.hpp"

using kban::Error;
using kban::parse_corpus;

namespace {

// The messages parse_corpus reports for `content`, or an empty list when it loads.
std::vector<std::string> problems(const std::string& content) {
  try {
    parse_corpus(content, "c.json");
  } catch (const Error& e) {
    CHECK(e.code() == kban::kExitData);
    return e.messages();
  }
  return {};
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a valid corpus loads with nulls for what articles do not state", "[corpus]") {
  const auto corpus = parse_corpus(R"({"schema_version": 1, "documents": [
    {"id": "a-1", "title": "T", "outlet": null, "author": null, "published": "2024-07-16", "url": null, "text": "Body."},
    {"id": "b_2", "text": "Other."}]})",
                                   "c.json");
  REQUIRE(corpus.documents.size() == 2);
  CHECK(corpus.documents[0].published == kban::Date{2024, 7, 16});
  CHECK(corpus.documents[0].title == "T");
  CHECK_FALSE(corpus.documents[0].outlet);
  CHECK_FALSE(corpus.documents[1].published);
  CHECK(corpus.documents[1].text == "Other.");
}

TEST_CASE("the built-in corpus holds the five articles", "[corpus]") {
  const auto corpus = kban::builtin_corpus();
  REQUIRE(corpus.documents.size() == 5);
  const auto* circleid = kban::find_document(corpus, "circleid");
  REQUIRE(circleid);
  CHECK(circleid->published == kban::Date{2024, 7, 16});
  for (const auto& doc : corpus.documents) {
    CHECK(doc.text.find("Scroll to Top") == std::string::npos);
    CHECK(doc.text.find("Trending Now") == std::string::npos);
    CHECK(doc.text.find("Comment Title") == std::string::npos);
  }
}

TEST_CASE("syntax errors name nlohmann's position", "[corpus]") {
  CHECK(problems("{\"schema_version\": 1,\n  \"documents\": [}") ==
        Lines{"c.json:2:17: syntax error while parsing value - unexpected '}'; expected '[', '{', or a literal"});
  CHECK(problems("{\"schema_version\": 1, \"documents\": [] ") ==
        Lines{"c.json:1:39: syntax error while parsing object - unexpected end of input; expected '}'"});
}

TEST_CASE("an empty file and invalid UTF-8 are reported", "[corpus]") {
  CHECK(problems("") == Lines{"c.json:1:1: empty file; expected JSON"});
  CHECK(problems(" \n ") == Lines{"c.json:1:1: empty file; expected JSON"});
  CHECK(problems("{\"schema_version\": 1,\n\"documents\": [{\"id\": \"a\", \"text\": \"caf\xC3\"}]}") ==
        Lines{"c.json:2:39: invalid UTF-8 byte 0xC3 at byte offset 60"});
}

TEST_CASE("schema problems name the document, its id and the field", "[corpus]") {
  const std::string content = R"({"schema_version": 1, "documents": [
  {"id": "a", "text": "x", "publshed": "2024-07-16"},
  {"id": "b", "text": 5, "published": "2024-02-30"},
  {"id": "a", "text": "y", "title": 3},
  {"title": "no id"},
  "not an object"
]})";
  CHECK(problems(content) ==
        Lines{
            R"(c.json:2:28: documents[0] (id "a"): field "publshed": unknown field (did you mean "published"?))",
            R"(c.json:3:23: documents[1] (id "b"): field "text": expected a string, found number)",
            R"(c.json:3:39: documents[1] (id "b"): field "published": "2024-02-30" is not a valid date (YYYY-MM-DD, or a timestamp that starts with one))",
            R"(c.json:4:10: documents[2] (id "a"): field "id": duplicate id, first used by documents[0])",
            R"(c.json:4:37: documents[2] (id "a"): field "title": expected a string or null, found number)",
            R"(c.json:5:3: documents[3]: missing required field "id")",
            R"(c.json:5:3: documents[3]: missing required field "text")",
            R"(c.json:6:3: documents[4]: expected an object, found string)",
        });
}

TEST_CASE("top-level problems", "[corpus]") {
  CHECK(problems("[1, 2]") == Lines{R"(c.json:1:1: expected an object with "schema_version" and "documents", found array)"});
  CHECK(problems(R"({"documents": []})") == Lines{R"(c.json:1:1: missing required field "schema_version")"});
  CHECK(problems(R"({"schema_version": 2, "documents": []})") ==
        Lines{R"(c.json:1:20: schema_version 2 is not supported (this kban reads 1))"});
  CHECK(problems(R"({"schema_version": 1, "documents": {}})") ==
        Lines{R"(c.json:1:36: "documents": expected an array, found object)"});
  CHECK(problems(R"({"schema_version": 1, "documents": [], "extra": 1})") ==
        Lines{R"(c.json:1:40: unknown top-level field "extra")"});
}

TEST_CASE("ids must be short and readable", "[corpus]") {
  CHECK(problems(R"({"schema_version": 1, "documents": [{"id": "has space", "text": ""}]})") ==
        Lines{R"(c.json:1:44: documents[0] (id "has space"): field "id": must be 1 to 64 letters, digits, '-', '_' or '.')"});
}

TEST_CASE("word counts count words, not punctuation", "[corpus]") {
  CHECK(kban::count_words("") == 0);
  CHECK(kban::count_words("The U.S. ban, in 2024 - isn't new.") == 7);
  CHECK(kban::count_words("Kaspersky’s offerings") == 2);
}

TEST_CASE("deeply nested JSON before a schema error is located without recursion", "[corpus]") {
  std::string deep = "{\"schema_version\": 1, \"documents\": [{\"id\": \"a\", \"text\": \"x\", \"title\": ";
  for (int i = 0; i < 200000; ++i) deep += '[';
  for (int i = 0; i < 200000; ++i) deep += ']';
  deep += "}, 5]}";
  const auto p = problems(deep);
  REQUIRE(p.size() == 2);
  CHECK(p[0].find("field \"title\": expected a string or null, found array") != std::string::npos);
  CHECK(p[1].find("documents[1]: expected an object, found number") != std::string::npos);
}

TEST_CASE("a number too large for JSON is a data error with its position", "[corpus]") {
  CHECK(problems("{\"schema_version\": 1,\n\"documents\": [], \"x\": 2666E666666666}") ==
        Lines{"c.json:2:23: number overflow parsing '2666E666666666'"});
}

TEST_CASE("a key given twice in one object is refused, with both places", "[corpus]") {
  CHECK(problems("{\"schema_version\": 1, \"documents\": [\n  {\"id\": \"a\", \"text\": \"x\",\n   \"text\": \"y\"}]}") ==
        Lines{"c.json:3:4: duplicate key \"text\" in one object; first given at line 2, column 15"});
  // Keys compare unescaped; the same key in two objects is no duplicate.
  CHECK(problems(R"({"schema_version": 1, "documents": [{"id": "a", "text": "x"}, {"id": "b", "\u0074ext": "y", "text": "z"}]})") ==
        Lines{"c.json:1:93: duplicate key \"text\" in one object; first given at line 1, column 75"});
}

TEST_CASE("many problems: the first 20 in file order, then how many more, in linear time", "[corpus]") {
  std::string content = "{\"schema_version\": 1, \"documents\": [";
  const std::size_t n = 20000;
  for (std::size_t i = 0; i < n; ++i) content += (i ? ",\n" : "\n") + std::string("{\"id\": 7, \"txt\": \"x\"}");
  content += "]}";
  const auto lines = problems(content);
  REQUIRE(lines.size() == 21);
  CHECK(lines[0] == "c.json:2:1: documents[0]: missing required field \"text\"");
  CHECK(lines[1] == "c.json:2:8: documents[0]: field \"id\": expected a string, found number");
  CHECK(lines[2] == "c.json:2:11: documents[0]: field \"txt\": unknown field (did you mean \"text\"?)");
  CHECK(lines[18] == "c.json:8:1: documents[6]: missing required field \"text\"");
  CHECK(lines[19] == "c.json:8:8: documents[6]: field \"id\": expected a string, found number");
  CHECK(lines[20] == "c.json: 59980 more problems not shown");
}
