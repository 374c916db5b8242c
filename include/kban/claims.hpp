#pragma once
// Claims: what each source asserts in figures, and where sources agree or contradict each
// other. Extraction ties each quantity to a subject, an attribute, a scope and a time;
// comparison groups claims and reads their intervals; conflicts also come from events whose
// sources give incompatible dates.
#include <string>
#include <vector>

#include "kban/corpus.hpp"
#include "kban/events.hpp"
#include "kban/lexicon.hpp"
#include "map/quantities/quantities.hpp"
#include "kban/timex.hpp"

namespace kban {

struct Evidence {
  std::string doc;
  std::size_t doc_index = 0;
  std::string text;             // the quoted figure or date
  std::size_t start = 0, end = 0;  // code points into the document's text, end exclusive
  std::string sentence;
  std::size_t sentence_start = 0, sentence_end = 0;
};

struct Claim {
  std::string subject;    // the actor the figure is about: "Kaspersky"
  std::string attribute;  // canonical: "corporate clients", "share of revenue"
  std::string written;    // the attribute as the source wrote it: "companies"
  std::string scope;      // "global", "US", "national", or empty when not stated
  std::string time;       // the year the figure refers to, when stated
  std::string unit;       // "", "%", "USD", "year", ...
  double value = 0, low = 0, high = 0;
  std::string hedge;
  Evidence evidence;
};

// Compiled lookups for claims, built once per run.
struct ClaimLexicon {
  explicit ClaimLexicon(const Lexicon& lexicon);
  const Lexicon& lexicon;
  PhraseIndex attributes;  // id: index into lexicon.attributes
};

std::vector<Claim> extract_claims(const Document& doc, std::size_t doc_index, const std::vector<Quantity>& quantities,
                                  const std::vector<Timex>& timexes, const DocumentParts& parts,
                                  const EventLexicon& events, const ClaimLexicon& lexicon);

// One value that some claims share: the intersection of their intervals.
struct ClaimValue {
  double value = 0, low = 0, high = 0;
  std::string text;  // as the first source wrote it
  std::vector<std::string> docs;
  std::vector<const Claim*> claims;
};

struct ClaimGroup {
  std::string id, subject, attribute, scope, time, unit;
  std::vector<ClaimValue> values;  // one when all agree
  bool conflict = false;           // values that cannot all be true, from two or more sources
  double severity = 0;             // the relative gap between the furthest values
};

// Claims must outlive the groups, which point at them.
std::vector<ClaimGroup> group_claims(const std::vector<Claim>& claims);

struct ConflictValue {
  std::string value;  // a number for figures, an ISO date for dates (as text)
  double number = 0, low_number = 0, high_number = 0;  // figures: the value and its interval
  std::string low, high;  // dates: the first and last day the value covers
  std::string text;
  std::vector<std::string> docs;
  std::vector<Evidence> mentions;
};

struct Conflict {
  std::string id, kind, subject, attribute, scope;
  double severity = 0;
  std::vector<ConflictValue> values;
};

// Figure conflicts from claim groups, date conflicts from events, and statement conflicts
// from stances (one source says an intent holds, another that it was given up); most severe
// first.
std::vector<Conflict> find_conflicts(const std::vector<ClaimGroup>& groups, const std::vector<Event>& events,
                                     const std::vector<Stance>& stances);

}  // namespace kban
