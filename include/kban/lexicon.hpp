#pragma once
// Domain knowledge that users extend: actors and their aliases, event types and their trigger
// words, attributes and their synonyms. It lives in data/*.json (compiled in) and in extra
// files given with --lexicon; nothing here is specific to one story.
#include <map>
#include <string>
#include <string_view>
#include <vector>


namespace kban {

struct Actor {
  std::string name;
  std::string kind;  // agency, company, person, law, ...
  std::vector<std::string> aliases;
};

struct EventType {
  std::string name;   // "ban"
  std::string group;  // types of one group may describe the same happening: "restriction"
  std::string label;  // shown to people: "takes effect"
  // Reports on another action ("said", "announced", "reported"): a mention takes the type of
  // the action it reports when the sentence names one.
  bool wraps = false;
  // Forbids the action named after it ("barred them from selling", "a ban on selling"): that
  // action is what is forbidden, not what happens.
  bool forbids = false;
  // The end of an activity that a text says goes on until a date ("will keep serving clients
  // until Sept. 30"): such a date, with no other action to date, is a mention of this type.
  bool ends = false;
  // The broader type it is a kind of ("appeal" of "lawsuit"): mentions and intents of the
  // two may be one happening.
  std::string kind_of;
  std::vector<std::string> triggers;
};

struct Attribute {
  std::string name;  // "corporate clients"
  std::vector<std::string> synonyms;
  std::string kind;  // "count" (default), "share", "money", "duration"
};

// Phrases that refer back to the last actor of a kind: "the company", "the agency".
struct GenericReference {
  std::string kind;
  std::vector<std::string> phrases;
};

struct Lexicon {
  std::vector<Actor> actors;
  std::vector<EventType> event_types;
  std::vector<Attribute> attributes;
  std::vector<std::string> follow_phrases;  // "followed suit": the event of the sentence before
  std::vector<std::string> anchor_signals;  // "after", "following": an event named only to date another
  std::vector<GenericReference> references;
  // Statements of intent ("intends to", "vowed to") and words that mark an intent given up
  // ("initially", "changed its position"), for statement conflicts.
  std::vector<std::string> intent_phrases;
  std::vector<std::string> abandon_phrases;
  // Weights of event coreference by name (docs/events.md); a later file's value wins.
  std::map<std::string, double> coreference;
};

// An actor's kind as given, or guessed from its name ("... Department" is an agency,
// "... Technologies" a company); empty when there is no telling.
std::string actor_kind(const Actor& actor);

// Parses one lexicon file; every section is optional. Throws Error(kExitData) with positions.
Lexicon parse_lexicon(std::string_view content, const std::string& source);
// Adds `extra` to `base`: entries with a known name gain aliases, triggers or synonyms.
void merge_lexicon(Lexicon& base, const Lexicon& extra);
// The lexicon compiled in from data/actors.json, data/event_types.json, data/attributes.json
// and data/coreference.json.
Lexicon builtin_lexicon();

}  // namespace kban
