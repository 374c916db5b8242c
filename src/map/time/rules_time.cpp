// Times of day: "8 p.m.", "8:30 a.m.", "15:00 GMT", "noon", "midnight", "5 p.m. Friday",
// "3 p.m. today".
#include <fmt/format.h>

#include "input/language.hpp"
#include "matcher.hpp"

namespace kban::timex {

namespace {
bool is_zone(std::string_view w) {
  static const WordSet kZones = english().words("calendar.time_zones");
  return kZones.contains(w);
}

// Makes the recipe of a day (`c`) that of a clock time on it, starting at token `first`.
void on_clock(Candidate& c, std::size_t first, int hour, int minute) {
  c.first = first;
  c.type = TimexType::kTime;
  c.hour = hour;
  c.minute = minute;
  c.part = -1;
  c.amount = true;
  c.mod.clear();
  if (c.how == Resolve::kFixed && c.point) c.value = fmt::format("{}T{:02}:{:02}", to_iso(c.point->date), hour, minute);
}
}  // namespace

// The day a clock time falls on: a day word or a date right after it, else the day named
// last in this sentence, else the reference date.
Candidate Matcher::day_for_time(std::size_t i, std::size_t& next) {
  next = i;
  if (is(i, "today") || is(i, "tonight") || is(i, "tomorrow") || is(i, "yesterday")) {
    next = i + 1;
    Candidate c = recipe(i, i + 1, Resolve::kDay);
    c.offset = is(i, "tomorrow") ? 1 : is(i, "yesterday") ? -1 : 0;
    return c;
  }
  std::size_t k = 0;
  if (weekday_at(i, k)) {
    if (auto c = match_weekday(i); c && names_date(*c)) {
      next = c->last;
      return *c;
    }
  }
  if (month_at(i, k)) {
    if (auto c = match_month(i); c && names_day(*c)) {
      next = c->last;
      return *c;
    }
  }
  return recipe(i, i, Resolve::kSentenceDay);
}

// A length of time after a unit of distance is a pace, not a time: "8:25 per mile", "a
// six-minute mile".
bool Matcher::pace_after(std::size_t i) const {
  static const WordSet kDistances = english().words("timex.distance_units");
  return is(i, "per") || (is(i, "/") && glued(i)) || kDistances.contains(word(i)) ||
         (is(i, "a") && kDistances.contains(word(i + 1)));
}

// "2:19:41" (hours, minutes, seconds), and "27:31" or "2:05" after a word that introduces a
// result ("in", "clocked", "a"): two digits before the colon are minutes, one digit hours.
std::optional<Candidate> Matcher::match_elapsed(std::size_t i) {
  static const WordSet kCues = english().words("timex.elapsed_cues");
  const std::string_view w = word(i);
  int fields[3] = {0, 0, 0};
  std::size_t n = 0, digits = 0, first_digits = 0;
  for (std::size_t p = 0; p <= w.size(); ++p) {
    if (p == w.size() || w[p] == ':') {
      if (digits == 0 || digits > 2 || n == 3 || (n > 0 && (digits != 2 || fields[n] > 59))) return std::nullopt;
      if (n == 0) first_digits = digits;
      ++n, digits = 0;
    } else if (w[p] >= '0' && w[p] <= '9' && n < 3) {
      fields[n] = fields[n] * 10 + (w[p] - '0');
      ++digits;
    } else {
      return std::nullopt;
    }
  }
  if (n < 2 || pace_after(i + 1)) return std::nullopt;
  if (n == 2 && !(i > 0 && kCues.contains(word(i - 1)))) return std::nullopt;
  int h = 0, m = 0, sec = 0;
  if (n == 3) h = fields[0], m = fields[1], sec = fields[2];
  else if (first_digits == 1) h = fields[0], m = fields[1];
  else m = fields[0], sec = fields[1];
  std::string value = "PT";
  if (h) value += fmt::format("{}H", h);
  if (m) value += fmt::format("{}M", m);
  if (sec || value == "PT") value += fmt::format("{}S", sec);
  Candidate c;
  c.first = i;
  c.last = i + 1;
  c.type = TimexType::kDuration;
  c.value = value;
  c.amount = true;
  return c;
}

// The part of the day that "that afternoon" or "this morning" at i names, or -1. ("1:30 in
// the morning" is left alone: its day would be the reference's, a guess in an undated text.)
int Matcher::part_after(std::size_t i) const {
  const std::size_t at = is(i, "that") || is(i, "this") ? i + 1 : SIZE_MAX;
  const WordInfo* part = at == SIZE_MAX ? nullptr : info(at);
  return part && part->part_of_day >= 0 && !is(at, "tonight") ? part->part_of_day : -1;
}

// A clock time whose day is that of the part of the day after it: "that afternoon" is the
// day named last, "this morning" the reference's.
Candidate Matcher::time_in_part(std::size_t i, std::size_t j, int hour, int minute) {
  Candidate c;
  if (auto part = match_at(j)) {
    c = *part;
  } else {
    c = recipe(j, j + 2, Resolve::kSentenceDay);
  }
  on_clock(c, i, hour, minute);
  return c;
}

std::optional<Candidate> Matcher::match_time(std::size_t i) {
  int hour = -1, minute = 0;
  std::size_t j = i + 1;
  if (is(i, "noon") || is(i, "midday")) {
    hour = 12;
  } else if (is(i, "midnight")) {
    hour = 24;
  } else if (is_number(i)) {
    const std::string_view w = word(i);
    std::size_t p = 0;
    int h = 0;
    while (p < w.size() && p < 2 && w[p] >= '0' && w[p] <= '9') h = h * 10 + (w[p++] - '0');
    if (p == 0) return std::nullopt;
    bool has_minutes = false;
    if (p < w.size() && w[p] == ':') {
      if (p + 3 > w.size() || w[p + 1] < '0' || w[p + 1] > '5' || w[p + 2] < '0' || w[p + 2] > '9') return std::nullopt;
      minute = (w[p + 1] - '0') * 10 + (w[p + 2] - '0');
      p += 3;
      has_minutes = true;
      if (p < w.size() && w[p] == ':') return match_elapsed(i);
    }
    std::string_view suffix = w.substr(p);
    // "2:15 that afternoon", "at 9 this morning": the part of the day says which half.
    const std::size_t clock_end = suffix.empty() && is(j, "o'clock") ? j + 1 : j;
    if (suffix.empty() && (has_minutes || clock_end > j || (i > 0 && is(i - 1, "at"))) && part_after(clock_end) >= 0 && h >= 1 &&
        h <= 12) {
      const int part = part_after(clock_end);
      hour = (part == 1 || part == 2 || (part == 3 && h >= 6)) && h < 12 ? h + 12 : h;
      return time_in_part(i, clock_end, hour, minute);
    }
    if (suffix.empty() && (is(j, "a.m.") || is(j, "p.m.") || is(j, "a.m") || is(j, "p.m") || is(j, "am") || is(j, "pm"))) {
      suffix = word(j);
      ++j;
    } else if (suffix.empty() && is(j, "o'clock")) {
      suffix = "h";
      ++j;
    }
    if (suffix == "am" || suffix == "a.m." || suffix == "a.m") {
      if (h < 1 || h > 12) return std::nullopt;
      hour = h == 12 ? 0 : h;
    } else if (suffix == "pm" || suffix == "p.m." || suffix == "p.m") {
      if (h < 1 || h > 12) return std::nullopt;
      hour = h == 12 ? 12 : h + 12;
    } else if (suffix == "h") {
      if (h < 1 || h > 12) return std::nullopt;
      hour = h;
    } else if (suffix.empty() && has_minutes && p == w.size()) {
      // "15:00 GMT", "at 15:00"; a clock reading that is no time of day is an elapsed time
      // ("won in 2:19:41", "a 2:05 marathon").
      std::size_t after = 0;
      const bool dated = is_zone(word(j)) || day_for_time(j, after).how != Resolve::kSentenceDay;
      if (!dated) {
        if (auto elapsed = match_elapsed(i)) return elapsed;
        if (!(p == 5 || (i > 0 && is(i - 1, "at"))) || h > 24 || pace_after(j)) return std::nullopt;
      }
      hour = h;
    } else {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  if (is_zone(word(j)) && j < size() && tokens_[j].capitalized) ++j;
  std::size_t after = j;
  Candidate c = day_for_time(j, after);
  if (c.how == Resolve::kSentenceDay && (is(j, "to") || is(j, "until") || is(j, "till") || is(j, "-") || is(j, "–") || is(j, "and"))) {
    // "from 7 a.m. to 8 p.m. Tuesday": the start of a range takes the day of its end.
    if (auto end = match_time(j + 1); end && end->how != Resolve::kSentenceDay) {
      const std::size_t stop = after;
      c = *end;
      after = stop;
    }
  }
  c.last = after;
  on_clock(c, i, hour, minute);
  return c;
}

}  // namespace kban::timex
