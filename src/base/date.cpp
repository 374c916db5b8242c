#include "kban/date.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace kban {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool is_valid_date(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto digits = [&](std::size_t from, std::size_t count) -> int {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
  if (y < 0 || m < 0 || d < 0 || !is_valid_date(y, m, d)) return std::nullopt;
  return Date{y, m, d};
}

std::string to_iso(const Date& d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }

// Howard Hinnant's days_from_civil and civil_from_days.
long days_from_civil(const Date& d) {
  const long y = d.month <= 2 ? d.year - 1 : d.year;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (d.month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + d.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = yoe + era * 400;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(m <= 2 ? y + 1 : y), static_cast<int>(m), static_cast<int>(d)};
}

Date add_days(const Date& d, long days) { return civil_from_days(days_from_civil(d) + days); }

Date add_months(const Date& d, int months) {
  long index = static_cast<long>(d.year) * 12 + (d.month - 1) + months;
  Date out{static_cast<int>(index / 12), static_cast<int>(index % 12) + 1, d.day};
  const int last = days_in_month(out.year, out.month);
  if (out.day > last) out.day = last;
  return out;
}

int weekday(const Date& d) {
  const long days = days_from_civil(d);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

IsoWeek iso_week(const Date& d) {
  const Date thursday = add_days(d, 3 - weekday(d));
  const long first = days_from_civil(Date{thursday.year, 1, 1});
  const int week = static_cast<int>((days_from_civil(thursday) - first) / 7 + 1);
  return IsoWeek{thursday.year, week};
}

Date iso_week_monday(int year, int week) {
  const Date jan4{year, 1, 4};
  const Date week1_monday = add_days(jan4, -weekday(jan4));
  return add_days(week1_monday, 7L * (week - 1));
}

std::optional<Date> nearest_occurrence(int month, int day, const Date& reference) {
  int year = reference.year;
  const Date same{year, month, std::min(day, days_in_month(year, month))};
  const long d = days_from_civil(same) - days_from_civil(reference);
  if (d > 183) --year;
  else if (d < -183) ++year;
  if (!is_valid_date(year, month, day)) return std::nullopt;
  return Date{year, month, day};
}

}  // namespace kban
