#pragma once
// The quantity tagger: figures in English news text, in digits or words, with magnitudes
// ("400 million", "270K"), percentages, money, ranges and hedges read as intervals ("over
// 400 million" is [400 million, ∞)). Years, dates, times, ordinals, phone-like and
// version-like numbers are not quantities. The interval rule is in docs/claims.md.
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/document.hpp"
#include "kban/model.hpp"

namespace kban {

// Byte spans that are not quantities (time expressions found by the temporal tagger).
struct Span {
  std::uint32_t begin = 0, end = 0;
};

// The figures of a document, outside its dates, times and recurrences (durations are figures).
std::vector<Quantity> find_quantities(const DocumentAnalysis& doc);

inline constexpr double kUnbounded = std::numeric_limits<double>::infinity();

// "270,000", "400 million", "10%", "$721 million", "more than 400 million".
std::string format_quantity(double value, const std::string& unit);

}  // namespace kban
