#pragma once
// A calendar point at some granularity, and TIMEX3 values made from it. Private to the tagger.
#include <optional>
#include <string>

#include "kban/date.hpp"
#include "kban/timex.hpp"

namespace kban::timex {

using Unit = TimeUnit;
using Point = CalendarPoint;

Point point_of(const Date& date, Granularity granularity);
// Shifts by n units, keeping the unit's granularity ("last month" is the month before).
Point shift(const Point& p, Unit unit, long n);
Granularity granularity_of(Unit unit);
std::string format_point(const Point& p);

// "P3M", "PT2H", "P10Y" (decades and centuries are written in years); `amount` may be a
// fraction of .5; unknown amounts give "PXM".
std::string format_duration(Unit unit, std::optional<double> amount);

// A recurrence of one unit in the X'd calendar form ("every year" XXXX, "every week" XXXX-WXX,
// "daily" XXXX-XX-XX); other lengths as a duration ("every six months" P6M).
std::string format_set(Unit unit, std::optional<double> amount);

// ISO week value "2024-W29".
std::string format_week(const Date& d);

}  // namespace kban::timex
