#include "analysis/lexicon_index.hpp"

#include <algorithm>

namespace kban {

LexiconIndex::LexiconIndex(const Lexicon& lex) : lexicon(lex) {
  // Names first: an alias given for another actor overrides a name.
  for (std::size_t i = 0; i < lex.actors.size(); ++i) actors.add(lex.actors[i].name, static_cast<int>(i));
  for (std::size_t i = 0; i < lex.actors.size(); ++i)
    for (const auto& alias : lex.actors[i].aliases) actors.add(alias, static_cast<int>(i));
  for (std::size_t i = 0; i < lex.event_types.size(); ++i)
    for (const auto& trigger : lex.event_types[i].triggers) triggers.add(trigger, static_cast<int>(i), true);
  for (std::size_t i = 0; i < lex.references.size(); ++i)
    for (const auto& phrase : lex.references[i].phrases) generic.add(phrase, static_cast<int>(i));
  for (const auto& p : lex.follow_phrases) follow.add(p, 0);
  for (const auto& p : lex.anchor_signals) anchors.add(p, 0);
  for (const auto& p : lex.intent_phrases) intents.add(p, 0);
  for (const auto& p : lex.abandon_phrases) abandons.add(p, static_cast<int>(std::count(p.begin(), p.end(), ' ')));
  // Names first: a synonym given for another attribute ("customers" as users) overrides a name.
  for (std::size_t i = 0; i < lex.attributes.size(); ++i) attributes.add(lex.attributes[i].name, static_cast<int>(i));
  for (std::size_t i = 0; i < lex.attributes.size(); ++i)
    for (const auto& synonym : lex.attributes[i].synonyms) attributes.add(synonym, static_cast<int>(i));
  for (const auto& actor : lex.actors) actor_kinds.push_back(actor_kind(actor));
}

}  // namespace kban
