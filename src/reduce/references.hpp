#pragma once
// The reference date (document creation time) that anchors a document's relative dates:
// its publication date, or, when it has none, one inferred from its own text and then from the
// other documents of the corpus, always marked as inferred with the reason.
#include <optional>
#include <string>
#include <vector>

#include "kban/corpus.hpp"

namespace kban {

struct Reference {
  std::optional<Date> date;
  bool inferred = false;
  std::string reason;  // why this date, when inferred
};

// One reference per document of the corpus, in order.
std::vector<Reference> infer_references(const Corpus& corpus);

}  // namespace kban
