#pragma once
// Events: what happened on the dates the tagger found. Extraction turns each dated time
// expression into a mention (its action, actors and evidence) or sets it aside (a photo
// caption's date, a duration); alignment merges mentions of one happening across sources.
#include <cstdint>
#include <string>
#include <vector>

#include "kban/corpus.hpp"
#include "text/layout.hpp"
#include "kban/lexicon.hpp"
#include "reduce/references.hpp"
#include "text/sentences.hpp"
#include "kban/timex.hpp"

namespace kban {

// Why a time expression is or is not a timeline event.
enum class MentionKind { kEvent, kCaption, kDateline, kCredit, kDuration, kSet, kVague, kModifier, kUnresolved, kUntyped };
std::string_view mention_kind_name(MentionKind kind);

struct Mention {
  MentionKind kind = MentionKind::kEvent;
  std::string doc;  // document id
  std::size_t doc_index = 0;
  // The time expression: its text, code-point offsets into the document (end exclusive),
  // its own normalized value and mod.
  std::string text;
  std::size_t start = 0, end = 0;
  std::string value, mod;
  bool inferred = false;  // the value rests on an inferred reference date
  std::string inferred_reason;
  bool derived = false;   // dated through an anchor: "30 days after ... June 20"
  // The sentence, with its code-point offsets.
  std::string sentence;
  std::size_t sentence_start = 0, sentence_end = 0;
  std::uint32_t sentence_index = 0;
  // What happened.
  std::string type, group;  // event type and its group, from the lexicon; "other" when none fits
  std::string trigger;      // the words that name the action
  std::string agent;        // the actor who acted, when known (canonical name)
  std::vector<std::string> actors;    // every known actor in the clause (canonical names)
  std::vector<std::string> keywords;  // content words of the clause, for matching sources
  std::string summary;
  int quality = 0;  // how well the summary reads on its own (higher is better)
};

// Compiled lexicon lookups, built once per run.
struct EventLexicon {
  explicit EventLexicon(const Lexicon& lexicon);
  const Lexicon& lexicon;
  PhraseIndex actors;    // id: index into lexicon.actors
  PhraseIndex triggers;  // id: index into lexicon.event_types
  PhraseIndex follow;    // "followed suit"
  PhraseIndex anchors;   // "after", "following"
  PhraseIndex generic;   // "the company": id is an index into lexicon.references
  PhraseIndex intents;   // "intends to", "vowed to"
  PhraseIndex abandons;  // "initially", "changed its position"
};

// An actor named in a sentence: token position and length in the sentence's tokens, and the
// index into lexicon.actors. "The company" counts as the last company named before it.
struct ActorMention {
  std::size_t pos = 0, len = 0;
  int id = -1;
};
// What the later stages read of a document, computed once: its sentences, its layout, and
// the actors of each sentence.
struct DocumentParts {
  std::vector<Sentence> sentences;
  std::vector<Paragraph> layout;
  std::vector<std::vector<ActorMention>> actors;  // per sentence
};
DocumentParts read_document_parts(std::string_view text, const EventLexicon& lexicon);

// The mentions of one document, in text order.
std::vector<Mention> extract_mentions(const Document& doc, std::size_t doc_index, const Reference& reference,
                                      const std::vector<Timex>& timexes, const DocumentParts& parts,
                                      const EventLexicon& lexicon);

struct Event {
  std::string id;           // stable and readable: "2017-directive-department-of-homeland-security"
  std::string date;         // TIMEX3 value at its real granularity: "2017", "2024-06", "2024-07-20"
  std::string granularity;  // "day", "month", "year", ...
  std::string type, group, label;
  std::string summary;
  std::vector<std::string> actors;
  std::vector<std::string> sources;  // document ids, in corpus order
  std::vector<Mention> mentions;
  bool dates_agree = true;  // false when sources give incompatible dates
  bool inferred = false;    // every mention's date rests on an inferred reference
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
  std::string doc;
  std::size_t doc_index = 0;
  std::string text;  // from the intent to the action: "intended to fight"
  std::size_t start = 0, end = 0;  // code points
  std::string sentence;
  std::size_t sentence_start = 0, sentence_end = 0;
};

std::vector<Stance> extract_stances(const Document& doc, std::size_t doc_index, const DocumentParts& parts,
                                    const EventLexicon& lexicon);

// Merges event mentions that describe the same happening; events come out oldest first.
std::vector<Event> align_events(std::vector<Mention> mentions);

// Day interval [first, last] that a TIMEX3 date value covers; false for values without a
// calendar meaning (PRESENT_REF, XXXX-07-20).
bool value_interval(const std::string& value, long& first_day, long& last_day);
std::string value_granularity(const std::string& value);
// Whether one day interval lies inside the other: dates at different granularities agree
// when they nest ("2017" and "2017-09-13").
inline bool intervals_nest(long a_first, long a_last, long b_first, long b_last) {
  return (a_first <= b_first && b_last <= a_last) || (b_first <= a_first && a_last <= b_last);
}
// The same for two TIMEX3 values; false when either has no calendar meaning.
bool values_nest(const std::string& a, const std::string& b);

}  // namespace kban
