// From dated time expressions to event mentions: what kind of date it is, which action it
// dates, who acted, and a summary of the clause.
#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <map>
#include <optional>

#include "input/language.hpp"
#include "text/clauses.hpp"
#include "map/mentions/mentions.hpp"
#include "sentence_view.hpp"

namespace kban {

namespace {

using events::boundaries_between;
using events::Found;
using events::is_boundary;
using events::SentenceView;

bool is_premodifier(std::span<const Token> tokens, std::size_t first, std::size_t last, const FoundTimex& t) {
  // A bare year between a determiner or adjective and a noun: "a 2017 directive".
  if (t.how != Resolve::kFixed || t.value.size() != 4 || last - first != 1 || last >= tokens.size() || first == 0) return false;
  const Token& before = tokens[first - 1];
  const Token& after = tokens[last];
  if (after.kind != TokenKind::kWord || after.lower() == "'s") return false;
  static const WordSet kPrepositions = english().words("clauses.year_prepositions");
  if (kPrepositions.contains(before.lower())) return false;
  return before.kind == TokenKind::kWord;
}

// An action named as what another forbids: "barred Stratos from selling", "a ban on selling"
// date the ban, not a sale.
// Triggers are in text order: only those just before the k-th are looked at.
bool forbidden(const SentenceView& s, const LexiconIndex& lex, std::size_t k) {
  static const WordSet kOpeners = english().words("clauses.forbidden_action_openers");
  const Found& f = s.triggers[k];
  if (f.pos == 0 || !kOpeners.contains(s.tokens[f.pos - 1].lower())) return false;
  constexpr std::size_t kReach = 8;  // "barred Stratos Automation Corp. from selling"
  for (std::size_t j = k; j-- > 0;) {
    const Found& g = s.triggers[j];
    if (g.pos + g.len >= f.pos) continue;
    if (f.pos - (g.pos + g.len) > kReach) break;
    if (lex.lexicon.event_types[static_cast<std::size_t>(g.id)].forbids && boundaries_between(s.tokens, g.pos + g.len - 1, f.pos) == 0)
      return true;
  }
  return false;
}

bool quote_mark(std::string_view w) { return w == "\"" || w == "\u201d" || w == "\u201c"; }

// "Staalberg agreed to take over Vennick", "agreed late yesterday to take over": what was
// agreed or decided is the action, when the lexicon knows it (`complement_verbs` in data/en/clauses.json).
bool defers_to_complement(const SentenceView& s, std::size_t k) {
  static const WordSet kVerbs = english().words("clauses.complement_verbs");
  const Found& f = s.triggers[k];
  if (f.len != 1 || !kVerbs.contains(s.tokens[f.pos].lower())) return false;
  // A date may stand between: "agreed late yesterday to take over".
  constexpr std::size_t kReach = 4;
  std::size_t to = f.pos + 1;
  while (to < s.tokens.size() && to <= f.pos + kReach && s.tokens[to].lower() != "to" && !is_boundary(s.tokens[to])) ++to;
  if (to >= s.tokens.size() || s.tokens[to].lower() != "to") return false;
  return std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Found& g) { return g.pos == to + 1; });
}

// Whether trigger k names what an action before it acts on: a past-tense action a few words
// before, with only determiners, possessives, modifiers or quotation marks between ("lifted
// its "do not use" order", "banned new agreements"). The action, not its object, is what
// happened; an action that reports (announced a ban) leaves its object the happening.
bool object_of_action(const SentenceView& s, const LexiconIndex& lex, std::size_t k) {
  static const WordSet kParticiples = english().words("claims.irregular_participles");
  constexpr std::size_t kReach = 4;
  const Found& f = s.triggers[k];
  for (std::size_t j = k; j-- > 0;) {
    const Found& g = s.triggers[j];
    if (g.pos + g.len > f.pos) continue;
    if (f.pos - (g.pos + g.len) > kReach) break;
    const EventType& type = lex.lexicon.event_types[static_cast<std::size_t>(g.id)];
    const std::string_view verb = s.tokens[g.pos + g.len - 1].lower();
    if (type.wraps || !(verb.ends_with("ed") || kParticiples.contains(verb))) continue;
    if (g.pos > 0 && s.tokens[g.pos - 1].lower() == "-") continue;  // "court-ordered talks": a modifier
    bool plain = true;
    for (std::size_t w = g.pos + g.len; w < f.pos && plain; ++w) {
      const Token& t = s.tokens[w];
      plain = t.kind == TokenKind::kWord ? !is_boundary(t) && t.lower() != "to" && !t.lower().ends_with("ed")
                                         : quote_mark(t.lower()) || t.lower() == "'s";
    }
    if (plain) return true;
  }
  return false;
}

// Whether a date after the action stands in a clause that a verb and "that" open between
// them: in "the inquiry, which concluded that a worn clamp failed on August 2", the date is
// the failing's, not the inquiry's. A saying is reported, not dated, here: it is no action
// of its own (reported_action).
bool across_complement(const SentenceView& s, const LexiconIndex& lex, const Found& f, std::size_t first) {
  if (lex.lexicon.event_types[static_cast<std::size_t>(f.id)].wraps) return false;
  static const WordSet kPast = english().words("claims.past_tense_verbs");
  for (std::size_t k = f.pos + f.len + 1; k < first; ++k) {
    if (s.tokens[k].lower() != "that") continue;
    const std::string_view verb = s.tokens[k - 1].lower();
    if (s.tokens[k - 1].kind == TokenKind::kWord && (verb.ends_with("ed") || kPast.contains(verb))) return true;
  }
  return false;
}

struct Choice {
  int trigger = -1;  // index into SentenceView::triggers
  bool in_phrase = false;
};

Choice choose_trigger(const SentenceView& s, const LexiconIndex& lex, std::size_t first, std::size_t last,
                      bool premodifier, std::size_t min_pos, std::pair<std::size_t, std::size_t> skip) {
  // "Barring an appeal by July 1, ...": a word that opens a clause as a preposition.
  static const WordSet kPrepositional = english().words("clauses.clause_opening_prepositions");
  Choice best;
  int best_cost = INT_MAX, best_distance = INT_MAX;
  for (std::size_t k = 0; k < s.triggers.size(); ++k) {
    const Found& f = s.triggers[k];
    if (f.pos < min_pos || (f.pos >= skip.first && f.pos < skip.second)) continue;
    if (f.pos < last && f.pos + f.len > first) continue;  // inside the time expression
    if (forbidden(s, lex, k)) continue;
    if ((f.pos == 0 || is_boundary(s.tokens[f.pos - 1])) && kPrepositional.contains(s.tokens[f.pos].lower())) continue;
    if (defers_to_complement(s, k)) continue;
    if (f.pos + f.len <= first && across_complement(s, lex, f, first)) continue;
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
    if (type.wraps) cost += 3;  // "said" is the least telling action
    if (object_of_action(s, lex, k)) cost += 3;  // "lifted its order": the lifting, not the order
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

// The action a communication reports: the first trigger after it in its sentence, within a
// dozen words and no semicolon, that reports nothing itself ("announced it will cut jobs");
// else the nearest such trigger before it ("The recall, announced on Feb. 14"; a quotation
// and "she told reporters on Monday").
const Found* reported_action(const SentenceView& s, const LexiconIndex& lex, const Found& said,
                             std::pair<std::size_t, std::size_t> skip) {
  // A word that names what a duration counts from reports nothing: skipped as one that reports.
  const auto reports = [&](const Found& f) {
    return lex.lexicon.event_types[static_cast<std::size_t>(f.id)].wraps || (f.pos >= skip.first && f.pos < skip.second);
  };
  const auto semicolon = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k)
      if (s.tokens[k].lower() == ";") return true;
    return false;
  };
  for (const Found& f : s.triggers) {
    if (f.pos < said.pos + said.len) continue;
    if (f.pos > said.pos + said.len + 12 || semicolon(said.pos + said.len, f.pos)) break;
    if (!reports(f)) return &f;
  }
  // Before it, not across a subordinate clause: "Fans recalled the 2014 World Cup as the
  // league announced its budget" reports no recall.
  static const WordSet kSubordinators = english().words("clauses.subordinators");
  // A quotation is reported whole: "We are expanding the recall because ...," she told.
  const auto subordinate = [&](std::size_t from, std::size_t to) {
    bool found = false;
    for (std::size_t k = from; k < to; ++k) {
      const std::string_view w = s.tokens[k].lower();
      if (quote_mark(w)) return false;
      found = found || kSubordinators.contains(w);
    }
    return found;
  };
  // Of a quotation, the action of its main clause: "We will file our challenge today, because
  // the decision has no basis in law," she stated.
  const auto quoted_subclause = [&](std::size_t pos) {
    bool quoted = false;
    for (std::size_t k = pos; k < said.pos && !quoted; ++k) quoted = quote_mark(s.tokens[k].lower());
    if (!quoted) return false;
    // Back to the quotation's start: a subordinator before any comma opens the clause it is in
    // ("because ... in law"); a comma first closes one ("Because ..., we will sue").
    for (std::size_t k = pos; k-- > 0;) {
      const std::string_view w = s.tokens[k].lower();
      if (quote_mark(w) || w == ",") return false;
      if (kSubordinators.contains(w)) return true;
    }
    return false;
  };
  const Found* before = nullptr;
  for (const Found& f : s.triggers)
    if (f.pos + f.len <= said.pos && !reports(f) && !semicolon(f.pos + f.len, said.pos) &&
        !subordinate(f.pos + f.len, said.pos) && !quoted_subclause(f.pos))
      before = &f;
  return before;
}

// The type for the end of an activity and the word that says it goes on, when such a word
// stands in the clause shortly before token `first` (the date, after an until-word); for a
// date that no action is read for, the until-word itself: "will serve clients until Sept. 30".
std::optional<std::pair<const EventType*, std::size_t>> continuation_end(const SentenceView& s, const LexiconIndex& lex,
                                                                         std::size_t first, bool untyped) {
  static const WordSet kContinue = english().words("clauses.continuation_words");
  const auto& types = lex.lexicon.event_types;
  const auto end = std::find_if(types.begin(), types.end(), [](const EventType& t) { return t.ends; });
  if (end == types.end()) return std::nullopt;
  constexpr std::size_t kReach = 8;  // "will keep serving clients in all 38 branches until"
  for (std::size_t k = first; k-- > 0 && first - k <= kReach;) {
    if (is_boundary(s.tokens[k])) break;
    if (kContinue.contains(s.tokens[k].lower())) return std::make_pair(&*end, k);
  }
  if (untyped && first > 0) return std::make_pair(&*end, first - 1);
  return std::nullopt;
}

// Reads the action a date dates: type, trigger, agent, actors, keywords and summary. The
// quality of the summary leaves out whether the date is inferred, which the reduce knows.
void analyze(Mention& m, const SentenceView& s, const LexiconIndex& lex, const FoundTimex& timex, std::size_t first,
             std::size_t last, const std::string& inherited_type, std::size_t min_trigger = 0,
             std::pair<std::size_t, std::size_t> skip = {}) {
  const bool premodifier = is_premodifier(s.tokens, first, last, timex);
  const Choice choice = choose_trigger(s, lex, first, last, premodifier, min_trigger, skip);
  const Found* trigger = choice.trigger >= 0 ? &s.triggers[static_cast<std::size_t>(choice.trigger)] : nullptr;
  if (premodifier && !choice.in_phrase) {
    m.kind = MentionKind::kModifier;  // "the 2022 World Cup": names a thing, dates no action here
    return;
  }
  const bool follows = !s.follows.empty() && !inherited_type.empty();
  bool untyped = !follows && !trigger;  // no action read: none named, or a saying that reports none
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
    // "Stratos announced it will cut 300 jobs", "the Ledger reported that the court
    // rejected ...": the happening is the action reported.
    if (type.wraps) {
      if (const Found* reported = reported_action(s, lex, *trigger, skip)) {
        const EventType& action = lex.lexicon.event_types[static_cast<std::size_t>(reported->id)];
        m.type = action.name;
        m.group = action.group;
        // Who did it: the speaker of an announcement, the subject of a reported action.
        if (type.group == "report") trigger = reported;
      } else {
        untyped = true;
      }
    }
  } else {
    m.type = "other";
    m.group = "other";
  }
  // "will keep serving clients until Sept. 30, she said", "may keep selling until July 10":
  // with no action of its own to date, or with the action that goes on, the date is its end.
  if (m.until && !follows)
    if (const auto end = continuation_end(s, lex, first, untyped); end && (untyped || (trigger->pos > end->second && trigger->pos < first))) {
      m.type = end->first->name;
      m.group = end->first->group;
      // The word of continuing stands for an action not named; one named keeps its word. The
      // clause is read around the date, as for a date with no action.
      if (untyped) m.trigger = events::text_of(s.text, s.tokens, end->second, end->second + 1, 0, 0);
      trigger = nullptr;
    }
  const std::size_t focus = trigger ? trigger->pos : first;
  // Actors and keywords of the clause around the action.
  if (trigger) {
    const int agent = choose_agent(s, lex, *trigger, first, last);
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
    if (t.kind != TokenKind::kWord || t.lower().size() < 3 || events::is_stopword(t.lower())) continue;
    const std::string w = events::stem(t.lower());
    if (std::find(m.keywords.begin(), m.keywords.end(), w) == m.keywords.end()) m.keywords.push_back(w);
  }
  bool borrowed = false;
  // "on the same day the recall was expanded": the words naming the other happening go with the date.
  const std::size_t date_end = skip.second > last && skip.first + 1 == last ? skip.second : last;
  m.summary = summarize(m, s, lex, trigger, first, date_end, choice.in_phrase, borrowed);
  const bool agent_first = !m.agent.empty() && m.summary.rfind(m.agent, 0) == 0;
  m.quality = (m.agent.empty() ? 0 : 2) + (agent_first ? 1 : 0) + (trigger ? 2 : 0) + (m.group == "statement" ? -1 : 0) +
              (follows ? -3 : 0) + (borrowed ? -2 : 0);
}

// What the layout and the expression's words say of a time expression, before it has a
// value: page furniture, a length or recurrence, a vague reference, or a date to read.
MentionKind kind_of(const FoundTimex& t, const Paragraph* p) {
  if (p && p->kind == ParagraphKind::kCaption) return MentionKind::kCaption;
  if (p && p->kind == ParagraphKind::kCredit) return MentionKind::kCredit;
  if (p && p->kind == ParagraphKind::kStamp) return MentionKind::kStamp;
  if (p && t.begin < p->dateline_end) return MentionKind::kDateline;
  if (t.type == TimexType::kDuration) return MentionKind::kDuration;
  if (t.type == TimexType::kSet) return MentionKind::kSet;
  if (t.how == Resolve::kFixed) {
    if (t.value.empty() || t.value[0] < '0' || t.value[0] > '9') return MentionKind::kVague;
    if (t.value.find('X') != std::string::npos) return MentionKind::kUnresolved;
  }
  return MentionKind::kEvent;
}

// Whether a duration leads from a day of its sentence ("30 days after ... June 20", "within
// 30 days" of a dated order): then it dates an action itself.
bool leads_to_day(const std::vector<FoundTimex>& timexes, std::size_t a) {
  const FoundTimex& d = timexes[a];
  return !d.relation.empty() && d.anchor >= 0 && d.how == Resolve::kFixed && d.value.find('X') == std::string::npos;
}

// The words after a duration that name what it counts from ("30 days after the June 11
// ruling", "within 60 days of the expansion"), up to the clause's end: [last, end) of the
// sentence's tokens, or {0, 0}. They date the duration; they are not its clause's action.
std::pair<std::size_t, std::size_t> counted_from(const SentenceView& s, const FoundTimex& t, std::size_t last) {
  if (t.relation.empty() || last >= s.tokens.size()) return {};
  const std::string_view w = s.tokens[last].lower();
  if (w != "after" && w != "before" && w != "of") return {};
  constexpr std::size_t kReach = 10;  // "after Canada's National Airworthiness Office pulled"
  std::size_t end = last + 1;
  while (end < s.tokens.size() && end <= last + kReach && !is_boundary(s.tokens[end])) ++end;
  return {last, end};
}

// The words after "the same day" or "the day after" that name the happening it is the day of
// ("on the same day as the ruling", "the day after the recall was expanded"), as for
// `counted_from`; {0, 0} when it is the day of a date named before. "The same day the
// regulator capped output" names its own action after it: such words count only when the
// clause has named its action before.
// With no date named before it in the text, "the same day" is the day of the action an earlier
// clause of its sentence names ("Judges reject the request; ministry issues guidance the same
// day").
std::pair<std::size_t, std::size_t> day_of_happening(const SentenceView& s, const FoundTimex& t, std::size_t first, std::size_t last,
                                                     bool first_date) {
  if (t.how != Resolve::kAnaphoric || t.unit != TimeUnit::kDay || t.type != TimexType::kDate || last == 0)
    return {};
  if (first_date && t.offset == 0)
    for (std::size_t b = first; b-- > s.body_start;)
      if (is_boundary(s.tokens[b])) return {s.body_start, b};
  if (last >= s.tokens.size()) return {};
  const std::string_view end_word = s.tokens[last - 1].lower();
  const std::string_view next = s.tokens[last].lower();
  bool named = end_word == "after" || end_word == "before";
  if (!named && t.offset == 0) {
    if (next == "as" || next == "of") named = true;
    else if (next == "the" || next == "that" || next == "when")
      named = std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Found& f) { return f.pos + f.len <= first; });
  }
  if (!named) return {};
  constexpr std::size_t kReach = 10;
  std::size_t bound = last;
  while (bound < s.tokens.size() && bound < last + kReach && !is_boundary(s.tokens[bound])) ++bound;
  // The phrase ends with the first action it names and its passive verb ("the recall was
  // expanded"); what follows is the clause's own ("as the judgement announced the reduction").
  for (const Found& f : s.triggers) {
    if (f.pos < last || f.pos >= bound) continue;
    std::size_t end = f.pos + f.len;
    if (end + 1 < bound) {
      const std::string_view aux = s.tokens[end].lower();
      if (aux == "was" || aux == "were" || aux == "is" || aux == "are") end += 2;
    }
    return {last - 1, std::min(end, bound)};
  }
  return {};
}

// A duration counted from a happening its sentence does not date ("four days after the
// grounding"): the type and group of that happening, from the first action named in `phrase`.
void anchor_happening(const SentenceView& s, const LexiconIndex& lex, std::pair<std::size_t, std::size_t> phrase, Mention& m) {
  for (const Found& f : s.triggers) {
    if (f.pos < phrase.first || f.pos >= phrase.second) continue;
    const EventType& type = lex.lexicon.event_types[static_cast<std::size_t>(f.id)];
    if (type.wraps) continue;
    m.anchor_type = type.name;
    m.anchor_group = type.group;
    return;
  }
}

}  // namespace

std::vector<Mention> extract_mentions(const DocumentAnalysis& doc, const LexiconIndex& lex, Quotes& quotes) {
  std::vector<Mention> out;
  const auto& timexes = doc.timexes;
  SentenceView view;
  std::uint32_t view_index = UINT32_MAX;
  std::string previous_type;  // the action of the last sentence that had one
  std::uint32_t previous_sentence = UINT32_MAX;
  bool body_date_seen = false;
  // Whether the line of the current time expression is nothing but time expressions and
  // marks: a page stamp ("Tuesday, September 17, 2024", "Thursday, 29 June 2023, 06:10", an
  // agency's "17/01/2025 – 08:40" under its name).
  std::uint32_t line_checked = UINT32_MAX, line_start = 0, scanned = 0;
  const Paragraph* line_para = nullptr;
  bool only_dates = false;
  auto dates_only = [&](std::uint32_t from, std::uint32_t to, std::size_t k) {
    // Whether bytes [a, b) hold no letter. Dashes, the middle dot and the no-break space are
    // marks; any byte of another multi-byte character counts as a letter.
    const auto no_letter = [&](std::uint32_t a, std::uint32_t b) {
      const std::string_view bytes(doc.text.data() + a, b > a ? b - a : 0);
      for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto ch = static_cast<unsigned char>(bytes[i]);
        if (bytes.substr(i, 3) == "\u2013" || bytes.substr(i, 3) == "\u2014") i += 2;
        else if (bytes.substr(i, 2) == "\u00b7" || bytes.substr(i, 2) == "\u00a0") i += 1;
        else if (std::isalpha(ch) || ch >= 0x80) return false;
      }
      return true;
    };
    std::uint32_t at = from;
    for (; k < timexes.size() && timexes[k].begin < to; ++k) {
      if (!no_letter(at, timexes[k].begin)) return false;
      at = std::max(at, timexes[k].end);
    }
    return no_letter(at, to);
  };
  for (std::size_t k = 0; k < timexes.size(); ++k) {
    const FoundTimex& t = timexes[k];
    const Sentence& s = doc.sentences().at(t.sentence);
    if (view_index != t.sentence) {
      const SentencePhrases& p = doc.phrases.at(t.sentence);
      view = SentenceView{doc.text, doc.tokens_of(t.sentence), p.triggers, p.actors, p.follows, p.anchors, 0};
      if (const Paragraph* para = paragraph_at(doc.paragraphs, s.begin); para && para->dateline_end > s.begin)
        while (view.body_start < view.tokens.size() && view.tokens[view.body_start].begin < para->dateline_end)
          ++view.body_start;
      view_index = t.sentence;
    }
    Mention m;
    m.timex = static_cast<std::uint32_t>(k);
    m.evidence = quotes.evidence(t.sentence, t.begin, t.end);
    m.mod = t.mod;
    const Paragraph* para = paragraph_at(doc.paragraphs, t.begin);
    m.kind = kind_of(t, para);
    if (para) {
      // The line's start, scanned forward from the last expression's place: linear in the text.
      if (para != line_para) line_para = para, line_start = para->begin, scanned = para->begin;
      for (; scanned < t.begin; ++scanned)
        if (doc.text[scanned] == '\n') line_start = scanned + 1;
      if (line_start != line_checked) {
        line_checked = line_start;
        std::uint32_t line_end = t.end;
        while (line_end < para->end && doc.text[line_end] != '\n') ++line_end;
        only_dates = dates_only(line_start, line_end, k);
      }
    }
    if (para && only_dates && m.kind == MentionKind::kEvent) m.kind = MentionKind::kStamp;
    m.anaphoric = t.how == Resolve::kAnaphoric || t.how == Resolve::kThatMonth || t.how == Resolve::kThatUnit ||
                  (t.how == Resolve::kCounted && !t.from_reference) || t.how == Resolve::kClockLater;
    {
      // "only until Sept. 29", "through July 10": the end of a period.
      static const WordSet kUntil = english().words("clauses.until_words");
      std::size_t before = 0;
      while (before < view.tokens.size() && view.tokens[before].end <= t.begin) ++before;
      m.until = before > 0 && kUntil.contains(view.tokens[before - 1].lower());
      static const WordSet kBound = english().words("clauses.bound_words");
      m.bound = before > 0 && kBound.contains(view.tokens[before - 1].lower());
      // "as of Wednesday": the time a count held.
      static const WordSet kSnapshot = english().words("clauses.snapshot_openers");
      if (m.kind == MentionKind::kEvent && before > 1 &&
          kSnapshot.contains(std::string(view.tokens[before - 2].lower()) + " " + std::string(view.tokens[before - 1].lower())))
        m.kind = MentionKind::kSnapshot;
      // "is expected to report over the summer": a word of expectation in its clause before it.
      static const WordSet kExpect = english().words("clauses.expectation_words");
      if (before > 0) {
        const std::size_t from = events::clause_around(view.tokens, before - 1).first;
        for (std::size_t w = from; w < before && !m.hedged; ++w)
          m.hedged = !view.tokens[w].capitalized && kExpect.contains(view.tokens[w].lower());
      }
    }
    // A duration anchored to a date ("30 days after ... June 20") dates an action itself.
    const bool derived = m.kind == MentionKind::kDuration && leads_to_day(timexes, k);
    // The expression's tokens in its sentence, for the mentions that read their clause.
    std::size_t first = view.tokens.size(), last = 0;
    if (m.kind == MentionKind::kEvent || m.kind == MentionKind::kDuration)
      for (std::size_t i = 0; i < view.tokens.size(); ++i)
        if (view.tokens[i].begin >= t.begin && view.tokens[i].end <= t.end) first = std::min(first, i), last = std::max(last, i + 1);
    if (first >= last) first = last = 0;
    // Whether a date of the body came before this one (kept as the loop goes, not searched).
    if (k > 0 && !body_date_seen) {
      const FoundTimex& e = timexes[k - 1];
      const Paragraph* before = paragraph_at(doc.paragraphs, e.begin);
      body_date_seen = e.type == TimexType::kDate && before && before->kind == ParagraphKind::kBody && e.begin >= before->dateline_end;
    }
    const bool first_date = !body_date_seen;
    const auto phrase = m.kind == MentionKind::kDuration ? counted_from(view, t, last)
                        : m.kind == MentionKind::kEvent  ? day_of_happening(view, t, first, last, first_date)
                                                         : std::pair<std::size_t, std::size_t>{};
    // "Four days after the grounding, mechanics reported ...": counted from a happening the
    // text dates elsewhere; the reduce dates it from that happening's day. Not when a date
    // comes before it in the sentence: "The announcement came in mid-October, two years after
    // ..." dates its clause already.
    const bool dated_before = k > 0 && timexes[k - 1].sentence == t.sentence && timexes[k - 1].type == TimexType::kDate;
    if (!derived && !dated_before && phrase.second > 0 && t.anchor < 0 &&
        (t.how == Resolve::kAnaphoric || (t.how == Resolve::kFixed && t.value.find('X') == std::string::npos)))
      anchor_happening(view, lex, phrase, m);
    if (m.kind == MentionKind::kEvent || derived || !m.anchor_type.empty()) {
      const bool adjacent = previous_sentence != UINT32_MAX && t.sentence <= previous_sentence + 1;
      analyze(m, view, lex, t, first, last, adjacent ? previous_type : std::string(), 0, phrase);
      const bool typed = m.kind != MentionKind::kModifier && m.group != "other";
      if (typed) {
        previous_type = m.type;
        previous_sentence = t.sentence;
      }
      // "on Sept. 15, the day the federal ban takes effect": the date of a second action.
      if (typed && last + 2 < view.tokens.size() && view.tokens[last].lower() == "," && view.tokens[last + 1].lower() == "the" &&
          (view.tokens[last + 2].lower() == "day" || view.tokens[last + 2].lower() == "date")) {
        Mention second = m;
        second.summary.clear();
        second.actors.clear();
        second.keywords.clear();
        second.agent.clear();
        analyze(second, view, lex, t, first, last, std::string(), last + 3);
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
