// The JSON Schemas of data/schemas/ describe every field in words, state the closed value
// sets the program really has, and docs/json.md lists those values. That kban's real output
// and input files validate against them is checked by tests/check_schemas.py.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

#include "base/embedded.hpp"
#include "kban/model.hpp"
#include "model/names.hpp"
#include "support.hpp"

using nlohmann::json;

namespace {

const std::vector<std::string> kOutputs = {"sources", "tag", "timeline", "claims", "conflicts"};
const std::vector<std::string> kInputs = {"corpus", "lexicon"};

json schema(const std::string& name) {
  const auto content = kban::embedded_file("schemas/" + name + ".json");
  REQUIRE_FALSE(content.empty());
  return json::parse(content);
}

// Every property of every object in the schema, as "path: what is wrong", when it has no
// description. An `if` only tests a value, so its properties need none.
void undescribed(const json& node, const std::string& path, std::vector<std::string>& out) {
  if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i) undescribed(node[i], path + "/" + std::to_string(i), out);
    return;
  }
  if (!node.is_object()) return;
  for (const auto& [key, value] : node.items()) {
    if (key == "if" || key == "enum" || key == "const") continue;
    if (key == "properties") {
      for (const auto& [name, property] : value.items()) {
        const auto d = property.find("description");
        if (d == property.end() || !d->is_string() || d->get<std::string>().size() < 8)
          out.push_back(path + "/properties/" + name);
        undescribed(property, path + "/properties/" + name, out);
      }
    } else {
      undescribed(value, path + "/" + key, out);
    }
  }
}

std::set<std::string> strings_of(const json& list) {
  std::set<std::string> out;
  for (const auto& v : list)
    if (v.is_string()) out.insert(v.get<std::string>());
  return out;
}

// Every string of every enum and const under `node` that is not null.
void closed_values(const json& node, std::set<std::string>& out) {
  if (node.is_array()) {
    for (const auto& v : node) closed_values(v, out);
  } else if (node.is_object()) {
    for (const auto& [key, value] : node.items()) {
      if (key == "enum") out.merge(strings_of(value));
      else if (key == "const" && value.is_string()) out.insert(value.get<std::string>());
      else closed_values(value, out);
    }
  }
}

}  // namespace

TEST_CASE("every field of every schema says in words what it holds", "[schema]") {
  std::vector<std::string> names = kOutputs;
  names.insert(names.end(), kInputs.begin(), kInputs.end());
  for (const auto& name : names) {
    INFO(name);
    const json s = schema(name);
    CHECK(s["$schema"] == "https://json-schema.org/draft/2020-12/schema");
    CHECK(s["title"] == "kban " + name);
    CHECK(s["description"].is_string());
    std::vector<std::string> missing;
    undescribed(s, "", missing);
    CHECK(missing == std::vector<std::string>{});
  }
}

TEST_CASE("the walk finds a field without description", "[schema]") {
  std::vector<std::string> missing;
  undescribed(json::parse(R"({"properties": {"a": {"description": "a described field",
      "items": {"properties": {"b": {"type": "string"}}}}}, "if": {"properties": {"c": {"const": 1}}}})"),
              "", missing);
  CHECK(missing == std::vector<std::string>{"/properties/a/items/properties/b"});
}

TEST_CASE("the schemas' closed sets are the program's", "[schema]") {
  // Excluded dates: every kind of mention but the event itself.
  std::set<std::string> kinds;
  for (int k = 0; k <= static_cast<int>(kban::MentionKind::kSnapshot); ++k)
    kinds.insert(std::string(kban::mention_kind_name(static_cast<kban::MentionKind>(k))));
  kinds.erase("event");
  const json timeline = schema("timeline");
  CHECK(strings_of(timeline["properties"]["excluded"]["items"]["properties"]["kind"]["enum"]) == kinds);
  // Event granularities: every granularity of a date, and time for a time of day.
  std::set<std::string> granularities{"time"};
  for (int k = 0; k <= static_cast<int>(kban::Granularity::kCentury); ++k)
    granularities.insert(std::string(kban::name_of(static_cast<kban::Granularity>(k))));
  CHECK(strings_of(timeline["properties"]["events"]["items"]["properties"]["granularity"]["enum"]) == granularities);
  CHECK(kban::value_granularity("2024-07-20T10:00") == "time");
  std::set<std::string> types;
  for (int k = 0; k <= static_cast<int>(kban::TimexType::kSet); ++k)
    types.insert(std::string(kban::timex_type_name(static_cast<kban::TimexType>(k))));
  CHECK(strings_of(schema("tag")["properties"]["timexes"]["items"]["properties"]["type"]["enum"]) == types);
  // Units of claims: the units of time and currencies of the English data.
  const json quantities = json::parse(kban::embedded_file("en/quantities.json"));
  const json unit = schema("claims")["properties"]["claims"]["items"]["properties"]["unit"]["anyOf"];
  const std::set<std::string> plain = strings_of(unit[0]["enum"]);
  for (const auto& meaning : quantities["duration_units"]) CHECK(plain.count(meaning[0].get<std::string>()) == 1);
  for (const auto& code : quantities["currency_words"]) CHECK(kban::is_currency(code.get<std::string>()));
  CHECK(plain.count("%") == 1);
  CHECK(unit[1]["pattern"] == "^[A-Z]{3}$");
  // Conflict kinds: the ones `kban conflicts --kind` takes (on an empty corpus, to be quick).
  const std::string empty = R"({"schema_version": 1, "documents": []})";
  CHECK(kban::test::run_kban("--corpus - conflicts --kind nothing", empty).exit_code == 2);
  const json conflicts = schema("conflicts");
  for (const auto& kind : conflicts["properties"]["conflicts"]["items"]["properties"]["kind"]["enum"])
    CHECK(kban::test::run_kban("--corpus - conflicts --kind " + kind.get<std::string>(), empty).exit_code == 0);
  CHECK(conflicts["properties"]["conflicts"]["items"]["properties"]["kind"]["enum"].size() == 4);
}

TEST_CASE("docs/json.md lists every closed value of the outputs", "[schema]") {
  const std::string doc = kban::test::read_file(kban::test::source_path("docs/json.md"));
  for (const auto& name : kOutputs) {
    std::set<std::string> values;
    closed_values(schema(name), values);
    for (const auto& v : values) {
      INFO(name << ": " << v);
      CHECK(doc.find(v.empty() ? "`\"\"`" : "`" + v + "`") != std::string::npos);
    }
  }
}

TEST_CASE("kban schema prints every schema, input files too", "[schema]") {
  for (const char* name : {"sources", "tag", "timeline", "claims", "conflicts", "corpus", "lexicon"}) {
    const auto r = kban::test::run_kban(std::string("schema ") + name);
    INFO(name);
    CHECK(r.exit_code == 0);
    CHECK(json::parse(r.out) == schema(name));
  }
  const auto r = kban::test::run_kban("schema lexicn");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("unknown schema \"lexicn\" (did you mean \"lexicon\"?)") != std::string::npos);
  const auto none = kban::test::run_kban("schema zz");
  CHECK(none.err.find("(known: claims, conflicts, corpus, lexicon, sources, tag, timeline)") != std::string::npos);
}
