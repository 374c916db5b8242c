#pragma once
// Evidence for a document's extract: each quoted sentence is kept once among the extract's
// passages, and every piece of evidence points to it by index.
#include <cstdint>
#include <vector>

#include "analysis/document.hpp"
#include "kban/model.hpp"

namespace kban {

class Quotes {
 public:
  Quotes(const DocumentAnalysis& doc, std::uint32_t doc_index, std::vector<Passage>& passages);
  // Evidence for bytes [begin, end) of sentence `sentence`.
  Evidence evidence(std::uint32_t sentence, std::uint32_t begin, std::uint32_t end);

 private:
  std::uint32_t passage(std::uint32_t sentence);
  const DocumentAnalysis& doc_;
  std::uint32_t doc_index_;
  std::vector<Passage>& passages_;
  std::vector<std::uint32_t> passage_of_;  // per sentence, UINT32_MAX until quoted
};

}  // namespace kban
