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
    }
    std::string_view suffix = w.substr(p);
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
    } else if (suffix.empty() && has_minutes && p == w.size() && h <= 24 && (p == 5 || is_zone(word(j)))) {
      hour = h;  // "15:00", "09:30"
    } else {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  if (is_zone(word(j)) && j < size() && tokens_[j].capitalized) ++j;
  std::size_t after = j;
  Candidate c = day_for_time(j, after);
  c.first = i;
  c.last = after;
  c.type = TimexType::kTime;
  c.hour = hour;
  c.minute = minute;
  c.part = -1;
  c.amount = true;
  c.mod.clear();
  if (c.how == Resolve::kFixed) c.value = fmt::format("{}T{:02}:{:02}", to_iso(c.point->date), hour, minute);
  return c;
}

}  // namespace kban::timex
