// Expressions relative to the reference date or to a date named before: "last month",
// "earlier this year", "next Friday", "yesterday", "now", "the previous day".
#include <fmt/format.h>

#include "input/language.hpp"
#include "matcher.hpp"

namespace kban::timex {

// "this week", "last month", "next year", "earlier this month", "later this year", "last
// May", "next Friday", "this summer" (seasons are in match_season), "the current year".
std::optional<Candidate> Matcher::match_relative(std::size_t i) {
  std::size_t j = i;
  if ((is(i, "earlier") || is(i, "later")) && is(i + 1, "this")) ++j;  // the word stays inside
  long offset = 0;
  if (is(j, "this") || (is(j, "the") && is(j + 1, "current"))) offset = 0, j += is(j, "the") ? 2 : 1;
  else if (is(j, "last")) offset = -1, ++j;
  else if (is(j, "next")) offset = 1, ++j;
  else return std::nullopt;
  if (is(j, "fiscal") && (is(j + 1, "year") || is(j + 1, "quarter"))) ++j;  // "this fiscal year"
  bool plural = false;
  const Unit unit = unit_at(j, plural);
  if (unit != Unit::kNone && !plural && unit != Unit::kHour && unit != Unit::kMinute && unit != Unit::kSecond &&
      unit != Unit::kDay) {
    Candidate c = recipe(i, j + 1, Resolve::kShift);
    c.unit = unit == Unit::kWeekend ? Unit::kWeek : unit;
    c.weekend = unit == Unit::kWeekend;
    c.offset = offset;
    return c;
  }
  std::size_t k = 0;
  if (const auto month = month_at(j, k)) {
    std::size_t d = 0;
    if (day_of_month(k, d)) return std::nullopt;  // "this July 20": the month rule takes it
    Candidate c = recipe(i, k, Resolve::kMonth);
    c.month = *month;
    c.direction = static_cast<int>(offset);
    return c;
  }
  if (const auto weekday = weekday_at(j, k)) {
    // "this Friday, July 20": the date says which day; the weekday is checked against it.
    if (auto dated = dated_after_weekday(is(k, ",") ? k + 1 : k)) {
      dated->first = i;
      dated->stated_weekday = *weekday;
      return dated;
    }
    Candidate c = recipe(i, k, Resolve::kWeekday);
    c.weekday = *weekday;
    c.direction = static_cast<int>(offset);
    c.tense = offset == 0 ? tense_at(i) : Tense::kFuture;
    if (const WordInfo* part = info(k); part && part->part_of_day >= 0) {
      c.type = TimexType::kTime;
      c.part = part->part_of_day;
      c.last = k + 1;
    }
    return c;
  }
  const WordInfo* part = info(j);
  if (offset == 0 && part && part->part_of_day >= 0 && is(j - 1, "this")) {
    // "this morning", "later this morning"
    Candidate c = recipe(i, j + 1, Resolve::kDay);
    c.type = TimexType::kTime;
    c.part = part->part_of_day;
    return c;
  }
  if (offset == -1 && is(j, "night")) {
    // "last night"
    Candidate c = recipe(i, j + 1, Resolve::kDay);
    c.offset = -1;
    c.type = TimexType::kTime;
    c.part = 3;
    return c;
  }
  return std::nullopt;
}

// The day after a weekday that says which one it is: "July 20", "21 February", "21
// February 2025".
std::optional<Candidate> Matcher::dated_after_weekday(std::size_t k) {
  if (auto dated = match_month(k); dated && names_day(*dated)) return dated;
  if (auto dated = match_day_first(k); dated && names_day(*dated)) return dated;
  if (auto dated = match_ordinal_day(k); dated && dated->how == Resolve::kDayOfMonth) return dated;  // "Saturday the 19th"
  return std::nullopt;
}

// "Friday", "Friday afternoon", "Friday, July 19, 2024", "Friday 21 February"; the tense
// rule picks the week.
std::optional<Candidate> Matcher::match_weekday(std::size_t i) {
  std::size_t j = 0;
  const auto weekday = weekday_at(i, j);
  if (!weekday) return std::nullopt;
  std::size_t k = is(j, ",") ? j + 1 : j;
  if (auto dated = dated_after_weekday(k)) {
    dated->first = i;
    dated->stated_weekday = *weekday;
    return dated;
  }
  // "on a Tuesday", "on a grey Monday in late February": some such day, not the nearest one
  // ("a spokeswoman said Wednesday" is a day).
  if ((i > 0 && (is(i - 1, "a") || is(i - 1, "an"))) ||
      (i > 1 && (is(i - 2, "a") || is(i - 2, "an")) && tokens_[i - 1].kind == TokenKind::kWord && !capitalized(i - 1) &&
       (is(j, "in") || is(j, "of"))))
    return std::nullopt;
  Candidate c = recipe(i, j, Resolve::kWeekday);
  c.weekday = *weekday;
  c.tense = tense_at(i);
  // "weakened by Sunday's quake", "Sunday's vote": a happening named by its day, told of
  // before or after it; without a tense, the nearer of the two.
  c.nearest = is(j, "'s");
  // "The following Monday": the first such day after the day named last, not the nearest to
  // the reference.
  if (i > 1 && is(i - 1, "following") && is(i - 2, "the")) {
    c.first = i - 2;
    c.anaphoric = true;
  }
  // "Monday through Thursday": the end of a range is the first such day after its start.
  if (previous_ && previous_->last + 1 == i && previous_->how == Resolve::kWeekday &&
      (is(i - 1, "through") || is(i - 1, "to") || is(i - 1, "until") || is(i - 1, "till") || is(i - 1, "-") || is(i - 1, "–")))
    c.anaphoric = true;
  if (const WordInfo* part = info(j); part && part->part_of_day >= 0) {
    c.type = TimexType::kTime;
    c.part = part->part_of_day;
    c.last = j + 1;
  }
  return c;
}

// "today" meaning nowadays, not the day of the report: told in the present tense and set
// against a past ("Fifty years ago ...; today", "Unlike today", "than is possible today",
// "still stands today"), or owning people in the plural ("Today's shoppers").
bool Matcher::generic_today(std::size_t i) const {
  static const WordSet kContrast = english().words("timex.generic_today_cues");
  if (is(i + 1, "'s")) {
    const std::string_view owned = word(i + 2);
    return owned.size() > 3 && owned.ends_with("s") && !owned.ends_with("ss");
  }
  const Tense tense = tense_at(i);
  const bool told = tense == Tense::kPast || tense == Tense::kFuture;
  for (std::size_t k = i; k-- > 0 && k + 6 >= i;) {
    if (is(k, ";") || is(k, ".")) break;
    // "still" sets today against a past only in the present: "was still closed today" is the day.
    if (kContrast.contains(word(k)) && !(told && is(k, "still"))) return true;
  }
  if (told) return false;
  // A time long past named in the same sentence: "years ago", "the 1950s".
  for (std::size_t k = 0; k < size(); ++k) {
    bool plural = false;
    const Unit unit = unit_at(k, plural);
    if (is(k + 1, "ago") && (unit == Unit::kYear || unit == Unit::kDecade || unit == Unit::kCentury)) return true;
    if (is_number(k) && word(k).size() == 5 && word(k).ends_with("0s")) return true;
  }
  return false;
}

// "yesterday", "today", "tomorrow", "tonight", "yesterday afternoon", "the day before
// yesterday".
std::optional<Candidate> Matcher::match_day_word(std::size_t i) {
  long offset = 0;
  std::size_t j = i;
  if (is(i, "the") && is(i + 1, "day") && (is(i + 2, "before") || is(i + 2, "after")) &&
      (is(i + 3, "yesterday") || is(i + 3, "tomorrow"))) {
    offset = is(i + 3, "yesterday") ? -2 : 2;
    j = i + 4;
  } else if (is(i, "yesterday")) offset = -1, j = i + 1;
  else if (is(i, "today")) offset = 0, j = i + 1;
  else if (is(i, "tomorrow")) offset = 1, j = i + 1;
  else if (is(i, "tonight")) {
    Candidate c = recipe(i, i + 1, Resolve::kDay);
    c.type = TimexType::kTime;
    c.part = 3;
    return c;
  } else {
    return std::nullopt;
  }
  if (is(i, "today") && generic_today(i)) {
    Candidate c = recipe(i, j, Resolve::kFixed);
    c.value = "PRESENT_REF";
    return c;
  }
  Candidate c = recipe(i, j, Resolve::kDay);
  c.offset = offset;
  if (const WordInfo* part = info(j); part && part->part_of_day >= 0) {
    c.type = TimexType::kTime;
    c.part = part->part_of_day;
    c.last = j + 1;
  }
  return c;
}

// "now", "currently", "recently", "the past", "the time" (in "at the time"), "the future".
std::optional<Candidate> Matcher::match_vague(std::size_t i) {
  auto make = [&](std::size_t last, const char* value) {
    Candidate c;
    c.first = i;
    c.last = last;
    c.type = TimexType::kDate;
    c.value = value;
    return c;
  };
  if (is(i, "now") || is(i, "currently") || is(i, "nowadays") || is(i, "presently")) {
    if (is(i + 1, "-") && glued(i + 1)) return std::nullopt;  // "now-defunct"
    return make(i + 1, "PRESENT_REF");
  }
  if (is(i, "recently") || is(i, "lately")) return make(i + 1, "PAST_REF");
  if (is(i, "the") && i > 0 && (is(i - 1, "in") || is(i - 1, "than"))) {
    if (is(i + 1, "past") && !(info(i + 2) && (info(i + 2)->unit != Unit::kNone || info(i + 2)->number >= 0 ||
                                               (info(i + 2)->flags & kVagueAmount) || is_number(i + 2))))
      return make(i + 2, "PAST_REF");
    if (is(i + 1, "future") || is(i + 1, "near") ) {
      if (is(i + 1, "near") && is(i + 2, "future")) return make(i + 3, "FUTURE_REF");
      if (is(i + 1, "future")) return make(i + 2, "FUTURE_REF");
    }
  }
  if (is(i, "the") && is(i + 1, "time") && i > 0 && is(i - 1, "at") && !is(i + 2, "of")) return make(i + 2, "PAST_REF");
  if (is(i, "the") && is(i + 1, "moment") && i > 0 && is(i - 1, "at")) return make(i + 2, "PRESENT_REF");
  return std::nullopt;
}

// "the previous day", "the following week", "the next day", "the same day", "the day
// before": relative to the date named last, or to the reference date.
std::optional<Candidate> Matcher::match_anaphoric(std::size_t i) {
  if (is(i, "that")) {
    // "that December", "that year": within the year (or at the granularity) named last.
    std::size_t k = 0;
    if (const auto month = month_at(i + 1, k)) {
      std::size_t d = 0;
      if (day_of_month(k, d)) return std::nullopt;
      Candidate c = recipe(i, k, Resolve::kThatMonth);
      c.month = *month;
      // "that October day", "that July night": a day of it, which one unknown.
      if (const WordInfo* part = info(k); is(k, "day") || (part && part->part_of_day >= 0)) {
        c.some_day = true;
        c.last = k + 1;
        if (!is(k, "day")) c.part = part->part_of_day, c.type = TimexType::kTime;
        // "that October day in 1987": the year said after completes it.
        if (const auto year = year_at(k + 2); year && is(k + 1, "in")) {
          c.how = Resolve::kFixed;
          c.value = fmt::format("{:04}-{:02}-XX", *year, *month);
          if (c.part >= 0) c.value += fmt::format("T{}", part_of_day_code(c.part));
        }
      }
      return c;
    }
    if (const WordInfo* part = info(i + 1); part && part->part_of_day >= 0) {
      Candidate c = recipe(i, i + 2, Resolve::kThatUnit);  // "that night": of the day named last
      c.unit = Unit::kDay;
      c.type = TimexType::kTime;
      c.part = part->part_of_day;
      return c;
    }
    bool plural = false;
    const Unit unit = unit_at(i + 1, plural);
    if (unit == Unit::kNone || plural || unit == Unit::kHour || unit == Unit::kMinute || unit == Unit::kSecond ||
        unit == Unit::kWeekend)
      return std::nullopt;
    Candidate c = recipe(i, i + 2, Resolve::kThatUnit);
    c.unit = unit;
    return c;
  }
  if (!is(i, "the")) return std::nullopt;
  long offset = 0;
  std::size_t j = i + 1;
  if (is(j, "previous") || is(j, "prior") || is(j, "preceding")) offset = -1, ++j;
  else if (is(j, "following") || is(j, "next") || is(j, "subsequent")) offset = 1, ++j;
  else if (is(j, "same")) offset = 0, ++j;
  else if (const WordInfo* pd = info(j); (is(j, "day") || (pd && pd->part_of_day >= 0)) && (is(j + 1, "before") || is(j + 1, "after")) &&
                                         !(is(j + 2, "yesterday") || is(j + 2, "tomorrow"))) {
    // "the day before", "the morning after" followed by no date: relative to the last one.
    offset = is(j + 1, "before") ? -1 : 1;
    const std::size_t end = j + 2;
    if (auto named = match_at(end); named && names_date(*named)) {
      // "the day after June 20": relative to the date that follows.
      Candidate c = *named;
      c.first = i;
      c.type = TimexType::kDate;
      c.hour = c.minute = c.part = -1;
      c.mod.clear();
      c.ago = c.amount = c.anaphoric = c.weekend = false;
      if (c.how == Resolve::kFixed) {
        c.point = shift(*c.point, Unit::kDay, offset);
        c.value = format_point(*c.point);
      } else {
        c.day_shift += offset;
      }
      return c;
    }
    // "the day after the invasion": the date is not in the text; it counts from the dates named
    // before, keeping what they say ("In 2022, the day after ..." is 2022-XX-XX).
    Candidate c = recipe(i, j + 2, Resolve::kAnaphoric);
    c.unit = Unit::kDay;
    c.offset = offset;
    c.anaphoric = true;
    c.tense = tense_at(i);
    if (!is(j, "day")) c.type = TimexType::kTime, c.part = pd->part_of_day;
    return c;
  } else {
    return std::nullopt;
  }
  if (const WordInfo* part = info(j); part && part->part_of_day >= 0) {
    // "the next morning", "the following afternoon": a part of the day after the one named last.
    Candidate c = recipe(i, j + 1, Resolve::kAnaphoric);
    c.unit = Unit::kDay;
    c.offset = offset;
    c.anaphoric = true;
    c.type = TimexType::kTime;
    c.part = part->part_of_day;
    return c;
  }
  bool plural = false;
  const Unit unit = unit_at(j, plural);
  if (unit == Unit::kNone || plural || unit == Unit::kHour || unit == Unit::kMinute || unit == Unit::kSecond)
    return std::nullopt;
  Candidate c = recipe(i, j + 1, Resolve::kAnaphoric);
  c.unit = unit;
  c.offset = offset;
  c.anaphoric = true;
  c.tense = tense_at(i);
  return c;
}

}  // namespace kban::timex
