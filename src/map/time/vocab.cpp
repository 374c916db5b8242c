#include "vocab.hpp"

#include <string>
#include <unordered_map>

namespace kban::timex {

namespace {

using Table = std::unordered_map<std::string_view, WordInfo>;

void add(Table& t, std::string_view word, const WordInfo& info) {
  WordInfo& w = t[word];
  w.flags |= info.flags;
  if (info.month) w.month = info.month;
  if (info.weekday >= 0) w.weekday = info.weekday;
  if (info.season >= 0) w.season = info.season;
  if (info.part_of_day >= 0) w.part_of_day = info.part_of_day;
  if (info.number >= 0) w.number = info.number;
  if (info.ordinal >= 0) w.ordinal = info.ordinal;
  if (info.unit != Unit::kNone) w.unit = info.unit;
}

Table build() {
  Table t;
  const std::string_view months[12][3] = {
      {"january", "jan", ""}, {"february", "feb", ""}, {"march", "mar", ""},    {"april", "apr", ""},
      {"may", "", ""},        {"june", "jun", ""},     {"july", "jul", ""},      {"august", "aug", ""},
      {"september", "sept", "sep"}, {"october", "oct", ""}, {"november", "nov", ""}, {"december", "dec", ""}};
  for (int m = 0; m < 12; ++m) {
    for (int k = 0; k < 3; ++k) {
      if (months[m][k].empty()) continue;
      WordInfo w;
      w.month = static_cast<std::int8_t>(m + 1);
      w.flags = kStarter | (k > 0 ? kMonthAbbrev : 0u);
      if (months[m][k] == "may" || months[m][k] == "march") w.flags |= kAmbiguousMonth;
      add(t, months[m][k], w);
    }
  }
  const std::string_view days[7] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int d = 0; d < 7; ++d) {
    WordInfo w;
    w.weekday = static_cast<std::int8_t>(d);
    w.flags = kStarter;
    add(t, days[d], w);
  }
  const std::pair<std::string_view, int> numbers[] = {
      {"zero", 0},      {"one", 1},        {"two", 2},       {"three", 3},     {"four", 4},      {"five", 5},
      {"six", 6},       {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},      {"eleven", 11},
      {"twelve", 12},   {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16},  {"seventeen", 17},
      {"eighteen", 18}, {"nineteen", 19},  {"twenty", 20},   {"thirty", 30},   {"forty", 40},    {"fifty", 50},
      {"sixty", 60},    {"seventy", 70},   {"eighty", 80},   {"ninety", 90},   {"hundred", 100}, {"dozen", 12},
      {"a", 1},         {"an", 1},         {"couple", 2}};
  for (const auto& [word, value] : numbers) {
    WordInfo w;
    w.number = static_cast<std::int16_t>(value);
    w.flags = kStarter;
    add(t, word, w);
  }
  const std::pair<std::string_view, int> ordinals[] = {
      {"first", 1},       {"second", 2},     {"third", 3},      {"fourth", 4},     {"fifth", 5},
      {"sixth", 6},       {"seventh", 7},    {"eighth", 8},     {"ninth", 9},      {"tenth", 10},
      {"eleventh", 11},   {"twelfth", 12},   {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15},
      {"sixteenth", 16},  {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
      {"thirtieth", 30}};
  for (const auto& [word, value] : ordinals) {
    WordInfo w;
    w.ordinal = static_cast<std::int16_t>(value);
    w.flags = kStarter;
    add(t, word, w);
  }
  const std::pair<std::string_view, Unit> units[] = {
      {"second", Unit::kSecond}, {"minute", Unit::kMinute}, {"hour", Unit::kHour},     {"day", Unit::kDay},
      {"week", Unit::kWeek},     {"month", Unit::kMonth},   {"quarter", Unit::kQuarter}, {"year", Unit::kYear},
      {"decade", Unit::kDecade}, {"century", Unit::kCentury}, {"weekend", Unit::kWeekend}, {"fortnight", Unit::kWeek}};
  for (const auto& [word, unit] : units) {
    WordInfo w;
    w.unit = unit;
    add(t, word, w);
  }
  const std::pair<std::string_view, Unit> plurals[] = {
      {"seconds", Unit::kSecond}, {"minutes", Unit::kMinute}, {"hours", Unit::kHour},     {"days", Unit::kDay},
      {"weeks", Unit::kWeek},     {"months", Unit::kMonth},   {"quarters", Unit::kQuarter}, {"years", Unit::kYear},
      {"decades", Unit::kDecade}, {"centuries", Unit::kCentury}, {"weekends", Unit::kWeekend}, {"mins", Unit::kMinute},
      {"hrs", Unit::kHour},       {"yrs", Unit::kYear}};
  for (const auto& [word, unit] : plurals) {
    WordInfo w;
    w.unit = unit;
    w.flags = kPlural | kStarter;  // "days" alone can be a vague duration
    add(t, word, w);
  }
  const std::pair<std::string_view, int> seasons[] = {{"spring", 0}, {"summer", 1}, {"fall", 2}, {"autumn", 2}, {"winter", 3}};
  for (const auto& [word, season] : seasons) {
    WordInfo w;
    w.season = static_cast<std::int8_t>(season);
    add(t, word, w);
  }
  const std::pair<std::string_view, int> parts[] = {{"morning", 0}, {"afternoon", 1}, {"evening", 2}, {"night", 3}};
  for (const auto& [word, part] : parts) {
    WordInfo w;
    w.part_of_day = static_cast<std::int8_t>(part);
    add(t, word, w);
  }
  for (std::string_view word : {"in", "since", "by", "until", "till", "from", "through", "during", "before", "after",
                                "of", "between", "circa", "throughout", "around", "fiscal", "year", "to", "and", "or",
                                "early", "late", "mid", "summer", "spring", "autumn", "winter", "fall", "season", "on",
                                "for", "at", "as"}) {
    WordInfo w;
    w.flags = kDateSignal;
    add(t, word, w);
  }
  for (std::string_view word : {"last", "next", "this", "past", "coming", "previous", "following", "current", "recent",
                                "upcoming", "same", "prior", "earlier", "later", "early", "late", "mid", "end",
                                "beginning", "start", "middle", "yesterday", "today", "tomorrow", "tonight", "now",
                                "currently", "recently", "the", "every", "each", "per", "annually", "yearly", "daily",
                                "weekly", "monthly", "quarterly", "hourly", "biweekly", "twice", "once", "noon",
                                "midnight", "nowadays", "presently", "lately", "half", "several", "few", "many",
                                "some", "numerous", "dozens", "hundreds", "thousands", "about", "around", "roughly",
                                "approximately", "nearly", "almost", "more", "less", "fewer", "under", "at", "longer", "shorter",
                                "up", "no", "within", "mid-", "spring", "summer", "fall", "autumn", "winter",
                                "morning", "afternoon", "evening", "night", "overnight", "q1", "q2", "q3", "q4", "h1",
                                "h2", "fy", "a", "an", "that", "decades", "years", "months", "weeks", "days", "hours",
                                "minutes", "some", "just", "well"}) {
    WordInfo w;
    w.flags = kStarter;
    add(t, word, w);
  }
  for (std::string_view word : {"several", "few", "many", "some", "numerous", "dozens", "hundreds", "thousands"}) {
    WordInfo w;
    w.flags = kVagueAmount;
    add(t, word, w);
  }
  for (std::string_view word : {"a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "these", "those"}) {
    WordInfo w;
    w.flags = kDeterminer;
    add(t, word, w);
  }
  for (std::string_view word : {"will", "'ll", "shall", "won't", "wont", "upcoming", "scheduled", "plans", "plan",
                                "planning", "intends", "expected", "due", "set", "next", "tomorrow", "coming",
                                "would", "should", "going", "expect", "expects", "anticipate", "anticipates", "forecast"}) {
    WordInfo w;
    w.flags = kFutureCue;
    add(t, word, w);
  }
  for (std::string_view word : {"was", "were", "had", "did", "ago", "said", "told", "took", "made", "gave", "began",
                                "came", "went", "saw", "won", "lost", "held", "left", "met", "paid", "sold", "bought",
                                "brought", "built", "fell", "rose", "ran", "wrote", "spoke", "struck", "found", "sent",
                                "led", "became", "stood", "chose", "drew", "grew", "knew", "threw", "fought", "caught",
                                "thought", "felt", "kept", "heard", "meant", "hit", "yesterday", "last", "earlier",
                                "previously", "wasn't", "weren't", "didn't", "hadn't", "beat", "shot", "broke",
                                "spent", "sought", "upheld", "overturned", "quit", "rang", "sank", "swore", "set"}) {
    WordInfo w;
    w.flags = kPastCue;
    add(t, word, w);
  }
  for (std::string_view word : {"is", "are", "has", "have", "am", "isn't", "aren't", "hasn't", "haven't", "takes",
                                "begins", "starts", "ends", "opens", "closes", "runs", "expires", "comes", "goes",
                                "resumes", "lasts", "remains"}) {
    WordInfo w;
    w.flags = kPresentCue;
    add(t, word, w);
  }
  return t;
}

}  // namespace

const WordInfo* lookup_word(std::string_view lower) {
  static const Table table = build();
  const auto it = table.find(lower);
  return it == table.end() ? nullptr : &it->second;
}

std::string_view part_of_day_code(int part) {
  static constexpr std::string_view kCodes[] = {"MO", "AF", "EV", "NI"};
  return part >= 0 && part < 4 ? kCodes[part] : std::string_view("XX");
}

}  // namespace kban::timex
