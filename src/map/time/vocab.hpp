#pragma once
// The tagger's vocabulary: month and day names, number words, units, seasons, parts of day
// and signal words, looked up by lowercase form. Private to the tagger.
#include <cstdint>
#include <string_view>

#include "point.hpp"
#include "text/words.hpp"

namespace kban::timex {

enum WordFlag : std::uint32_t {
  kMonthAbbrev = 1u << 0,   // "sept", "oct": wants a period or a day number
  kAmbiguousMonth = 1u << 1,  // "may", "march": a month only in a date context
  kDateSignal = 1u << 2,    // a preposition after which a bare year is a date ("in 2017")
  kFutureCue = 1u << 4,     // will, shall, ...
  kPastCue = 1u << 5,       // was, were, had, did, said, ago, ...
  kPresentCue = 1u << 6,    // is, are, has, have
  kStarter = 1u << 7,       // may begin a time expression
  kVagueAmount = 1u << 8,   // several, few, many, some: an unknown amount
  kPlural = 1u << 10,       // the unit word is plural ("days")
  kDeterminer = 1u << 11,   // a, an, the, its, this, that, ...
  kWeakStarter = 1u << 12,  // begins an expression only before a temporal word ("the", "at")
  kRuleWord = 1u << 13,     // only a word some rule compares ("future"): no temporal use alone
};

struct WordInfo {
  std::uint32_t flags = 0;
  std::int8_t month = 0;     // 1..12
  std::int8_t weekday = -1;  // 0 = Monday
  std::int8_t season = -1;   // 0..3 = SP, SU, FA, WI
  std::int8_t part_of_day = -1;  // 0..3 = MO, AF, EV, NI
  std::int16_t number = -1;  // value of a number word ("twelve" = 12)
  std::int16_t ordinal = -1; // value of an ordinal word ("third" = 3)
  Unit unit = Unit::kNone;   // a unit word ("weeks")
};

// The words of data/en/calendar.json, numbers.json and timex.json with what they say.
class Vocabulary {
 public:
  Vocabulary();
  // Information on a lowercase word, or nullptr when it is in no list of the vocabulary. An
  // entry whose flags are only kRuleWord has no temporal use of its own. Read for every token.
  const WordInfo* find(std::string_view lower) const { return filter_.may_contain(lower) ? table_.find(lower) : nullptr; }

 private:
  WordTable<WordInfo> table_;
  WordFilter filter_;  // most words of a text are not in the vocabulary
};

const Vocabulary& vocabulary();

// Part-of-day codes: "MO", "AF", "EV", "NI".
std::string_view part_of_day_code(int part);

}  // namespace kban::timex
