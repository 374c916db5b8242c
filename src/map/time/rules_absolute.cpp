// Calendar expressions: month and day names with or without a year, years, numeric dates,
// decades, centuries, seasons, quarters, halves, and modifiers ("early", "the end of").
#include <fmt/format.h>

#include "input/language.hpp"
#include "matcher.hpp"

namespace kban::timex {

namespace {
Point day_point(int y, int m, int d) { return point_of(Date{y, m, d}, Granularity::kDay); }
Point month_point(int y, int m) { return point_of(Date{y, m, 1}, Granularity::kMonth); }
Point year_point(int y) { return point_of(Date{y, 1, 1}, Granularity::kYear); }
}  // namespace

// "July 20" without a year: the tense of the sentence picks the year.
Candidate Matcher::month_day(std::size_t first, std::size_t last, int month, int day) const {
  Candidate c = recipe(first, last, Resolve::kMonthDay);
  c.month = month, c.day = day;
  c.tense = tense_at(first);
  // "the March 9 quake" names a happening by its day: the nearest such day, whatever the tense
  // of the clause around it ("classes will resume 15 days after the March 9 quake").
  static constexpr std::uint32_t kVerbs = kFutureCue | kPastCue | kPresentCue | kDeterminer;
  if (first > 0 && info(first - 1) && (info(first - 1)->flags & kDeterminer) && last < size() &&
      tokens_[last].kind == TokenKind::kWord && !capitalized(last) && word(last).size() > 2 &&
      !(info(last) && (info(last)->flags & kVerbs)) && !word(last).ends_with("ed"))
    c.tense = Tense::kUnknown;
  return c;
}

// "July 20, 2024", "Sept. 29", "May 2010", "July", "Friday, July 19, 2024" (the weekday rule
// hands the month part here).
std::optional<Candidate> Matcher::match_month(std::size_t i) {
  std::size_t j = 0;
  const auto month = month_at(i, j);
  if (!month) return std::nullopt;
  std::size_t k = 0;
  if (const auto day = day_of_month(j, k)) {
    std::size_t m = k;
    if (is(m, ",")) ++m;
    if (const auto year = year_at(m)) {
      if (!is_valid_date(*year, *month, *day)) return std::nullopt;
      return fixed(i, m + 1, day_point(*year, *month, *day));
    }
    if (!is_valid_date(2000, *month, *day)) return std::nullopt;  // 2000 is a leap year: Feb. 29 passes
    // "September 29 this year", "Jan. 5 next year".
    if ((is(k, "this") || is(k, "last") || is(k, "next")) && is(k + 1, "year")) {
      Candidate c = recipe(i, k + 2, Resolve::kMonthDayYear);
      c.month = *month, c.day = *day;
      c.year_offset = is(k, "last") ? -1 : is(k, "next") ? 1 : 0;
      return c;
    }
    return month_day(i, k, *month, *day);
  }
  std::size_t y = j;
  if (is(y, "of") || is(y, ",")) ++y;
  if (const auto year = year_at(y)) return fixed(i, y + 1, month_point(*year, *month));
  // A bare month name: "May" and "March" (and abbreviations) only in a date context.
  const WordInfo* w = info(i);
  if ((w->flags & (kAmbiguousMonth | kMonthAbbrev)) && !date_signal_before(i)) return std::nullopt;
  // "and May triggered": a name before a verb.
  // "the wettest August on record": a month of any year, compared.
  if (i >= 2 && is(i - 2, "the") && word(i - 1).size() > 4 && word(i - 1).ends_with("est")) return std::nullopt;
  if ((w->flags & kAmbiguousMonth) && j < size() && tokens_[j].kind == TokenKind::kWord &&
      (word(j).ends_with("ed") || is(j, "said") || is(j, "says") || is(j, "told") || is(j, "has") || is(j, "is") ||
       is(j, "was") || is(j, "will")))
    return std::nullopt;
  if (i > 0 && capitalized(i - 1) && tokens_[i - 1].kind == TokenKind::kWord && !date_signal_before(i) &&
      tokens_[i - 1].newlines_before == 0 && i > 1)
    return std::nullopt;  // part of a name: "Prime Minister May"
  // "February of last year", "in June next year".
  if (y == j || is(j, "of"))
    if ((is(y, "last") || is(y, "this") || is(y, "next")) && is(y + 1, "year")) {
      Candidate c = recipe(i, y + 2, Resolve::kMonthOfYear);
      c.month = *month;
      c.year_offset = is(y, "last") ? -1 : is(y, "next") ? 1 : 0;
      return c;
    }
  Candidate c = recipe(i, j, Resolve::kMonth);
  c.month = *month;
  c.tense = tense_at(i);
  return c;
}

// "20 July 2024", "20th of July", "the 20th of July, 2024".
std::optional<Candidate> Matcher::match_day_first(std::size_t i) {
  std::size_t j = i;
  if (is(j, "the")) ++j;
  std::size_t k = 0;
  const auto day = day_of_month(j, k);
  if (!day) return std::nullopt;
  if (is(k, "of")) ++k;
  else if (j != i) return std::nullopt;  // "the 20 July" is not English
  std::size_t m = 0;
  const auto month = month_at(k, m);
  if (!month) return std::nullopt;
  std::size_t y = m;
  if (is(y, ",")) ++y;
  if (const auto year = year_at(y)) {
    if (!is_valid_date(*year, *month, *day)) return std::nullopt;
    return fixed(i, y + 1, day_point(*year, *month, *day));
  }
  if (!is_valid_date(2000, *month, *day)) return std::nullopt;
  return month_day(i, m, *month, *day);
}

// "the second Friday of January", "the last Monday in May 2025": a day of the month named,
// counted by its weekday.
std::optional<Candidate> Matcher::match_nth_weekday(std::size_t i) {
  if (!is(i, "the")) return std::nullopt;
  const WordInfo* w = info(i + 1);
  const int nth = is(i + 1, "last") ? -1 : w && w->ordinal >= 1 && w->ordinal <= 5 ? w->ordinal : 0;
  std::size_t j = 0;
  const auto weekday = nth != 0 ? weekday_at(i + 2, j) : std::nullopt;
  if (!weekday || !(is(j, "of") || is(j, "in"))) return std::nullopt;
  auto month = match_month(j + 1);
  if (!month || names_day(*month)) return std::nullopt;
  month->first = i;
  month->nth_weekday = nth;
  month->stated_weekday = *weekday;
  return month;
}

// "the 40th day" (of a strike): a day of the story, its date unknown; "on the 14th": a day of
// the month, where no noun follows ("the 25th anniversary", "the 20th floor" are no dates).
std::optional<Candidate> Matcher::match_ordinal_day(std::size_t i) {
  if (!is(i, "the")) return std::nullopt;
  const WordInfo* w = info(i + 1);
  const std::string_view digits = word(i + 1);
  const bool numeric = is_number(i + 1) && digits.size() >= 3 &&
                       (digits.ends_with("st") || digits.ends_with("nd") || digits.ends_with("rd") || digits.ends_with("th"));
  if (!numeric && !(w && w->ordinal > 0)) return std::nullopt;
  if (is(i + 2, "day")) {
    Candidate c = recipe(i, i + 3, Resolve::kStoryDay);
    return c;
  }
  static const WordSet kFollowers = english().words("timex.after_day_of_month");
  std::size_t next = 0;
  const auto day = numeric ? day_of_month(i + 1, next) : std::nullopt;
  if (!day || (next < size() && tokens_[next].kind != TokenKind::kPunct && !kFollowers.contains(word(next))))
    return std::nullopt;
  Candidate c = recipe(i, next, Resolve::kDayOfMonth);
  c.day = *day;
  c.tense = tense_at(i);
  return c;
}

// A bare year, in a date context only: "in 2017", "since 1997", "a 2017 directive",
// "between 2014 and 2019", "2024's", "Acme's 2023 revenue".
std::optional<Candidate> Matcher::match_year(std::size_t i) {
  const auto year = year_at(i);
  if (!year) return std::nullopt;
  // "2024/25" is a season; "1987-91" and "2005-2006" are two years, each its own expression.
  if (glued(i + 1) && is_number(i + 2) &&
      (is(i + 1, "/") || ((is(i + 1, "-") || is(i + 1, "–")) && !(word(i + 2).size() == 2 || word(i + 2).size() == 4))))
    return std::nullopt;
  bool context = false;
  if (i > 0) {
    const std::string_view before = word(i - 1);
    const WordInfo* b = info(i - 1);
    if (before == "to" || before == "and" || before == "or") {
      // "from 2014 to 2019", "between 2014 and 2019", "2019 or 2020", "to 2019 levels".
      context = (i >= 2 && year_at(i - 2)) || is(i + 1, "levels") ||
                (before == "to" && i >= 2 && (is(i - 2, "back") || is(i - 2, "dating") || is(i - 2, "dates")));
    } else if (b && (b->flags & kDateSignal)) {
      context = before != "on" && before != "for" && before != "at" && before != "as" && before != "year";
    } else if (b && (b->flags & kDeterminer) && before != "a" && before != "an" && before != "that" &&
               before != "these" && before != "those") {
      context = tokens_[i + 1 < size() ? i + 1 : i].kind == TokenKind::kWord || i + 1 >= size();
    } else if (before == "a" || before == "an") {
      context = i + 1 < size() && tokens_[i + 1].kind == TokenKind::kWord && !is(i + 1, "s");
    } else if (before == "'s" || before == "s'") {
      // "Acme's 2023 revenue", "the banks' 2023 results".
      context = i + 1 < size() && tokens_[i + 1].kind == TokenKind::kWord && !capitalized(i + 1);
    } else if (before == "(" && is(i + 1, ")")) {
      context = true;
    } else if (before == "," && i >= 2 && year_at(i - 2)) {
      context = true;  // "in 2019, 2020 and 2021"
    }
  }
  if (is(i + 1, "'s") || (is(i + 1, "'") && is(i + 2, "s"))) context = true;
  // Between a modifier and a noun in the singular, a count would need a plural: "the lab's
  // landmark 2019 paper", "the disputed 2020 election" (not "2019 people").
  static const WordSet kPluralWithoutS = english().words("timex.plural_without_s");
  if (!context && i > 0 && i + 1 < size() && tokens_[i - 1].kind == TokenKind::kWord && !capitalized(i - 1) &&
      tokens_[i + 1].kind == TokenKind::kWord && !capitalized(i + 1) && !word(i + 1).ends_with("s") &&
      !kPluralWithoutS.contains(word(i + 1)))
    context = true;
  // A year before a name, inside a sentence: "a subsequent 2018 Defense Authorization Act".
  // A name with digits is a designation: "asteroid 2024 YR4".
  if (i > 0 && tokens_[i - 1].kind == TokenKind::kWord && !capitalized(i - 1) && capitalized(i + 1) &&
      tokens_[i + 1].kind == TokenKind::kWord && word(i + 1).find_first_of("0123456789") == std::string_view::npos &&
      !(is_number(i + 2) && glued(i + 2)))
    context = true;
  if (i == 0 && is(i + 1, ",")) context = true;
  if (!context) return std::nullopt;
  return fixed(i, i + 1, year_point(*year));
}

// "fiscal 2018", "fiscal year 2021", "FY2023", "FY 2024": the year its accounts are named by.
std::optional<Candidate> Matcher::match_fiscal(std::size_t i) {
  std::size_t j = i + 1;
  if (is(i, "fiscal") && is(j, "year")) ++j;
  else if (!is(i, "fiscal") && !(is(i, "fy") && tokens_[i].capitalized)) return std::nullopt;
  const auto year = year_at(j);
  if (!year) return std::nullopt;
  return fixed(i, j + 1, year_point(*year));
}

// "91" in "1987-91" (the century of the first year), "2006" in "2005-2006", "14" in "June
// 12-14" (the month of the first day): the end of a range whose start was just found.
std::optional<Candidate> Matcher::match_range_end(std::size_t i) {
  if (!previous_ || i < 2 || previous_->last != i - 1 || !is_number(i)) return std::nullopt;
  const bool hyphen = (is(i - 1, "-") || is(i - 1, "–")) && glued(i - 1) && glued(i);
  const bool spelled = is(i - 1, "to") || is(i - 1, "through") || is(i - 1, "until");
  if (!hyphen && !spelled) return std::nullopt;
  const Candidate& start = *previous_;
  const auto value = integer(i);
  if (!value) return std::nullopt;
  if (start.how == Resolve::kFixed && start.point && start.point->granularity == Granularity::kYear && hyphen &&
      (word(i).size() == 2 || word(i).size() == 4)) {
    const int first = start.point->date.year;
    int year = *value;
    if (word(i).size() == 2) {
      year += first / 100 * 100;
      if (year <= first) year += 100;
    }
    if (year <= first || year - first > 100) return std::nullopt;
    return fixed(i, i + 1, year_point(year));
  }
  std::size_t next = 0;
  const auto day = day_of_month(i, next);
  if (!day || !names_day(start) || *day <= (start.how == Resolve::kFixed ? start.point->date.day : start.day)) return std::nullopt;
  if (spelled && next < size() && tokens_[next].kind != TokenKind::kPunct) return std::nullopt;
  if (start.how == Resolve::kFixed) {
    const Date& d = start.point->date;
    if (!is_valid_date(d.year, d.month, *day)) return std::nullopt;
    return fixed(i, next, day_point(d.year, d.month, *day));
  }
  if (start.how != Resolve::kMonthDay) return std::nullopt;
  Candidate c = start;
  c.first = i;
  c.last = next;
  c.day = *day;
  c.mod.clear();
  c.stated_weekday = -1;
  return c;
}

// "2024-07-20", "7/20/2024"; day first where the day says so or the dots do, as agency
// copy writes them ("17/01/2025", "22.02.2025").
std::optional<Candidate> Matcher::match_numeric_date(std::size_t i) {
  if (!is_number(i)) return std::nullopt;
  // "22.02.2025", one token: read as the ISO date it names.
  if (const std::string_view w = word(i); w.size() == 10 && w[2] == '.' && w[5] == '.') {
    if (const auto d = parse_iso_date(fmt::format("{}-{}-{}", w.substr(6, 4), w.substr(3, 2), w.substr(0, 2))))
      return fixed(i, i + 1, day_point(d->year, d->month, d->day));
    return std::nullopt;
  }
  if (!glued(i + 1) || !glued(i + 2) || !glued(i + 3) || !glued(i + 4)) return std::nullopt;
  const std::string_view sep = word(i + 1);
  if ((sep != "-" && sep != "/") || word(i + 3) != sep) return std::nullopt;
  const auto a = integer(i), b = integer(i + 2), c = integer(i + 4);
  if (!a || !b || !c) return std::nullopt;
  if (sep == "-" && word(i).size() == 4 && is_valid_date(*a, *b, *c))
    return fixed(i, i + 5, day_point(*a, *b, *c));
  if (sep == "/" && word(i + 4).size() == 4 && *a <= 12 && is_valid_date(*c, *a, *b))
    return fixed(i, i + 5, day_point(*c, *a, *b));
  if (sep == "/" && word(i + 4).size() == 4 && *a > 12 && is_valid_date(*c, *b, *a))
    return fixed(i, i + 5, day_point(*c, *b, *a));
  return std::nullopt;
}

// "the 1990s", "1990s", "the '90s".
std::optional<Candidate> Matcher::match_decade(std::size_t i) {
  std::size_t j = is(i, "the") ? i + 1 : i;
  int decade = -1;
  const std::string_view w = word(j);
  if (is_number(j) && w.size() == 5 && w.back() == 's' && w[1] != '0' && w[2] == '0' && w[3] == '0') {
    // "the 1800s" is the century
    return fixed(i, j + 1, point_of(Date{std::stoi(std::string(w.substr(0, 4))), 1, 1}, Granularity::kCentury));
  }
  if (is_number(j) && w.size() == 5 && w.back() == 's' && w[3] == '0') {
    decade = std::stoi(std::string(w.substr(0, 3)));
  } else if (is(j, "'") && is_number(j + 1) && word(j + 1).size() == 3 && word(j + 1).back() == 's' &&
             word(j + 1)[1] == '0') {
    const int two = std::stoi(std::string(word(j + 1).substr(0, 2)));
    decade = (two >= 30 ? 190 : 200) + two / 10;
    ++j;
  } else {
    return std::nullopt;
  }
  return fixed(i, j + 1, point_of(Date{decade * 10, 1, 1}, Granularity::kDecade));
}

// "the 19th century", "the fifth century", "this century".
std::optional<Candidate> Matcher::match_century(std::size_t i) {
  std::size_t j = is(i, "the") ? i + 1 : i;
  int ordinal = -1;
  if (is_number(j)) {
    const std::string_view w = word(j);
    if (w.size() >= 3 && w.size() <= 4 && (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd")))
      ordinal = std::stoi(std::string(w.substr(0, w.size() - 2)));
  } else if (const WordInfo* o = info(j); o && o->ordinal > 0) {
    ordinal = o->ordinal;
  } else if (is(j, "twenty") && is(j + 1, "-") && is(j + 2, "first")) {
    ordinal = 21;
    j += 2;
  }
  if (ordinal <= 0 || ordinal > 30 || !is(j + 1, "century")) return std::nullopt;
  Candidate c = fixed(i, j + 2, point_of(Date{(ordinal - 1) * 100 + 1, 1, 1}, Granularity::kCentury));
  c.value = fmt::format("{:02}", ordinal - 1);
  return c;
}

// "the summer of 2022", "summer 2024", "the fall", "in spring"; not "Summer Games" or
// "Arab Spring".
std::optional<Candidate> Matcher::match_season(std::size_t i) {
  std::size_t j = i;
  int direction = 0;
  if (is(i, "the") || is(i, "this")) ++j;
  else if (is(i, "last") || is(i, "past")) ++j, direction = -1;
  else if (is(i, "next") || is(i, "coming")) ++j, direction = 1;
  const WordInfo* w = info(j);
  if (!w || w->season < 0) return std::nullopt;
  std::size_t y = j + 1;
  if (is(y, "of")) ++y;
  if (const auto year = year_at(y)) {
    Point p = point_of(Date{*year, w->season * 3 + 3 > 12 ? 12 : w->season * 3 + 3, 1}, Granularity::kSeason);
    p.season = w->season;
    return fixed(i, y + 1, p);
  }
  // Not a name ("Summer Games", "Arab Spring"), "the fall of Rome", or a modifier ("spring training").
  if (capitalized(j) && (capitalized(j + 1) || (j == i && i > 0 && capitalized(i - 1)))) return std::nullopt;
  if (is(j + 1, "of") || is(j + 1, "in") || (j == i && !date_signal_before(i))) return std::nullopt;
  if (j == i && i > 0 && (is(i - 1, "to") || is(i - 1, "and") || is(i - 1, "or"))) return std::nullopt;  // "expected to fall"
  static const WordSet kSeasonNouns = english().words("timex.season_nouns");
  if (kSeasonNouns.contains(word(j + 1))) return std::nullopt;
  Candidate c = recipe(i, j + 1, Resolve::kSeason);
  c.season = w->season;
  c.direction = direction;
  c.tense = direction ? Tense::kUnknown : tense_at(i);
  return c;
}

// "the third quarter", "fourth-quarter", "Q3 2024", "the second quarter of 2024", "the
// current quarter", "the July-September quarter".
std::optional<Candidate> Matcher::match_quarter(std::size_t i) {
  std::size_t j = is(i, "the") ? i + 1 : i;
  if (is(j, "fiscal")) ++j;  // "the fiscal third quarter"
  int quarter = 0;
  std::size_t end = 0;
  const std::string_view w = word(j);
  if (w.size() == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4') {
    quarter = w[1] - '0';
    end = j + 1;
  } else if (const WordInfo* o = info(j); o && o->ordinal >= 1 && o->ordinal <= 4) {
    std::size_t k = j + 1;
    if (is(k, "-") && glued(k)) ++k;
    if (!is(k, "quarter")) return std::nullopt;
    quarter = o->ordinal;
    end = k + 1;
  } else if (is(j, "current") && is(j + 1, "quarter")) {
    Candidate c = recipe(i, j + 2, Resolve::kShift);
    c.unit = Unit::kQuarter;
    return c;
  } else {
    std::size_t k = 0, m = 0;
    const auto from = month_at(j, k);
    if (!from || !is(k, "-") || !month_at(k + 1, m) || !is(m, "quarter")) return std::nullopt;
    quarter = (*from - 1) / 3 + 1;
    end = m + 1;
  }
  std::size_t y = end;
  if (is(y, "of") || (word(j).size() == 2 && !is(y, "of"))) y += is(y, "of") ? 1 : 0;
  if (const auto year = year_at(y)) return fixed(i, y + 1, point_of(Date{*year, quarter * 3, 1}, Granularity::kQuarter));
  if (is(end, "of") && (is(end + 1, "last") || is(end + 1, "this") || is(end + 1, "next")) && is(end + 2, "year")) {
    Candidate c = recipe(i, end + 3, Resolve::kQuarterOfYear);
    c.quarter = quarter;
    c.year_offset = is(end + 1, "last") ? -1 : is(end + 1, "next") ? 1 : 0;
    return c;
  }
  if (is(end, "of") && is(end + 1, "the") && is(end + 2, "year")) end += 3;
  Candidate c = recipe(i, end, Resolve::kQuarter);
  c.quarter = quarter;
  c.tense = tense_at(i);
  return c;
}

// "the first half of 2024", "the second half of the year", "the first half of next year".
std::optional<Candidate> Matcher::match_half(std::size_t i) {
  if (!is(i, "the") || !(is(i + 1, "first") || is(i + 1, "second")) || !is(i + 2, "half")) return std::nullopt;
  const int half = is(i + 1, "first") ? 1 : 2;
  if (!is(i + 3, "of")) {
    // "losses in the first half": a half of the year where the sentence tells of a business's
    // figures, not of a match ("the second half belonged to Villa").
    static const WordSet kCues = english().words("timex.half_year_cues");
    bool figures = false;
    for (std::size_t k = 0; k < size() && !figures; ++k) figures = kCues.contains(word(k));
    if (!figures) return std::nullopt;
    Candidate c = recipe(i, i + 3, Resolve::kHalf);
    c.half = half;
    c.tense = tense_at(i);
    return c;
  }
  const std::size_t j = i + 4;
  if (const auto y = year_at(j)) return fixed(i, j + 1, point_of(Date{*y, half * 6, 1}, Granularity::kHalf));
  if (!((is(j, "the") || is(j, "this") || is(j, "last") || is(j, "next")) && is(j + 1, "year"))) return std::nullopt;
  Candidate c = recipe(i, j + 2, Resolve::kHalfOfYear);
  c.half = half;
  c.year_offset = is(j, "last") ? -1 : is(j, "next") ? 1 : 0;
  return c;
}

// "the year", "the month", "last year", "this decade": only after a modifier phrase.
std::optional<Candidate> Matcher::match_unit_reference(std::size_t i) {
  long offset = 0;
  std::size_t j = i;
  if (is(i, "the") || is(i, "this")) ++j;
  else if (is(i, "last")) ++j, offset = -1;
  else if (is(i, "next")) ++j, offset = 1;
  else if (!(i > 0 && is(i - 1, "of"))) return std::nullopt;  // "end of year": the unit without an article
  if (is(j, "fiscal")) ++j;
  bool plural = false;
  const Unit unit = unit_at(j, plural);
  if (unit == Unit::kNone || plural || unit == Unit::kDay || unit == Unit::kHour || unit == Unit::kMinute ||
      unit == Unit::kSecond)
    return std::nullopt;
  Candidate c = recipe(i, j + 1, Resolve::kShift);
  c.unit = unit;
  c.offset = offset;
  return c;
}

// "early 2011", "late last year", "mid-2023", "the end of the year", "the beginning of
// June", "the middle of the century", "early Wednesday".
std::optional<Candidate> Matcher::match_modified(std::size_t i) {
  std::string mod;
  std::size_t j = i;
  if (is(i, "early")) mod = "START", ++j;
  else if (is(i, "late")) mod = "END", ++j;
  else if (is(i, "mid") && is(i + 1, "-") && glued(i + 1)) mod = "MID", j += 2;
  else if (is(i, "mid")) mod = "MID", ++j;
  else if (const std::size_t n = is(i, "the") ? i + 1 : i;
           (is(n, "end") || is(n, "beginning") || is(n, "start") || is(n, "middle") || is(n, "close") || is(n, "turn")) &&
           is(n + 1, "of")) {
    mod = is(n, "end") || is(n, "close") ? "END" : is(n, "middle") ? "MID" : "START";
    j = n + 2;
  } else if (const WordInfo* u = info(i); u && (u->unit == Unit::kYear || u->unit == Unit::kMonth || u->unit == Unit::kQuarter) &&
                                         !(u->flags & kPlural) && is(i + 1, "-") && glued(i + 1) && is(i + 2, "end") && glued(i + 2)) {
    // "by year-end": the end of the reference's year (month, quarter).
    Candidate c = recipe(i, i + 3, Resolve::kShift);
    c.unit = u->unit;
    c.mod = "END";
    return c;
  } else if (is(i, "the") && (is(i + 1, "early") || is(i + 1, "late") || is(i + 1, "mid"))) {
    // "the early 1990s"
    auto inner = match_modified(i + 1);
    if (inner) inner->first = i;
    return inner;
  } else {
    return std::nullopt;
  }
  using Rule = std::optional<Candidate> (Matcher::*)(std::size_t);
  static constexpr Rule kInner[] = {&Matcher::match_month,   &Matcher::match_year,          &Matcher::match_decade,
                                    &Matcher::match_century, &Matcher::match_season,        &Matcher::match_quarter,
                                    &Matcher::match_half,    &Matcher::match_unit_reference, &Matcher::match_relative,
                                    &Matcher::match_weekday};
  std::optional<Candidate> best;
  for (Rule rule : kInner) {
    auto c = (this->*rule)(j);
    if (c && c->first == j && c->type == TimexType::kDate && (!best || c->last > best->last)) best = std::move(c);
  }
  if (!best && mod != "MID" && i == j - 1) {
    // A bare year after "early"/"late" is a date even without other context: "early 2011".
    if (const auto year = year_at(j)) best = fixed(j, j + 1, year_point(*year));
  }
  if (!best && (mod == "MID") ) {
    if (const auto year = year_at(j)) best = fixed(j, j + 1, year_point(*year));
  }
  if (!best) return std::nullopt;
  if (!best->mod.empty()) return std::nullopt;
  best->first = i;
  best->mod = mod;
  // The tense is read where the whole expression starts: "until the end of September".
  if (best->how == Resolve::kMonthDay || best->how == Resolve::kMonth || best->how == Resolve::kWeekday ||
      best->how == Resolve::kSeason || best->how == Resolve::kQuarter || best->how == Resolve::kHalf)
    best->tense = tense_at(i);
  return best;
}

}  // namespace kban::timex
