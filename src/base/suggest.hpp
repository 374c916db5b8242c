#pragma once
// "Did you mean" for mistyped names: the nearest candidate by edit distance.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kban {

std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if it is within a third of the word's length (at least 1,
// at most 3 edits) of it.
std::optional<std::string> nearest_name(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace kban
