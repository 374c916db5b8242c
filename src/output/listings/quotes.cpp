#include <algorithm>

#include "output/listings.hpp"

namespace kban {

std::string SentenceQuotes::quote(const Evidence& e) {
  const Passage& p = analysis_.sentence(e);
  const std::size_t length = p.end - p.start;
  if (length <= kLongSentence) return p.text;
  const auto key = std::make_pair(e.doc, e.sentence);
  auto it = long_.find(key);
  if (it == long_.end()) it = long_.emplace(key, CodePointIndex(p.text)).first;
  const CodePointIndex& index = it->second;
  // The window in code points of the sentence: the evidence and its context on each side.
  const std::size_t from = std::min(length, e.start - std::min(e.start, p.start));
  const std::size_t to = std::min(length, std::max(from, e.end - std::min(e.end, p.start)));
  const std::size_t first = from > kSentenceContext ? from - kSentenceContext : 0;
  const std::size_t last = std::min(length, to + kSentenceContext);
  const std::size_t begin = index.to_bytes(first), end = index.to_bytes(last);
  std::string out;
  if (first > 0) out += "…";
  out.append(p.text, begin, end - begin);
  if (last < length) out += "…";
  return out;
}

}  // namespace kban
