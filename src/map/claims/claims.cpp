// From quantities to claims: what each figure counts, about whom, where and when.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "input/language.hpp"
#include "text/clauses.hpp"
#include "text/tokens.hpp"
#include "map/claims/claims.hpp"

namespace kban {

namespace {

// Time expressions ordered by sentence.
struct SentenceOrder {
  bool operator()(const FoundTimex& t, std::size_t s) const { return t.sentence < s; }
  bool operator()(std::size_t s, const FoundTimex& t) const { return s < t.sentence; }
};

struct Context {
  std::string_view text;
  std::span<const Token> tokens;
  const LexiconIndex& lex;
  const SentencePhrases& phrases;
  std::span<const FoundTimex> timexes;  // the sentence's time expressions
  std::size_t first = 0;  // the quantity's first token (its hedge included)
  std::size_t after = 0;  // the token after the number and its unit
  std::size_t last = 0;   // the token after the quantity
};

bool is_word(const Token& t) { return t.kind == TokenKind::kWord; }

bool in_time(const Context& c, std::size_t k) {
  return std::any_of(c.timexes.begin(), c.timexes.end(),
                     [&](const FoundTimex& t) { return c.tokens[k].begin >= t.begin && c.tokens[k].end <= t.end; });
}

// Past a form of "be" and "still" or "already" after a counted noun ("five works are still
// missing", "312 vessels were already waiting"): the token after them, or `k` when no form of
// "be" stands at `k`.
std::size_t past_be(std::span<const Token> t, std::size_t k) {
  static const WordSet kBe = english().words("claims.progressive_auxiliaries");
  if (k >= t.size() || !kBe.contains(t[k].lower())) return k;
  ++k;
  if (k < t.size() && (t[k].lower() == "still" || t[k].lower() == "already")) ++k;
  return k;
}

// What a figure's verb does to it ("cut 300 jobs", "reduced the award by $94 million"): the
// label of a change word of data/en/claims.json ending at token `end` (exclusive), or empty.
struct ChangeWord {
  std::vector<std::string> words;
  std::string label;
};
const std::vector<ChangeWord>& change_words() {
  static const std::vector<ChangeWord> all = [] {
    std::vector<ChangeWord> out;
    for (const auto& [label, list] : english().json("claims.change_words").items()) {
      if (!list.is_array()) continue;
      for (const auto& phrase : list) {
        ChangeWord w{{}, label};
        std::string buffer;
        for (const auto& t : tokenize(phrase.get<std::string>(), buffer)) w.words.emplace_back(t.lower());
        out.push_back(std::move(w));
      }
    }
    return out;
  }();
  return all;
}
std::string change_ending_at(std::span<const Token> t, std::size_t end) {
  for (const auto& w : change_words()) {
    if (w.words.size() > end) continue;
    bool match = true;
    for (std::size_t i = 0; i < w.words.size() && match; ++i) match = t[end - w.words.size() + i].lower() == w.words[i];
    if (match) return w.label;
  }
  return {};
}

// The change a figure states, when its verb or noun says it is one: a change word right
// before it (function words between: "cut about 300 jobs", "the reduction of 300 places"), or
// anywhere before it in its clause when the figure follows "by" ("cut the damages by $94
// million").
std::string change_of(const Context& c) {
  static const WordSet kBetween = english().words("claims.object_words");
  const auto& t = c.tokens;
  std::size_t k = c.first;
  for (int skipped = 0; k > 0 && skipped <= 3; --k, ++skipped) {
    if (const std::string label = change_ending_at(t, k); !label.empty()) return label;
    if (!kBetween.contains(t[k - 1].lower())) break;
  }
  if (c.first > 0 && t[c.first - 1].lower() == "by") {
    const std::size_t start = events::clause_around(t, c.first).first;
    for (std::size_t e = c.first - 1; e > start; --e)
      if (const std::string label = change_ending_at(t, e); !label.empty()) return label;
  }
  return {};
}

bool stops_phrase(const Token& t) {
  if (t.kind == TokenKind::kPunct) return true;
  static const WordSet kStops = english().words("claims.phrase_stops");
  return kStops.contains(t.lower());
}

// The lexicon attribute named by the words at `from` (within `window` tokens), as (index,
// position); -1 when none.
std::pair<int, std::size_t> attribute_at(const Context& c, std::size_t from, std::size_t window, const std::string& kind) {
  bool phrase_ended = false;  // "seven works worth £38 million": the sum is not what "seven" counts
  // "three deaths among patients" counts deaths: past the end of a phrase whose own noun is
  // not a generic one ("2,100 people on its staff"), what a count counts is not looked for.
  static const WordSet kPeople = english().words("claims.population_nouns");
  const auto own_noun_at = [&](const Token& head) {
    return is_word(head) && !head.capitalized && !events::is_stopword(head.lower()) && !stops_phrase(head) &&
           !kPeople.contains(head.lower()) && !c.lex.attributes.match(c.tokens, from).length;
  };
  const bool own_noun = kind == "count" && from < c.tokens.size() && own_noun_at(c.tokens[from]);
  for (std::size_t k = from; k < c.tokens.size() && k < from + window; ++k) {
    phrase_ended = phrase_ended || stops_phrase(c.tokens[k]);
    if (phrase_ended && own_noun) break;
    const auto m = c.lex.attributes.match(c.tokens, k);
    if (m.length && (kind.empty() || c.lex.lexicon.attributes[static_cast<std::size_t>(m.id)].kind == kind ||
                     (kind == "count" && !phrase_ended && c.lex.lexicon.attributes[static_cast<std::size_t>(m.id)].kind == "money")))
      return {m.id, k};
    if (c.tokens[k].kind == TokenKind::kPunct && c.tokens[k].lower() != "-" && c.tokens[k].lower() != "'s") break;
  }
  return {-1, 0};
}

// A past participle: a word in -ed or an irregular one ("found", "taken"; data/en/claims.json).
bool is_participle(std::string_view word) {
  static const WordSet kIrregular = english().words("claims.irregular_participles");
  return word.ends_with("ed") || kIrregular.contains(word);
}

// The noun a figure counts when the lexicon does not know it: the first lowercase word of
// the phrase after the number ("three Kaspersky entities" gives "entities").
std::string head_noun(const Context& c, std::size_t from, std::string& written) {
  for (std::size_t k = from; k < c.tokens.size() && k < from + 6; ++k) {
    const Token& t = c.tokens[k];
    if (stops_phrase(t)) return {};
    if (!is_word(t) || t.capitalized || t.lower() == "'s" || t.lower() == "u.s.") continue;
    if (t.lower().ends_with("ed") || t.lower().ends_with("ly") || events::is_stopword(t.lower())) return {};
    // The head is the last word of the noun phrase: "corporate clients", "repair centers".
    std::size_t h = k;
    // A verb after the noun ends it: "181,000 ballots narrowed the lead", and a word a
    // determiner follows is one ("a 7.1 earthquake struck the region").
    static const WordSet kDeterminers = english().words("claims.determiners");
    static const WordSet kPast = english().words("claims.past_tense_verbs");
    const auto verb = [&](std::size_t w) {
      return is_participle(c.tokens[w].lower()) || kPast.contains(c.tokens[w].lower()) ||
             (w + 1 < c.tokens.size() && kDeterminers.contains(c.tokens[w + 1].lower()));
    };
    // A name inside the phrase is a modifier when a lowercase noun follows it: "two stolen
    // Halloran works" counts works.
    const auto plain_noun = [&](std::size_t w) {
      return w < c.tokens.size() && w < from + 6 && is_word(c.tokens[w]) && !stops_phrase(c.tokens[w]) && !in_time(c, w) &&
             !c.tokens[w].lower().ends_with("ly") && !verb(w) && !events::is_stopword(c.tokens[w].lower());
    };
    while (plain_noun(h + 1) && (!c.tokens[h + 1].capitalized || (plain_noun(h + 2) && !c.tokens[h + 2].capitalized)))
      h += c.tokens[h + 1].capitalized ? 2 : 1;
    written = std::string(c.tokens[h].lower());
    return events::stem(c.tokens[h].lower());
  }
  return {};
}

// A distance that places something says where, not how much: "about 60 miles to the west",
// "within two miles of the spill", "every 20 miles" (data/en/claims.json positions).
bool is_position(const Context& c) {
  static const WordSet kUnits = english().words("claims.distance_units");
  static const WordSet kAfter = english().words("claims.position_words_after");
  static const WordSet kBefore = english().words("claims.position_words_before");
  const auto& t = c.tokens;
  if (c.after >= t.size() || !kUnits.contains(t[c.after].lower())) return false;
  if (c.first > 0 && kBefore.contains(t[c.first - 1].lower())) return true;
  // Past a conversion in brackets: "about 25 km (15 miles) north of", "15 miles) north".
  std::size_t k = c.after + 1;
  if (k < t.size() && t[k].lower() == "(")
    while (k < t.size() && k <= c.after + 8 && t[k].lower() != ")") ++k;
  if (k < t.size() && t[k].lower() == ")") ++k;
  return k < t.size() && kAfter.contains(t[k].lower());
}

// "the 40 mg dose", "a 10-km radius", "the 300-seat chamber": a figure with a unit of measure
// before a noun names a kind of thing, not how many there are; so do several ("the 10 mg and
// 20 mg doses").
bool names_kind(const Context& c) {
  static const WordSet kUnits = english().words("claims.measure_units");
  const auto& t = c.tokens;
  std::size_t k = c.after;
  if (k < t.size() && t[k].lower() == "-") ++k;
  if (k + 1 >= t.size() || !kUnits.contains(t[k].lower())) return false;
  // Past other figures of units joined to it: "and 20 mg", ", 20 mg or 40 mg".
  while (k + 3 < t.size() && (t[k + 1].lower() == "and" || t[k + 1].lower() == "or" || t[k + 1].lower() == ",") &&
         t[k + 2].kind == TokenKind::kNumber && kUnits.contains(t[k + 3].lower()))
    k += 3;
  const Token& next = t[k + 1];
  return is_word(next) && !next.capitalized && !stops_phrase(next) && !events::is_stopword(next.lower()) &&
         !next.lower().ends_with("ly") && !kUnits.contains(next.lower());
}

// "Nine in ten members", "one out of five voters": a proportion, in which neither figure
// counts anything. "$752 million in 2023" is none: the year is a date.
bool in_proportion(const Context& c) {
  static const WordMap<double> kCardinals = english().numbers("numbers.cardinals");
  const auto& t = c.tokens;
  const auto number_at = [&](std::size_t k) {
    return k < t.size() && !in_time(c, k) && (t[k].kind == TokenKind::kNumber || kCardinals.find(t[k].lower()) != kCardinals.end());
  };
  const auto proportion_word = [&](std::size_t k) {
    return t[k].lower() == "in" || (t[k].lower() == "of" && k > 0 && t[k - 1].lower() == "out");
  };
  if (c.first >= 2 && proportion_word(c.first - 1) && (number_at(c.first - 2) || (c.first >= 3 && number_at(c.first - 3))))
    return true;
  if (c.after < t.size() && t[c.after].lower() == "in") return number_at(c.after + 1);
  return c.after + 1 < t.size() && t[c.after].lower() == "out" && t[c.after + 1].lower() == "of" && number_at(c.after + 2);
}

std::string canonical(const Context& c, int id) { return c.lex.lexicon.attributes[static_cast<std::size_t>(id)].name; }

// A percentage of something is a share of it, unless the attribute is named as a share.
std::string as_share(const std::string& attribute) {
  return attribute.find("share") != std::string::npos ? attribute : "share of " + attribute;
}

// The action whose object the figure is: a trigger right before it, with at most a few
// words between ("eliminate nearly 300 jobs", "recalled 48,300 vehicles", "fined it $95
// million"); reports and statements govern nothing.
const PhraseMatch* governing_action(const Context& c) {
  const PhraseMatch* best = nullptr;
  for (const auto& f : c.phrases.triggers) {
    if (f.pos + f.len > c.first) break;
    std::size_t gap = 0;
    for (std::size_t k = f.pos + f.len; k < c.first; ++k) gap += !in_time(c, k);
    if (gap > 3) continue;
    if (c.lex.lexicon.event_types[static_cast<std::size_t>(f.id)].wraps) continue;
    // Only function words may stand between: "fined it $95 million", "expanded the recall to
    // 310,300"; in "the ban affects 15,000 clients" the ban is the subject, not the action.
    static const WordSet kBetween = english().words("claims.object_words");
    bool plain = true;
    // A date between does not matter: "expanded the recall in March to 301,300 vehicles"; nor
    // does a name the action is done to: "fined Orivon Telecom 42 million guilders".
    for (std::size_t k = f.pos + f.len; k < c.first && plain; ++k)
      plain = kBetween.contains(c.tokens[k].lower()) || in_time(c, k) || (is_word(c.tokens[k]) && c.tokens[k].capitalized);
    if (plain) best = &f;
  }
  if (best) return best;
  // After it: "two people were killed", "6,800 people evacuated by the army" (a passive or a
  // participle right after the counted noun).
  static const WordSet kPassive = english().words("claims.passive_auxiliaries");
  const auto trigger_at = [&](std::size_t k) -> const PhraseMatch* {
    for (const auto& f : c.phrases.triggers)
      if (f.pos == k && !c.lex.lexicon.event_types[static_cast<std::size_t>(f.id)].wraps) return &f;
    return nullptr;
  };
  for (std::size_t k = c.after; k < c.tokens.size() && k < c.after + 4; ++k) {
    if (kPassive.contains(c.tokens[k].lower())) {
      std::size_t v = k + 1;
      while (v < c.tokens.size() && v < k + 3 && (kPassive.contains(c.tokens[v].lower()) || c.tokens[v].lower().ends_with("ly"))) ++v;
      return v < c.tokens.size() ? trigger_at(v) : nullptr;
    }
    if (k > c.after && c.tokens[k].lower().ends_with("ed")) return trigger_at(k);
    if (stops_phrase(c.tokens[k]) || !is_word(c.tokens[k])) break;
  }
  return nullptr;
}

// The role an action gives the figure it governs: its event type's label, or where that
// type holds several ("killed" and "injured" are both casualties) the role of
// `action_roles` in data/en/claims.json.
std::string role_of(const Context& c, const PhraseMatch& action) {
  static const WordMap<std::string> kRoles = [] {
    WordMap<std::string> out;
    for (const auto& [role, list] : english().json("claims.action_roles").items()) {
      if (!list.is_array()) continue;
      for (const auto& phrase : list) {
        std::string buffer, words;
        for (const auto& t : tokenize(phrase.get<std::string>(), buffer)) words += (words.empty() ? "" : " ") + std::string(t.lower());
        out.emplace(std::move(words), role);
      }
    }
    return out;
  }();
  std::string words;
  for (std::size_t k = action.pos; k < action.pos + action.len && k < c.tokens.size(); ++k)
    words += (words.empty() ? "" : " ") + std::string(c.tokens[k].lower());
  if (const auto it = kRoles.find(words); it != kRoles.end()) return it->second;
  return c.lex.lexicon.event_types[static_cast<std::size_t>(action.id)].label;
}

// "fines of up to 4% of turnover": the share belongs to what names it before ("fines"), not
// to the subject's revenue.
std::string share_owner(const Context& c) {
  std::size_t k = c.first;
  if (k < 2 || c.tokens[k - 1].lower() != "of" || !is_word(c.tokens[k - 2]) || c.tokens[k - 2].capitalized ||
      events::is_stopword(c.tokens[k - 2].lower()))
    return {};
  const auto m = c.lex.attributes.match(c.tokens, k - 2);
  return " (" + (m.length ? canonical(c, m.id) : events::stem(c.tokens[k - 2].lower())) + ")";
}

// "$35 million of the penalty", "300 of its workers", "34 of the train's 141 cars": a part
// of what the words after name; empty when it is none.
std::string part_of(const Context& c, bool count, std::string& written) {
  static const WordSet kDeterminers = english().words("claims.determiners");
  const auto& t = c.tokens;
  std::size_t k = c.after;
  if (k >= t.size() || t[k].lower() != "of") return {};
  // "thousands of users" counts the users: a part needs a number written in digits.
  bool digits = false;
  for (std::size_t w = c.first; w < c.after; ++w) digits = digits || t[w].kind == TokenKind::kNumber;
  if (!digits) return {};
  ++k;
  while (k < t.size() && kDeterminers.contains(t[k].lower())) ++k;
  // A possessor ("the train's") and the whole's own count ("141") come before what is counted.
  for (std::size_t w = k; w < t.size() && w < k + 3 && is_word(t[w]); ++w)
    if (w + 1 < t.size() && t[w + 1].lower() == "'s") {
      k = w + 2;
      break;
    }
  if (k < t.size() && t[k].kind == TokenKind::kNumber) ++k;
  if (const auto m = c.lex.attributes.match(t, k); m.length) {
    written = std::string(t[k].lower());
    return canonical(c, m.id);
  }
  // A noun the lexicon does not know names the whole of a count, after a possessor or a
  // determiner ("40 of them" is no part of anything named); a sum "of the grant" may be one.
  if (!count || k == c.after + 1) return {};
  // "all 38 of Vennick's former branches": a word may stand before the noun.
  if (const auto [id, at] = attribute_at(c, k, 3, "count"); id >= 0) {
    written = std::string(t[at].lower());
    return canonical(c, id);
  }
  return head_noun(c, k, written);
}

// What the figure counts or measures; empty when nothing says.
std::string attribute_of(const Context& c, const Quantity& q, std::string& written) {
  const auto& t = c.tokens;
  if (q.unit == "%") {
    // "nearly 10% of its global revenue", "27 percent of companies"
    std::size_t k = c.after;
    if (k < t.size() && t[k].lower() == "of") {
      ++k;
      while (k < t.size() && (t[k].lower() == "the" || t[k].lower() == "its" || t[k].lower() == "their" || t[k].lower() == "all" ||
                              t[k].lower() == "'s" || (t[k].capitalized && k + 1 < t.size() && t[k + 1].lower() == "'s")))
        ++k;
      const auto [id, at] = attribute_at(c, k, 6, "");
      if (id >= 0) {
        written = std::string(t[at].lower());
        return as_share(canonical(c, id)) + share_owner(c);
      }
      const std::string head = head_noun(c, k, written);
      return head.empty() ? std::string() : as_share(head) + share_owner(c);
    }
    // "the education sector at 10 percent"
    if (c.first >= 2 && t[c.first - 1].lower() == "at") {
      std::size_t e = c.first - 1, b = e;
      while (b > 0 && is_word(t[b - 1]) && !events::is_stopword(t[b - 1].lower())) --b;
      if (b < e) {
        written.clear();
        for (std::size_t w = b; w < e; ++w) {
          if (w > b) written += ' ';
          written.append(t[w].lower());
        }
        return "share of " + written;
      }
    }
    return {};
  }
  // The units of time of the English data ("year", "hour"): such a figure is a span of time.
  static const WordSet kTimeUnits = [] {
    WordSet units;
    for (const auto& [word, unit] : english().json("quantities.duration_units").items()) units.insert(unit[0].get<std::string>());
    return units;
  }();
  if (kTimeUnits.contains(q.unit)) {
    // "two decades of operation", "a prominent player in the US market for two decades"
    const std::size_t from = c.first > 10 ? c.first - 10 : 0;
    const auto [id, at] = attribute_at(c, from, c.last + 6 - from, "duration");
    if (id >= 0) {
      written = std::string(t[at].lower());
      return canonical(c, id);
    }
    return {};
  }
  // A change or a part of something is not its level.
  const std::string change = change_of(c);
  const std::string changed = change.empty() ? std::string() : " (" + change + ")";
  if (const std::string part = part_of(c, !is_currency(q.unit), written); !part.empty()) return "part of " + part + changed;
  if (is_currency(q.unit)) {
    // Money: what the sum is (revenue, a fine, a price), named in its clause; a sum whose
    // role the words do not tell is no claim.
    const auto [cs, ce] = events::clause_around(t, c.first);
    int best = -1;
    std::size_t best_distance = SIZE_MAX, best_at = 0;
    for (std::size_t k = cs; k < ce; ++k) {
      const auto m = c.lex.attributes.match(t, k);
      if (!m.length || c.lex.lexicon.attributes[static_cast<std::size_t>(m.id)].kind != "money") continue;
      const std::size_t distance = k < c.first ? c.first - k : k - c.first;
      if (distance < best_distance) best = m.id, best_distance = distance, best_at = k;
    }
    if (best >= 0) {
      written = std::string(t[best_at].lower());
      return canonical(c, best) + changed;
    }
    if (const auto* action = governing_action(c)) {
      written = std::string(t[action->pos].lower());
      return c.lex.lexicon.event_types[static_cast<std::size_t>(action->id)].label + " amount";
    }
    return {};
  }
  // "a town of about 10,500 people", "the town's 10,500 residents": how many live there.
  static const WordSet kPlaces = english().words("claims.population_places");
  static const WordSet kPeople = english().words("claims.population_nouns");
  const bool counts_people = c.after >= t.size() || !is_word(t[c.after]) || kPeople.contains(t[c.after].lower()) ||
                             events::is_stopword(t[c.after].lower());
  if (c.first >= 2 && counts_people && (t[c.first - 1].lower() == "of" || t[c.first - 1].lower() == "'s") &&
      kPlaces.contains(t[c.first - 2].lower())) {
    written = std::string(t[c.first - 2].lower());
    return "population";
  }
  // "a magnitude 6.0 aftershock": a reading on a scale, named by the scale and what it rates.
  static const WordSet kScales = english().words("claims.scale_words");
  if (c.first >= 1 && kScales.contains(t[c.first - 1].lower())) {
    written = std::string(t[c.first - 1].lower());
    // What it rates is the word right after it ("aftershock"); a verb may follow that word.
    const bool rated = c.after < t.size() && is_word(t[c.after]) && !t[c.after].capitalized && !events::is_stopword(t[c.after].lower());
    return rated ? written + " (" + events::stem(t[c.after].lower()) + ")" : written;
  }
  // "five more papers" adds to a count: what it counts follows, and it is no level.
  static const WordSet kIncrements = english().words("claims.increment_words");
  const bool increment = c.after < t.size() && kIncrements.contains(t[c.after].lower());
  const std::size_t counted = increment ? c.after + 1 : c.after;
  const auto [id, at] = attribute_at(c, counted, 5, "count");
  std::string name;
  if (id >= 0) {
    written = std::string(t[at].lower());
    name = canonical(c, id);
  } else {
    name = head_noun(c, counted, written);
  }
  if (name.empty()) return {};
  // "the remaining 17 aircraft", "about 800 employees remain": what is left of a whole.
  // After the noun, perhaps past a form of "be": "five works are still missing".
  static const WordSet kRemainder = english().words("claims.remainder_words");
  const auto remains_after = [&](std::size_t k) {
    k = past_be(t, k);
    return k < t.size() && kRemainder.contains(t[k].lower());
  };
  const bool remainder = (c.first > 0 && kRemainder.contains(t[c.first - 1].lower())) || (id >= 0 && remains_after(at + 1)) ||
                         (id < 0 && remains_after(counted + 1));
  // "cut 300 jobs" and "employs 2,100 people" count different things: what a figure's action
  // does to it is part of what it counts.
  if (!change.empty()) name += changed;
  else if (increment) name += " (added)";
  else if (remainder) name += " (remaining)";
  else if (const auto* action = governing_action(c)) name += " (" + role_of(c, *action) + ")";
  // "offices in 31 countries" and "clients in more than 200 countries" count different things.
  if (c.first >= 2 && (t[c.first - 1].lower() == "in" || t[c.first - 1].lower() == "across") && is_word(t[c.first - 2]) &&
      !t[c.first - 2].capitalized && !events::is_stopword(t[c.first - 2].lower())) {
    const auto m = c.lex.attributes.match(t, c.first - 2);
    const std::string of = m.length ? canonical(c, m.id) : events::stem(t[c.first - 2].lower());
    name += " (" + of + ")";
  }
  return name;
}

// A country as data/en/places.json describes it: how a document names it, and the words
// (token sequences) that scope a figure to it.
struct Country {
  std::string code;
  std::vector<std::string> names;
  std::vector<std::vector<std::string>> words;
  WordSet capitalized;  // words that count only when capitalized ("US", not "us")
};

const std::vector<Country>& countries() {
  static const std::vector<Country> all = [] {
    std::vector<Country> out;
    for (const auto& c : english().json("places.countries")) {
      Country country{c["code"], c["names"], {}, {}};
      for (const auto& phrase : c["words"]) {
        std::vector<std::string> tokens;
        std::string buffer;
        for (const auto& t : tokenize(phrase.get<std::string>(), buffer)) tokens.emplace_back(t.lower());
        country.words.push_back(std::move(tokens));
      }
      for (const auto& w : c["capitalized_words"]) country.capitalized.insert(w.get<std::string>());
      out.push_back(std::move(country));
    }
    return out;
  }();
  return all;
}

// "in the country" is the country the document is about: the first country it names.
const Country* country_of(std::string_view text) {
  for (const Country& c : countries())
    for (const auto& name : c.names)
      if (text.find(name) != std::string_view::npos) return &c;
  return nullptr;
}

bool words_at(std::span<const Token> t, std::size_t k, const std::vector<std::string>& words) {
  if (k + words.size() > t.size()) return false;
  for (std::size_t i = 0; i < words.size(); ++i)
    if (t[k + i].lower() != words[i]) return false;
  return true;
}

// A list of phrases of data/en, each as its lowercase words.
std::vector<std::vector<std::string>> phrase_list(std::string_view key) {
  std::vector<std::vector<std::string>> out;
  std::string buffer;
  for (const auto& p : english().json(key)) {
    std::vector<std::string> words;
    for (const auto& t : tokenize(p.get<std::string>(), buffer)) words.emplace_back(t.lower());
    out.push_back(std::move(words));
  }
  return out;
}

// "citing two people who attended the briefing", "according to three officials", "two people
// familiar with the matter": a count of the sources a report rests on, not a claim of the story.
bool counts_sources(const Context& c) {
  static const auto kBefore = phrase_list("claims.source_phrases_before");
  static const auto kAfter = phrase_list("claims.source_phrases_after");
  for (const auto& phrase : kBefore)
    if (c.first >= phrase.size() && words_at(c.tokens, c.first - phrase.size(), phrase)) return true;
  // After the counted noun: "two people familiar with", "two officials briefed on".
  for (const auto& phrase : kAfter)
    if (words_at(c.tokens, c.after + 1, phrase)) return true;
  return false;
}

// The country a token names, or nullptr.
const Country* country_at(std::span<const Token> t, std::size_t k) {
  for (const Country& c : countries()) {
    if (t[k].capitalized && c.capitalized.contains(t[k].lower())) return &c;
    for (const auto& words : c.words)
      if (words_at(t, k, words)) return &c;
  }
  return nullptr;
}

// A capitalized name after "in" in the clause that is no actor and no date: a place.
std::string place_in(const Context& c, std::size_t cs, std::size_t ce) {
  const auto& t = c.tokens;
  auto actor_at = [&](std::size_t k) {
    return std::any_of(c.phrases.actors.begin(), c.phrases.actors.end(),
                       [&](const PhraseMatch& a) { return k >= a.pos && k < a.pos + a.len; });
  };
  for (std::size_t k = cs; k + 1 < ce; ++k) {
    if (t[k].lower() != "in" || (k + 1 >= c.first && k + 1 < c.last)) continue;
    std::size_t e = k + 1;
    // Names, not acronyms ("positions in IT").
    auto name = [&](std::size_t w) {
      const std::string_view word = c.text.substr(t[w].begin, t[w].end - t[w].begin);
      return is_word(t[w]) && t[w].capitalized && word.size() > 1 && std::islower(static_cast<unsigned char>(word[1]));
    };
    while (e < ce && name(e) && !actor_at(e) && !in_time(c, e)) ++e;
    if (e == k + 1) continue;
    std::string place;
    for (std::size_t w = k + 1; w < e; ++w) place += (w > k + 1 ? " " : "") + std::string(c.text.substr(t[w].begin, t[w].end - t[w].begin));
    return place;
  }
  return {};
}

// Where the figure holds: "global", a country's code, "national", a place, or empty.
std::string scope_of(const Context& c, const std::string& written, const Country* country) {
  static const WordSet kGlobal = english().words("claims.global_words");
  static const WordSet kWorld = english().words("claims.world_nouns");
  static const WordSet kNationwide = english().words("claims.nationwide_words");
  const auto& t = c.tokens;
  const auto [cs, ce] = events::clause_around(t, c.first);
  bool global = false, national = false;
  const Country* named = nullptr;
  for (std::size_t k = cs; k < ce; ++k) {
    const std::string_view w = t[k].lower();
    if (w == written) continue;  // "global revenue" names the attribute, not the scope
    if (k >= c.first && k < c.last) continue;  // "460 million US dollars": the currency's country
    if (w == "global" && k + 1 < t.size() && t[k + 1].lower() == written) continue;
    if (kGlobal.contains(w) || (w == "countries" && k > c.last)) global = true;
    if (kWorld.contains(w) && k > 0 && (t[k - 1].lower() == "the")) global = true;
    if (!named) named = country_at(t, k);
    if (w == "country" && k > 0 && t[k - 1].lower() == "the" && k > 1 && t[k - 2].lower() == "in") national = true;
    if (kNationwide.contains(w)) national = true;
  }
  if (global) return "global";
  if (named) return named->code;
  // A place the lexicon does not know: "in Brno", "at its plant in Port Calder".
  // A relative clause right after the figure restricts what it counts: "the 300 people who
  // worked at its centre in Brno".
  std::size_t place_end = ce;
  if (ce + 1 < t.size() && t[ce].lower() == "who") place_end = events::clause_around(t, ce + 1).second;
  if (const std::string place = place_in(c, cs, place_end); !place.empty()) return place;
  // A place put first, right before the figure's clause: "In Brno, one million users moved".
  if (const auto [fs, fe] = events::clause_around(t, 0); fs == 0 && fe > 1 && fe + 1 == cs && t[0].lower() == "in" &&
                                                         t[fe].lower() == ",") {
    bool names = true;
    for (std::size_t k = 1; k < fe && names; ++k) names = is_word(t[k]) && (t[k].capitalized || (k == 1 && t[k].lower() == "the"));
    if (names) {
      for (std::size_t k = 1; k < fe; ++k)
        if (const Country* named_first = country_at(t, k)) return named_first->code;
      if (const std::string place = place_in(c, 0, fe); !place.empty()) return place;
    }
  }
  if (national && country) return country->code;
  if (national) return "national";
  return {};
}

// A rate: "six aircraft a month", "10,000 dollars for every day", "$5 per share" is not a
// level; the unit it is per, from the words after the figure, or empty.
std::string rate_of(const Context& c) {
  static const nlohmann::json& kUnits = english().json("quantities.duration_units");
  static const WordSet kPer = english().words("claims.rate_words");
  static const WordSet kNotRate = english().words("claims.rate_not_after");
  const auto& t = c.tokens;
  for (std::size_t k = c.after; k + 1 < t.size() && k < c.after + 5; ++k) {
    if (t[k].kind == TokenKind::kPunct) break;
    if (!kPer.contains(t[k].lower())) {
      if (k > c.after && stops_phrase(t[k]) && t[k].lower() != "for") break;
      continue;
    }
    const std::string_view w = t[k + 1].lower();
    if (k + 2 < t.size() && kNotRate.contains(t[k + 2].lower())) return {};  // "a month later"
    if (const auto u = kUnits.find(std::string(w)); u != kUnits.end() && (*u)[1].get<int>() == 1) return (*u)[0].get<std::string>();
    if (t[k].lower() == "per" && is_word(t[k + 1]) && !events::is_stopword(w)) return events::stem(w);  // "per share"
  }
  return {};
}

// A running count: a perfect ("crews have recovered 212 fragments", "had logged 46") right
// before a count in its clause, or a tally phrase in its clause ("so far", "at the last
// count"; data/en/claims.json). "Acme has 270,000 clients" is a possession, no perfect; a sum
// after a perfect ("has pledged $40 million") is one act, not a tally.
bool is_tally(const Context& c, const Quantity& q, std::pair<std::size_t, std::size_t> clause) {
  static const WordSet kAuxiliaries = english().words("claims.perfect_auxiliaries");
  static const auto kPhrases = phrase_list("claims.tally_phrases");
  const auto& t = c.tokens;
  if (!is_currency(q.unit)) {
    const std::size_t from = std::max(clause.first, c.first >= 5 ? c.first - 5 : 0);
    for (std::size_t k = from; k + 1 < c.first; ++k) {
      if (!kAuxiliaries.contains(t[k].lower())) continue;
      std::size_t v = k + 1;
      if (v + 1 < c.first && t[v].lower().ends_with("ly")) ++v;  // "have already recovered"
      if (is_participle(t[v].lower())) return true;
    }
  }
  // A state that goes on as the text is written: "more than 20 ships are waiting", "312
  // vessels were waiting" (the noun, a form of "be", perhaps "already", a word in -ing).
  if (const std::size_t v = past_be(t, c.after + 1); v != c.after + 1 && v < clause.second && is_word(t[v]) &&
                                                       t[v].lower().size() > 4 && t[v].lower().ends_with("ing"))
    return true;
  const auto in_clause = t.first(clause.second);
  for (std::size_t k = clause.first; k < clause.second; ++k)
    for (const auto& phrase : kPhrases)
      if (words_at(in_clause, k, phrase)) return true;
  return false;
}

// The clause whose dates say when a figure held: its own; a clause that opens with a
// participle ("..., covering 48,300 vehicles"), a temporal relative ("in August 2017, when
// about 300 gallons leaked") or a relative pronoun ("the quake of August 2019, which killed
// 11 people") holds for the time of the clause it hangs on.
std::pair<std::size_t, std::size_t> time_clause(const Context& c) {
  static const WordSet kTemporalRelatives = english().words("clauses.temporal_relatives");
  static const WordSet kRelatives = english().words("clauses.relative_pronouns");
  const auto& t = c.tokens;
  auto [cs, ce] = events::clause_around(t, c.first);
  if (cs >= 2 && t[cs - 1].lower() == "," && t[cs].kind == TokenKind::kWord &&
      (t[cs].lower().ends_with("ing") || kTemporalRelatives.contains(t[cs].lower())))
    cs = events::clause_around(t, cs - 2).first;
  else if (cs >= 3 && kRelatives.contains(t[cs - 1].lower()) && t[cs - 2].lower() == ",")
    cs = events::clause_around(t, cs - 3).first;
  return {cs, ce};
}

}  // namespace

std::vector<Claim> extract_claims(const DocumentAnalysis& doc, const LexiconIndex& lex, Quotes& quotes) {
  std::vector<Claim> out;
  if (doc.quantities.empty()) return out;
  // The document's main subject: the actor it names most often (not a medium or a person).
  std::map<int, int> counts;
  for (const auto& p : doc.phrases)
    for (const auto& a : p.actors) ++counts[a.id];
  int main_subject = -1, best = 0;
  for (const auto& [id, n] : counts) {
    const std::string& kind = lex.actor_kinds[static_cast<std::size_t>(id)];
    if (kind != "media" && kind != "person" && n > best) best = n, main_subject = id;
  }
  const Country* country = country_of(doc.text);
  for (const Quantity& q : doc.quantities) {
    // A photo caption or a credit line asserts nothing about the story.
    if (const Paragraph* p = paragraph_at(doc.paragraphs, q.begin);
        p && (p->kind == ParagraphKind::kCaption || p->kind == ParagraphKind::kCredit || p->kind == ParagraphKind::kStamp))
      continue;
    const auto tokens = doc.tokens_of(q.sentence);
    const auto timexes = std::equal_range(doc.timexes.begin(), doc.timexes.end(), q.sentence, SentenceOrder{});
    Context c{doc.text, tokens, lex, doc.phrases[q.sentence], {timexes.first, timexes.second}};
    c.first = tokens.size();
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      if (tokens[k].begin >= q.begin && tokens[k].end <= q.end) c.first = std::min(c.first, k), c.last = k + 1;
      if (tokens[k].end <= q.number_end) c.after = k + 1;
    }
    if (c.first >= tokens.size()) continue;
    Claim claim;
    claim.attribute = attribute_of(c, q, claim.written);
    if (claim.attribute.empty() || is_position(c) || in_proportion(c) || names_kind(c) || counts_sources(c)) continue;
    if (const std::string per = rate_of(c); !per.empty()) claim.attribute += " per " + per;
    // The subject: the nearest actor before the figure in its sentence, else after it, else
    // the document's main subject.
    int subject = -1;
    // An actor that says or reports the figure is its source, not what it is about: "The
    // health district said 41 people sought treatment".
    const auto speaks = [&](const PhraseMatch& a) {
      for (const auto& f : doc.phrases[q.sentence].triggers)
        if (f.pos == a.pos + a.len && lex.lexicon.event_types[static_cast<std::size_t>(f.id)].wraps) return true;
      return false;
    };
    for (const auto& a : doc.phrases[q.sentence].actors) {
      const std::string& kind = lex.actor_kinds[static_cast<std::size_t>(a.id)];
      if (kind == "media" || kind == "person" || (a.pos < c.first && speaks(a))) continue;
      if (a.pos < c.first) subject = a.id;
      else if (subject < 0 && a.pos >= c.last) subject = a.id;
    }
    if (subject < 0) subject = main_subject;
    if (subject >= 0) claim.subject = lex.lexicon.actors[static_cast<std::size_t>(subject)].name;
    claim.scope = scope_of(c, claim.written, country);
    // Dates in the figure's clause may say when it held: "120 positions in November 2023".
    const auto [cs, ce] = time_clause(c);
    // Those of its sentence only (the range found above), or a long document would cost the
    // number of its figures times the number of its dates. A date the clause's edge cuts
    // ("on Aug. 14, 2019, when ...") is in it.
    for (auto it = timexes.first; it != timexes.second; ++it)
      if (it->end > tokens[cs].begin && it->begin < tokens[ce - 1].end)
        claim.time_timexes.push_back(static_cast<std::uint32_t>(it - doc.timexes.begin()));
    const auto distance = [&](std::uint32_t k) {
      const FoundTimex& t = doc.timexes[k];
      return t.end <= q.begin ? q.begin - t.end : t.begin - q.end;
    };
    std::stable_sort(claim.time_timexes.begin(), claim.time_timexes.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return distance(a) < distance(b); });
    claim.tally = is_tally(c, q, events::clause_around(tokens, c.first));
    claim.unit = q.unit;
    claim.value = q.value;
    claim.low = q.low;
    claim.high = q.high;
    claim.hedge = q.hedge;
    claim.evidence = quotes.evidence(q.sentence, q.begin, q.end);
    out.push_back(std::move(claim));
  }
  return out;
}

}  // namespace kban
