#pragma once
// The temporal tagger: finds every TIMEX3 expression (DATE, TIME, DURATION, SET) in English
// news text and normalizes it against a reference date, following shared/docs/timex3.md.
// Finding reads only the text; resolving turns what was found into values once the reference
// date is known, so a stage that needs the found expressions (reference dates) does not run
// the tagger twice.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kban/date.hpp"

namespace kban {

enum class TimexType : std::uint8_t { kDate, kTime, kDuration, kSet };
std::string_view timex_type_name(TimexType type);  // "DATE", "TIME", ...

enum class Granularity : std::uint8_t { kDay, kWeek, kMonth, kQuarter, kHalf, kSeason, kYear, kDecade, kCentury };

// Units of durations and of relative shifts ("three weeks", "last month").
enum class TimeUnit : std::uint8_t {
  kNone, kSecond, kMinute, kHour, kDay, kWeekend, kWeek, kMonth, kQuarter, kHalf, kYear, kDecade, kCentury
};

enum class Tense : std::int8_t { kUnknown, kPast, kPresent, kFuture };

// A calendar point at some granularity.
struct CalendarPoint {
  Date date;  // a day inside the period; for a week its Monday
  Granularity granularity = Granularity::kDay;
  int season = 0;  // 0..3 = SP, SU, FA, WI when granularity is kSeason
};

// How a found expression gets its value.
enum class Resolve : std::uint8_t {
  kFixed,          // the words say it all: "July 20, 2024", "two decades", "now"
  kShift,          // the reference's unit, shifted: "last month", "this week" (unit, offset)
  kMonthDay,       // "July 20": the occurrence the tense picks (month, day, tense)
  kDayOfMonth,     // "on the 14th": the month the tense picks (day, tense)
  kMonthDayYear,   // "Sept. 29 this year" (month, day, year_offset)
  kMonthOfYear,    // "February of last year" (month, year_offset)
  kMonth,          // "July", "last May" (month, tense, direction)
  kWeekday,        // "Friday", "next Friday" (weekday, tense, direction)
  kSeason,         // "the fall", "last summer" (season, tense, direction)
  kQuarter,        // "the third quarter" (quarter, tense)
  kHalf,           // "the first half" (half, tense)
  kQuarterOfYear,  // "the third quarter of last year" (quarter, year_offset)
  kHalfOfYear,     // "the first half of next year" (half, year_offset)
  kDay,            // "yesterday", "today", "last night" (offset in days from the reference)
  kAnaphoric,      // "the previous day": from the date named last, else the reference (unit, offset)
  kThatMonth,      // "that December": in the year of the date named last (month)
  kThatUnit,       // "that year": the date named last, at this unit (unit)
  kStoryDay,       // "the 40th day" (of a strike): a day in the year named last, which day unknown
  kCounted,        // "two days later" from the date named last; "four years ago" from the reference
  kClockLater,     // "two hours later": the clock time is known, its day from the day named last
  kSentenceDay,    // a clock time's day: the day named earlier in the sentence, else the reference
};

// What the words of a time expression say, before any reference date is known: a value, or a
// recipe for one.
struct TimexRecipe {
  TimexType type = TimexType::kDate;
  Resolve how = Resolve::kFixed;
  std::string value;  // kFixed: the value
  std::string mod;    // TIMEX3 mod or empty: "APPROX", "START", ...
  std::optional<CalendarPoint> point;  // kFixed: the date it names, when it names one
  // Recipe parameters; which ones count depends on `how`.
  TimeUnit unit = TimeUnit::kNone;
  long offset = 0;
  int month = 0, day = 0, weekday = -1, season = -1, quarter = 0, half = 0, year_offset = 0, direction = 0;
  Tense tense = Tense::kUnknown;
  long day_shift = 0;           // "the day after <date>": days added to the resolved day
  bool weekend = false;         // "-WE": the weekend of the resolved week
  int part = -1;                // part of day: the resolved day becomes a TIME "...TMO"
  int hour = -1, minute = -1;   // a clock time on the resolved day: a TIME "...T15:00"
  bool ago = false;             // "N units ago": hedges become BEFORE / AFTER
  bool from_reference = false;  // counted from the reference, never from the date named last
  bool anaphoric = false;       // counted from the date named before ("a day later", "the same day")
  int stated_weekday = -1;      // "Friday, July 19": the weekday the words give beside the date
  int nth_weekday = 0;          // "the second Friday of January": which such weekday of the month (-1 the last)
  bool some_day = false;        // "that October day": a day of the month named, which one unknown
  bool nearest = false;         // "Sunday's quake" names a happening: the nearest such weekday when the tense does not tell
  bool frames = false;          // "In 2017, ...": at the head of its sentence, it sets the time of what follows
  // Names what the clause's event follows ("will repair by January following an order in
  // May"): it cannot lie after a date its sentence names before it.
  bool anterior = false;
};

// A time expression as found in a text.
struct FoundTimex : TimexRecipe {
  std::uint32_t begin = 0, end = 0;  // byte offsets into the text, end exclusive
  std::uint32_t sentence = 0;        // index of its sentence in the text
  // A duration followed by "after" or "before" leads from a date of its sentence ("30 days
  // after ... June 20"): the relation and the index of that date among the found ones, or -1.
  std::string relation;
  std::int32_t anchor = -1;
  // An expression inside a quotation whose speaker's words are dated ("'We will appeal
  // today,' he said on Tuesday"): the index of that date; the expression counts from it.
  std::int32_t speech_anchor = -1;
  // Its sentence goes on in the paragraph of the sentence before: a clock time there may
  // take that sentence's day ("agreed late yesterday ... The deal was announced shortly
  // before midnight").
  bool continues_paragraph = false;
  // A relative date followed by a date in apposition ("A day later, on June 21"): the date
  // that follows says what it means.
  bool apposition = false;
};

struct Timex {
  std::uint32_t begin = 0;  // byte offsets into the text, end exclusive
  std::uint32_t end = 0;
  TimexType type = TimexType::kDate;
  std::string value;  // TIMEX3 value: "2024-07-20", "P2Y", "PAST_REF", "XXXX-07-20"
  std::string mod;    // TIMEX3 mod or empty: "APPROX", "START", ...
  bool uses_reference = false;  // the value was computed from the reference date
  std::uint32_t sentence = 0;   // index of its sentence in the text
  // A day without a year, told in the past tense (-1) or the future tense (+1): it bounds
  // the publication date of an undated article.
  std::int8_t tense = 0;
  // A duration that leads from a date named in the same sentence ("30 days after ... June
  // 20"): the relation ("after" or "before"), the index of that date among the results,
  // and the date it leads to.
  std::string anchor_relation;
  std::int32_t anchor_index = -1;
  std::string anchored_value;
  // The words name a weekday that is not the date's ("this Friday, July 20" when July 20 is a
  // Saturday): the weekday they name, 0 = Monday; -1 when they agree or name none.
  std::int8_t mismatched_weekday = -1;
};

struct TagOptions {
  std::optional<Date> reference;  // the document creation time; none keeps unknown parts as X
  // The reference was inferred, not published: a month or day without a year then takes its
  // nearest occurrence, since the tense rule's jump to another year would rest on a guess.
  bool reference_inferred = false;
  // The reference was inferred at all (its tenses may still count): a clock time with no day
  // of its own does not fall on it.
  bool reference_guessed = false;
  // The reference is a guess from the days the text tells of or from other documents: a
  // weekday is told in the story's time, after the day named last.
  bool story_time = false;
};

// Every time expression of a text, with what its words say.
std::vector<FoundTimex> find_timexes(std::string_view text);

// The values of found expressions, in order, against a reference date.
std::vector<Timex> resolve_timexes(const std::vector<FoundTimex>& found, const TagOptions& options);

// Finds and resolves.
std::vector<Timex> tag_timexes(std::string_view text, const TagOptions& options);

}  // namespace kban
