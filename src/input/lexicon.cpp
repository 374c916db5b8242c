#include "kban/lexicon.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <array>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/embedded.hpp"
#include "kban/error.hpp"
#include "base/json_input.hpp"
#include "base/suggest.hpp"
#include "input/language.hpp"

namespace kban {

namespace {

using nlohmann::json;

const std::vector<std::string> kSections = {"schema_version", "actors",         "event_types", "attributes",
                                            "follow_phrases", "anchor_signals", "references", "intent_phrases",
                                            "abandon_phrases", "coreference"};

// Reads the array of strings at root[section][index][field] (or root[section] when field is
// empty), recording problems.
std::vector<std::string> strings(JsonProblems& problems, const json& value, std::vector<JsonPathStep> path) {
  std::vector<std::string> out;
  if (!value.is_array()) {
    problems.add(path, fmt::format("expected an array of strings, found {}", json_type_name(value)));
    return out;
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (!value[i].is_string() || value[i].get<std::string>().empty()) {
      auto at = path;
      at.emplace_back(i);
      problems.add(at, fmt::format("expected a non-empty string, found {}", json_type_name(value[i])));
      continue;
    }
    out.push_back(value[i].get<std::string>());
  }
  return out;
}

// The optional array of strings at `object[field]`; empty when absent.
std::vector<std::string> string_list(JsonProblems& problems, const json& object, std::vector<JsonPathStep> path,
                                     const std::string& field) {
  const auto it = object.find(field);
  if (it == object.end()) return {};
  path.emplace_back(field);
  return strings(problems, *it, std::move(path));
}

std::string text_field(JsonProblems& problems, const json& entry, const std::vector<JsonPathStep>& path,
                       const std::string& field, bool required) {
  const auto it = entry.find(field);
  if (it == entry.end()) {
    if (required) problems.add(path, fmt::format("missing required field \"{}\"", field));
    return {};
  }
  if (!it->is_string()) {
    auto at = path;
    at.emplace_back(field);
    problems.add(at, fmt::format("field \"{}\": expected a string, found {}", field, json_type_name(*it)));
    return {};
  }
  return it->get<std::string>();
}

// Calls read(entry, path) for each object of root[section].
template <typename Read>
void each_entry(JsonProblems& problems, const json& root, const std::string& section, Read read) {
  const auto it = root.find(section);
  if (it == root.end()) return;
  if (!it->is_array()) {
    problems.add({section}, fmt::format("\"{}\": expected an array, found {}", section, json_type_name(*it)));
    return;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& entry = (*it)[i];
    const std::vector<JsonPathStep> path{section, i};
    if (!entry.is_object()) {
      problems.add(path, fmt::format("{}[{}]: expected an object, found {}", section, i, json_type_name(entry)));
      continue;
    }
    read(entry, path);
  }
}

// The lexicon's plain phrase lists, by their section names (const or not, as the lexicon).
template <typename L>
std::array<std::pair<const char*, decltype(&std::declval<L&>().follow_phrases)>, 4> phrase_lists(L& lex) {
  return {{{"follow_phrases", &lex.follow_phrases},
           {"anchor_signals", &lex.anchor_signals},
           {"intent_phrases", &lex.intent_phrases},
           {"abandon_phrases", &lex.abandon_phrases}}};
}

// Entries by name, kept up to date as entries are added.
template <typename T>
class ByName {
 public:
  explicit ByName(std::vector<T>& items) : items_(items) {
    for (std::size_t i = 0; i < items.size(); ++i) index_.emplace(items[i].name, i);
  }
  T* find(const std::string& name) {
    const auto it = index_.find(name);
    return it == index_.end() ? nullptr : &items_[it->second];
  }
  void add(const T& item) {
    index_.emplace(item.name, items_.size());
    items_.push_back(item);
  }

 private:
  std::vector<T>& items_;
  std::unordered_map<std::string, std::size_t> index_;
};

void add_unique(std::vector<std::string>& to, const std::vector<std::string>& from) {
  std::unordered_set<std::string> have(to.begin(), to.end());
  for (const auto& s : from)
    if (have.insert(s).second) to.push_back(s);
}

// A phrase the new file gives to one entry leaves every other entry: the later file wins.
template <typename T>
void release(std::vector<T>& items, const std::vector<T>& extra, std::vector<std::string> T::*member) {
  std::unordered_map<std::string, std::vector<const std::string*>> owners;  // phrase: the names given it
  for (const auto& e : extra)
    for (const auto& p : e.*member) owners[p].push_back(&e.name);
  if (owners.empty()) return;
  for (auto& item : items) {
    auto& list = item.*member;
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const std::string& p) {
                                const auto it = owners.find(p);
                                return it != owners.end() && std::any_of(it->second.begin(), it->second.end(),
                                                                         [&](const std::string* o) { return *o != item.name; });
                              }),
               list.end());
  }
}

}  // namespace

Lexicon parse_lexicon(std::string_view content, const std::string& source) {
  const json root = parse_json_input(content, source);
  JsonProblems problems(content, source);
  Lexicon lex;
  if (!root.is_object()) {
    problems.add({}, fmt::format("expected a lexicon object, found {}", json_type_name(root)));
    problems.throw_if_any();
  }
  for (const auto& [key, value] : root.items()) {
    if (std::find(kSections.begin(), kSections.end(), key) != kSections.end()) continue;
    const auto near = nearest_name(key, kSections);
    problems.add({key}, near ? fmt::format("unknown section \"{}\" (did you mean \"{}\"?)", key, *near)
                             : fmt::format("unknown section \"{}\"", key), true);
  }
  if (const auto v = root.find("schema_version"); v != root.end() && (!v->is_number_integer() || *v != 1))
    problems.add({"schema_version"}, "schema_version must be 1");
  each_entry(problems, root, "actors", [&](const json& e, const std::vector<JsonPathStep>& path) {
    Actor a;
    a.name = text_field(problems, e, path, "name", true);
    a.kind = text_field(problems, e, path, "kind", false);
    a.aliases = string_list(problems, e, path, "aliases");
    if (!a.name.empty()) lex.actors.push_back(std::move(a));
  });
  each_entry(problems, root, "event_types", [&](const json& e, const std::vector<JsonPathStep>& path) {
    EventType t;
    t.name = text_field(problems, e, path, "name", true);
    t.group = text_field(problems, e, path, "group", false);
    t.label = text_field(problems, e, path, "label", false);
    t.kind_of = text_field(problems, e, path, "kind_of", false);
    t.triggers = string_list(problems, e, path, "triggers");
    if (const auto w = e.find("wraps"); w != e.end()) {
      if (w->is_boolean()) t.wraps = w->get<bool>();
      else problems.add(path, "field \"wraps\": expected true or false");
    }
    if (t.group.empty()) t.group = t.name;
    if (t.label.empty()) t.label = t.name;
    if (!t.name.empty()) lex.event_types.push_back(std::move(t));
  });
  each_entry(problems, root, "attributes", [&](const json& e, const std::vector<JsonPathStep>& path) {
    Attribute a;
    a.name = text_field(problems, e, path, "name", true);
    a.kind = text_field(problems, e, path, "kind", false);
    if (a.kind.empty()) a.kind = "count";
    a.synonyms = string_list(problems, e, path, "synonyms");
    if (!a.name.empty()) lex.attributes.push_back(std::move(a));
  });
  for (auto [field, list] : phrase_lists(lex)) *list = string_list(problems, root, {}, field);
  if (const auto c = root.find("coreference"); c != root.end()) {
    if (!c->is_object()) problems.add({"coreference"}, "\"coreference\": expected an object of numbers");
    else
      for (const auto& [name, value] : c->items()) {
        if (value.is_number()) lex.coreference[name] = value.get<double>();
        else problems.add({"coreference", name}, fmt::format("coreference \"{}\": expected a number, found {}", name, json_type_name(value)));
      }
  }
  each_entry(problems, root, "references", [&](const json& e, const std::vector<JsonPathStep>& path) {
    GenericReference r;
    r.kind = text_field(problems, e, path, "kind", true);
    r.phrases = string_list(problems, e, path, "phrases");
    if (!r.kind.empty()) lex.references.push_back(std::move(r));
  });
  problems.throw_if_any();
  return lex;
}

void merge_lexicon(Lexicon& base, const Lexicon& extra) {
  release(base.actors, extra.actors, &Actor::aliases);
  release(base.attributes, extra.attributes, &Attribute::synonyms);
  ByName actors(base.actors);
  for (const auto& a : extra.actors) {
    if (Actor* known = actors.find(a.name)) {
      add_unique(known->aliases, a.aliases);
      if (!a.kind.empty()) known->kind = a.kind;
    } else {
      actors.add(a);
    }
  }
  ByName types(base.event_types);
  for (const auto& t : extra.event_types) {
    if (EventType* known = types.find(t.name)) {
      add_unique(known->triggers, t.triggers);
      known->wraps = known->wraps || t.wraps;
      if (!t.kind_of.empty()) known->kind_of = t.kind_of;
    } else {
      types.add(t);
    }
  }
  ByName attributes(base.attributes);
  for (const auto& a : extra.attributes) {
    if (Attribute* known = attributes.find(a.name)) add_unique(known->synonyms, a.synonyms);
    else attributes.add(a);
  }
  const auto extra_lists = phrase_lists(extra);
  const auto base_lists = phrase_lists(base);
  for (std::size_t k = 0; k < base_lists.size(); ++k) add_unique(*base_lists[k].second, *extra_lists[k].second);
  for (const auto& [name, value] : extra.coreference) base.coreference[name] = value;
  for (const auto& r : extra.references) {
    auto it = std::find_if(base.references.begin(), base.references.end(), [&](const GenericReference& b) { return b.kind == r.kind; });
    if (it == base.references.end()) base.references.push_back(r);
    else add_unique(it->phrases, r.phrases);
  }
}

std::string actor_kind(const Actor& actor) {
  if (!actor.kind.empty()) return actor.kind;
  // Words in the name that tell the kind (data/en/names.json): "... Department" is an agency.
  static const nlohmann::json& kKinds = english().json("names.kinds");
  std::vector<std::string> words;  // the name's words, without punctuation: "Inc." gives "Inc"
  std::string word;
  for (const char c : actor.name + " ") {
    if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) word += c;
    else if (!word.empty()) words.push_back(std::move(word)), word.clear();
  }
  for (const auto& kind : kKinds)
    for (const auto& w : kind["words"])
      if (std::find(words.begin(), words.end(), w.get<std::string>()) != words.end()) return kind["kind"];
  return {};
}

Lexicon builtin_lexicon() {
  Lexicon lex;
  for (const char* name : {"actors.json", "event_types.json", "attributes.json", "coreference.json"})
    merge_lexicon(lex, parse_lexicon(embedded_file(name), std::string("<built-in>/") + name));
  return lex;
}

}  // namespace kban
