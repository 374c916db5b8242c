#pragma once
// What counts as a disagreement between sources, shared by claim groups and conflicts.
#include <string>
#include <vector>

namespace kban {

// Whether some source of one list differs from some source of the other. Each list holds
// distinct document ids, so only one and the same single source on both sides fails.
inline bool different_sources(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return false;
  return a.size() > 1 || b.size() > 1 || a.front() != b.front();
}

}  // namespace kban
