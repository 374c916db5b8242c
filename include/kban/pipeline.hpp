#pragma once
// The whole analysis of a corpus, stage by stage: reference dates, time expressions, event
// mentions, events. Each stage takes values and returns values; this is the only place that
// calls them in order: reference dates, tag dates, extract events, tag quantities, extract
// claims, align events, group claims, find conflicts.
#include <vector>

#include "kban/claims.hpp"
#include "kban/corpus.hpp"
#include "kban/events.hpp"
#include "kban/lexicon.hpp"
#include "reduce/references.hpp"
#include "kban/timex.hpp"

namespace kban {

struct Analysis {
  std::vector<Reference> references;         // one per document
  std::vector<std::vector<Timex>> timexes;   // one list per document
  std::vector<Mention> mentions;             // every dated expression, events and the rest
  std::vector<Event> events;                 // oldest first
  std::vector<Claim> claims;                 // every figure tied to what it counts
  std::vector<ClaimGroup> claim_groups;      // point into `claims`
  std::vector<Stance> stances;               // stated intents, for statement conflicts
  std::vector<Conflict> conflicts;           // most severe first
};

Analysis analyze_corpus(const Corpus& corpus, const Lexicon& lexicon);

}  // namespace kban
