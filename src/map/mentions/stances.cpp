// Stated intents and whether the source says they still hold, for statement conflicts.
#include <algorithm>

#include "map/mentions/mentions.hpp"
#include "text/clauses.hpp"

namespace kban {

namespace {

// The actor nearest before token `pos` in the sentence, else the nearest after it; media
// report intents, they do not hold them.
int stance_agent(std::span<const PhraseMatch> actors, std::size_t pos, const LexiconIndex& lex) {
  int before = -1, after = -1;
  for (const auto& a : actors) {
    if (lex.actor_kinds[static_cast<std::size_t>(a.id)] == "media") continue;
    if (a.pos + a.len <= pos) before = a.id;
    else if (after < 0 && a.pos > pos) after = a.id;
  }
  return before >= 0 ? before : after;
}

}  // namespace

std::vector<Stance> extract_stances(const DocumentAnalysis& doc, const LexiconIndex& lex, Quotes& quotes) {
  std::vector<Stance> out;
  const auto& sentences = doc.sentences();
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const SentencePhrases& p = doc.phrases[i];
    if (p.intents.empty()) continue;
    const auto tokens = doc.tokens_of(i);
    std::string marker;
    if (!p.abandons.empty()) {
      marker = events::text_of(doc.text, tokens, p.abandons.front().pos, p.abandons.front().pos + p.abandons.front().len, 0, 0);
    } else if (i + 1 < sentences.size()) {
      // "It now appears the company has changed its position." in the sentence after.
      for (const auto& a : doc.phrases[i + 1].abandons)
        if (a.id > 0) marker = events::text_of(doc.text, doc.tokens_of(i + 1), a.pos, a.pos + a.len, 0, 0);
    }
    for (const auto& intent : p.intents) {
      // The intended action: the first trigger after the intent, not a mere statement.
      const PhraseMatch* action = nullptr;
      for (const auto& t : p.triggers) {
        if (t.pos < intent.pos + intent.len || t.pos > intent.pos + intent.len + 8) continue;
        if (lex.lexicon.event_types[static_cast<std::size_t>(t.id)].group == "statement") continue;
        action = &t;
        break;
      }
      if (!action) continue;
      const int agent = stance_agent(p.actors, intent.pos, lex);
      if (agent < 0) continue;
      // Intents to appeal and to sue are one intent: to take it to court.
      const EventType& type = lex.lexicon.event_types[static_cast<std::size_t>(lex.root_types[static_cast<std::size_t>(action->id)])];
      Stance st;
      st.agent = lex.lexicon.actors[static_cast<std::size_t>(agent)].name;
      st.action = type.name;
      st.action_label = type.label;
      st.holds = marker.empty();
      st.marker = marker;
      st.evidence = quotes.evidence(static_cast<std::uint32_t>(i), tokens[intent.pos].begin,
                                    tokens[action->pos + action->len - 1].end);
      out.push_back(std::move(st));
      break;  // one stance per sentence
    }
  }
  return out;
}

}  // namespace kban
