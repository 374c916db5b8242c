#include "kban/pipeline.hpp"

namespace kban {

Analysis analyze_corpus(const Corpus& corpus, const Lexicon& lexicon) {
  Analysis a;
  a.references = infer_references(corpus);
  const EventLexicon events_lexicon(lexicon);
  for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
    const Document& doc = corpus.documents[i];
    a.timexes.push_back(tag_timexes(doc.text, TagOptions{a.references[i].date, a.references[i].inferred}));
    auto mentions = extract_mentions(doc, i, a.references[i], a.timexes.back(), events_lexicon);
    a.mentions.insert(a.mentions.end(), std::make_move_iterator(mentions.begin()), std::make_move_iterator(mentions.end()));
  }
  a.events = align_events(a.mentions);
  for (auto& e : a.events)
    for (const auto& t : lexicon.event_types)
      if (t.name == e.type) e.label = t.label;
  return a;
}

}  // namespace kban
