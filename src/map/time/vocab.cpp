#include "vocab.hpp"

#include <string>

#include "input/language.hpp"
#include "text/words.hpp"

namespace kban::timex {

namespace {

using Table = WordMap<WordInfo>;

void add(Table& t, std::string_view word, const WordInfo& info) {
  WordInfo& w = t[std::string(word)];
  w.flags |= info.flags;
  if (info.month) w.month = info.month;
  if (info.weekday >= 0) w.weekday = info.weekday;
  if (info.season >= 0) w.season = info.season;
  if (info.part_of_day >= 0) w.part_of_day = info.part_of_day;
  if (info.number >= 0) w.number = info.number;
  if (info.ordinal >= 0) w.ordinal = info.ordinal;
  if (info.unit != Unit::kNone) w.unit = info.unit;
}

Unit unit_named(const std::string& name) {
  static const std::pair<const char*, Unit> kUnits[] = {
      {"second", Unit::kSecond}, {"minute", Unit::kMinute}, {"hour", Unit::kHour},       {"day", Unit::kDay},
      {"weekend", Unit::kWeekend}, {"week", Unit::kWeek},   {"month", Unit::kMonth},     {"quarter", Unit::kQuarter},
      {"year", Unit::kYear},     {"decade", Unit::kDecade}, {"century", Unit::kCentury}};
  for (const auto& [n, unit] : kUnits)
    if (name == n) return unit;
  return Unit::kNone;
}

// The vocabulary from data/en/calendar.json, numbers.json and timex.json.
Table build() {
  const Language& en = english();
  Table t;
  const auto& months = en.json("calendar.months");
  const WordSet ambiguous = en.words("calendar.ambiguous_months");
  for (std::size_t m = 0; m < months.size(); ++m) {
    WordInfo w;
    w.month = static_cast<std::int8_t>(m + 1);
    const std::string name = months[m]["name"];
    w.flags = kStarter | (ambiguous.contains(name) ? kAmbiguousMonth : 0u);
    add(t, name, w);
    for (const auto& abbreviation : months[m]["abbreviations"]) {
      w.flags = kStarter | kMonthAbbrev;
      add(t, abbreviation.get<std::string>(), w);
    }
  }
  const auto& weekdays = en.json("calendar.weekdays");
  for (std::size_t d = 0; d < weekdays.size(); ++d) {
    WordInfo w;
    w.weekday = static_cast<std::int8_t>(d);
    w.flags = kStarter;
    add(t, weekdays[d].get<std::string>(), w);
  }
  const auto& weekday_plurals = en.json("calendar.weekday_plurals");
  for (std::size_t d = 0; d < weekday_plurals.size(); ++d) {
    WordInfo w;
    w.weekday = static_cast<std::int8_t>(d);
    w.flags = kStarter | kPlural;  // "on Sundays": a recurrence
    add(t, weekday_plurals[d].get<std::string>(), w);
  }
  auto numbers = en.numbers("numbers.cardinals");
  for (const auto& article : en.json("numbers.indefinite_articles")) numbers.emplace(article.get<std::string>(), 1.0);
  for (const auto& [word, value] : en.numbers("timex.extra_numbers")) numbers.emplace(word, value);
  for (const auto& [word, value] : numbers) {
    WordInfo w;
    w.number = static_cast<std::int16_t>(value);
    w.flags = kStarter;
    add(t, word, w);
  }
  for (const auto& [word, value] : en.numbers("numbers.ordinals")) {
    WordInfo w;
    w.ordinal = static_cast<std::int16_t>(value);
    w.flags = kStarter;
    add(t, word, w);
  }
  for (const auto& entry : en.json("calendar.units")) {
    WordInfo w;
    w.unit = unit_named(entry["unit"]);
    for (const auto& word : entry["singular"]) add(t, word.get<std::string>(), w);
    w.flags = kPlural | kStarter;  // "days" alone can be a vague duration
    for (const auto& word : entry["plural"]) add(t, word.get<std::string>(), w);
  }
  const auto& seasons = en.json("calendar.seasons");
  for (std::size_t k = 0; k < seasons.size(); ++k) {
    WordInfo w;
    w.season = static_cast<std::int8_t>(k);
    for (const auto& word : seasons[k]["words"]) add(t, word.get<std::string>(), w);
  }
  const auto& parts = en.json("calendar.parts_of_day");
  for (std::size_t k = 0; k < parts.size(); ++k) {
    WordInfo w;
    w.part_of_day = static_cast<std::int8_t>(k);
    for (const auto& word : parts[k]["words"]) add(t, word.get<std::string>(), w);
  }
  static const std::pair<const char*, std::uint32_t> kFlagged[] = {
      {"timex.date_signals", kDateSignal}, {"timex.starters", kStarter},     {"timex.vague_amounts", kVagueAmount},
      {"timex.determiners", kDeterminer},  {"timex.future_cues", kFutureCue}, {"timex.past_cues", kPastCue},
      {"timex.present_cues", kPresentCue}, {"timex.weak_starters", kWeakStarter}};
  for (const auto& [key, flag] : kFlagged) {
    WordInfo w;
    w.flags = flag;
    for (const auto& word : en.json(key)) add(t, word.get<std::string>(), w);
  }
  // Last, and only where no other list has put the word: kRuleWord alone marks it.
  for (const auto& word : en.json("timex.rule_words")) t.try_emplace(word.get<std::string>(), WordInfo{.flags = kRuleWord});
  return t;
}

}  // namespace

Vocabulary::Vocabulary() {
  const Table words = build();
  table_ = WordTable<WordInfo>(words);
  for (const auto& [word, info] : words) filter_.add(word);
}

const Vocabulary& vocabulary() {
  static const Vocabulary v;
  return v;
}

std::string_view part_of_day_code(int part) {
  static constexpr std::string_view kCodes[] = {"MO", "AF", "EV", "NI"};
  return part >= 0 && part < 4 ? kCodes[part] : std::string_view("XX");
}

}  // namespace kban::timex
