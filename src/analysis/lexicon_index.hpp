#pragma once
// The lexicon compiled for lookups in text, built once per run.
#include "kban/lexicon.hpp"
#include "text/phrases.hpp"

namespace kban {

struct LexiconIndex {
  explicit LexiconIndex(const Lexicon& lexicon);
  const Lexicon& lexicon;
  PhraseIndex actors;      // id: index into lexicon.actors
  PhraseIndex common_actors;  // aliases in lower case ("the company", "regulators"): id as above
  PhraseIndex triggers;    // id: index into lexicon.event_types
  PhraseIndex follow;      // "followed suit"
  PhraseIndex anchors;     // "after", "following"
  PhraseIndex generic;     // "the company": id is an index into lexicon.references
  PhraseIndex intents;     // "intends to", "vowed to"
  PhraseIndex abandons;    // "initially", "changed its position"; id: words in the phrase minus one
  PhraseIndex attributes;  // id: index into lexicon.attributes
  std::vector<std::string> actor_kinds;  // actor_kind() of each actor, computed once
  std::vector<int> root_types;           // the broadest type each event type is a kind of
};

}  // namespace kban
