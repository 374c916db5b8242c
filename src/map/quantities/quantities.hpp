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

namespace kban {

struct Quantity {
  std::uint32_t begin = 0, end = 0;  // byte offsets of the whole expression, hedge included
  std::uint32_t sentence = 0;
  double value = 0;  // the figure as written: 270000 for "270,000", 10 for "10%" (unit "%")
  double low = 0, high = 0;  // the interval the words allow; high may be infinity
  std::string hedge;         // "over", "more than", "nearly", ... or empty for an exact figure
  std::string unit;          // "%", "USD", "EUR", "GBP", "year", "month", ... or empty for a count
  std::uint32_t number_end = 0;  // byte offset just after the number and its magnitude word
};

// Byte spans that are not quantities (time expressions found by the temporal tagger).
struct Span {
  std::uint32_t begin = 0, end = 0;
};

std::vector<Quantity> tag_quantities(std::string_view text, const std::vector<Span>& exclude);

inline constexpr double kUnbounded = std::numeric_limits<double>::infinity();

// "270,000", "400 million", "10%", "$721 million", "more than 400 million".
std::string format_quantity(double value, const std::string& unit);

}  // namespace kban
