#include "model/names.hpp"

#include <utility>

namespace kban {

namespace {

constexpr std::pair<Resolve, std::string_view> kResolve[] = {
    {Resolve::kFixed, "fixed"},           {Resolve::kShift, "shift"},
    {Resolve::kMonthDay, "month_day"},
    {Resolve::kDayOfMonth, "day_of_month"},    {Resolve::kMonthDayYear, "month_day_year"},
    {Resolve::kMonthOfYear, "month_of_year"},
    {Resolve::kMonth, "month"},           {Resolve::kWeekday, "weekday"},
    {Resolve::kSeason, "season"},         {Resolve::kQuarter, "quarter"},
    {Resolve::kHalf, "half"},
    {Resolve::kQuarterOfYear, "quarter_of_year"}, {Resolve::kHalfOfYear, "half_of_year"},
    {Resolve::kDay, "day"},               {Resolve::kAnaphoric, "anaphoric"},
    {Resolve::kThatMonth, "that_month"},  {Resolve::kThatUnit, "that_unit"},
    {Resolve::kStoryDay, "story_day"},
    {Resolve::kCounted, "counted"},       {Resolve::kClockLater, "clock_later"},
    {Resolve::kSentenceDay, "sentence_day"}};
constexpr std::pair<TimeUnit, std::string_view> kUnits[] = {
    {TimeUnit::kNone, "none"},     {TimeUnit::kSecond, "second"},   {TimeUnit::kMinute, "minute"},
    {TimeUnit::kHour, "hour"},     {TimeUnit::kDay, "day"},         {TimeUnit::kWeekend, "weekend"},
    {TimeUnit::kWeek, "week"},     {TimeUnit::kMonth, "month"},     {TimeUnit::kQuarter, "quarter"},
    {TimeUnit::kHalf, "half"},     {TimeUnit::kYear, "year"},       {TimeUnit::kDecade, "decade"},
    {TimeUnit::kCentury, "century"}};
constexpr std::pair<Tense, std::string_view> kTenses[] = {
    {Tense::kUnknown, "unknown"}, {Tense::kPast, "past"}, {Tense::kPresent, "present"}, {Tense::kFuture, "future"}};
constexpr std::pair<Granularity, std::string_view> kGranularities[] = {
    {Granularity::kDay, "day"},         {Granularity::kWeek, "week"},     {Granularity::kMonth, "month"},
    {Granularity::kQuarter, "quarter"}, {Granularity::kHalf, "half"},     {Granularity::kSeason, "season"},
    {Granularity::kYear, "year"},       {Granularity::kDecade, "decade"}, {Granularity::kCentury, "century"}};
constexpr std::pair<TimexType, std::string_view> kTypes[] = {
    {TimexType::kDate, "DATE"}, {TimexType::kTime, "TIME"}, {TimexType::kDuration, "DURATION"}, {TimexType::kSet, "SET"}};
constexpr std::pair<MentionKind, std::string_view> kKinds[] = {
    {MentionKind::kEvent, "event"},       {MentionKind::kCaption, "caption"},   {MentionKind::kDateline, "dateline"},
    {MentionKind::kCredit, "credit"},     {MentionKind::kStamp, "stamp"},       {MentionKind::kDuration, "duration"}, {MentionKind::kSet, "set"},
    {MentionKind::kVague, "vague"},       {MentionKind::kModifier, "modifier"}, {MentionKind::kUnresolved, "unresolved"},
    {MentionKind::kUntyped, "untyped"},   {MentionKind::kPeriod, "period"},
    {MentionKind::kSnapshot, "snapshot"}};

template <typename Enum, std::size_t N>
std::string_view lookup(const std::pair<Enum, std::string_view> (&table)[N], Enum value) {
  for (const auto& [e, name] : table)
    if (e == value) return name;
  return table[0].second;
}

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::pair<Enum, std::string_view> (&table)[N], std::string_view name) {
  for (const auto& [e, n] : table)
    if (n == name) return e;
  return std::nullopt;
}

}  // namespace

std::string_view name_of(Resolve how) { return lookup(kResolve, how); }
std::string_view name_of(TimeUnit unit) { return lookup(kUnits, unit); }
std::string_view name_of(Tense tense) { return lookup(kTenses, tense); }
std::string_view name_of(Granularity granularity) { return lookup(kGranularities, granularity); }
std::string_view timex_type_name(TimexType type) { return lookup(kTypes, type); }
std::string_view mention_kind_name(MentionKind kind) { return lookup(kKinds, kind); }

template <>
std::optional<Resolve> enum_named(std::string_view name) { return lookup(kResolve, name); }
template <>
std::optional<TimeUnit> enum_named(std::string_view name) { return lookup(kUnits, name); }
template <>
std::optional<Tense> enum_named(std::string_view name) { return lookup(kTenses, name); }
template <>
std::optional<Granularity> enum_named(std::string_view name) { return lookup(kGranularities, name); }
template <>
std::optional<TimexType> enum_named(std::string_view name) { return lookup(kTypes, name); }
template <>
std::optional<MentionKind> enum_named(std::string_view name) { return lookup(kKinds, name); }

}  // namespace kban
