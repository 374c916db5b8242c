// Lengths of time and recurrences: "two decades", "the past two years", "three-month",
// "several days", "four years ago", "two days later", "about six weeks", "every week".
#include <fmt/format.h>
#include <map>

#include "input/language.hpp"
#include "matcher.hpp"

namespace kban::timex {

namespace {
bool is_clock_unit(Unit u) { return u == Unit::kHour || u == Unit::kMinute || u == Unit::kSecond; }
}  // namespace

// A plural unit with no count is a length of time when a preposition or verb of extent leads
// to it ("for years", "can take weeks") or a signal follows it ("days before the fire",
// "Minutes later"); not a name ("Days Inn") nor a noun's object ("the minutes of the meeting").
bool Matcher::bare_plural_unit(std::size_t i) const {
  static const WordSet kBefore = english().words("timex.before_bare_units");
  static const WordSet kAfter = english().words("timex.after_bare_units");
  if (is(i + 1, "of") || (is(i + 1, "-") && glued(i + 1))) return false;
  if (is(i + 1, "ago")) return true;  // "years ago": some time back
  if (i > 0 && capitalized(i) && tokens_[i - 1].kind == TokenKind::kWord && tokens_[i - 1].newlines_before == 0)
    return false;
  const std::string_view before = i > 0 ? word(i - 1) : std::string_view();
  if (before == "and" || before == "or") {
    bool plural = false;  // "days or weeks"
    return i >= 2 && unit_at(i - 2, plural) != Unit::kNone && plural;
  }
  if (kBefore.contains(before)) return true;
  const WordInfo* b = i > 0 ? info(i - 1) : nullptr;
  const bool modified = before == "'s" || (b && (b->flags & kDeterminer)) || (i > 0 && tokens_[i - 1].kind == TokenKind::kNumber);
  return !modified && kAfter.contains(word(i + 1));
}

// "four or five weeks", "between 10 and 12 months", "two to three hours": the first amount
// is a length of the unit that follows the second; its extent is the amount alone.
std::optional<Candidate> Matcher::coordinated_amount(std::size_t i, std::size_t j, const std::optional<double>& amount) const {
  if (!amount || !(is(j, "or") || is(j, "to") || is(j, "and") || ((is(j, "-") || is(j, "–")) && glued(j) && glued(j + 1))))
    return std::nullopt;
  std::optional<double> second;
  std::size_t k = 0;
  if (!amount_at(j + 1, k, second) || !second || *second <= *amount) return std::nullopt;
  bool plural = false;
  const Unit unit = unit_at(k, plural);
  if (unit == Unit::kNone || unit == Unit::kWeekend || !plural || age_before(i)) return std::nullopt;
  if (is(k + 1, "-") || is(k + 1, "old") || is(k + 1, "ago")) return std::nullopt;  // ages; "two or three years ago"
  Candidate c;
  c.first = i;
  c.last = j;
  c.type = TimexType::kDuration;
  c.value = format_duration(unit, amount);
  c.amount = true;
  return c;
}

// An amount after "aged" is an age, and so is the far end of its range: "aged 3 months to 4
// years".
bool Matcher::age_before(std::size_t i) const {
  static const WordSet kAge = english().words("timex.age_words");
  if (i == 0) return false;
  if (kAge.contains(word(i - 1))) return true;
  if (!(is(i - 1, "to") || is(i - 1, "and") || is(i - 1, "or") || is(i - 1, "-"))) return false;
  for (std::size_t k = i - 1; k-- > 0 && k + 5 >= i;)
    if (kAge.contains(word(k))) return true;
  return false;
}

std::optional<Candidate> Matcher::match_duration(std::size_t i) {
  std::size_t j = i;
  const bool determiner = is(i, "the");
  if (determiner) ++j;
  std::string_view lead;
  if (is(j, "past") || is(j, "last") || is(j, "next") || is(j, "coming") || is(j, "previous") || is(j, "recent") ||
      is(j, "final") || is(j, "first")) {
    lead = word(j);
    ++j;
  }
  std::optional<double> amount;
  std::size_t k = j;
  const bool has_amount = amount_at(j, k, amount);
  if (has_amount) j = k;
  bool adjective = false;
  if (has_amount && is(j, "-") && glued(j) && glued(j + 1)) {
    ++j;  // "three-month", "24-hour"; a determiner before it stays out ("the two-week truce")
    adjective = true;
    if (determiner && lead.empty()) return std::nullopt;
  }
  // "last" and "next" take a determiner before an amount: "the last two years" ("and last
  // eight hours" is a verb).
  if (has_amount && !determiner && (lead == "last" || lead == "next")) return std::nullopt;
  bool plural = false;
  const Unit unit = unit_at(j, plural);
  if (unit == Unit::kNone && has_amount && lead.empty() && !determiner && !adjective) return coordinated_amount(i, j, amount);
  if (unit == Unit::kNone || unit == Unit::kWeekend) return std::nullopt;
  std::size_t end = j + 1;
  if (adjective && is(end, "-") && (is(end + 1, "old") || is(end + 1, "olds"))) return std::nullopt;  // ages
  if (has_amount && age_before(i)) return std::nullopt;  // "children aged 3 months to 4 years"
  if (adjective && is_clock_unit(unit) && pace_after(end)) return std::nullopt;  // "a six-minute mile"
  if (unit == Unit::kSecond && !plural && !(has_amount && is_number(i))) return std::nullopt;  // "a second term"
  if (!has_amount) {
    if (!lead.empty()) {
      if (!determiner && (lead == "last" || lead == "next") && !plural) return std::nullopt;  // "last year": a date
      if (lead == "first" || lead == "final") return std::nullopt;
      if (!plural) amount = 1;
      // "fell in the last week", "The past month was the wettest", "The next week will
      // decide": a calendar unit that locates an event told in the past (or future) is the
      // unit before (after) the reference. After a word of extent ("over the past year") or
      // in the present ("have risen 20 percent in the past year") it stays a length.
      static const WordSet kExtent = english().words("timex.extent_words");
      const bool calendar = unit == Unit::kWeek || unit == Unit::kMonth || unit == Unit::kQuarter || unit == Unit::kYear;
      const bool ahead = lead == "next" || lead == "coming";
      if (determiner && !plural && calendar && (lead == "past" || lead == "last" || ahead) &&
          !(i > 0 && kExtent.contains(word(i - 1))) && tense_at(i) == (ahead ? Tense::kFuture : Tense::kPast)) {
        Candidate c = recipe(i, end, Resolve::kShift);
        c.unit = unit;
        c.offset = ahead ? 1 : -1;
        return c;
      }
    } else if (!plural || determiner) {
      return std::nullopt;
    } else if (!bare_plural_unit(i)) {
      return std::nullopt;
    }
  } else if (lead == "first" || lead == "final") {
    return std::nullopt;
  }
  if (!plural && amount && *amount == 1 && is(end, "and") && is(end + 1, "a") && is(end + 2, "half")) {
    amount = 1.5;  // "a year and a half"
    end += 3;
  }
  Candidate c;
  c.first = (determiner && (!lead.empty() || has_amount)) ? i : (determiner ? i + 1 : i);
  if (determiner && lead.empty() && !has_amount) return std::nullopt;
  c.last = end;
  c.amount = has_amount && lead.empty() && !determiner;
  // "four years ago", "two days later", "a week earlier".
  const bool comparative = is(end + 1, "than");  // "18 months later than planned"
  // A bare plural leaves the signal out: "[Minutes] later".
  const bool bare = !has_amount && lead.empty();
  // "four weeks after that": after the date named last, as "four weeks later".
  static const WordSet kPronouns = english().words("timex.anaphoric_pronouns");
  const bool after_that = (is(end, "after") || is(end, "before")) && end + 1 < size() && kPronouns.contains(word(end + 1)) &&
                          !(end + 2 < size() && tokens_[end + 2].kind == TokenKind::kWord && !is(end + 2, "and"));
  if (lead.empty() && !adjective && !comparative &&
      (is(end, "ago") || (!bare && (is(end, "later") || is(end, "earlier") || after_that)))) {
    // "three years from now" is a length and "now", two expressions; only "ago" makes one date.
    const bool ago = is(end, "ago");
    const long sign = (ago || is(end, "earlier") || is(end, "before")) ? -1 : 1;
    c.last = after_that ? end + 2 : end + 1;
    c.ago = ago;
    if (!amount) {
      c.type = TimexType::kDate;
      c.value = sign < 0 ? "PAST_REF" : "FUTURE_REF";
      return c;
    }
    const long n = static_cast<long>(*amount) * sign;
    if (is_clock_unit(unit)) {
      // "two hours later": the clock time counts from the last one named.
      if (ago || ctx_.last_hour < 0) return std::nullopt;
      if (unit == Unit::kSecond) return std::nullopt;
      long minutes = ctx_.last_hour * 60L + ctx_.last_minute + (unit == Unit::kHour ? 60 : 1) * n;
      // "Two hours later" after 11 p.m. is the next day.
      const long days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
      minutes -= days * 1440;
      c.how = Resolve::kClockLater;
      c.type = TimexType::kTime;
      c.offset = days;
      c.hour = static_cast<int>(minutes / 60);
      c.minute = static_cast<int>(minutes % 60);
      return c;
    }
    c.how = Resolve::kCounted;
    c.unit = unit == Unit::kDecade || unit == Unit::kCentury ? Unit::kYear : unit;
    c.offset = unit == Unit::kDecade ? n * 10 : unit == Unit::kCentury ? n * 100 : n;
    c.from_reference = ago;
    c.anaphoric = !ago;
    return c;
  }
  c.type = TimexType::kDuration;
  c.value = format_duration(unit, amount);
  if (amount && !adjective) extend_compound(c, unit, *amount);
  return c;
}

// "two hours, eight minutes and 38 seconds" is one duration, PT2H8M38S; "two years and three
// months" is P2Y3M.
void Matcher::extend_compound(Candidate& c, Unit unit, double amount) const {
  struct Part {
    Unit unit;
    double amount;
  };
  std::vector<Part> parts{{unit, amount}};
  std::size_t end = c.last;
  while (true) {
    std::size_t j = end;
    if (is(j, ",")) ++j;
    if (is(j, "and")) ++j;
    std::optional<double> next_amount;
    std::size_t k = 0;
    if (j == end || (!is_number(j) && !(info(j) && info(j)->number > 0)) || !amount_at(j, k, next_amount) || !next_amount)
      break;
    bool plural = false;
    const Unit next_unit = unit_at(k, plural);
    if (next_unit == Unit::kNone || next_unit >= parts.back().unit || next_unit == Unit::kWeekend) break;
    // Each designator once: "two decades and three years" is no P20Y3Y.
    const auto letter = [](Unit u) { return format_duration(u, 1).back(); };
    const bool time_part = next_unit <= Unit::kHour;
    bool repeated = false;
    for (const auto& p : parts)
      repeated = repeated || (letter(p.unit) == letter(next_unit) && (p.unit <= Unit::kHour) == time_part);
    if (repeated) break;
    parts.push_back({next_unit, *next_amount});
    end = k + 1;
  }
  if (parts.size() < 2) return;
  std::string date_part, time_part;
  for (const auto& p : parts) {
    const std::string one = format_duration(p.unit, p.amount);  // "P2Y" or "PT8M"
    if (one.rfind("PT", 0) == 0) time_part += one.substr(2);
    else date_part += one.substr(1);
  }
  c.value = "P" + date_part + (time_part.empty() ? "" : "T" + time_part);
  c.last = end;
}

// "about six weeks", "more than two years", "nearly a decade", "at least 10 years", "up to
// 20 years", "about 3 a.m.", "more than two years ago".
std::optional<Candidate> Matcher::match_hedged(std::size_t i) {
  std::string mod;
  std::size_t j = i + 1;
  const std::string_view w = word(i);
  // "over" is left out: before a length of time it is mostly the preposition ("over two days").
  if (w == "about" || w == "around" || w == "roughly" || w == "approximately" || w == "some") mod = "APPROX";
  else if (w == "nearly" || w == "almost" || w == "under") mod = "LESS_THAN";
  else if ((w == "more" || w == "longer") && is(i + 1, "than")) mod = "MORE_THAN", j = i + 2;
  else if ((w == "less" || w == "fewer" || w == "shorter") && is(i + 1, "than")) mod = "LESS_THAN", j = i + 2;
  else if (w == "at" && is(i + 1, "least")) mod = "EQUAL_OR_MORE", j = i + 2;
  else if (w == "at" && is(i + 1, "most")) mod = "EQUAL_OR_LESS", j = i + 2;
  else if (w == "up" && is(i + 1, "to")) mod = "EQUAL_OR_LESS", j = i + 2;
  else if (w == "no" && is(i + 1, "more") && is(i + 2, "than")) mod = "EQUAL_OR_LESS", j = i + 3;
  else if (w == "no" && is(i + 1, "less") && is(i + 2, "than")) mod = "EQUAL_OR_MORE", j = i + 3;
  else if (w == "just" || w == "well") {
    auto inner = match_hedged(i + 1);
    if (inner) inner->first = i;
    return inner;
  } else return std::nullopt;
  std::optional<Candidate> inner = match_duration(j);
  if (auto time = match_time(j); time && (!inner || time->last > inner->last)) inner = time;
  if (!inner || inner->first != j || !inner->amount || !inner->mod.empty()) return std::nullopt;
  if (inner->ago) {
    if (mod == "MORE_THAN") mod = "BEFORE";
    else if (mod == "LESS_THAN") mod = "AFTER";
    else if (mod == "EQUAL_OR_MORE") mod = "ON_OR_BEFORE";
    else if (mod == "EQUAL_OR_LESS") mod = "ON_OR_AFTER";
  }
  inner->first = i;
  inner->mod = mod;
  return inner;
}

// "annually", "every week", "each morning", "every Monday", "every Sept. 11", "twice a
// year", "per decade", "every six months".
std::optional<Candidate> Matcher::match_set(std::size_t i) {
  Candidate c;
  c.first = i;
  c.type = TimexType::kSet;
  const std::string_view w = word(i);
  static const auto kAdverbs = english().json("timex.set_adverbs").get<std::map<std::string, std::string, std::less<>>>();
  static const WordSet kFunction = english().words("timex.function_words");
  if (const WordInfo* day = info(i); day && day->weekday >= 0 && (day->flags & kPlural) && capitalized(i)) {
    c.last = i + 1;  // "on Sundays", "Mondays are quiet": a weekday in the plural recurs
    c.value = fmt::format("XXXX-WXX-{}", day->weekday + 1);
    return c;
  }
  if (const auto adverb = kAdverbs.find(w); adverb != kAdverbs.end()) {
    // "quarterly results", "a daily newspaper": an adjective before a noun is no recurrence.
    if (i + 1 < size() && tokens_[i + 1].kind == TokenKind::kWord && !info(i + 1) && !kFunction.contains(word(i + 1)))
      return std::nullopt;
    c.last = i + 1;
    c.value = adverb->second;
    return c;
  }
  std::size_t j = i + 1;
  if (w == "twice" || w == "once" || w == "thrice" || (is_number(i) && is(i + 1, "times")) ||
      (info(i) && info(i)->number > 1 && is(i + 1, "times"))) {
    if (is(j, "times")) ++j;
    if (!(is(j, "a") || is(j, "per") || is(j, "each") || is(j, "every"))) return std::nullopt;
    bool plural = false;
    const Unit unit = unit_at(j + 1, plural);
    if (unit == Unit::kNone || plural) return std::nullopt;
    c.last = j + 2;
    c.value = format_set(unit, 1);
    return c;
  }
  if (w == "a" || w == "per") {
    // "$5 million a year", "3% per year": a rate after an amount.
    if (i == 0) return std::nullopt;
    const std::string_view before = word(i - 1);
    const bool rate = is_number(i - 1) || before == "million" || before == "billion" || before == "%" ||
                      before == "percent" || before == "trillion" || w == "per";
    bool plural = false;
    const Unit unit = unit_at(i + 1, plural);
    if (!rate || unit == Unit::kNone || plural) return std::nullopt;
    if (w == "a" && unit == Unit::kDecade) return std::nullopt;
    c.last = i + 2;
    c.value = format_set(unit, 1);
    return c;
  }
  if (w != "every" && w != "each") return std::nullopt;
  if (is(j, "other")) {
    bool plural = false;
    const Unit unit = unit_at(j + 1, plural);
    if (unit == Unit::kNone) return std::nullopt;
    c.last = j + 2;
    c.value = format_duration(unit, 2);
    return c;
  }
  if (const WordInfo* part = info(j); part && part->part_of_day >= 0) {
    c.last = j + 1;
    c.value = fmt::format("XXXX-XX-XXT{}", part_of_day_code(part->part_of_day));
    return c;
  }
  std::size_t k = 0;
  if (const auto weekday = weekday_at(j, k)) {
    c.last = k;
    c.value = fmt::format("XXXX-WXX-{}", *weekday + 1);
    if (const WordInfo* part = info(k); part && part->part_of_day >= 0) {
      c.last = k + 1;  // "every Friday night"
      c.value += fmt::format("T{}", part_of_day_code(part->part_of_day));
    }
    return c;
  }
  if (const WordInfo* season = info(j); season && season->season >= 0) {
    static constexpr const char* kSeasons[] = {"SP", "SU", "FA", "WI"};
    c.last = j + 1;  // "each winter"
    c.value = fmt::format("XXXX-{}", kSeasons[season->season & 3]);
    return c;
  }
  if (const auto month = month_at(j, k)) {
    std::size_t d = 0;
    if (const auto day = day_of_month(k, d)) {
      c.last = d;
      c.value = fmt::format("XXXX-{:02}-{:02}", *month, *day);
      return c;
    }
    c.last = k;
    c.value = fmt::format("XXXX-{:02}", *month);
    return c;
  }
  std::optional<double> amount = 1;
  std::size_t u = j;
  if (std::size_t after = 0; amount_at(j, after, amount) && amount) u = after;
  bool plural = false;
  const Unit unit = unit_at(u, plural);
  if (unit == Unit::kNone) return std::nullopt;
  if (unit == Unit::kWeekend) {
    c.last = u + 1;
    c.value = "XXXX-WXX-WE";
    return c;
  }
  c.last = u + 1;
  c.value = format_set(unit, amount ? amount : 1);
  return c;
}

}  // namespace kban::timex
