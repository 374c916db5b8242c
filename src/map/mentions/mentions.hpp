#pragma once
// The mentions stage: what each time expression of a document dates (an action, its agent,
// a summary) or why it dates none (a caption, a duration), and the intents the document
// states. Dates get their values in the reduce, once the reference date is known.
#include <vector>

#include "analysis/document.hpp"
#include "analysis/lexicon_index.hpp"
#include "analysis/quotes.hpp"
#include "kban/model.hpp"

namespace kban {

// One mention per time expression of doc.timexes, in text order (a few have two).
std::vector<Mention> extract_mentions(const DocumentAnalysis& doc, const LexiconIndex& lex, Quotes& quotes);

// Stated intents, and whether the document says they still hold.
std::vector<Stance> extract_stances(const DocumentAnalysis& doc, const LexiconIndex& lex, Quotes& quotes);

}  // namespace kban
