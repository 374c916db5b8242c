// The calendar meaning of TIMEX3 values: the days they cover and their granularity.
#include <cctype>
#include <cstdlib>
#include <string>

#include "kban/model.hpp"

namespace kban {

namespace {

bool digits(const std::string& s, std::size_t from, std::size_t count) {
  if (s.size() < from + count) return false;
  for (std::size_t i = from; i < from + count; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

}  // namespace

bool value_interval(const std::string& v, long& first, long& last) {
  if (v.size() == 2 && digits(v, 0, 2)) {  // century "19"
    const int y = std::stoi(v) * 100;
    first = days_from_civil({std::max(y, 1), 1, 1}), last = days_from_civil({y + 99, 12, 31});
    return true;
  }
  if (!digits(v, 0, 3)) return false;
  if (v.size() == 3) {  // decade "199"
    const int y = std::stoi(v) * 10;
    first = days_from_civil({y, 1, 1}), last = days_from_civil({y + 9, 12, 31});
    return true;
  }
  if (!digits(v, 0, 4)) return false;
  const int y = std::stoi(v.substr(0, 4));
  if (v.size() == 4) {
    first = days_from_civil({y, 1, 1}), last = days_from_civil({y, 12, 31});
    return true;
  }
  if (v.size() >= 7 && v[4] == '-' && digits(v, 5, 2)) {
    const int m = std::stoi(v.substr(5, 2));
    if (v.size() >= 10 && v[7] == '-' && digits(v, 8, 2)) {
      const auto d = parse_iso_date(v.substr(0, 10));
      if (!d) return false;
      first = last = days_from_civil(*d);
      return true;
    }
    if (v.size() == 7 && m >= 1 && m <= 12) {
      first = days_from_civil({y, m, 1}), last = days_from_civil({y, m, days_in_month(y, m)});
      return true;
    }
  }
  if (v.size() >= 7 && v[4] == '-') {
    const std::string part = v.substr(5);
    int from_month = 0, months = 0;
    if (part[0] == 'Q' && part.size() == 2) from_month = (part[1] - '1') * 3 + 1, months = 3;
    else if (part[0] == 'H' && part.size() == 2) from_month = (part[1] - '1') * 6 + 1, months = 6;
    else if (part == "SP") from_month = 3, months = 3;
    else if (part == "SU") from_month = 6, months = 3;
    else if (part == "FA") from_month = 9, months = 3;
    else if (part == "WI") from_month = 12, months = 3;
    else if (part[0] == 'W' && digits(part, 1, 2)) {
      const Date monday = iso_week_monday(y, std::stoi(part.substr(1, 2)));
      first = days_from_civil(monday), last = first + 6;
      return true;
    }
    if (months) {
      const Date start{y, from_month, 1};
      first = days_from_civil(start);
      last = days_from_civil(add_months(start, months)) - 1;
      return true;
    }
  }
  return false;
}

bool values_nest(const std::string& a, const std::string& b) {
  long af = 0, al = 0, bf = 0, bl = 0;
  return value_interval(a, af, al) && value_interval(b, bf, bl) && intervals_nest(af, al, bf, bl);
}

bool mention_interval(const Mention& m, long& first, long& last) {
  if (!value_interval(m.value, first, last)) return false;
  if (m.until && first == last) ++last;
  return true;
}

bool dates_compatible(long a_first, long a_last, long b_first, long b_last) {
  if (intervals_nest(a_first, a_last, b_first, b_last)) return true;
  // A day side by side with a day or a period: the last day of something (or its month, "it
  // ended in September") and the first day after it ("from Oct. 1").
  return (a_first == a_last || b_first == b_last) && (a_last + 1 == b_first || b_last + 1 == a_first);
}

std::string shifted_value(const std::string& date, const std::string& duration, int sign) {
  const std::string& v = duration;
  if (v.size() < 3 || v[0] != 'P' || !digits(v, 1, v.size() - 2)) return {};
  const long n = std::strtol(v.c_str() + 1, nullptr, 10);
  if (n <= 0 || n > 100000) return {};
  const char unit = v.back();
  const long months = unit == 'M' ? n : unit == 'Y' ? 12 * n : 0;
  const long days = unit == 'D' ? n : unit == 'W' ? 7 * n : 0;
  if (months == 0 && days == 0) return {};
  if (date.size() == 10 && digits(date, 0, 4) && digits(date, 5, 2) && digits(date, 8, 2)) {
    const auto d = parse_iso_date(date);
    if (!d) return {};
    return to_iso(days ? add_days(*d, sign * days) : add_months(*d, static_cast<int>(sign * months)));
  }
  if (date.size() == 7 && digits(date, 0, 4) && digits(date, 5, 2) && months) {
    const auto d = parse_iso_date(date + "-01");
    if (!d) return {};
    return to_iso(add_months(*d, static_cast<int>(sign * months))).substr(0, 7);
  }
  if (date.size() == 4 && digits(date, 0, 4) && unit == 'Y') return std::to_string(std::stol(date) + sign * n);
  return {};
}

std::string counted_from_anchor(const std::string& anchor, const FoundTimex& found, const std::string& length) {
  if (found.how != Resolve::kAnaphoric) return shifted_value(anchor, length, found.relation == "before" ? -1 : 1);
  return found.offset == 0 ? anchor : shifted_value(anchor, "P1D", found.offset < 0 ? -1 : 1);
}

std::string value_granularity(const std::string& v) {
  if (v.size() == 2) return "century";
  if (v.size() == 3) return "decade";
  if (v.size() == 4) return "year";
  if (v.size() == 7 && v[5] == 'Q') return "quarter";
  if (v.size() == 7 && v[5] == 'H') return "half";
  if (v.size() == 7 && (v[5] == 'S' || v[5] == 'F' || v[5] == 'W') && v[6] != '0' && !std::isdigit(static_cast<unsigned char>(v[6])))
    return "season";
  if (v.size() == 8 && v[5] == 'W') return "week";
  if (v.size() == 7) return "month";
  if (v.size() > 10) return "time";
  return "day";
}

}  // namespace kban
