#include "analysis/lexicon_index.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "kban/error.hpp"

namespace kban {

LexiconIndex::LexiconIndex(const Lexicon& lex) : lexicon(lex) {
  // Names first: an alias given for another actor overrides a name.
  for (std::size_t i = 0; i < lex.actors.size(); ++i) actors.add(lex.actors[i].name, static_cast<int>(i));
  // An alias in lower case is a common noun ("the company"): it names the actor only in a
  // document that names it properly, so two stories' "the company" stay apart.
  const auto common = [](const std::string& alias) {
    return std::none_of(alias.begin(), alias.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  for (std::size_t i = 0; i < lex.actors.size(); ++i)
    for (const auto& alias : lex.actors[i].aliases) (common(alias) ? common_actors : actors).add(alias, static_cast<int>(i));
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
  // The broadest type each type is a kind of.
  for (std::size_t i = 0; i < lex.event_types.size(); ++i) {
    std::size_t at = i;
    for (std::size_t steps = 0; !lex.event_types[at].kind_of.empty(); ++steps) {
      const std::string& broader = lex.event_types[at].kind_of;
      const auto it = std::find_if(lex.event_types.begin(), lex.event_types.end(), [&](const EventType& t) { return t.name == broader; });
      if (it == lex.event_types.end())
        throw data_error(fmt::format("lexicon: event type \"{}\" is a kind of \"{}\", which is no event type", lex.event_types[at].name, broader));
      if (steps > lex.event_types.size())
        throw data_error(fmt::format("lexicon: event type \"{}\" is a kind of itself", lex.event_types[i].name));
      at = static_cast<std::size_t>(it - lex.event_types.begin());
    }
    root_types.push_back(static_cast<int>(at));
  }
}

}  // namespace kban
