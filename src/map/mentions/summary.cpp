// Reading one sentence: phrases in it, the agent of an action, and a summary of the clause.
#include <algorithm>
#include <cctype>

#include "input/language.hpp"
#include "text/clauses.hpp"
#include "sentence_view.hpp"

namespace kban::events {

namespace {

// Whether the actor at `a` is the object of a preposition ("a ban on Kaspersky", "business
// for Kaspersky") or the source of a report ("According to TechCrunch"): then it did not act.
bool not_an_agent(const SentenceView& s, const Found& a) {
  if (a.pos == 0) return false;
  const std::string_view before = s.tokens[a.pos - 1].lower();
  static const WordSet kPrepositions = english().words("clauses.object_prepositions");
  if (kPrepositions.contains(before)) return true;
  // The object of a verb that controls another: "allowed Kaspersky to continue", "prohibited
  // Kaspersky from selling".
  const std::size_t next = a.pos + a.len;
  if (next < s.tokens.size() && (s.tokens[next].lower() == "to" || s.tokens[next].lower() == "from") &&
      s.tokens[a.pos - 1].kind == TokenKind::kWord && !s.tokens[a.pos - 1].capitalized)
    return true;
  return false;
}

// Whether the words from `from` to `to` are an aside between a subject and its verb: "The
// Union of Financial Sector Employees (UFSE), which represents about a third of the staff,
// said": a comma and a relative pronoun, then words up to the comma before the verb.
bool aside_between(std::span<const Token> tokens, std::size_t from, std::size_t to) {
  static const WordSet kRelatives = english().words("clauses.relative_pronouns");
  if (from < tokens.size() && tokens[from].lower() == ")") ++from;
  if (from + 3 > to || to - from > 30 || tokens[from].lower() != "," || !kRelatives.contains(tokens[from + 1].lower()) ||
      tokens[to - 1].lower() != ",")
    return false;
  for (std::size_t k = from + 2; k + 1 < to; ++k)
    if (tokens[k].kind == TokenKind::kPunct && tokens[k].lower() != "'" && tokens[k].lower() != "-") return false;
  return true;
}

// Whether `a` is named inside an appositive to `first`, which stands before the verb: "Halcyra
// Airways, Pellaria's second-largest carrier, filed": a comma right after `first`, words
// with no other punctuation, and a comma a few words before the action.
bool in_appositive(std::span<const Token> tokens, const Found& first, const Found& a, std::size_t action) {
  const std::size_t open = first.pos + first.len;
  if (open >= a.pos || tokens[open].lower() != ",") return false;
  const auto plain = [&](std::size_t k) {
    return tokens[k].kind != TokenKind::kPunct || tokens[k].lower() == "'s" || tokens[k].lower() == "-" || tokens[k].lower() == "'";
  };
  for (std::size_t k = open + 1; k < a.pos; ++k)
    if (!plain(k)) return false;
  std::size_t close = a.pos + a.len;
  while (close < action && plain(close)) ++close;
  return close < action && tokens[close].lower() == "," && action - close <= 4;
}

}  // namespace

// The actor who acted: one named inside the trigger, after "by"/"from", or the nearest before it.
int choose_agent(const SentenceView& s, const LexiconIndex& lex, const Found& trigger, std::size_t date_first,
                 std::size_t date_last) {
  // A law or a list is named, it does not act.
  const auto acts = [&](const Found& a) { return lex.actor_kinds[static_cast<std::size_t>(a.id)] != "law"; };
  for (const Found& a : s.actors)
    if (acts(a) && a.pos < trigger.pos + trigger.len && a.pos + a.len > trigger.pos) return a.id;
  // "announced by X", "a report released Aug. 5 by X", "a directive from X": only a date or
  // one participle may stand between the action and "by".
  const std::size_t after = trigger.pos + trigger.len;
  for (const Found& a : s.actors) {
    if (!acts(a) || a.pos < after || a.pos > after + 8 || a.pos == 0) continue;
    std::size_t by_pos = a.pos - 1;
    if (by_pos > after && (s.tokens[by_pos].lower() == "the" || s.tokens[by_pos].lower() == "a")) --by_pos;
    const std::string_view by = s.tokens[by_pos].lower();
    if (by != "by" && by != "from") continue;
    bool direct = true;
    int words = 0;
    for (std::size_t k = after; k < by_pos && direct; ++k) {
      const bool in_date = k >= date_first && k < date_last;
      const bool participle = s.tokens[k].lower().ends_with("ed") && ++words == 1;
      direct = in_date || participle || (s.tokens[k].kind == TokenKind::kPunct && s.tokens[k].lower() == ".");
    }
    if (direct) return a.id;
  }
  // A passive action ("Kaspersky was barred from selling") has its patient before it.
  if (trigger.pos > 0 && trigger.len == 1 && (s.tokens[trigger.pos].lower().ends_with("ed") || s.tokens[trigger.pos].lower().ends_with("en"))) {
    const std::string_view aux = s.tokens[trigger.pos - 1].lower();
    const std::string_view aux2 = trigger.pos > 1 ? s.tokens[trigger.pos - 2].lower() : std::string_view();
    static const WordSet kAuxiliaries = english().words("clauses.passive_auxiliaries");
    const auto is_aux = [](std::string_view w) { return kAuxiliaries.contains(w); };
    if (is_aux(aux) || (is_aux(aux2) && s.tokens[trigger.pos - 1].lower().ends_with("ly"))) return -1;
  }
  const Found* agent = nullptr;
  const Found* before = nullptr;  // the candidate before `agent` in the same clause
  // An outlet acts only by saying or reporting: "The Lima Tribune reported that an
  // aftershock ..." is no aftershock of the Tribune's; nor does a dateline's agency act.
  const bool says = lex.lexicon.event_types[static_cast<std::size_t>(trigger.id)].wraps;
  for (const Found& a : s.actors) {
    if (a.pos + a.len > trigger.pos) break;
    if (!acts(a) || not_an_agent(s, a) || a.pos < s.body_start) continue;
    if (lex.actor_kinds[static_cast<std::size_t>(a.id)] == "media") {
      if (!says) continue;
      // "Tidemark Wire reports that the fire, declared contained on Sept. 12, ...": the outlet
      // says what another saying reports, it does not declare.
      const auto reports_between = [&](const Found& g) {
        return g.pos >= a.pos + a.len && g.pos + g.len <= trigger.pos && lex.lexicon.event_types[static_cast<std::size_t>(g.id)].wraps;
      };
      if (std::any_of(s.triggers.begin(), s.triggers.end(), reports_between)) continue;
    }
    if ((trigger.pos - (a.pos + a.len) <= 12 && boundaries_between(s.tokens, a.pos + a.len - 1, trigger.pos) <= 2) ||
        aside_between(s.tokens, a.pos + a.len, trigger.pos)) {
      if (agent && agent->pos == a.pos) continue;  // one phrase matched twice
      if (agent && in_appositive(s.tokens, *agent, a, trigger.pos)) continue;
      before = agent && agent->id != a.id && boundaries_between(s.tokens, agent->pos + agent->len - 1, a.pos) == 0 ? agent : nullptr;
      agent = &a;
    }
  }
  // "the Commerce Department put the company on its Entity List": an actor between a verb
  // and "on" or "to" is its object; the actor before it in the clause acted.
  if (agent && before && agent->pos > 0 && agent->pos + agent->len < s.tokens.size()) {
    std::size_t k = agent->pos - 1;
    if (k > 0 && (s.tokens[k].lower() == "the" || s.tokens[k].lower() == "a" || s.tokens[k].lower() == "its")) --k;
    const Token& verb = s.tokens[k];
    const std::string_view next = s.tokens[agent->pos + agent->len].lower();
    if (verb.kind == TokenKind::kWord && !verb.capitalized && !is_stopword(verb.lower()) &&
        (next == "on" || next == "onto" || next == "to" || next == "into"))
      agent = before;
  }
  return agent ? agent->id : -1;
}

// A readable line on what happened: the clause of the action without its date. A year that
// modifies a noun keeps the noun phrase ("A directive from the Department of Homeland
// Security, which banned ..."); a short clause borrows its neighbour; a statement quotes
// what was said.
std::string summarize(const Mention& m, const SentenceView& s, const LexiconIndex& lex, const Found* trigger,
                      std::size_t first, std::size_t last, bool in_phrase, bool& borrowed) {
  const std::size_t n = s.tokens.size();
  const std::size_t focus = trigger ? trigger->pos : first;
  auto [cs, ce] = events::clause_around(s.tokens, focus);
  // Leave out the date and the word that introduces it.
  std::size_t skip_first = first, skip_last = last;
  if (skip_first > 0 && s.tokens[skip_first - 1].kind == TokenKind::kWord) {
    static const WordSet kSignals = english().words("clauses.date_prepositions");
    if (kSignals.contains(s.tokens[skip_first - 1].lower())) --skip_first;
  }
  if (in_phrase && ce < n && (s.tokens[ce].lower() == "," || s.tokens[ce].lower() == "which") && ce + 1 < n &&
      (s.tokens[ce + 1].lower() == "which" || s.tokens[ce].lower() == "which")) {
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
    std::size_t said_first = s.body_start, said_last = cs;
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
      const std::string_view w = s.tokens[first - back].lower();
      if (w == "a" || w == "an" || w == "the" || w == "its" || w == "their") np = first - back;
    }
    if (np >= cs) cs = np;
  }
  if (skip_first <= cs && skip_last > cs) cs = skip_last;
  if (cs < s.body_start) cs = s.body_start;
  while (cs < ce && (events::is_boundary(s.tokens[cs]) || s.tokens[cs].lower() == "and" || s.tokens[cs].lower() == "but")) ++cs;
  std::size_t stop = ce;
  while (stop > cs && s.tokens[stop - 1].kind == TokenKind::kPunct && s.tokens[stop - 1].lower() != "”" &&
         s.tokens[stop - 1].lower() != ")")
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
  const bool year_after_article = skip_first > 0 && s.tokens[skip_first - 1].lower() == "a" && skip_first - 1 == cs;
  if (year_after_article && summary.size() > 2 && summary.rfind("A ", 0) == 0 &&
      std::string_view("aeiouAEIOU").find(summary[2]) != std::string_view::npos)
    summary.insert(1, "n");
  return summary;
}


}  // namespace kban::events
