#pragma once
// Calendar arithmetic on the proleptic Gregorian calendar.
#include <optional>
#include <string>
#include <string_view>

namespace kban {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  auto operator<=>(const Date&) const = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid_date(int year, int month, int day);

// Parses exactly YYYY-MM-DD and checks the calendar (2024-02-30 is rejected).
std::optional<Date> parse_iso_date(std::string_view text);
std::string to_iso(const Date& d);

// Days since 1970-01-01.
long days_from_civil(const Date& d);
Date civil_from_days(long days);
Date add_days(const Date& d, long days);
// Adds months, clamping the day to the month's length.
Date add_months(const Date& d, int months);
// 0 = Monday .. 6 = Sunday.
int weekday(const Date& d);

// The occurrence of a month and day nearest to `reference` (within half a year of it); none
// when that day does not exist in the year it falls in (Feb. 29).
std::optional<Date> nearest_occurrence(int month, int day, const Date& reference);

// ISO 8601 week: the year the week belongs to and its number.
struct IsoWeek {
  int year = 0;
  int week = 0;
};
IsoWeek iso_week(const Date& d);
// The Monday of an ISO week.
Date iso_week_monday(int year, int week);

}  // namespace kban
