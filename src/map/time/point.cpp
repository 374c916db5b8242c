#include "point.hpp"

#include <fmt/format.h>

#include <cmath>

namespace kban::timex {

Point point_of(const Date& date, Granularity granularity) {
  Point p{date, granularity, 0};
  if (granularity == Granularity::kSeason) p.season = date.month >= 3 && date.month <= 5 ? 0 : date.month >= 6 && date.month <= 8 ? 1 : date.month >= 9 && date.month <= 11 ? 2 : 3;
  return p;
}

Granularity granularity_of(Unit unit) {
  switch (unit) {
    case Unit::kWeek:
    case Unit::kWeekend: return Granularity::kWeek;
    case Unit::kMonth: return Granularity::kMonth;
    case Unit::kQuarter: return Granularity::kQuarter;
    case Unit::kHalf: return Granularity::kHalf;
    case Unit::kYear: return Granularity::kYear;
    case Unit::kDecade: return Granularity::kDecade;
    case Unit::kCentury: return Granularity::kCentury;
    default: return Granularity::kDay;
  }
}

Point shift(const Point& p, Unit unit, long n) {
  Point out = p;
  switch (unit) {
    case Unit::kDay: out.date = add_days(p.date, n); break;
    case Unit::kWeek:
    case Unit::kWeekend: out.date = add_days(p.date, 7 * n); break;
    case Unit::kMonth: out.date = add_months(p.date, static_cast<int>(n)); break;
    case Unit::kQuarter: out.date = add_months(p.date, static_cast<int>(3 * n)); break;
    case Unit::kHalf: out.date = add_months(p.date, static_cast<int>(6 * n)); break;
    case Unit::kYear: out.date = add_months(p.date, static_cast<int>(12 * n)); break;
    case Unit::kDecade: out.date = add_months(p.date, static_cast<int>(120 * n)); break;
    case Unit::kCentury: out.date = add_months(p.date, static_cast<int>(1200 * n)); break;
    default: break;
  }
  out.granularity = unit == Unit::kNone ? p.granularity : granularity_of(unit);
  return out;
}

std::string format_week(const Date& d) {
  const IsoWeek w = iso_week(d);
  return fmt::format("{:04}-W{:02}", w.year, w.week);
}

std::string format_point(const Point& p) {
  const Date& d = p.date;
  switch (p.granularity) {
    case Granularity::kDay: return to_iso(d);
    case Granularity::kWeek: return format_week(d);
    case Granularity::kMonth: return fmt::format("{:04}-{:02}", d.year, d.month);
    case Granularity::kQuarter: return fmt::format("{:04}-Q{}", d.year, (d.month - 1) / 3 + 1);
    case Granularity::kHalf: return fmt::format("{:04}-H{}", d.year, d.month <= 6 ? 1 : 2);
    case Granularity::kSeason: {
      static constexpr const char* kSeasons[] = {"SP", "SU", "FA", "WI"};
      return fmt::format("{:04}-{}", d.year, kSeasons[p.season & 3]);
    }
    case Granularity::kYear: return fmt::format("{:04}", d.year);
    case Granularity::kDecade: return fmt::format("{:03}", d.year / 10);
    case Granularity::kCentury: return fmt::format("{:02}", d.year / 100);
  }
  return to_iso(d);
}

std::string format_duration(Unit unit, std::optional<double> amount) {
  const char* letter = "D";
  bool time = false;
  double scale = 1;
  switch (unit) {
    case Unit::kSecond: letter = "S", time = true; break;
    case Unit::kMinute: letter = "M", time = true; break;
    case Unit::kHour: letter = "H", time = true; break;
    case Unit::kDay: letter = "D"; break;
    case Unit::kWeekend:
    case Unit::kWeek: letter = "W"; break;
    case Unit::kMonth: letter = "M"; break;
    case Unit::kQuarter: letter = "M", scale = 3; break;
    case Unit::kHalf: letter = "M", scale = 6; break;
    case Unit::kYear: letter = "Y"; break;
    case Unit::kDecade: letter = amount ? "Y" : "DE", scale = amount ? 10 : 1; break;
    case Unit::kCentury: letter = amount ? "Y" : "CE", scale = amount ? 100 : 1; break;
    case Unit::kNone: break;
  }
  const char* prefix = time ? "PT" : "P";
  if (!amount) return fmt::format("{}X{}", prefix, letter);
  double value = *amount * scale;
  if (value != std::floor(value)) {
    // Halves in the next smaller unit: "a year and a half" is P18M, "an hour and a half" PT90M.
    if (unit == Unit::kYear) return fmt::format("P{}M", static_cast<long>(value * 12));
    if (unit == Unit::kHour) return fmt::format("PT{}M", static_cast<long>(value * 60));
    if (unit == Unit::kDay) return fmt::format("PT{}H", static_cast<long>(value * 24));
    if (unit == Unit::kMonth || unit == Unit::kWeek) return fmt::format("P{}D", static_cast<long>(value * (unit == Unit::kWeek ? 7 : 30)));
    return fmt::format("{}{}{}", prefix, value, letter);
  }
  return fmt::format("{}{}{}", prefix, static_cast<long>(value), letter);
}

std::string format_set(Unit unit, std::optional<double> amount) {
  if (amount && *amount == 1) {
    switch (unit) {
      case Unit::kYear: return "XXXX";
      case Unit::kMonth: return "XXXX-XX";
      case Unit::kWeek: return "XXXX-WXX";
      case Unit::kDay: return "XXXX-XX-XX";
      default: break;
    }
  }
  return format_duration(unit, amount);
}

}  // namespace kban::timex
