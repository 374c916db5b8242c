#pragma once
// The time stage: the time expressions of a document as found (resolving, against the
// reference date, is in kban/timex.hpp: resolve_timexes).
#include <vector>

#include "analysis/document.hpp"
#include "kban/model.hpp"
#include "kban/timex.hpp"

namespace kban {

std::vector<FoundTimex> find_timexes(const DocumentAnalysis& doc);

// What the document's own text says about when it was written: read from doc.timexes and the
// same expressions resolved without a reference date (`unanchored`).
DatingEvidence dating_evidence(const DocumentAnalysis& doc, const std::vector<Timex>& unanchored);

}  // namespace kban
