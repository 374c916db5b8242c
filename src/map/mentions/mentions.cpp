// From dated time expressions to event mentions: what kind of date it is, which action it
// dates, who acted, and a summary of the clause.
#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <map>

#include "input/language.hpp"
#include "text/clauses.hpp"
#include "sentence_view.hpp"
#include "kban/events.hpp"
#include "text/layout.hpp"
#include "text/sentences.hpp"
#include "base/utf8.hpp"

namespace kban {

std::string_view mention_kind_name(MentionKind kind) {
  switch (kind) {
    case MentionKind::kEvent: return "event";
    case MentionKind::kCaption: return "caption";
    case MentionKind::kDateline: return "dateline";
    case MentionKind::kCredit: return "credit";
    case MentionKind::kDuration: return "duration";
    case MentionKind::kSet: return "set";
    case MentionKind::kVague: return "vague";
    case MentionKind::kModifier: return "modifier";
    case MentionKind::kUnresolved: return "unresolved";
    case MentionKind::kUntyped: return "untyped";
  }
  return "event";
}

EventLexicon::EventLexicon(const Lexicon& lex) : lexicon(lex) {
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
}

namespace {

using events::boundaries_between;
using events::find_all;
using events::Found;
using events::is_boundary;
using events::SentenceView;

bool is_premodifier(std::span<const Token> tokens, std::size_t first, std::size_t last, const std::string& value) {
  // A bare year between a determiner or adjective and a noun: "a 2017 directive".
  if (value.size() != 4 || last - first != 1 || last >= tokens.size() || first == 0) return false;
  const Token& before = tokens[first - 1];
  const Token& after = tokens[last];
  if (after.kind != TokenKind::kWord || after.lower == "'s") return false;
  static const WordSet kPrepositions = english().words("clauses.year_prepositions");
  if (kPrepositions.contains(before.lower)) return false;
  return before.kind == TokenKind::kWord;
}

struct Choice {
  int trigger = -1;  // index into SentenceView::triggers
  bool in_phrase = false;
};

Choice choose_trigger(const SentenceView& s, const EventLexicon& lex, std::size_t first, std::size_t last,
                      bool premodifier, std::size_t min_pos) {
  Choice best;
  int best_cost = INT_MAX, best_distance = INT_MAX;
  for (std::size_t k = 0; k < s.triggers.size(); ++k) {
    const Found& f = s.triggers[k];
    if (f.pos < min_pos) continue;
    if (f.pos < last && f.pos + f.len > first) continue;  // inside the time expression
    const bool after = f.pos >= last;
    const int distance = static_cast<int>(after ? f.pos - last : first - (f.pos + f.len));
    int cost = distance + 4 * boundaries_between(s.tokens, after ? last - 1 : f.pos + f.len - 1, after ? f.pos : first);
    // An event named only to date another: "In 2017, ... following a hacker attack". The
    // signal must stand between the date and the trigger; "a ban imposed last month" inside
    // such a phrase is still dated by it.
    for (const Found& a : s.anchors) {
      const bool between = after ? (a.pos >= last && a.pos < f.pos) : (a.pos > f.pos && a.pos < first);
      if (between && a.pos < f.pos && f.pos - (a.pos + a.len) <= 3) cost += 20;
    }
    const EventType& type = lex.lexicon.event_types[static_cast<std::size_t>(f.id)];
    if (type.group == "statement") cost += 3;  // "said" is the least telling action
    const bool in_phrase = premodifier && after && distance <= 4 && boundaries_between(s.tokens, last - 1, f.pos) == 0;
    if (in_phrase) cost -= 6;
    if (cost < best_cost || (cost == best_cost && distance < best_distance)) {
      best_cost = cost;
      best_distance = distance;
      best = Choice{static_cast<int>(k), in_phrase};
    }
  }
  return best;
}

void analyze(Mention& m, const SentenceView& s, const EventLexicon& lex, std::size_t first, std::size_t last,
             const std::string& inherited_type, std::size_t min_trigger = 0) {
  const bool premodifier = is_premodifier(s.tokens, first, last, m.value);
  const Choice choice = choose_trigger(s, lex, first, last, premodifier, min_trigger);
  const Found* trigger = choice.trigger >= 0 ? &s.triggers[static_cast<std::size_t>(choice.trigger)] : nullptr;
  if (premodifier && !choice.in_phrase) {
    m.kind = MentionKind::kModifier;  // "the 2022 World Cup": names a thing, dates no action here
    return;
  }
  const bool follows = !s.follows.empty() && !inherited_type.empty();
  if (follows) {
    // "In 2018, all US military systems followed suit": the action of the sentence before.
    for (const auto& t : lex.lexicon.event_types)
      if (t.name == inherited_type) m.type = t.name, m.group = t.group;
    const Found& f = s.follows.front();
    m.trigger = events::text_of(s.text, s.tokens, f.pos, f.pos + f.len, 0, 0);
    trigger = &f;
  } else if (trigger) {
    const EventType& type = lex.lexicon.event_types[static_cast<std::size_t>(trigger->id)];
    m.type = type.name;
    m.group = type.group;
    m.trigger = events::text_of(s.text, s.tokens, trigger->pos, trigger->pos + trigger->len, 0, 0);
  } else {
    m.type = "other";
    m.group = "other";
  }
  const std::size_t focus = trigger ? trigger->pos : first;
  // Actors and keywords of the clause around the action.
  if (trigger) {
    const int agent = choose_agent(s, *trigger, first, last);
    if (agent >= 0) m.agent = lex.lexicon.actors[static_cast<std::size_t>(agent)].name;
  }
  const auto [clause_first, clause_last] = events::clause_around(s.tokens, focus);
  if (!m.agent.empty()) m.actors.push_back(m.agent);
  for (const Found& a : s.actors) {
    const std::string& name = lex.lexicon.actors[static_cast<std::size_t>(a.id)].name;
    if (a.pos >= clause_first && a.pos < clause_last && std::find(m.actors.begin(), m.actors.end(), name) == m.actors.end())
      m.actors.push_back(name);
  }
  const std::size_t from = focus > 8 ? focus - 8 : 0;
  for (std::size_t k = from; k < s.tokens.size() && k <= focus + 10; ++k) {
    const Token& t = s.tokens[k];
    if (k >= first && k < last) continue;
    if (t.kind != TokenKind::kWord || t.lower.size() < 3 || events::is_stopword(t.lower)) continue;
    const std::string w = events::stem(t.lower);
    if (std::find(m.keywords.begin(), m.keywords.end(), w) == m.keywords.end()) m.keywords.push_back(w);
  }
  bool borrowed = false;
  m.summary = summarize(m, s, lex, trigger, first, last, choice.in_phrase, borrowed);
  const bool agent_first = !m.agent.empty() && m.summary.rfind(m.agent, 0) == 0;
  m.quality = (m.agent.empty() ? 0 : 2) + (agent_first ? 1 : 0) + (trigger ? 2 : 0) + (m.group == "statement" ? -1 : 0) +
              (m.inferred ? 0 : 1) + (follows ? -3 : 0) + (borrowed ? -2 : 0);
}

MentionKind kind_of(const Timex& t, const Paragraph* p) {
  if (p && p->kind == ParagraphKind::kCaption) return MentionKind::kCaption;
  if (p && p->kind == ParagraphKind::kCredit) return MentionKind::kCredit;
  if (p && t.begin < p->dateline_end) return MentionKind::kDateline;
  if (t.type == TimexType::kDuration) return MentionKind::kDuration;
  if (t.type == TimexType::kSet) return MentionKind::kSet;
  if (t.value.empty() || t.value[0] < '0' || t.value[0] > '9') return MentionKind::kVague;
  if (t.value.find('X') != std::string::npos) return MentionKind::kUnresolved;
  return MentionKind::kEvent;
}

}  // namespace

DocumentParts read_document_parts(std::string_view text, const EventLexicon& lex) {
  DocumentParts parts;
  parts.sentences = split_sentences(text);
  parts.layout = analyze_layout(text);
  const auto& sentences = parts.sentences;
  std::vector<std::vector<ActorMention>>& out = parts.actors;
  out.resize(sentences.size());
  std::map<std::string, int> last_of_kind;
  std::string buffer;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const auto tokens = tokenize(text.substr(sentences[i].begin, sentences[i].end - sentences[i].begin), buffer);
    const auto named = find_all(lex.actors, tokens);
    const auto generic = find_all(lex.generic, tokens);
    std::vector<ActorMention>& found = out[i];
    std::size_t g = 0;
    for (std::size_t a = 0; a <= named.size(); ++a) {
      // Generic phrases before this named actor refer to what came before it.
      while (g < generic.size() && (a == named.size() || generic[g].pos < named[a].pos)) {
        const bool overlaps = a < named.size() && generic[g].pos + generic[g].len > named[a].pos;
        const auto it = last_of_kind.find(lex.lexicon.references[static_cast<std::size_t>(generic[g].id)].kind);
        if (!overlaps && it != last_of_kind.end()) found.push_back({generic[g].pos, generic[g].len, it->second});
        ++g;
      }
      if (a == named.size()) break;
      found.push_back({named[a].pos, named[a].len, named[a].id});
      const std::string kind = actor_kind(lex.lexicon.actors[static_cast<std::size_t>(named[a].id)]);
      if (!kind.empty()) last_of_kind[kind] = named[a].id;
    }
    std::sort(found.begin(), found.end(), [](const ActorMention& x, const ActorMention& y) { return x.pos < y.pos; });
  }
  return parts;
}

std::vector<Mention> extract_mentions(const Document& doc, std::size_t doc_index, const Reference& reference,
                                      const std::vector<Timex>& timexes, const DocumentParts& parts,
                                      const EventLexicon& lex) {
  std::vector<Mention> out;
  const std::string_view text = doc.text;
  const auto& layout = parts.layout;
  const auto& sentences = parts.sentences;
  const CodePointIndex cp(text);
  const auto& sentence_actors = parts.actors;
  SentenceView view;
  std::uint32_t view_index = UINT32_MAX;
  std::string previous_type;  // the action of the last sentence that had one
  std::uint32_t previous_sentence = UINT32_MAX;
  for (std::size_t k = 0; k < timexes.size(); ++k) {
    const Timex& t = timexes[k];
    const Sentence& s = sentences.at(t.sentence);
    if (view_index != t.sentence) {
      view = SentenceView{};
      view.text = text.substr(s.begin, s.end - s.begin);
      view.begin = s.begin;
      view.tokens = tokenize(view.text, view.buffer);
      view.triggers = find_all(lex.triggers, view.tokens);
      for (const auto& a : sentence_actors[t.sentence]) view.actors.push_back({a.pos, a.len, a.id});
      view.follows = find_all(lex.follow, view.tokens);
      view.anchors = find_all(lex.anchors, view.tokens);
      if (const Paragraph* p = paragraph_at(layout, s.begin); p && p->dateline_end > s.begin)
        while (view.body_start < view.tokens.size() && view.tokens[view.body_start].begin + s.begin < p->dateline_end)
          ++view.body_start;
      view_index = t.sentence;
    }
    Mention m;
    m.doc = doc.id;
    m.doc_index = doc_index;
    m.text = std::string(text.substr(t.begin, t.end - t.begin));
    m.start = cp.to_code_points(t.begin);
    m.end = cp.to_code_points(t.end);
    m.value = t.value;
    m.mod = t.mod;
    m.inferred = t.uses_reference && reference.inferred;
    if (m.inferred) m.inferred_reason = reference.reason;
    m.sentence = std::string(view.text);
    m.sentence_start = cp.to_code_points(s.begin);
    m.sentence_end = cp.to_code_points(s.end);
    m.sentence_index = t.sentence;
    m.kind = kind_of(t, paragraph_at(layout, t.begin));
    // A duration anchored to a date ("30 days after ... June 20") dates an action itself.
    if (m.kind == MentionKind::kDuration && !t.anchored_value.empty() && t.anchor_index >= 0) {
      const Timex& anchor = timexes[static_cast<std::size_t>(t.anchor_index)];
      m.kind = MentionKind::kEvent;
      m.derived = true;
      m.value = t.anchored_value;
      m.inferred = m.inferred || (anchor.uses_reference && reference.inferred);
      if (m.inferred) m.inferred_reason = reference.reason;
      m.text = std::string(text.substr(t.begin, anchor.end - t.begin));
      m.end = cp.to_code_points(anchor.end);
    }
    if (m.kind == MentionKind::kEvent) {
      std::size_t first = view.tokens.size(), last = 0;
      for (std::size_t i = 0; i < view.tokens.size(); ++i) {
        const std::uint32_t b = view.tokens[i].begin + s.begin, e = view.tokens[i].end + s.begin;
        if (b >= t.begin && e <= t.end) first = std::min(first, i), last = std::max(last, i + 1);
      }
      if (first >= last) first = last = 0;
      const bool adjacent = previous_sentence != UINT32_MAX && t.sentence <= previous_sentence + 1;
      analyze(m, view, lex, first, last, adjacent ? previous_type : std::string());
      // A date whose sentence names no action of the lexicon is kept aside, not guessed at.
      if (m.kind == MentionKind::kEvent && m.group == "other") m.kind = MentionKind::kUntyped;
      if (m.kind == MentionKind::kEvent && m.group != "other") {
        previous_type = m.type;
        previous_sentence = t.sentence;
      }
      // "on Sept. 15, the day the federal ban takes effect": the date of a second action.
      if (m.kind == MentionKind::kEvent && last + 2 < view.tokens.size() && view.tokens[last].lower == "," &&
          view.tokens[last + 1].lower == "the" && (view.tokens[last + 2].lower == "day" || view.tokens[last + 2].lower == "date")) {
        Mention second = m;
        second.summary.clear();
        second.actors.clear();
        second.keywords.clear();
        second.agent.clear();
        analyze(second, view, lex, first, last, std::string(), last + 3);
        if (second.group != m.group && second.group != "other") {
          out.push_back(std::move(m));
          m = std::move(second);
        }
      }
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace kban
