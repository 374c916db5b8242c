#pragma once
// The data model that every stage reads and writes. Per document (the map): the sentences it
// quotes, its time expressions, mentions of dates, claims and stances, each with evidence.
// Across the corpus (the reduce): reference dates, events, claim groups and conflicts. Stages
// include this header, never each other.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kban/date.hpp"
#include "kban/timex.hpp"

namespace kban {

// A figure as the quantity tagger finds it, with the interval its words allow: "over 400
// million" is [400 million, infinity). The interval rule is in docs/claims.md.
struct Quantity {
  std::uint32_t begin = 0, end = 0;  // byte offsets of the whole expression, hedge included
  std::uint32_t sentence = 0;
  double value = 0;  // the figure as written: 270000 for "270,000", 10 for "10%" (unit "%")
  double low = 0, high = 0;  // high may be infinity
  std::string hedge;         // "over", "more than", "nearly", ... or empty for an exact figure
  std::string unit;          // "%", "USD", "EUR", "GBP", "year", "month", ... or empty for a count
  std::uint32_t number_end = 0;  // byte offset just after the number and its magnitude word
};

// Whether a unit is a currency (an ISO 4217 code: "USD", "CZK").
inline bool is_currency(const std::string& unit) {
  return unit.size() == 3 && unit[0] >= 'A' && unit[0] <= 'Z' && unit[1] >= 'A' && unit[1] <= 'Z' && unit[2] >= 'A' && unit[2] <= 'Z';
}

// A sentence that evidence quotes, kept once per document.
struct Passage {
  std::string text;
  std::uint32_t begin = 0;         // byte offset in the document's text
  std::size_t start = 0, end = 0;  // code points in the document's text, end exclusive
};

// One place in one document, so a reader can check it: the document, the quoted words and
// the sentence they stand in.
struct Evidence {
  std::uint32_t doc = 0;       // index of the document in the analysis
  std::uint32_t sentence = 0;  // index into the document's passages
  std::string text;            // the quoted words
  std::size_t start = 0, end = 0;  // code points in the document's text, end exclusive
};

// Why a time expression is or is not a timeline event.
enum class MentionKind : std::uint8_t {
  kEvent, kCaption, kDateline, kCredit, kStamp, kDuration, kSet, kVague, kModifier, kUnresolved, kUntyped, kPeriod,
  kSnapshot  // "52 confirmed cases as of Wednesday": the time a count or state held (the last kind)
};
std::string_view mention_kind_name(MentionKind kind);

// A time expression in its sentence: what it dates and, for an event, what happened.
struct Mention {
  MentionKind kind = MentionKind::kEvent;
  std::uint32_t timex = 0;  // index of its time expression in the document
  Evidence evidence;        // the time expression (for a derived date, up to its anchor)
  // Its date, set once the document's reference date is known.
  std::string value, mod;
  bool inferred = false;  // the value rests on an inferred reference date
  // Inferred, but for its year only: "December 5" in a text with no date of its own. The
  // month and the day are the source's. Set with the date.
  bool year_guessed = false;
  bool derived = false;   // dated through an anchor: "30 days after ... June 20"
  // Its clause names no action the lexicon knows; it joined an event of its day by its
  // actors and words ("On March 18, Brinkerhoff spent six hours before the committee").
  bool attached = false;
  bool until = false;     // "until Sept. 29": it marks the boundary after that day ("from Sept. 30")
  bool bound = false;     // "by the end of November", "before Monday": a time limit, not the day
  // Dated from another date of the text ("the same day", "two days later"), not from the
  // calendar or the reference: a slip there is the text's link, not the source's claim.
  bool anaphoric = false;
  // Its clause hedges the date as an expectation ("a decision could come in October",
  // "expects to hold the meeting in June").
  bool hedged = false;
  // Hedged and after its text's reference: a forecast, which the happening may not keep.
  // Set with the date.
  bool expected = false;
  // The words name a weekday the date does not have ("this Friday, July 20" in 2024): that
  // weekday (0 = Monday), or -1. Set with the date.
  std::int8_t mismatched_weekday = -1;
  // What happened.
  std::string type, group;  // event type and its group, from the lexicon; "other" when none fits
  std::string trigger;      // the words that name the action
  std::string agent;        // the actor who acted, when known (canonical name)
  std::vector<std::string> actors;    // every known actor in the clause (canonical names)
  std::vector<std::string> keywords;  // content words of the clause, for matching sources
  std::string summary;
  int quality = 0;  // how well the summary reads on its own (higher is better)
  // A duration counted from a happening the text dates elsewhere ("four days after the
  // grounding"): that happening's event type and group, else empty.
  std::string anchor_type, anchor_group;
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
  // Dates in the figure's clause that may say when it held, nearest to the figure first; the
  // first with a known date does, once resolved.
  std::vector<std::uint32_t> time_timexes;
  // A running count ("crews have recovered 212 fragments", "212 people at the last count"):
  // with no date of its own it holds on the day of its text, so tallies of different days
  // do not disagree.
  bool tally = false;
  Evidence evidence;
};

// A party's stated intent to act ("Kaspersky remains committed to exploring all legal options
// to challenge the restrictions"), and whether the source says it still holds or was given up
// ("Despite initially planning to contest the ban legally, Kaspersky has opted to wind down").
struct Stance {
  std::string agent;         // who intends
  std::string action;        // the event type of the intended action: "lawsuit"
  std::string action_label;  // "lawsuit"
  bool holds = true;         // false when the source marks the intent as given up
  std::string marker;        // the words that mark it given up, when any
  Evidence evidence;         // from the intent to the action: "intended to fight"
};

// The reference date (document creation time) that anchors a document's relative dates.
struct Reference {
  std::optional<Date> date;
  bool inferred = false;
  std::string reason;  // why this date, when inferred
  // Inferred, yet tense may pick the year against it: a day the text states as its own (first
  // published on, a page's stamp), or the latest day the text tells of in the past tense, to
  // which the reference was moved (no day told of in the past lies after it).
  bool tense_counts = false;
  // Inferred from a day the text or its page gives as its own (first published on, a stamp,
  // the original it republishes), not from the days it tells of or from other documents.
  bool stated = false;
};

// What a document's own text says about when it was written: its latest full date and latest
// explicit year outside captions, credits, stamps and datelines, the dates its stamps give,
// and the days it tells of without a year in the past (-1) or future (+1) tense.
struct DatingEvidence {
  std::optional<Date> latest_date;
  int latest_year = 0;
  std::optional<Date> stamp_date;       // the earliest full date of the page's stamps ("Published June 21, 2024")
  std::optional<Date> first_published;  // "This story was originally published ... on June 12, 2024"
  struct ToldDay {
    int month = 0, day = 0;
    int tense = 0;
  };
  std::vector<ToldDay> told;
};

// What one document says: the result of the map, read by the reduce. Everything in it comes
// from the document alone.
struct DocumentExtract {
  std::string doc;  // the document's id
  std::optional<Date> published;
  DatingEvidence dating;
  std::vector<Passage> sentences;  // the sentences its evidence quotes
  std::vector<FoundTimex> found;   // every time expression, as found
  std::vector<Mention> mentions;   // one per time expression, in text order (a few have two)
  std::vector<Claim> claims;
  std::vector<Stance> stances;
  // Hashes of its longer sentences (53 bits, so JSON holds them exactly): a document that
  // shares most of them with an earlier one is a republished copy.
  std::vector<std::uint64_t> fingerprint;
  // Hashes of the proper names it uses (53 bits, sorted): documents that share them tell one
  // story, as documents that name one actor of the lexicon do.
  std::vector<std::uint64_t> names;
  // Set by the reduce.
  Reference reference;
  std::vector<Timex> timexes;  // `found`, resolved against the reference
};

struct MentionRef {
  std::uint32_t doc = 0, index = 0;  // documents[doc].mentions[index]
};

struct Event {
  std::string id;           // stable and readable: "2017-directive"
  std::string date;         // TIMEX3 value at its real granularity: "2017", "2024-06", "2024-07-20"
  std::string granularity;  // "day", "month", "year", ...
  std::string type, group, label;
  std::string summary;
  std::vector<std::string> actors;
  std::vector<std::string> sources;  // document ids, in corpus order
  std::vector<MentionRef> mentions;  // in corpus and text order
  bool dates_agree = true;  // false when sources give incompatible dates
  bool inferred = false;    // every mention's date rests on an inferred reference
};

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
  std::string event;  // for a date conflict, the id of the event whose sources disagree
  double severity = 0;
  std::vector<ConflictValue> values;
};

// Everything kban knows of a corpus.
struct Analysis {
  std::vector<DocumentExtract> documents;  // in corpus order
  std::vector<Event> events;               // oldest first
  std::vector<ClaimGroup> claim_groups;    // point into documents[].claims
  std::vector<Conflict> conflicts;         // most severe first

  const Mention& mention(MentionRef r) const { return documents[r.doc].mentions[r.index]; }
  const Passage& sentence(const Evidence& e) const { return documents[e.doc].sentences[e.sentence]; }
  const std::string& doc_id(const Evidence& e) const { return documents[e.doc].doc; }
};

// The calendar meaning of TIMEX3 values. The day interval [first, last] a value covers; false
// for values without one (PRESENT_REF, XXXX-07-20).
bool value_interval(const std::string& value, long& first_day, long& last_day);
std::string value_granularity(const std::string& value);
// Whether one day interval lies inside the other: dates at different granularities agree
// when they nest ("2017" and "2017-09-13").
inline bool intervals_nest(long a_first, long a_last, long b_first, long b_last) {
  return (a_first <= b_first && b_last <= a_last) || (b_first <= a_first && a_last <= b_last);
}
// The same for two TIMEX3 values; false when either has no calendar meaning.
bool values_nest(const std::string& a, const std::string& b);
// A date moved by a TIMEX3 duration ("P30D", "P2W", "P1M", "P3Y") forward (sign 1) or back
// (-1): a day by any of those units, a month by months or years, a year by years. Empty for
// anything else.
std::string shifted_value(const std::string& date, const std::string& duration, int sign);
// The date a mention counted from a happening gives, from that happening's day or month
// `anchor`: a length `length` after or before it ("three days after the derailment"), or for
// "the same day as" / "the day after" (found as anaphoric) that day or the one beside it.
// Empty when it cannot be counted.
std::string counted_from_anchor(const std::string& anchor, const FoundTimex& found, const std::string& length);
// Whether two dates can both be true of one happening: they nest, or they are two days side
// by side ("stopped on Sept. 30", "from Oct. 1").
bool dates_compatible(long a_first, long a_last, long b_first, long b_last);
// The days a mention's date covers, the boundary of "until Sept. 29" taken as Sept. 29-30.
bool mention_interval(const Mention& m, long& first_day, long& last_day);
// Whether the mention's date is the source's own claim: neither inferred nor taken from
// another date of the text.
inline bool firm_date(const Mention& m) { return !m.inferred && !m.anaphoric && !m.expected && !m.bound; }
// Firm but for a guessed year: it can disagree with a date of the same year only.
inline bool firm_but_year(const Mention& m) { return m.year_guessed && !m.anaphoric && !m.expected && !m.bound && !m.derived; }

}  // namespace kban
