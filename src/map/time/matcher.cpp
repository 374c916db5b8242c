// The rule dispatcher, the shared pieces (numbers, months, amounts), tense and resolution.
#include "matcher.hpp"

#include <algorithm>
#include <charconv>

#include "base/numbers.hpp"
#include "input/language.hpp"
#include <cmath>

namespace kban::timex {

bool start_gates = true;

namespace {
// How far after a weak starter ("the", "at") a temporal word must come for rules to be tried
// there: "up to 20 years", "a little more than a year".
constexpr std::size_t kWeakReach = 3;

// A word that may begin an expression: a starter, a calendar word, a unit, a number word.
bool may_begin(const WordInfo& w) {
  return (w.flags & kStarter) || w.month || w.weekday >= 0 || w.season >= 0 || w.ordinal > 0 || w.unit != Unit::kNone ||
         w.number >= 0 || w.part_of_day >= 0;
}

// A word with a temporal use of its own, or one a rule reads; not a weak starter, a tense cue
// or a preposition, which stand near dates and elsewhere alike.
bool temporal(const WordInfo& w) { return !(w.flags & kWeakStarter) && (may_begin(w) || (w.flags & kRuleWord)); }
}  // namespace

void Matcher::read(std::span<const Token> tokens) {
  tokens_ = tokens;
  previous_.reset();
  const std::size_t n = tokens.size();
  infos_.resize(n);
  next_temporal_.resize(n);
  const Vocabulary& vocab = vocabulary();
  std::uint32_t next = UINT32_MAX;  // none
  for (std::size_t k = n; k-- > 0;) {
    next_temporal_[k] = next;
    const Token& t = tokens[k];
    const WordInfo* w = t.kind == TokenKind::kPunct ? nullptr : vocab.find(t.lower());
    if (t.kind == TokenKind::kNumber || (w && temporal(*w))) next = static_cast<std::uint32_t>(k);
    infos_[k] = w && w->flags != kRuleWord ? w : nullptr;
  }
}

bool Matcher::can_start(std::size_t i) const {
  if (tokens_[i].kind == TokenKind::kNumber) return !start_gates || number_may_start(i);
  const WordInfo* w = infos_[i];
  if (!w) return false;
  if (start_gates && (w->flags & kWeakStarter) && next_temporal_[i] > i + kWeakReach) return false;
  return may_begin(*w);
}

// Most numbers of news are figures ("270,000 customers", "3 percent"). A number can begin an
// expression when its shape says so (a clock time "15:00", "20th", "1990s", a year), when a
// slash, dash or apostrophe stands beside it ("7/20", "30-day", "12-14", "'90s"), when it
// may end a range begun just before ("June 12 to 14"), or when a temporal word follows close
// after ("30 days").
bool Matcher::number_may_start(std::size_t i) const {
  const std::string_view w = word(i);
  if (w.find_first_not_of("0123456789,.") != std::string_view::npos) return true;
  if (w.size() >= 4 && w.find_first_of(",.") == std::string_view::npos) return true;
  const auto joins = [&](std::size_t k) { return is(k, "/") || is(k, "-") || is(k, "–") || is(k, "—") || is(k, "'"); };
  if ((i > 0 && joins(i - 1)) || joins(i + 1)) return true;
  // "22.02.2025": a number with two dots is a date.
  if (std::count(w.begin(), w.end(), '.') >= 2) return true;
  if (previous_ && previous_->last + 2 >= i) return true;
  return next_temporal_[i] <= i + kWeakReach;
}

std::optional<Candidate> Matcher::match_at(std::size_t i) {
  using Rule = std::optional<Candidate> (Matcher::*)(std::size_t);
  static constexpr Rule kRules[] = {
      &Matcher::match_hedged,   &Matcher::match_set,     &Matcher::match_time,      &Matcher::match_modified,
      &Matcher::match_month,    &Matcher::match_day_first, &Matcher::match_ordinal_day, &Matcher::match_nth_weekday, &Matcher::match_numeric_date, &Matcher::match_year,
      &Matcher::match_fiscal,   &Matcher::match_range_end,
      &Matcher::match_decade,   &Matcher::match_century, &Matcher::match_season,    &Matcher::match_quarter,
      &Matcher::match_half,     &Matcher::match_relative, &Matcher::match_weekday,  &Matcher::match_vague,
      &Matcher::match_anaphoric, &Matcher::match_duration, &Matcher::match_day_word};
  std::optional<Candidate> best;
  for (Rule rule : kRules) {
    auto c = (this->*rule)(i);
    if (c && c->last > c->first && (!best || c->last > best->last)) best = std::move(c);
  }
  // "September 14, a Saturday": the weekday in apposition says which day it is.
  static const WordSet kArticles = english().words("timex.appositive_weekday_articles");
  if (best && best->stated_weekday < 0 && names_day(*best) && is(best->last, ",") && kArticles.contains(word(best->last + 1))) {
    std::size_t next = 0;
    if (const auto weekday = weekday_at(best->last + 2, next); weekday && !(info(next) && info(next)->part_of_day >= 0)) {
      best->stated_weekday = *weekday;
      best->last = next;
    }
  }
  return best;
}

std::optional<int> Matcher::integer(std::size_t i) const {
  if (!is_number(i)) return std::nullopt;
  const std::string_view w = word(i);
  int value = 0;
  const auto [ptr, ec] = std::from_chars(w.data(), w.data() + w.size(), value);
  if (ec != std::errc() || ptr != w.data() + w.size()) return std::nullopt;
  return value;
}

std::optional<int> Matcher::day_of_month(std::size_t i, std::size_t& next) const {
  if (is_number(i)) {
    const std::string_view w = word(i);
    std::size_t digits = 0;
    while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
    const std::string_view suffix = w.substr(digits);
    if (digits == 0 || digits > 2 || !(suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th"))
      return std::nullopt;
    const int day = std::stoi(std::string(w.substr(0, digits)));
    if (day < 1 || day > 31) return std::nullopt;
    next = i + 1;
    return day;
  }
  if (const WordInfo* w = info(i); w && w->ordinal > 0 && w->ordinal <= 31) {
    next = i + 1;
    return w->ordinal;
  }
  return std::nullopt;
}

std::optional<int> Matcher::year_at(std::size_t i) const {
  if (!is_number(i) || word(i).size() != 4) return std::nullopt;
  const auto y = integer(i);
  if (!y || *y < 1000 || *y > 2199) return std::nullopt;
  return y;
}

std::optional<int> Matcher::month_at(std::size_t i, std::size_t& next) const {
  const WordInfo* w = info(i);
  if (!w || w->month == 0 || !capitalized(i)) return std::nullopt;
  next = i + 1;
  if ((w->flags & kMonthAbbrev) && is(next, ".") && glued(next)) ++next;
  else if (w->flags & kMonthAbbrev) {
    // "Sept 29" without a period is still a month before a day number.
    std::size_t after = 0;
    if (!day_of_month(next, after) && !year_at(next)) return std::nullopt;
  }
  return w->month;
}

std::optional<int> Matcher::weekday_at(std::size_t i, std::size_t& next) const {
  const WordInfo* w = info(i);
  if (!w || w->weekday < 0 || (w->flags & kPlural) || !capitalized(i)) return std::nullopt;
  next = i + 1;
  return w->weekday;
}

bool Matcher::amount_at(std::size_t i, std::size_t& next, std::optional<double>& value) const {
  if (is_number(i)) {
    std::string digits;
    for (char c : word(i)) {
      if (c == ',') continue;
      if ((c < '0' || c > '9') && c != '.') return false;
      digits += c;
    }
    const auto parsed = parse_decimal(digits);
    if (!parsed || *parsed > 100000) return false;  // no length of time runs to a million units
    value = *parsed;
    next = i + 1;
  } else {
    const WordInfo* w = info(i);
    if (!w) return false;
    if (w->flags & kVagueAmount) {
      value.reset();
      next = i + 1;
      if (is(next, "of")) ++next;  // "dozens of years"
      return true;
    }
    if (is(i, "a") && is(i + 1, "quarter") && is(i + 2, "of") && (is(i + 3, "a") || is(i + 3, "an"))) {
      value = 0.25;  // "a quarter of a century"
      next = i + 4;
      return true;
    }
    if (is(i, "half") && (is(i + 1, "a") || is(i + 1, "an"))) {
      value = 0.5;
      next = i + 2;
      return true;
    }
    if ((is(i, "a") || is(i, "an")) && (is(i + 1, "few") || is(i + 1, "couple") || is(i + 1, "number"))) {
      next = i + 2;
      if (is(i + 1, "couple")) value = 2;
      else value.reset();
      if (is(next, "of")) ++next;
      return true;
    }
    if (w->number < 0) return false;
    double total = w->number;
    next = i + 1;
    // "twenty-five", "twenty five", "one hundred".
    if (w->number >= 20 && w->number < 100 && w->number % 10 == 0) {
      std::size_t j = next;
      if (is(j, "-") && glued(j)) ++j;
      const WordInfo* unit = info(j);
      if (unit && unit->number > 0 && unit->number < 10) {
        total += unit->number;
        next = j + 1;
      }
    }
    if (const WordInfo* h = info(next); h && is(next, "hundred")) {
      total *= h->number;
      ++next;
    }
    if (is(i, "dozen")) return false;
    value = total;
  }
  // "two and a half", "18 and a half".
  if (is(next, "and") && (is(next + 1, "a") || is(next + 1, "one")) && is(next + 2, "half")) {
    bool plural = false;
    if (unit_at(next + 3, plural) != Unit::kNone && value) {
      *value += 0.5;
      next += 3;
    }
  }
  return true;
}

Unit Matcher::unit_at(std::size_t i, bool& plural) const {
  const WordInfo* w = info(i);
  if (!w) return Unit::kNone;
  plural = (w->flags & kPlural) != 0;
  return w->unit;
}

bool Matcher::date_signal_before(std::size_t i) const {
  if (i == 0) return false;
  if (i >= 2 && is(i - 1, "-") && is(i - 2, "mid")) return true;
  const WordInfo* w = info(i - 1);
  return w && (w->flags & kDateSignal);
}

namespace {
bool past_participle(std::string_view w) {
  static const WordSet kNot = english().words("timex.not_past_participles");
  return w.size() >= 4 && w.ends_with("ed") && !kNot.contains(w);  // "died", "used"
}
}  // namespace

// The tense of the clause around token i: the nearest auxiliary, modal or past-tense verb
// on its left (back to the start of the clause), else on its right. Without a verb, a
// preposition right before the expression decides: "since" looks back, "until" and "by"
// look for the nearest occurrence.
Tense Matcher::tense_at(std::size_t i, bool* anterior_out) const {
  // What goes on "since" a date began before the text, whatever the verb: "has been under a
  // ban since May" is the May before.
  if (i > 0 && (is(i - 1, "since") || (i > 1 && is(i - 1, "the") && is(i - 2, "since")))) return Tense::kPast;
  // Deadlines lie ahead unless the clause is told in the past: "claims are accepted until
  // Dec. 31", "gave the company until May 31", but "sales were allowed until July 20".
  static const WordSet kScheduled = english().words("timex.scheduled");
  static const WordSet kStarts = english().words("timex.scheduled_starts");
  const bool scheduled = i > 0 && kScheduled.contains(word(i - 1));
  // A start point lies ahead only when told in the future: "the sanction counts from 2 April"
  // may have begun before the text.
  const bool start = i > 0 && kStarts.contains(word(i - 1));
  auto cue = [&](std::size_t k) -> Tense {
    const std::string_view w = word(k);
    if (w == "may" && capitalized(k)) return Tense::kUnknown;  // the month
    // "may have begun as early as Thursday": a modal before "have" looks back.
    const auto modal = [&](std::size_t m) {
      const std::string_view v = word(m);
      return !capitalized(m) && (v == "may" || v == "could" || v == "might" || v == "can" || v == "must" || v == "would" || v == "should");
    };
    if ((modal(k) && is(k + 1, "have")) || (w == "have" && k > 0 && modal(k - 1))) return Tense::kPast;
    if (w == "may" || w == "could" || w == "might" || w == "can") return Tense::kFuture;
    if (const WordInfo* info_k = info(k)) {
      if (info_k->flags & kFutureCue) {
        if ((w == "plans" || w == "plan" || w == "planning" || w == "intends" || w == "going") && !is(k + 1, "to"))
          return Tense::kUnknown;
        // "set to begin", "set for April 24", "set a hearing for April 24": what is set lies ahead.
        if (w == "set") {
          for (std::size_t m = k + 1; m < i && m <= k + 5; ++m)
            if (is(m, "to") || is(m, "for")) return Tense::kFuture;
          return Tense::kPast;
        }
        if (w == "expected" && k > 0 && (is(k - 1, "than") || is(k - 1, "as"))) return Tense::kUnknown;
        if (w == "next" || w == "tomorrow" || w == "coming") return Tense::kUnknown;
        return Tense::kFuture;
      }
      if (info_k->flags & kPastCue) {
        // A past form that is also the base form, after a modal or "to", is not past: "will
        // shut the port on Sunday"; the modal, further left, gives the tense.
        if (k > 0 && (is(k - 1, "to") || is(k - 1, "can") || is(k - 1, "must") || is(k - 1, "might") ||
                      (info(k - 1) && (info(k - 1)->flags & kFutureCue))))
          return Tense::kUnknown;
        return w == "last" || w == "yesterday" || w == "earlier" ? Tense::kUnknown : Tense::kPast;
      }
      if (info_k->flags & kPresentCue) return Tense::kPresent;
    }
    if (past_participle(w)) {
      const std::string_view before = k > 0 ? word(k - 1) : std::string_view();
      if (before == "be" || before == "been" || before == "being" || before == "to" || before == "will") return Tense::kUnknown;
      // After an article or a preposition it describes a noun: "target on recalled cars".
      static const WordSet kAdjectival = english().words("timex.adjectival_participle_after");
      if (k > 0 && kAdjectival.contains(before)) return Tense::kUnknown;
      return Tense::kPast;
    }
    return Tense::kUnknown;
  };
  // A participle right before the expression makes a tenseless phrase: "coming into force on
  // September 29", "according to a July 9 report".
  static const WordSet kNotParticiples = english().words("timex.not_present_participles");
  // Inside a sentence a capitalized word is a name ("officials in Beijing on Tuesday", "the
  // Anti-Doping Tribunal on Tuesday"); only the sentence's first word may be a participle.
  auto participle = [&](std::size_t k) {
    const std::string_view w = word(k);
    if (capitalized(k) && k > 0 && (tokens_[k - 1].kind == TokenKind::kWord || is(k - 1, "-"))) return false;
    return w.size() >= 5 && w.ends_with("ing") && !kNotParticiples.contains(w);
  };
  static const WordSet kClauseBreaks = english().words("timex.clause_breaks");
  // A colon opens a clause ("Deal reached: dockers to vote on Thursday"), not inside a clock time.
  auto clause_break = [&](std::size_t k) { return kClauseBreaks.contains(word(k)) && !(is(k, ":") && glued(k + 1)); };
  // A second predicate after the expression named before has its own tense: in "won on
  // Saturday and face City on Sunday" the search for Sunday's verb stops at "and".
  std::size_t floor = 0;
  if (previous_ && previous_->last <= i)
    for (std::size_t m = previous_->last; m + 1 < i; ++m)
      if ((is(m, "and") || is(m, "but")) && tokens_[m + 1].kind == TokenKind::kWord && !capitalized(m + 1) &&
          !is(m + 1, "then") && !date_signal_before(m + 2) && !(info(m + 1) && (info(m + 1)->flags & kDeterminer)))
        floor = m + 1;
  std::size_t verb = i;  // where verb_tense found its cue
  const auto verb_tense = [&]() -> Tense {
    for (std::size_t k = i; k-- > floor;) {
      if (clause_break(k)) break;
      const Tense t = cue(k);
      if (t != Tense::kUnknown) return verb = k, t;
    }
    return Tense::kUnknown;
  };
  // The tense of the first verb after the expression in its clause.
  const auto tense_after = [&]() -> Tense {
    for (std::size_t k = i + 1; k < size() && !clause_break(k); ++k)
      if (const Tense t = cue(k); t != Tense::kUnknown) return verb = k, t;
    return Tense::kUnknown;
  };
  if (scheduled) {
    // "crews had logged 46 fragments by Thursday evening": what had been done by then is past.
    // A deadline that opens its sentence takes the verb after it: "By Monday night, the town
    // was gone".
    Tense t = verb_tense();
    if (t == Tense::kUnknown) t = tense_after();
    if (t == Tense::kPast && (is(verb, "had") || (verb > 0 && is(verb - 1, "had")))) return Tense::kPast;
    return t == Tense::kPast ? Tense::kUnknown : Tense::kFuture;
  }
  // What an arrangement was made for is a target, not the day of arranging: "the court has
  // fixed the hearing for 14 May", "set a trial date of May 12".
  static const WordSet kScheduleNouns = english().words("timex.schedule_nouns");
  if (i > 1 && (is(i - 1, "for") || (is(i - 1, "of") && kScheduleNouns.contains(word(i - 2)))) && verb_tense() == Tense::kPast)
    return Tense::kUnknown;
  if (start) {
    // "the window opens from Jan. 1" is on a schedule; "the ban is in force from May 1" is not.
    static const WordSet kScheduleVerbs = english().words("timex.schedule_verbs");
    const Tense t = verb_tense();
    return t == Tense::kFuture || (t == Tense::kPresent && kScheduleVerbs.contains(word(verb))) ? Tense::kFuture : Tense::kUnknown;
  }
  // What comes before a future event may be past: "will lay off staff following the order in
  // June" leaves June to the nearest occurrence; before a past event it is past.
  static const WordSet kAnterior = english().words("timex.anterior_signals");
  // A consequence drawn after a comma has a tense of its own: in "filed on July 1, meaning the
  // dismissals land at the end of August" the filing's tense is not August's.
  static const WordSet kConsequence = english().words("timex.consequence_participles");
  bool anterior = false;
  for (std::size_t k = i; k-- > floor;) {
    if (clause_break(k)) break;
    const Tense t = cue(k);
    if (t != Tense::kUnknown) {
      if (anterior && anterior_out) *anterior_out = true;
      return anterior && t == Tense::kFuture ? Tense::kUnknown : t;
    }
    // "the following proposals" is no signal.
    anterior = anterior || (kAnterior.contains(word(k)) && !(k > 0 && info(k - 1) && (info(k - 1)->flags & kDeterminer)));
    if (k > 0 && is(k - 1, ",") && kConsequence.contains(word(k))) return Tense::kUnknown;
    if (participle(k) && i - k <= 4) {
      // "since releasing CCTV images on Monday" looks back.
      if (k > 0 && is(k - 1, "since")) return Tense::kPast;
      // A participle after an auxiliary keeps its tense: "will begin winding down on July 20".
      for (std::size_t back = 1; back <= 2 && back <= k; ++back)
        if (const Tense before = cue(k - back); before != Tense::kUnknown) return before;
      return Tense::kUnknown;
    }
  }
  return tense_after();
}

Candidate Matcher::fixed(std::size_t first, std::size_t last, const Point& p) {
  Candidate c;
  c.first = first;
  c.last = last;
  c.type = TimexType::kDate;
  if (p.date.year < 1 || p.date.year > 9999) {
    c.value = unknown_value(p.granularity);
    return c;
  }
  c.value = format_point(p);
  c.point = p;
  return c;
}

Candidate Matcher::recipe(std::size_t first, std::size_t last, Resolve how) {
  Candidate c;
  c.first = first;
  c.last = last;
  c.type = TimexType::kDate;
  c.how = how;
  return c;
}

bool names_day(const Candidate& c) {
  if (c.how == Resolve::kFixed) return c.point && c.point->granularity == Granularity::kDay;
  return c.how == Resolve::kMonthDay || c.how == Resolve::kMonthDayYear || c.how == Resolve::kDayOfMonth;
}

bool names_date(const Candidate& c) {
  if (c.type != TimexType::kDate && c.type != TimexType::kTime) return false;
  return c.how != Resolve::kFixed || c.point.has_value();
}

std::string unknown_value(Granularity g) {
  switch (g) {
    case Granularity::kDay: return "XXXX-XX-XX";
    case Granularity::kWeek: return "XXXX-WXX";
    case Granularity::kMonth: return "XXXX-XX";
    case Granularity::kQuarter: return "XXXX-QX";
    case Granularity::kHalf: return "XXXX-HX";
    case Granularity::kSeason: return "XXXX-XX";
    case Granularity::kYear: return "XXXX";
    case Granularity::kDecade: return "XXX";
    case Granularity::kCentury: return "XX";
  }
  return "XXXX-XX-XX";
}

}  // namespace kban::timex
