#pragma once
// The whole analysis of a corpus in two steps. The map reads each document on its own and
// says what it contains (time expressions, mentions of dates, claims, stances), with
// evidence; it keeps no state between documents, so any engine can run it on shards. The
// reduce reads what the documents say: reference dates, the dates of mentions, events,
// claim groups and conflicts. analyze_corpus runs both in one process, the map on all cores.
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "kban/corpus.hpp"
#include "kban/lexicon.hpp"
#include "kban/model.hpp"

namespace kban {

struct LexiconIndex;

// The map, with the lexicon compiled once.
class Extractor {
 public:
  explicit Extractor(const Lexicon& lexicon);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // What one document says, from its text alone. `doc_index` is its place in the corpus.
  DocumentExtract extract(const Document& doc, std::uint32_t doc_index) const;

 private:
  std::unique_ptr<LexiconIndex> index_;
};

// The map over a corpus, on `jobs` threads (0: all cores); the result is in corpus order and
// the same whatever the number of threads.
std::vector<DocumentExtract> extract_documents(const Corpus& corpus, const Lexicon& lexicon, unsigned jobs = 0);

// The map over documents [begin, end) of a corpus, handed to `sink` one by one in corpus
// order; documents are extracted a batch at a time on `jobs` threads, so memory stays bounded
// by a batch.
void extract_each(const Corpus& corpus, const Lexicon& lexicon, std::size_t begin, std::size_t end, unsigned jobs,
                  const std::function<void(DocumentExtract&&)>& sink);

// The reduce. Documents keep their order; evidence must point to their places in it.
Analysis reduce_extracts(std::vector<DocumentExtract> documents, const Lexicon& lexicon, unsigned jobs = 0);

// Map and reduce.
Analysis analyze_corpus(const Corpus& corpus, const Lexicon& lexicon, unsigned jobs = 0);

}  // namespace kban
