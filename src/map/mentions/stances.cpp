// Stated intents and whether the source says they still hold, for statement conflicts.
#include <algorithm>

#include "text/clauses.hpp"
#include "kban/events.hpp"
#include "base/utf8.hpp"
#include "sentence_view.hpp"

namespace kban {

namespace {

// The actor nearest before token `pos` in the sentence, else the nearest after it; media
// report intents, they do not hold them.
int stance_agent(const std::vector<ActorMention>& actors, std::size_t pos, const EventLexicon& lex) {
  int before = -1, after = -1;
  for (const auto& a : actors) {
    if (actor_kind(lex.lexicon.actors[static_cast<std::size_t>(a.id)]) == "media") continue;
    if (a.pos + a.len <= pos) before = a.id;
    else if (after < 0 && a.pos > pos) after = a.id;
  }
  return before >= 0 ? before : after;
}

}  // namespace

std::vector<Stance> extract_stances(const Document& doc, std::size_t doc_index, const DocumentParts& parts,
                                    const EventLexicon& lex) {
  std::vector<Stance> out;
  const std::string_view text = doc.text;
  const CodePointIndex cp(text);
  std::string buffer, next_buffer;
  for (std::size_t i = 0; i < parts.sentences.size(); ++i) {
    const Sentence& s = parts.sentences[i];
    const std::string_view sentence = text.substr(s.begin, s.end - s.begin);
    const auto tokens = tokenize(sentence, buffer);
    const auto intents = events::find_all(lex.intents, tokens);
    if (intents.empty()) continue;
    const auto triggers = events::find_all(lex.triggers, tokens);
    auto abandons = events::find_all(lex.abandons, tokens);
    std::string marker;
    if (!abandons.empty()) {
      marker = events::text_of(sentence, tokens, abandons.front().pos, abandons.front().pos + abandons.front().len, 0, 0);
    } else if (i + 1 < parts.sentences.size()) {
      // "It now appears the company has changed its position." in the sentence after.
      const Sentence& n = parts.sentences[i + 1];
      const std::string_view next = text.substr(n.begin, n.end - n.begin);
      const auto next_tokens = tokenize(next, next_buffer);
      for (const auto& a : events::find_all(lex.abandons, next_tokens))
        if (a.id > 0) marker = events::text_of(next, next_tokens, a.pos, a.pos + a.len, 0, 0);
    }
    for (const auto& intent : intents) {
      // The intended action: the first trigger after the intent, not a mere statement.
      const events::Found* action = nullptr;
      for (const auto& t : triggers) {
        if (t.pos < intent.pos + intent.len || t.pos > intent.pos + intent.len + 8) continue;
        if (lex.lexicon.event_types[static_cast<std::size_t>(t.id)].group == "statement") continue;
        action = &t;
        break;
      }
      if (!action) continue;
      const int agent = stance_agent(parts.actors[i], intent.pos, lex);
      if (agent < 0) continue;
      const EventType& type = lex.lexicon.event_types[static_cast<std::size_t>(action->id)];
      Stance st;
      st.agent = lex.lexicon.actors[static_cast<std::size_t>(agent)].name;
      st.action = type.name;
      st.action_label = type.label;
      st.holds = marker.empty();
      st.marker = marker;
      st.doc = doc.id;
      st.doc_index = doc_index;
      const std::uint32_t b = tokens[intent.pos].begin + s.begin, e = tokens[action->pos + action->len - 1].end + s.begin;
      st.text = std::string(text.substr(b, e - b));
      st.start = cp.to_code_points(b);
      st.end = cp.to_code_points(e);
      st.sentence = std::string(sentence);
      st.sentence_start = cp.to_code_points(s.begin);
      st.sentence_end = cp.to_code_points(s.end);
      out.push_back(std::move(st));
      break;  // one stance per sentence
    }
  }
  return out;
}

}  // namespace kban
