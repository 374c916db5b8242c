// From dated time expressions to event mentions: what kind of date it is, which action it
// dates, who acted, and a summary of the clause.
#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <map>

#include "clause.hpp"
#include "kban/events.hpp"
#include "kban/layout.hpp"
#include "kban/segment.hpp"
#include "kban/utf8.hpp"

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
}

namespace {

using events::boundaries_between;
using events::is_boundary;

struct Found {
  std::size_t pos = 0, len = 0;
  int id = -1;
};

std::vector<Found> find_all(const PhraseIndex& index, std::span<const Token> tokens) {
  std::vector<Found> out;
  for (std::size_t i = 0; i < tokens.size();) {
    const auto m = index.match(tokens, i);
    if (m.length) {
      out.push_back({i, m.length, m.id});
      i += m.length;
    } else {
      ++i;
    }
  }
  return out;
}

// The parts of one sentence that every time expression in it shares.
struct SentenceView {
  std::string_view text;
  std::uint32_t begin = 0;  // byte offset of the sentence in the document
  std::string buffer;
  std::vector<Token> tokens;
  std::vector<Found> triggers, actors, follows, anchors;
  std::size_t body_start = 0;  // first token after a dateline ("WASHINGTON, June 17 (CWS) -")
};

bool is_premodifier(std::span<const Token> tokens, std::size_t first, std::size_t last, const std::string& value) {
  // A bare year between a determiner or adjective and a noun: "a 2017 directive".
  if (value.size() != 4 || last - first != 1 || last >= tokens.size() || first == 0) return false;
  const Token& before = tokens[first - 1];
  const Token& after = tokens[last];
  if (after.kind != TokenKind::kWord || after.lower == "'s") return false;
  static constexpr std::string_view kPrepositions[] = {"in", "since", "by", "until", "from", "through", "during",
                                                       "before", "after", "of", "between", "and", "to", "around"};
  for (auto p : kPrepositions)
    if (before.lower == p) return false;
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

// Whether the actor at `a` is the object of a preposition ("a ban on Kaspersky", "business
// for Kaspersky") or the source of a report ("According to TechCrunch"): then it did not act.
bool not_an_agent(const SentenceView& s, const Found& a) {
  if (a.pos == 0) return false;
  const std::string_view before = s.tokens[a.pos - 1].lower;
  static constexpr std::string_view kPrepositions[] = {"on", "of", "for", "to", "against", "with", "about", "at",
                                                       "into", "over", "like", "than"};
  for (auto p : kPrepositions)
    if (before == p) return true;
  // The object of a verb that controls another: "allowed Kaspersky to continue", "prohibited
  // Kaspersky from selling".
  const std::size_t next = a.pos + a.len;
  if (next < s.tokens.size() && (s.tokens[next].lower == "to" || s.tokens[next].lower == "from") &&
      s.tokens[a.pos - 1].kind == TokenKind::kWord && !s.tokens[a.pos - 1].capitalized)
    return true;
  return false;
}

// The actor who acted: one named inside the trigger, after "by"/"from", or the nearest before it.
int choose_agent(const SentenceView& s, const Found& trigger, std::size_t date_first, std::size_t date_last) {
  for (const Found& a : s.actors)
    if (a.pos < trigger.pos + trigger.len && a.pos + a.len > trigger.pos) return a.id;
  // "announced by X", "a report released Aug. 5 by X", "a directive from X": only a date or
  // one participle may stand between the action and "by".
  const std::size_t after = trigger.pos + trigger.len;
  for (const Found& a : s.actors) {
    if (a.pos < after || a.pos > after + 8 || a.pos == 0) continue;
    std::size_t by_pos = a.pos - 1;
    if (by_pos > after && (s.tokens[by_pos].lower == "the" || s.tokens[by_pos].lower == "a")) --by_pos;
    const std::string_view by = s.tokens[by_pos].lower;
    if (by != "by" && by != "from") continue;
    bool direct = true;
    int words = 0;
    for (std::size_t k = after; k < by_pos && direct; ++k) {
      const bool in_date = k >= date_first && k < date_last;
      const bool participle = s.tokens[k].lower.ends_with("ed") && ++words == 1;
      direct = in_date || participle || (s.tokens[k].kind == TokenKind::kPunct && s.tokens[k].lower == ".");
    }
    if (direct) return a.id;
  }
  // A passive action ("Kaspersky was barred from selling") has its patient before it.
  if (trigger.pos > 0 && trigger.len == 1 && (s.tokens[trigger.pos].lower.ends_with("ed") || s.tokens[trigger.pos].lower.ends_with("en"))) {
    const std::string_view aux = s.tokens[trigger.pos - 1].lower;
    const std::string_view aux2 = trigger.pos > 1 ? s.tokens[trigger.pos - 2].lower : std::string_view();
    const auto is_aux = [](std::string_view w) { return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "be" || w == "being"; };
    if (is_aux(aux) || (is_aux(aux2) && s.tokens[trigger.pos - 1].lower.ends_with("ly"))) return -1;
  }
  int agent = -1;
  for (const Found& a : s.actors) {
    if (a.pos + a.len > trigger.pos) break;
    if (not_an_agent(s, a)) continue;
    if (trigger.pos - (a.pos + a.len) <= 12 && boundaries_between(s.tokens, a.pos + a.len - 1, trigger.pos) <= 2)
      agent = a.id;
  }
  return agent;
}

// A readable line on what happened: the clause of the action without its date. A year that
// modifies a noun keeps the noun phrase ("A directive from the Department of Homeland
// Security, which banned ..."); a short clause borrows its neighbour; a statement quotes
// what was said.
std::string summarize(const Mention& m, const SentenceView& s, const EventLexicon& lex, const Found* trigger,
                      std::size_t first, std::size_t last, bool in_phrase, bool& borrowed) {
  const std::size_t n = s.tokens.size();
  const std::size_t focus = trigger ? trigger->pos : first;
  auto [cs, ce] = events::clause_around(s.tokens, focus);
  // Leave out the date and the word that introduces it.
  std::size_t skip_first = first, skip_last = last;
  if (skip_first > 0 && s.tokens[skip_first - 1].kind == TokenKind::kWord) {
    static constexpr std::string_view kSignals[] = {"on", "in", "from", "since", "until", "after", "by", "beginning",
                                                    "starting", "effective", "before", "through"};
    for (auto sig : kSignals) {
      if (s.tokens[skip_first - 1].lower == sig) {
        --skip_first;
        break;
      }
    }
  }
  if (in_phrase && ce < n && (s.tokens[ce].lower == "," || s.tokens[ce].lower == "which") && ce + 1 < n &&
      (s.tokens[ce + 1].lower == "which" || s.tokens[ce].lower == "which")) {
    // "a 2017 directive from DHS, which banned ...": keep the relative clause.
    ce = ce + 2 < n ? events::clause_around(s.tokens, ce + 2).second : n;
  }
  auto words = [&](std::size_t a, std::size_t b) {
    std::size_t count = 0;
    for (std::size_t k = a; k < b; ++k) count += s.tokens[k].kind != TokenKind::kPunct && !(k >= skip_first && k < skip_last);
    return count;
  };
  const bool statement = m.group == "statement";
  if (words(cs, ce) < 8 && statement) {
    // "..., the company said on July 15": what was said comes first in the sentence.
    std::size_t said_first = 0, said_last = cs;
    while (said_last > 0 && events::is_boundary(s.tokens[said_last - 1])) --said_last;
    while (said_first < said_last && (s.tokens[said_first].kind == TokenKind::kPunct)) ++said_first;
    const std::string who = m.agent.empty() ? events::text_of(s.text, s.tokens, cs, ce, skip_first, skip_last)
                                            : m.agent + " " + (trigger ? events::text_of(s.text, s.tokens, trigger->pos, trigger->pos + trigger->len, 0, 0) : "said");
    std::string what = events::text_of(s.text, s.tokens, said_first, std::min(said_last, said_first + 16), 0, 0);
    if (said_last > said_first + 16) what += " …";
    while (!what.empty() && (what.back() == ',' || what.back() == ' ')) what.pop_back();
    std::string out = who;
    while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();
    while (!out.empty() && (out.front() == '"' || out.front() == ' ' || out.front() == ',')) out.erase(0, 1);
    if (out.rfind("”", 0) == 0) out.erase(0, std::string_view("”").size());
    while (!out.empty() && out.front() == ' ') out.erase(0, 1);
    if (!what.empty()) out += ": " + what;
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
  }
  if (words(cs, ce) < 3 && ce < n) {
    // "Last month, Kaspersky users found ...": the date stands alone; the clause after it says
    // what happened.
    borrowed = true;
    std::size_t right = ce;
    while (right < n && events::is_boundary(s.tokens[right])) ++right;
    if (right < n) ce = events::clause_around(s.tokens, right).second;
  } else if (words(cs, ce) < 5 && cs > 0) {
    borrowed = true;
    // "..., effective from July 20,": the clause before says what takes effect.
    std::size_t left = cs;
    while (left > 0 && events::is_boundary(s.tokens[left - 1])) --left;
    cs = events::clause_around(s.tokens, left > 0 ? left - 1 : 0).first;
  }
  if (in_phrase && first > 0) {
    // Start at the noun phrase's determiner: "a 2017 directive", "a subsequent 2018 ... Act".
    std::size_t np = first;
    for (std::size_t back = 1; back <= 2 && first >= back; ++back) {
      const std::string_view w = s.tokens[first - back].lower;
      if (w == "a" || w == "an" || w == "the" || w == "its" || w == "their") np = first - back;
    }
    if (np >= cs) cs = np;
  }
  if (skip_first <= cs && skip_last > cs) cs = skip_last;
  if (cs < s.body_start) cs = s.body_start;
  while (cs < ce && (events::is_boundary(s.tokens[cs]) || s.tokens[cs].lower == "and" || s.tokens[cs].lower == "but")) ++cs;
  std::size_t stop = ce;
  while (stop > cs && s.tokens[stop - 1].kind == TokenKind::kPunct && s.tokens[stop - 1].lower != "”" &&
         s.tokens[stop - 1].lower != ")")
    --stop;
  std::size_t limit = cs, kept = 0;
  while (limit < stop && kept < 20) kept += !(limit >= skip_first && limit < skip_last), ++limit;
  std::string summary = events::text_of(s.text, s.tokens, cs, limit, skip_first, skip_last);
  if (limit < stop) summary += " …";
  bool agent_named = m.agent.empty();
  for (const Found& a : s.actors)
    if (a.pos >= cs && a.pos < limit && lex.lexicon.actors[static_cast<std::size_t>(a.id)].name == m.agent) agent_named = true;
  if (!agent_named) summary = m.agent + ": " + summary;
  if (!summary.empty()) summary[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(summary[0])));
  // Without its year, "a 2019 executive order" reads "an executive order".
  const bool year_after_article = skip_first > 0 && s.tokens[skip_first - 1].lower == "a" && skip_first - 1 == cs;
  if (year_after_article && summary.size() > 2 && summary.rfind("A ", 0) == 0 &&
      std::string_view("aeiouAEIOU").find(summary[2]) != std::string_view::npos)
    summary.insert(1, "n");
  return summary;
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

std::vector<std::vector<ActorMention>> find_actors(std::string_view text, const EventLexicon& lex) {
  const auto sentences = split_sentences(text);
  std::vector<std::vector<ActorMention>> out(sentences.size());
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
  return out;
}

std::vector<Mention> extract_mentions(const Document& doc, std::size_t doc_index, const Reference& reference,
                                      const std::vector<Timex>& timexes, const EventLexicon& lex) {
  std::vector<Mention> out;
  const std::string_view text = doc.text;
  const auto layout = analyze_layout(text);
  const auto sentences = split_sentences(text);
  const CodePointIndex cp(text);
  const auto sentence_actors = find_actors(text, lex);
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
