#pragma once
// The reference date (document creation time) that anchors each document's relative dates:
// its publication date, or, when it has none, one inferred from its own text and then from
// the other documents of the corpus, always marked as inferred with the reason.
#include <vector>

#include "kban/model.hpp"

namespace kban {

// Sets the reference of every document.
void infer_references(std::vector<DocumentExtract>& documents);

}  // namespace kban
