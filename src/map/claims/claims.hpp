#pragma once
// The claims stage: what each figure of a document counts, about whom, where and when.
#include <vector>

#include "analysis/document.hpp"
#include "analysis/lexicon_index.hpp"
#include "analysis/quotes.hpp"
#include "kban/model.hpp"

namespace kban {

// A claim for each figure of doc.quantities whose attribute the words tell; the year it
// refers to is read in the reduce from the dates in its clause.
std::vector<Claim> extract_claims(const DocumentAnalysis& doc, const LexiconIndex& lex, Quotes& quotes);

}  // namespace kban
