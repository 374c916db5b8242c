#pragma once
// Reading numbers that input text may make arbitrarily long, without exceptions.
#include <charconv>
#include <optional>
#include <string_view>

namespace kban {

// Digits with an optional decimal point ("270000", "1.5"); nothing for other text or for
// values beyond 10^15, which no news figure reaches and which double arithmetic would blur.
inline std::optional<double> parse_decimal(std::string_view digits) {
  double value = 0;
  const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, std::chars_format::fixed);
  if (ec != std::errc() || ptr != digits.data() + digits.size() || value > 1e15) return std::nullopt;
  return value;
}

}  // namespace kban
