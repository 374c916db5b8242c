// Resolving: the values of found expressions, in text order, against the reference date and
// the dates named before them ("the previous day", "two hours later").
#include <fmt/format.h>

#include <cstdlib>

#include "base/memory.hpp"
#include "kban/model.hpp"
#include "kban/timex.hpp"
#include "matcher.hpp"

namespace kban {

namespace {

using timex::Point;
using timex::Unit;

// What resolving remembers across the expressions of one document.
struct Context {
  std::optional<Date> reference;
  bool reference_inferred = false;
  bool reference_guessed = false;
  bool story_time = false;
  std::optional<Point> last_point;  // last date mentioned, for "the previous day", "two months later"
  bool last_uses_reference = false;  // whether that date rests on the reference
  std::vector<std::pair<Point, bool>> points;  // every date mentioned so far, and whether it frames its sentence
  std::optional<Date> last_day;     // last day mentioned, for clock times
  std::uint32_t last_day_sentence = 0;
};

// A value being resolved: the point it names, if any, and whether it rests on the reference.
struct Resolved {
  std::string value;
  std::optional<Point> point;
  bool uses_reference = false;
  bool unknown = false;  // the recipe lacked its anchor: unknown parts stay X
  std::int8_t told = 0;
};

Resolved at(const Point& p, bool uses_reference) {
  if (p.date.year < 1 || p.date.year > 9999) return {timex::unknown_value(p.granularity), std::nullopt, false, true, 0};
  return {timex::format_point(p), p, uses_reference, false, 0};
}

Resolved unknown(std::string value) { return {std::move(value), std::nullopt, false, true, 0}; }

std::string two(int n) { return fmt::format("{:02}", n); }

Resolved month_day(const FoundTimex& t, const Context& ctx) {
  const std::string x = "XXXX-" + two(t.month) + "-" + two(t.day);
  if (!ctx.reference) return unknown(x);
  const Date ref = *ctx.reference;
  Tense tense = t.tense;
  std::int8_t told = tense == Tense::kPast ? -1 : tense == Tense::kFuture ? 1 : 0;
  if (ctx.reference_inferred) tense = Tense::kUnknown;
  std::optional<Date> date;
  if (tense == Tense::kPast || tense == Tense::kFuture) {
    int year = ref.year;
    const Date same{year, t.month, std::min(t.day, days_in_month(year, t.month))};
    if (tense == Tense::kPast && same > ref) --year;
    else if (tense == Tense::kFuture && same < ref) ++year;
    if (is_valid_date(year, t.month, t.day)) date = Date{year, t.month, t.day};
  } else {
    date = nearest_occurrence(t.month, t.day, ref);  // no tense
  }
  if (!date) return unknown(x);
  // "will remain closed until Sunday, March 2, the bank said", told on February 24: a weekday
  // the tense's year does not have, that the nearer year on the other side of the reference
  // has within a month of the reference, picks that year. A slip ("Saturday, October 20" for
  // a Sunday) keeps its year.
  if (t.stated_weekday >= 0 && kban::weekday(*date) != t.stated_weekday) {
    const int other_year = *date > ref ? date->year - 1 : date->year + 1;
    if (is_valid_date(other_year, t.month, t.day)) {
      const Date other{other_year, t.month, t.day};
      const long from_ref = std::labs(days_from_civil(*date) - days_from_civil(ref));
      const long other_from_ref = std::labs(days_from_civil(other) - days_from_civil(ref));
      if (kban::weekday(other) == t.stated_weekday && other_from_ref <= 31 && other_from_ref < from_ref) {
        date = other;
        told = 0;  // the tense was not the year's guide
      }
    }
  }
  Resolved r = at(timex::point_of(*date, Granularity::kDay), true);
  r.told = told;
  return r;
}

// "on the 14th": the month the tense picks, the nearest without one.
Resolved day_of_month(const FoundTimex& t, const Context& ctx) {
  if (!ctx.reference) return unknown(fmt::format("XXXX-XX-{:02}", t.day));
  const Date ref = *ctx.reference;
  std::optional<Date> before, after;  // the nearest such day on or before, and on or after, the reference
  for (int k = 0; k <= 12 && !(before && after); ++k) {
    const Date back = add_months(Date{ref.year, ref.month, 1}, -k), ahead = add_months(Date{ref.year, ref.month, 1}, k);
    if (!before && is_valid_date(back.year, back.month, t.day) && Date{back.year, back.month, t.day} <= ref)
      before = Date{back.year, back.month, t.day};
    if (!after && is_valid_date(ahead.year, ahead.month, t.day) && Date{ahead.year, ahead.month, t.day} >= ref)
      after = Date{ahead.year, ahead.month, t.day};
  }
  const Tense tense = ctx.reference_inferred ? Tense::kUnknown : t.tense;
  // "Saturday the 19th": the nearest such day that is that weekday, on the tense's side of
  // the reference (either side, nearest first, when the tense does not tell).
  if (t.stated_weekday >= 0) {
    for (int k = 0; k <= 12; ++k)
      for (const int side : {-1, 1}) {
        if ((side < 0 && tense == Tense::kFuture) || (side > 0 && tense == Tense::kPast)) continue;
        const Date month = add_months(Date{ref.year, ref.month, 1}, side * k);
        if (!is_valid_date(month.year, month.month, t.day)) continue;
        const Date day{month.year, month.month, t.day};
        if (kban::weekday(day) == t.stated_weekday && (side < 0 ? day <= ref : day >= ref))
          return at(timex::point_of(day, Granularity::kDay), true);
      }
  }
  // Schedules are told in the present: "the hearing resumes on the 23rd".
  std::optional<Date> date = tense == Tense::kPast ? before : tense == Tense::kUnknown ? std::nullopt : after;
  if (!date && before && after)
    date = days_from_civil(ref) - days_from_civil(*before) <= days_from_civil(*after) - days_from_civil(ref) ? before : after;
  if (!date) return unknown(fmt::format("XXXX-XX-{:02}", t.day));
  return at(timex::point_of(*date, Granularity::kDay), true);
}

// "the second Friday of January": the day of the resolved month; the month as it was when
// the month has no such day ("the fifth Monday of February").
Resolved nth_weekday_of(const FoundTimex& t, const Resolved& month) {
  const Date first = month.point->date;
  const int days = days_in_month(first.year, first.month);
  int day = 0;
  if (t.nth_weekday > 0) {
    day = 1 + (t.stated_weekday - kban::weekday(first) + 7) % 7 + 7 * (t.nth_weekday - 1);
  } else {
    const Date last{first.year, first.month, days};
    day = days - (kban::weekday(last) - t.stated_weekday + 7) % 7;
  }
  if (day < 1 || day > days) return month;
  return at(timex::point_of(Date{first.year, first.month, day}, Granularity::kDay), month.uses_reference);
}

Resolved month(const FoundTimex& t, const Context& ctx) {
  if (!ctx.reference) return unknown("XXXX-" + two(t.month));
  const Date ref = *ctx.reference;
  const Tense tense = ctx.reference_inferred ? Tense::kUnknown : t.tense;
  int year = ref.year;
  if (t.direction < 0) year = t.month < ref.month ? ref.year : ref.year - 1;       // "last May"
  else if (t.direction > 0) year = t.month > ref.month ? ref.year : ref.year + 1;  // "next March"
  else if (tense == Tense::kPast && t.month > ref.month) --year;
  else if (tense == Tense::kFuture && t.month < ref.month) ++year;
  else if (tense != Tense::kPast && tense != Tense::kFuture) {
    if (t.month - ref.month > 6) --year;
    else if (ref.month - t.month > 6) ++year;
  }
  return at(timex::point_of(Date{year, t.month, 1}, Granularity::kMonth), true);
}

Resolved partial(const Point& story, Granularity g);

Resolved weekday(const FoundTimex& t, const Context& ctx) {
  if (!ctx.reference) return unknown("XXXX-WXX-" + std::to_string(t.weekday + 1));
  const Date ref = *ctx.reference;
  const int today = kban::weekday(ref);
  const int back = (today - t.weekday + 7) % 7, ahead = (t.weekday - today + 7) % 7;
  // Days from `day` to the next such weekday, 0 when `day` is one.
  const auto days_to = [&](const Date& day) { return (t.weekday - kban::weekday(day) + 7) % 7; };
  if (t.anaphoric && ctx.last_day) {
    // The end of a range, or "the following Monday": the first such day after the day named last.
    const int from = days_to(*ctx.last_day);
    return at(timex::point_of(add_days(*ctx.last_day, from == 0 ? 7 : from), Granularity::kDay), true);
  }
  // "The following Monday" after a month or a season: some day after it, which one unknown.
  if (t.anaphoric && ctx.last_point) return partial(*ctx.last_point, Granularity::kDay);
  // A story told without its own date ("It started on a Saturday in early August 2025 ... By
  // Monday night, Wenmoor was gone") moves forward from the day it named last; after a week
  // or a month, the day is one of it. A year named last is background ("founded in 2004"),
  // not where the story is; a weekday told in the future looks ahead from the reference, and
  // a day past the reference is not one the story has reached.
  if (ctx.story_time && t.direction == 0 && t.tense != Tense::kFuture && ctx.last_point &&
      ctx.last_point->granularity <= Granularity::kMonth) {
    if (ctx.last_point->granularity != Granularity::kDay) return partial(*ctx.last_point, Granularity::kDay);
    const Date day = add_days(ctx.last_point->date, days_to(ctx.last_point->date));
    if (!(ref < day)) return at(timex::point_of(day, Granularity::kDay), ctx.last_uses_reference);
  }
  long offset = 0;
  if (t.direction < 0) offset = -(back == 0 ? 7 : back);        // "last Friday"
  else if (t.direction > 0) offset = ahead == 0 ? 7 : ahead;    // "next Friday"
  else if (t.tense == Tense::kPast) offset = -back;
  else if (t.nearest && t.tense != Tense::kFuture) offset = back <= ahead ? -back : ahead;
  else offset = ahead;  // schedules are in the present tense: "opens on Saturday"
  return at(timex::point_of(add_days(ref, offset), Granularity::kDay), true);
}

Resolved season(const FoundTimex& t, const Context& ctx) {
  static constexpr const char* kCodes[] = {"SP", "SU", "FA", "WI"};
  if (!ctx.reference) return unknown(fmt::format("XXXX-{}", kCodes[t.season & 3]));
  const Date ref = *ctx.reference;
  int year = ref.year;
  // A season starts in March, June, September or December; winter runs into the next year.
  const auto starts = [&](int yr) { return Date{yr, t.season * 3 + 3, 1}; };
  const auto ends = [&](int yr) { return add_days(add_months(starts(yr), 3), -1); };
  if (ref.month <= 2) year = ref.year - 1;  // January and February belong to last year's winter
  if (t.direction < 0 || (t.direction == 0 && t.tense == Tense::kPast)) {
    while (starts(year) > ref || (t.direction < 0 && ends(year) >= ref)) --year;
  } else if (t.direction > 0 || t.tense == Tense::kFuture) {
    while (ends(year) < ref || (t.direction > 0 && starts(year) <= ref)) ++year;
  } else if (starts(year) > ref && days_from_civil(starts(year)) - days_from_civil(ref) > 183) {
    --year;
  } else if (ends(year) < ref && days_from_civil(ref) - days_from_civil(ends(year)) > 183) {
    ++year;
  }
  Point p = timex::point_of(Date{year, 1, 1}, Granularity::kSeason);
  p.season = t.season;
  return at(p, true);
}

// A quarter or a half without a year: the tense picks the year.
Resolved part_of_year(const FoundTimex& t, const Context& ctx) {
  const bool half = t.how == Resolve::kHalf;
  const int part = half ? t.half : t.quarter, months = half ? 6 : 3;
  if (!ctx.reference) return unknown(fmt::format("XXXX-{}{}", half ? 'H' : 'Q', part));
  const Date ref = *ctx.reference;
  const int ref_part = (ref.month - 1) / months + 1;
  int year = ref.year;
  if (t.tense == Tense::kPast && part > ref_part) --year;
  else if (t.tense == Tense::kFuture && part < ref_part) ++year;
  else if (!half && t.tense == Tense::kUnknown && part - ref_part >= 2 && ref_part == 1) --year;
  return at(timex::point_of(Date{year, part * months, 1}, half ? Granularity::kHalf : Granularity::kQuarter), true);
}

// The date an anaphor at granularity g counts from: the last one named at least as finely,
// passing over years said in passing ("died Sunday ... opened the shop in 1961 and ... the
// day before he died" is the day before that Sunday). A year heading its sentence ("In 2022,
// the day after the invasion") or a coarser month or week ("in January 2014 ... five weeks
// later") is not passed over: it is returned, and the anaphor keeps only what it says.
// A clause told in the past counts from no date after the reference: in "the team, which
// suspended him the same day as the provisional suspension", a ban's end in 2029 named just
// before is passed over.
std::optional<Point> base_for(const Context& ctx, Granularity g, Tense tense = Tense::kUnknown) {
  const bool past = tense == Tense::kPast && ctx.reference && !ctx.reference_inferred;
  for (auto p = ctx.points.rbegin(); p != ctx.points.rend(); ++p) {
    if (past && p->first.date > *ctx.reference) continue;
    if (static_cast<int>(p->first.granularity) <= static_cast<int>(g) || p->second ||
        static_cast<int>(p->first.granularity) < static_cast<int>(Granularity::kYear))
      return p->first;
  }
  if (past && ctx.last_point && ctx.last_point->date > *ctx.reference) return std::nullopt;
  return ctx.last_point;
}

bool coarser(const Point& p, Granularity g) { return static_cast<int>(p.granularity) > static_cast<int>(g); }

// An anaphor finer than every date named before keeps what the last one says and leaves the
// rest unknown: "the day before" in a story of March 2021 is 2021-03-XX.
Resolved partial(const Point& story, Granularity g) {
  std::string value = timex::unknown_value(g);
  if (value.size() < 4 || story.date.year < 1 || story.date.year > 9999 ||
      static_cast<int>(story.granularity) > static_cast<int>(Granularity::kYear))  // a decade names no year
    return unknown(value);
  value.replace(0, 4, fmt::format("{:04}", story.date.year));
  if (g == Granularity::kDay && story.granularity == Granularity::kMonth) value.replace(5, 2, two(story.date.month));
  return unknown(value);
}

// The base a count or an anaphor starts from: the date named last, else the reference.
Resolved counted(const FoundTimex& t, const Context& ctx, bool from_last) {
  const Granularity g = timex::granularity_of(t.unit);
  std::optional<Point> base;
  bool uses_reference = false;
  if (from_last && ctx.last_point) {
    const auto from = base_for(ctx, g, t.anaphoric ? t.tense : Tense::kUnknown);
    if (!from) return unknown(timex::unknown_value(g));
    if (coarser(*from, g)) return partial(*from, g);
    base = timex::point_of(from->date, g);
  } else if (ctx.reference) {
    base = timex::point_of(*ctx.reference, g), uses_reference = true;
  }
  if (!base) return unknown(timex::unknown_value(g));
  return at(timex::shift(*base, t.unit, t.offset), uses_reference);
}

// What an event follows lies before the dates its sentence gave the event: in "will repair
// the cars by the end of January following an order in May", told in December, May is the
// May before that January, though next May is nearer; in "closed in March following a vote
// in May" the vote was in the May before.
Resolved before_sentence_dates(const FoundTimex& t, Resolved r, const std::vector<Timex>& sentence_so_far,
                               std::size_t sentence_first) {
  for (std::size_t k = sentence_first; k < sentence_so_far.size(); ++k) {
    // The last day the named date may mean: "2025-01" ends on January 31.
    const std::string& v = sentence_so_far[k].value;
    std::optional<Date> named = v.size() >= 10 ? parse_iso_date(v.substr(0, 10)) : std::nullopt;
    if (!named && v.size() >= 7)
      if (const auto first = parse_iso_date(v.substr(0, 7) + "-01"))
        named = Date{first->year, first->month, days_in_month(first->year, first->month)};
    if (!named || r.point->date <= *named) continue;
    const Date earlier{r.point->date.year - 1, t.month, std::min(r.point->date.day, days_in_month(r.point->date.year - 1, t.month))};
    Resolved moved = at(timex::point_of(earlier, r.point->granularity), true);
    moved.told = r.told;
    return moved;
  }
  return r;
}

Resolved resolve_one(const FoundTimex& t, const Context& ctx, std::uint32_t sentence) {
  const auto& ref = ctx.reference;
  switch (t.how) {
    case Resolve::kFixed: return {t.value, t.point, false, false, 0};
    case Resolve::kShift: {
      const Granularity g = timex::granularity_of(t.unit);
      if (!ref) return unknown(timex::unknown_value(g));
      return at(timex::shift(timex::point_of(*ref, g), t.unit, t.offset), true);
    }
    case Resolve::kMonthDay: return month_day(t, ctx);
    case Resolve::kDayOfMonth: return day_of_month(t, ctx);
    case Resolve::kStoryDay:
      if (!ctx.last_point) return unknown("XXXX-XX-XX");
      return unknown(fmt::format("{:04}-XX-XX", ctx.last_point->date.year));
    case Resolve::kMonthDayYear: {
      if (!ref) return unknown("XXXX-" + two(t.month) + "-" + two(t.day));
      const int year = ref->year + t.year_offset;
      if (!is_valid_date(year, t.month, t.day)) return unknown("XXXX-" + two(t.month) + "-" + two(t.day));
      return at(timex::point_of(Date{year, t.month, t.day}, Granularity::kDay), true);
    }
    case Resolve::kMonth: return month(t, ctx);
    case Resolve::kMonthOfYear:
      if (!ref) return unknown("XXXX-" + two(t.month));
      return at(timex::point_of(Date{ref->year + t.year_offset, t.month, 1}, Granularity::kMonth), true);
    case Resolve::kWeekday: return weekday(t, ctx);
    case Resolve::kSeason: return season(t, ctx);
    case Resolve::kQuarter:
    case Resolve::kHalf: return part_of_year(t, ctx);
    case Resolve::kQuarterOfYear:
      if (!ref) return unknown("XXXX-QX");
      return at(timex::point_of(Date{ref->year + t.year_offset, t.quarter * 3, 1}, Granularity::kQuarter), true);
    case Resolve::kHalfOfYear:
      if (!ref) return unknown(fmt::format("XXXX-H{}", t.half));
      return at(timex::point_of(Date{ref->year + t.year_offset, t.half * 6, 1}, Granularity::kHalf), true);
    case Resolve::kDay:
      if (!ref) return unknown("XXXX-XX-XX");
      return at(timex::point_of(add_days(*ref, t.offset), Granularity::kDay), true);
    case Resolve::kAnaphoric: return counted(t, ctx, true);
    case Resolve::kThatMonth:
      if (!ctx.last_point) return unknown("XXXX-" + two(t.month) + (t.some_day ? "-XX" : ""));
      if (t.some_day) return unknown(fmt::format("{:04}-{}-XX", ctx.last_point->date.year, two(t.month)));
      return at(timex::point_of(Date{ctx.last_point->date.year, t.month, 1}, Granularity::kMonth), false);
    case Resolve::kThatUnit: {
      const Granularity g = timex::granularity_of(t.unit);
      if (!ctx.last_point) return unknown(timex::unknown_value(g));
      // Not finer than the dates named: "that night" in a story of 2019 is 2019-XX-XXTNI.
      const auto from = base_for(ctx, g);
      if (coarser(*from, g)) return partial(*from, g);
      return at(timex::point_of(from->date, g), false);
    }
    case Resolve::kCounted: return counted(t, ctx, !t.from_reference);
    case Resolve::kClockLater: {
      const std::optional<Date> day = ctx.last_day ? ctx.last_day : ref;
      const std::string clock = fmt::format("T{:02}:{:02}", t.hour, t.minute);
      if (!day) return unknown("XXXX-XX-XX" + clock);
      return {to_iso(add_days(*day, t.offset)) + clock, std::nullopt, false, false, 0};
    }
    case Resolve::kSentenceDay:
      // "Staalberg agreed late yesterday to take over the lender. The deal was announced
      // shortly before midnight": the day of this sentence or of the one before it in its
      // paragraph (a live blog's next entry is a paragraph of its own).
      if (ctx.last_day && (ctx.last_day_sentence == sentence || (t.continues_paragraph && ctx.last_day_sentence + 1 == sentence)))
        return at(timex::point_of(*ctx.last_day, Granularity::kDay), false);
      // In a text whose reference is a guess, a clock time after the story's dates is on some
      // day of them, not on the guess: "in mid-January ... At noon, agents ...".
      if (ctx.reference_guessed && ctx.last_point) return partial(*ctx.last_point, Granularity::kDay);
      if (!ref) return unknown("XXXX-XX-XX");
      return at(timex::point_of(*ref, Granularity::kDay), true);
  }
  return unknown("XXXX-XX-XX");
}

// A duration that leads from a day ("30 days after ... June 20") leads to the day it ends on.
void link_anchor(std::vector<Timex>& out, const std::vector<FoundTimex>& found, std::size_t a) {
  Timex& d = out[a];
  const FoundTimex& f = found[a];
  if (f.anchor < 0 || f.relation.empty() || d.type != TimexType::kDuration || d.value.find('X') != std::string::npos) return;
  const std::string& from = out[static_cast<std::size_t>(f.anchor)].value;
  if (from.size() != 10 || !parse_iso_date(from)) return;
  // "on Wednesday, nine days after ...": the day named is the duration's end (or start).
  const bool own_day = f.relation == "ends_on" || f.relation == "starts_on";
  const std::string to = shifted_value(from, d.value, f.relation == "after" ? 1 : -1);
  if (to.empty()) return;
  d.anchor_relation = f.relation;
  d.anchor_index = f.anchor;
  d.anchored_value = own_day ? from : to;
}

// Pieces a recipe adds to the day or week it resolves to.
void finish(const FoundTimex& t, Resolved& r, TimexType& type) {
  if (t.how == Resolve::kFixed) return;
  if (t.day_shift != 0 && r.point) {
    r.point = timex::shift(*r.point, Unit::kDay, t.day_shift);
    r.value = timex::format_point(*r.point);
  }
  if (t.weekend) r.value += "-WE";
  if (t.part >= 0) {
    type = TimexType::kTime;
    r.value = fmt::format("{}T{}", r.value, timex::part_of_day_code(t.part));
  }
  if (t.hour >= 0 && t.how != Resolve::kClockLater) {
    type = TimexType::kTime;
    r.value = fmt::format("{}T{:02}:{:02}", r.point ? to_iso(r.point->date) : std::string("XXXX-XX-XX"), t.hour, t.minute);
    if (r.point) r.point = timex::point_of(r.point->date, Granularity::kDay);
  }
}

}  // namespace

std::vector<Timex> resolve_timexes(const std::vector<FoundTimex>& found, const TagOptions& options) {
  std::vector<Timex> out;
  reserve_large(out, found.size());
  std::vector<bool> anaphoric;
  Context ctx;
  ctx.reference = options.reference;
  ctx.reference_inferred = options.reference_inferred;
  ctx.reference_guessed = options.reference_guessed;
  ctx.story_time = options.story_time;
  std::size_t sentence_first = 0;
  // The links of a sentence are read once all its expressions have values.
  auto close_sentence = [&](std::size_t end) {
    for (std::size_t k = sentence_first; k + 1 < end; ++k) {
      const bool clock = found[k].how == Resolve::kSentenceDay;  // "at 11:47 p.m. on September 10"
      if (!(anaphoric[k] || clock) || !found[k].apposition || !parse_iso_date(out[k + 1].value)) continue;
      const std::size_t time = out[k].value.find('T');
      out[k].value = clock && time != std::string::npos ? out[k + 1].value + out[k].value.substr(time) : out[k + 1].value;
      out[k].uses_reference = out[k + 1].uses_reference;
    }
    sentence_first = end;
  };
  for (std::size_t k = 0; k < found.size(); ++k) {
    const FoundTimex& t = found[k];
    if (k > sentence_first && t.sentence != found[k - 1].sentence) close_sentence(k);
    Resolved r = resolve_one(t, ctx, t.sentence);
    if (t.nth_weekday != 0 && r.point && r.point->granularity == Granularity::kMonth) r = nth_weekday_of(t, r);
    if (t.anterior && r.point) r = before_sentence_dates(t, r, out, sentence_first);
    // "since 20 October, the day after the incident": the day named before it.
    if (t.relation == "same" && t.anchor >= 0 && static_cast<std::size_t>(t.anchor) < k) {
      const Timex& same = out[static_cast<std::size_t>(t.anchor)];
      if (const auto day = parse_iso_date(same.value); day && same.value.size() == 10)
        r = at(timex::point_of(*day, Granularity::kDay), same.uses_reference);
    }
    TimexType type = t.type;
    finish(t, r, type);
    Timex x;
    x.begin = t.begin;
    x.end = t.end;
    x.type = type;
    x.value = std::move(r.value);
    x.mod = t.mod;
    x.uses_reference = r.uses_reference;
    x.sentence = t.sentence;
    // Only a day told without a year bounds the publication date.
    if (t.day_shift == 0 && t.hour < 0 && t.part < 0) x.tense = r.told;
    if (t.stated_weekday >= 0 && r.point && r.point->granularity == Granularity::kDay &&
        kban::weekday(r.point->date) != t.stated_weekday)
      x.mismatched_weekday = static_cast<std::int8_t>(t.stated_weekday);
    out.push_back(std::move(x));
    anaphoric.push_back(t.anaphoric && !r.unknown);
    if (r.point && (type == TimexType::kDate || type == TimexType::kTime)) {
      ctx.last_point = r.point;
      ctx.last_uses_reference = r.uses_reference;
      ctx.points.emplace_back(*r.point, t.frames);
      if (r.point->granularity == Granularity::kDay) {
        ctx.last_day = r.point->date;
        ctx.last_day_sentence = t.sentence;
      }
    }
  }
  close_sentence(found.size());
  // Expressions said at a stated time count from it: "'We will appeal today,' he said on
  // Tuesday".
  for (std::size_t k = 0; k < found.size(); ++k) {
    const FoundTimex& t = found[k];
    if (t.speech_anchor < 0) continue;
    const Timex& said = out[static_cast<std::size_t>(t.speech_anchor)];
    const auto day = said.value.size() >= 10 && (said.value.size() == 10 || said.value[10] == 'T')
                         ? parse_iso_date(said.value.substr(0, 10))
                         : std::nullopt;
    if (!day) continue;
    Context at_speech;
    at_speech.reference = day;
    Resolved r = resolve_one(t, at_speech, t.sentence);
    if (r.unknown) continue;
    finish(t, r, out[k].type);
    out[k].value = std::move(r.value);
    out[k].uses_reference = said.uses_reference;
  }
  for (std::size_t k = 0; k < found.size(); ++k) link_anchor(out, found, k);
  return out;
}

}  // namespace kban
