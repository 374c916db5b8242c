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

// Kinds the program knows: actor kinds are what references ("the company") and the rules
// about laws and media read, and a file may name more in its references; attribute kinds
// tell which figures an attribute counts.
const std::vector<std::string> kActorKinds = {"agency", "company", "court", "government", "law", "legislature", "media", "person"};
const std::vector<std::string> kAttributeKinds = {"count", "share", "money", "duration"};

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// Reads the fields of one object of the file (an entry of a section, or the root), naming
// its place and the field in every problem.
class FieldReader {
 public:
  FieldReader(JsonProblems& problems, const json& object, std::vector<JsonPathStep> path, std::string label)
      : problems_(problems), object_(object), path_(std::move(path)), label_(std::move(label)) {}

  void problem(const std::string& field, const std::string& message, bool at_key = false) {
    auto at = path_;
    at.emplace_back(field);
    problems_.add(at, prefix() + fmt::format("field \"{}\": {}", field, message), at_key);
  }

  // A string that holds more than white space.
  std::string text(const std::string& field, bool required) {
    const auto it = object_.find(field);
    if (it == object_.end()) {
      if (required) problems_.add(path_, prefix() + fmt::format("missing required field \"{}\"", field));
      return {};
    }
    std::string out;
    if (const std::string why = nonblank(*it, out); !why.empty()) problem(field, why);
    return out;
  }

  // One of `known`, or empty when absent.
  std::string choice(const std::string& field, const std::vector<std::string>& known, bool required = false) {
    std::string v = text(field, required);
    if (v.empty() || std::find(known.begin(), known.end(), v) != known.end()) return v;
    const auto near = nearest_name(v, known);
    problem(field, near ? fmt::format("unknown kind \"{}\" (did you mean \"{}\"?)", v, *near)
                        : fmt::format("unknown kind \"{}\" (known: {})", v, fmt::join(known, ", ")));
    return {};
  }

  // The optional array of strings at `field`; empty when absent.
  std::vector<std::string> list(const std::string& field) {
    std::vector<std::string> out;
    const auto it = object_.find(field);
    if (it == object_.end()) return out;
    if (!it->is_array()) {
      problem(field, fmt::format("expected an array of strings, found {}", json_type_name(*it)));
      return out;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
      std::string item;
      if (const std::string why = nonblank((*it)[i], item); !why.empty()) {
        auto at = path_;
        at.emplace_back(field);
        at.emplace_back(i);
        problems_.add(at, prefix() + fmt::format("field \"{}\": item {}: {}", field, i, why));
        continue;
      }
      out.push_back(std::move(item));
    }
    return out;
  }

  bool flag(const std::string& field) {
    const auto it = object_.find(field);
    if (it == object_.end()) return false;
    if (it->is_boolean()) return it->get<bool>();
    problem(field, fmt::format("expected true or false, found {}", json_type_name(*it)));
    return false;
  }

  void check_fields(const std::vector<std::string>& known) {
    for (const auto& [key, value] : object_.items()) {
      if (std::find(known.begin(), known.end(), key) != known.end()) continue;
      const auto near = nearest_name(key, known);
      problem(key, near ? fmt::format("unknown field (did you mean \"{}\"?)", *near) : "unknown field", true);
    }
  }

 private:
  std::string prefix() const { return label_.empty() ? std::string() : label_ + ": "; }
  // Why a value is not a string with a word in it, or empty when it is (then in `out`).
  static std::string nonblank(const json& value, std::string& out) {
    if (!value.is_string()) return fmt::format("expected a non-empty string, found {}", json_type_name(value));
    out = value.get<std::string>();
    if (out.empty()) return "expected a non-empty string, found \"\"";
    if (blank(out)) {
      const std::string shown = fmt::format("\"{}\"", out);
      out.clear();
      return "expected a non-empty string, found white space only: " + shown;
    }
    return {};
  }

  JsonProblems& problems_;
  const json& object_;
  std::vector<JsonPathStep> path_;
  std::string label_;
};

// Calls read(reader) for each object of root[section], with known fields checked.
template <typename Read>
void each_entry(JsonProblems& problems, const json& root, const std::string& section, const std::vector<std::string>& fields,
                Read read) {
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
    const auto name = entry.find(fields.front());
    FieldReader reader(problems, entry, path,
                       name != entry.end() && name->is_string() && !blank(name->get<std::string>())
                           ? fmt::format("{}[{}] ({} \"{}\")", section, i, fields.front(), name->get<std::string>())
                           : fmt::format("{}[{}]", section, i));
    reader.check_fields(fields);
    read(reader);
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
  // Actor kinds: the known ones and those the file's references name.
  std::vector<std::string> actor_kinds = kActorKinds;
  if (const auto refs = root.find("references"); refs != root.end() && refs->is_array())
    for (const auto& r : *refs)
      if (const auto k = r.find("kind"); r.is_object() && k != r.end() && k->is_string() && !blank(k->get<std::string>()) &&
                                         std::find(actor_kinds.begin(), actor_kinds.end(), k->get<std::string>()) == actor_kinds.end())
        actor_kinds.push_back(k->get<std::string>());
  each_entry(problems, root, "actors", {"name", "kind", "aliases"}, [&](FieldReader& r) {
    Actor a;
    a.name = r.text("name", true);
    a.kind = r.choice("kind", actor_kinds);
    a.aliases = r.list("aliases");
    if (!a.name.empty()) lex.actors.push_back(std::move(a));
  });
  each_entry(problems, root, "event_types", {"name", "group", "label", "kind_of", "triggers", "wraps", "forbids", "ends"}, [&](FieldReader& r) {
    EventType t;
    t.name = r.text("name", true);
    t.group = r.text("group", false);
    t.label = r.text("label", false);
    t.kind_of = r.text("kind_of", false);
    t.triggers = r.list("triggers");
    t.wraps = r.flag("wraps");
    t.forbids = r.flag("forbids");
    t.ends = r.flag("ends");
    if (t.group.empty()) t.group = t.name;
    if (t.label.empty()) t.label = t.name;
    if (!t.name.empty()) lex.event_types.push_back(std::move(t));
  });
  each_entry(problems, root, "attributes", {"name", "kind", "synonyms"}, [&](FieldReader& r) {
    Attribute a;
    a.name = r.text("name", true);
    a.kind = r.choice("kind", kAttributeKinds);
    if (a.kind.empty()) a.kind = "count";
    a.synonyms = r.list("synonyms");
    if (!a.name.empty()) lex.attributes.push_back(std::move(a));
  });
  FieldReader top(problems, root, {}, "");
  for (auto [field, list] : phrase_lists(lex)) *list = top.list(field);
  if (const auto c = root.find("coreference"); c != root.end()) {
    if (!c->is_object()) problems.add({"coreference"}, "\"coreference\": expected an object of numbers");
    else
      for (const auto& [name, value] : c->items()) {
        if (value.is_number()) lex.coreference[name] = value.get<double>();
        else problems.add({"coreference", name}, fmt::format("coreference \"{}\": expected a number, found {}", name, json_type_name(value)));
      }
  }
  each_entry(problems, root, "references", {"kind", "phrases"}, [&](FieldReader& r) {
    GenericReference g;
    g.kind = r.text("kind", true);
    g.phrases = r.list("phrases");
    if (!g.kind.empty()) lex.references.push_back(std::move(g));
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
      known->forbids = known->forbids || t.forbids;
      known->ends = known->ends || t.ends;
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
