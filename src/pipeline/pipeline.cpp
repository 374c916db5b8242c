// The pipeline, stage by stage. Map, per document: read the text once, find the lexicon's
// phrases, find time expressions, find quantities, read what the document's own text says of
// its date, extract mentions, stances and claims. Reduce, over the corpus: infer reference
// dates, resolve time expressions, date the mentions, cluster event mentions into events, group claims, find
// conflicts.
#include "kban/pipeline.hpp"

#include <algorithm>

#include "analysis/document.hpp"
#include "analysis/lexicon_index.hpp"
#include "analysis/quotes.hpp"
#include "map/claims/claims.hpp"
#include "map/mentions/mentions.hpp"
#include "map/quantities/quantities.hpp"
#include "map/time/time.hpp"
#include "pipeline/parallel.hpp"
#include "reduce/compare.hpp"
#include "reduce/conflicts.hpp"
#include "reduce/coreference.hpp"
#include "reduce/dating.hpp"
#include "reduce/references.hpp"

namespace kban {

Extractor::Extractor(const Lexicon& lexicon) : index_(std::make_unique<LexiconIndex>(lexicon)) {}
Extractor::~Extractor() = default;

DocumentExtract Extractor::extract(const Document& d, std::uint32_t doc_index) const {
  DocumentExtract x;
  x.doc = d.id;
  x.published = d.published;
  DocumentAnalysis doc = read_document(d.text);
  find_phrases(doc, *index_);
  doc.timexes = find_timexes(doc);
  doc.quantities = find_quantities(doc);
  x.dating = dating_evidence(doc, resolve_timexes(doc.timexes, TagOptions{}));
  Quotes quotes(doc, doc_index, x.sentences);
  x.mentions = extract_mentions(doc, *index_, quotes);
  x.stances = extract_stances(doc, *index_, quotes);
  x.claims = extract_claims(doc, *index_, quotes);
  x.fingerprint = sentence_fingerprint(doc);
  x.names = proper_names(doc);
  x.found = std::move(doc.timexes);
  x.found.shrink_to_fit();  // the finder reserved for a text's worth; the extract lives on
  return x;
}

std::vector<DocumentExtract> extract_documents(const Corpus& corpus, const Lexicon& lexicon, unsigned jobs) {
  const Extractor extractor(lexicon);
  std::vector<DocumentExtract> out(corpus.documents.size());
  for_each_index(out.size(), jobs, [&](std::size_t i) {
    out[i] = extractor.extract(corpus.documents[i], static_cast<std::uint32_t>(i));
  });
  return out;
}

void extract_each(const Corpus& corpus, const Lexicon& lexicon, std::size_t begin, std::size_t end, unsigned jobs,
                  const std::function<void(DocumentExtract&&)>& sink) {
  constexpr std::size_t kBatch = 1024;
  const Extractor extractor(lexicon);
  std::vector<DocumentExtract> batch;
  for (std::size_t from = begin; from < end; from += kBatch) {
    const std::size_t n = std::min(kBatch, end - from);
    batch.assign(n, DocumentExtract{});
    for_each_index(n, jobs, [&](std::size_t i) {
      batch[i] = extractor.extract(corpus.documents[from + i], static_cast<std::uint32_t>(from + i));
    });
    for (auto& x : batch) sink(std::move(x));
  }
}

Analysis reduce_extracts(std::vector<DocumentExtract> documents, const Lexicon& lexicon, unsigned jobs) {
  Analysis a;
  a.documents = std::move(documents);
  infer_references(a.documents);
  for_each_index(a.documents.size(), jobs, [&](std::size_t i) {
    DocumentExtract& doc = a.documents[i];
    const Reference& ref = doc.reference;
    doc.timexes = resolve_timexes(doc.found, TagOptions{ref.date, ref.inferred && !ref.tense_counts, ref.inferred, ref.inferred && !ref.stated});
    date_mentions(doc);
  });
  a.events = cluster_events(a.documents, coreference_weights(lexicon.coreference));
  for (auto& e : a.events)
    for (const auto& t : lexicon.event_types)
      if (t.name == e.type) e.label = t.label;
  a.claim_groups = group_claims(a.documents);
  a.conflicts = find_conflicts(a.documents, a.claim_groups, a.events);
  return a;
}

Analysis analyze_corpus(const Corpus& corpus, const Lexicon& lexicon, unsigned jobs) {
  // Starting the threads costs about 4 ms here, more than a few short articles take on one:
  // under 64 KB of text, one thread does it all (the output is the same either way).
  std::size_t bytes = 0;
  for (const Document& d : corpus.documents) bytes += d.text.size();
  if (bytes < 64 * 1024) jobs = 1;
  return reduce_extracts(extract_documents(corpus, lexicon, jobs), lexicon, jobs);
}

}  // namespace kban
