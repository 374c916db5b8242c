#pragma once
// The bodies of the listing subcommands: each turns pipeline results into a Listing that the
// renderers write in any format. A listing refers to the results it lists: they must outlive
// it.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kban/corpus.hpp"
#include "kban/model.hpp"
#include "kban/timex.hpp"
#include "base/utf8.hpp"
#include "output/render.hpp"

namespace kban {

// `kban sources`: id, outlet, published, title, word count of each document.
Listing list_sources(const Corpus& corpus);

// `kban tag`: the time expressions of one text, offsets in code points. `doc` is the corpus
// document id when the text is one, else empty.
Listing list_timexes(std::string_view text, const std::vector<Timex>& timexes, const Reference& reference,
                     const std::string& doc);

struct TimelineFilter {
  std::optional<long> since, until;  // day numbers (days_from_civil), inclusive
  std::vector<std::string> sources;  // document ids; empty means all
  std::vector<std::string> types;    // event types; empty means all
  std::string grep;                  // case-insensitive text in a summary or sentence
  bool evidence = false;             // quotes under each event in tables
};

// `kban timeline`: the events, oldest first, with their mentions; set-aside dates (captions,
// durations) in JSON under "excluded".
Listing list_timeline(const Analysis& analysis, const TimelineFilter& filter);
// The events the filter keeps, oldest first (what the timeline lists, for the pictures).
std::vector<const Event*> select_events(const Analysis& analysis, const TimelineFilter& filter);

struct ClaimFilter {
  std::vector<std::string> sources;   // document ids; empty means all
  std::vector<std::string> statuses;  // agree, conflict, single; empty means all
};

// `kban claims`: every claim group with its values, the sources of each, and whether they
// agree.
Listing list_claims(const Analysis& analysis, const ClaimFilter& filter);

struct ConflictFilter {
  std::vector<std::string> kinds;    // figure, date, statement, inconsistency; empty means all
  std::vector<std::string> sources;  // document ids, one of which takes part; empty means all
};

// Whether a listed claim group is in conflict, and how many conflicts are listed (for
// --fail-on-conflict).
bool any_claim_conflict(const Analysis& analysis, const ClaimFilter& filter);
std::size_t count_conflicts(const Analysis& analysis, const ConflictFilter& filter);
// The claim groups and conflicts the filters keep, in listing order.
std::vector<const ClaimGroup*> select_claims(const Analysis& analysis, const ClaimFilter& filter);
std::vector<const Conflict*> select_conflicts(const Analysis& analysis, const ConflictFilter& filter);
// What a claim group or conflict is about, for people: "Kaspersky: users (global)".
std::string claim_about(const std::string& subject, const std::string& attribute, const std::string& scope,
                        const std::string& time);
// What a conflict is about, for people: a date conflict's event, else as claim_about says.
std::string conflict_about(const Conflict& conflict);
// A competing value for people: a figure's forms as written, a date, or a statement and its
// words between the quote marks `open` and `close`.
std::string conflict_value_text(const Conflict& conflict, const ConflictValue& value, std::string_view open,
                                std::string_view close);
// The claim group's status: agree, conflict or single.
std::string claim_status(const ClaimGroup& group);

// `kban conflicts`: each conflict with its competing values, sources and quotes, most severe
// first.
Listing list_conflicts(const Analysis& analysis, const ConflictFilter& filter, bool evidence);

// The sentence evidence stands in, as listings quote it. A sentence of more than
// kLongSentence code points is quoted only around the evidence (kSentenceContext code points
// on each side, "…" where cut), so that the mentions of one huge sentence do not each repeat
// it and the output stays linear in the input; its offsets still give the whole sentence.
// Each long sentence is indexed once, when first quoted.
class SentenceQuotes {
 public:
  static constexpr std::size_t kLongSentence = 1000, kSentenceContext = 200;
  explicit SentenceQuotes(const Analysis& analysis) : analysis_(analysis) {}
  const Analysis& analysis() const { return analysis_; }
  std::string quote(const Evidence& e);

 private:
  const Analysis& analysis_;
  std::map<std::pair<std::uint32_t, std::uint32_t>, CodePointIndex> long_;  // (document, sentence)
};

// The evidence fields every listing writes the same way: document, quoted text, code-point
// offsets, sentence and its offsets.
void write_evidence(JsonWriter& w, SentenceQuotes& quotes, const Evidence& e);
// The line under a row with --evidence: document, offsets, quoted text, sentence.
std::string evidence_line(SentenceQuotes& quotes, const Evidence& e);

// Text for one table cell or line: line breaks and tabs become spaces.
std::string one_line(std::string_view text);

// "2017", "Jun 2024", "20 Jul 2024", "1990s".
std::string display_date(const std::string& value);
// The first (or, with `upper`, last) day of a partial ISO date such as "2024" or "2024-06".
bool parse_date_bound(const std::string& text, bool upper, long& day);

// The text with inline <TIMEX3> tags, in the TimeML layout that TempEval scorers read.
std::string render_timeml(std::string_view text, const std::vector<Timex>& timexes, const Reference& reference);

}  // namespace kban
