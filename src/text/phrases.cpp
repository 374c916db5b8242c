#include "text/phrases.hpp"

#include <algorithm>

namespace kban {

namespace {

// Regular inflections of an English verb or noun: -s, -es, -ed, -d, -ing, -ies, -ied, and
// the doubled final consonant of short verbs ("stopped", "cutting").
std::vector<std::string> inflections(const std::string& w) {
  std::vector<std::string> out = {w + "s", w + "es", w + "ed", w + "ing"};
  if (w.ends_with("e")) {
    out.push_back(w + "d");
    out.push_back(w.substr(0, w.size() - 1) + "ing");
  }
  if (w.ends_with("y") && w.size() > 2) {
    out.push_back(w.substr(0, w.size() - 1) + "ies");
    out.push_back(w.substr(0, w.size() - 1) + "ied");
  }
  const auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (w.size() >= 3 && w.size() <= 5 && !vowel(w.back()) && w.back() != 'w' && w.back() != 'x' && w.back() != 'y' &&
      vowel(w[w.size() - 2]) && !vowel(w[w.size() - 3])) {
    out.push_back(w + w.back() + "ed");
    out.push_back(w + w.back() + "ing");
  }
  return out;
}

}  // namespace

void PhraseIndex::add(std::string_view phrase, int id, bool inflect) {
  std::string buffer;
  const auto tokens = tokenize(phrase, buffer);
  if (tokens.empty()) return;
  std::vector<std::string> firsts{std::string(tokens.front().lower())};
  if (inflect && tokens.size() <= 2 && !tokens.front().capitalized)
    for (auto& w : inflections(firsts.front())) firsts.push_back(std::move(w));
  for (std::size_t f = 0; f < firsts.size(); ++f) {
    std::uint32_t at = 0;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const std::string_view word = k == 0 ? std::string_view(firsts[f]) : tokens[k].lower();
      std::uint32_t next = child(at, word);
      if (next == 0) {
        if (at == 0) first_words_.add(word);
        next = static_cast<std::uint32_t>(nodes_.size());
        edges_.emplace(Edge{at, std::string(word)}, next);
        nodes_.emplace_back();
      }
      at = next;
    }
    // A phrase the index has: the one written first stays for inflected forms, the newer one
    // wins when given as is.
    Node& node = nodes_[at];
    if (node.id >= 0 && f > 0) continue;
    node.id = id;
    node.capitalized = tokens.front().capitalized;
  }
}

std::uint32_t PhraseIndex::child(std::uint32_t node, std::string_view word) const {
  const auto it = edges_.find(Step{node, word});
  return it == edges_.end() ? 0 : it->second;
}

namespace {

// The length of a figure at token k, with up to two hedge words before it ("450", "about
// 450", "up to 450"), or 0. A year is no figure: "closed in 2023 the deal".
std::size_t figure_gap(std::span<const Token> tokens, std::size_t k) {
  static const WordSet kHedges = english().words("quantities.gap_hedges");
  for (std::size_t n = 0; n < 3 && k + n < tokens.size(); ++n) {
    const Token& t = tokens[k + n];
    if (t.kind == TokenKind::kNumber) {
      const std::string_view w = t.lower();
      const bool year = w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
      return year ? 0 : n + 1;
    }
    if (t.kind != TokenKind::kWord || !kHedges.contains(t.lower())) return 0;
  }
  return 0;
}

}  // namespace

PhraseIndex::Match PhraseIndex::match(std::span<const Token> tokens, std::size_t i) const {
  Match best;
  if (i >= tokens.size() || !first_words_.may_contain(tokens[i].lower())) return best;
  std::uint32_t at = 0;
  for (std::size_t k = i; k < tokens.size(); ++k) {
    std::uint32_t next = child(at, tokens[k].lower());
    // A figure between the words of a phrase: "cut 450 jobs", "cut about 450 jobs" for "cut jobs".
    if (next == 0 && k > i)
      if (const std::size_t gap = figure_gap(tokens, k); gap > 0 && k + gap < tokens.size())
        if ((next = child(at, tokens[k + gap].lower())) != 0) k += gap;
    at = next;
    if (at == 0) break;
    const Node& node = nodes_[at];
    if (node.id >= 0 && (!node.capitalized || tokens[i].capitalized)) best = {k - i + 1, node.id};
  }
  return best;
}

std::vector<PhraseMatch> find_all(const PhraseIndex& index, std::span<const Token> tokens) {
  std::vector<PhraseMatch> out;
  for (std::size_t i = 0; i < tokens.size();) {
    const auto m = index.match(tokens, i);
    if (m.length) {
      out.push_back({i, m.length, m.id});
      i += m.length;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace kban
