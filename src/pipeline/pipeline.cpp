#include "kban/pipeline.hpp"

namespace kban {

Analysis analyze_corpus(const Corpus& corpus, const Lexicon& lexicon) {
  Analysis a;
  a.references = infer_references(corpus);
  const EventLexicon events_lexicon(lexicon);
  const ClaimLexicon claims_lexicon(lexicon);
  for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
    const Document& doc = corpus.documents[i];
    a.timexes.push_back(tag_timexes(doc.text, TagOptions{a.references[i].date, a.references[i].inferred}));
    const DocumentParts parts = read_document_parts(doc.text, events_lexicon);
    auto mentions = extract_mentions(doc, i, a.references[i], a.timexes.back(), parts, events_lexicon);
    auto stances = extract_stances(doc, i, parts, events_lexicon);
    a.stances.insert(a.stances.end(), std::make_move_iterator(stances.begin()), std::make_move_iterator(stances.end()));
    a.mentions.insert(a.mentions.end(), std::make_move_iterator(mentions.begin()), std::make_move_iterator(mentions.end()));
    // Durations are figures too ("two decades"); dates, times and sets are not.
    std::vector<Span> dates;
    for (const Timex& t : a.timexes.back())
      if (t.type != TimexType::kDuration) dates.push_back({t.begin, t.end});
    auto claims =
        extract_claims(doc, i, tag_quantities(doc.text, dates), a.timexes.back(), parts, events_lexicon, claims_lexicon);
    a.claims.insert(a.claims.end(), std::make_move_iterator(claims.begin()), std::make_move_iterator(claims.end()));
  }
  a.events = align_events(a.mentions);
  a.claim_groups = group_claims(a.claims);
  for (auto& e : a.events)
    for (const auto& t : lexicon.event_types)
      if (t.name == e.type) e.label = t.label;
  a.conflicts = find_conflicts(a.claim_groups, a.events, a.stances);
  return a;
}

}  // namespace kban
