#pragma once
// The temporal tagger: finds every TIMEX3 expression (DATE, TIME, DURATION, SET) in English
// news text and normalizes it against a reference date, following shared/docs/timex3.md.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kban/date.hpp"

namespace kban {

enum class TimexType { kDate, kTime, kDuration, kSet };
std::string_view timex_type_name(TimexType type);  // "DATE", "TIME", ...

struct Timex {
  std::uint32_t begin = 0;  // byte offsets into the text, end exclusive
  std::uint32_t end = 0;
  TimexType type = TimexType::kDate;
  std::string value;  // TIMEX3 value: "2024-07-20", "P2Y", "PAST_REF", "XXXX-07-20"
  std::string mod;    // TIMEX3 mod or empty: "APPROX", "START", ...
  bool uses_reference = false;  // the value was computed from the reference date
  std::uint32_t sentence = 0;   // index of its sentence in the text
  // A day without a year, told in the past tense (-1) or the future tense (+1): it bounds
  // the publication date of an undated article.
  std::int8_t tense = 0;
  // A duration that leads from a date named in the same sentence ("30 days after ... June
  // 20"): the relation ("after" or "before"), the index of that date among the results,
  // and the date it leads to.
  std::string anchor_relation;
  std::int32_t anchor_index = -1;
  std::string anchored_value;
};

struct TagOptions {
  std::optional<Date> reference;  // the document creation time; none keeps unknown parts as X
  // The reference was inferred, not published: a month or day without a year then takes its
  // nearest occurrence, since the tense rule's jump to another year would rest on a guess.
  bool reference_inferred = false;
};

std::vector<Timex> tag_timexes(std::string_view text, const TagOptions& options);

}  // namespace kban
