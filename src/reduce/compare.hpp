#pragma once
// Agreement: claims on the same subject, attribute, scope and time form a group; values whose
// intervals overlap agree.
#include <vector>

#include "kban/model.hpp"

namespace kban {

// The groups of every document's claims; they point into the documents, which must outlive them.
std::vector<ClaimGroup> group_claims(const std::vector<DocumentExtract>& documents);

}  // namespace kban
