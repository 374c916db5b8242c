#include "analysis/quotes.hpp"

#include <climits>

namespace kban {

Quotes::Quotes(const DocumentAnalysis& doc, std::uint32_t doc_index, std::vector<Passage>& passages)
    : doc_(doc), doc_index_(doc_index), passages_(passages), passage_of_(doc.sentences().size(), UINT32_MAX) {}

std::uint32_t Quotes::passage(std::uint32_t sentence) {
  std::uint32_t& p = passage_of_.at(sentence);
  if (p == UINT32_MAX) {
    const Sentence& s = doc_.sentences()[sentence];
    p = static_cast<std::uint32_t>(passages_.size());
    passages_.push_back(Passage{std::string(doc_.text.substr(s.begin, s.end - s.begin)), s.begin,
                                doc_.code_points.to_code_points(s.begin), doc_.code_points.to_code_points(s.end)});
  }
  return p;
}

Evidence Quotes::evidence(std::uint32_t sentence, std::uint32_t begin, std::uint32_t end) {
  return Evidence{doc_index_, passage(sentence), std::string(doc_.text.substr(begin, end - begin)),
                  doc_.code_points.to_code_points(begin), doc_.code_points.to_code_points(end)};
}

}  // namespace kban
