#pragma once
// Conflicts: where sources disagree.
#include <vector>

#include "kban/model.hpp"

namespace kban {

// Figure conflicts from claim groups, date conflicts from events, and statement conflicts
// from stances (one source says an intent holds, another that it was given up); most severe
// first.
std::vector<Conflict> find_conflicts(const std::vector<DocumentExtract>& documents, const std::vector<ClaimGroup>& groups,
                                     const std::vector<Event>& events);

}  // namespace kban
