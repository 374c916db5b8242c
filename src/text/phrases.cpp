#include "text/phrases.hpp"

#include <algorithm>
#include <array>

namespace kban {

namespace {

// Whether t is a regular inflection of the word w: -s, -es, -ed, -d, -ing, -ies, -ied, and
// the doubled final consonant of short verbs ("stopped", "cutting").
bool inflects_to(std::string_view w, std::string_view t) {
  if (t.size() <= w.size()) return false;
  const std::string_view tail = t.substr(w.size());
  if (t.substr(0, w.size()) == w && (tail == "s" || tail == "es" || tail == "ed" || tail == "ing")) return true;
  if (w.ends_with('e')) {
    if (t.substr(0, w.size()) == w && tail == "d") return true;
    if (t.size() == w.size() + 2 && t.substr(0, w.size() - 1) == w.substr(0, w.size() - 1) && t.ends_with("ing")) return true;
  }
  if (w.ends_with('y') && w.size() > 2 && t.size() == w.size() + 2 && t.substr(0, w.size() - 1) == w.substr(0, w.size() - 1) &&
      (t.ends_with("ies") || t.ends_with("ied")))
    return true;
  const auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (w.size() >= 3 && w.size() <= 5 && !vowel(w.back()) && w.back() != 'w' && w.back() != 'x' && w.back() != 'y' &&
      vowel(w[w.size() - 2]) && !vowel(w[w.size() - 3]) && t.substr(0, w.size()) == w && t[w.size()] == w.back() &&
      (t.substr(w.size() + 1) == "ed" || t.substr(w.size() + 1) == "ing"))
    return true;
  return false;
}

// The words that t may be a regular inflection of, at most six: "closing" gives "clos" and
// "close", "stopped" gives "stopp", "stop" and "stoppe".
std::size_t stems_of(std::string_view t, std::array<std::string, 6>& out) {
  std::size_t n = 0;
  const auto put = [&](std::string s) {
    if (n < out.size() && !s.empty()) out[n++] = std::move(s);
  };
  const auto cut = [&](std::size_t k) { return std::string(t.substr(0, t.size() - k)); };
  if (t.ends_with("ies") || t.ends_with("ied")) put(cut(3) + "y");
  if (t.ends_with("ing")) {
    put(cut(3));
    put(cut(3) + "e");
    if (t.size() >= 5 && t[t.size() - 4] == t[t.size() - 5]) put(cut(4));
  } else if (t.ends_with("ed")) {
    put(cut(2));
    put(cut(1));
    if (t.size() >= 4 && t[t.size() - 3] == t[t.size() - 4]) put(cut(3));
  } else if (t.ends_with("es")) {
    put(cut(2));
    put(cut(1));
  } else if (t.ends_with('s')) {
    put(cut(1));
  }
  return n;
}

}  // namespace

void PhraseIndex::add(std::string_view phrase, int id, bool inflect) {
  std::string buffer;
  const auto tokens = tokenize(phrase, buffer);
  if (tokens.empty()) return;
  std::uint32_t at = 0;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const std::string_view word = tokens[k].lower();
    std::uint32_t next = child(at, word);
    if (next == 0) {
      if (at == 0) first_words_.add(word);
      next = static_cast<std::uint32_t>(nodes_.size());
      link(at, word, next);
      nodes_.emplace_back();
    }
    at = next;
  }
  Node& node = nodes_[at];
  node.id = id;
  node.capitalized = tokens.front().capitalized;
  node.inflects = inflect && tokens.size() <= 2 && !tokens.front().capitalized;
}

std::uint64_t PhraseIndex::hash_of(std::uint32_t node, std::string_view word) {
  const std::uint64_t h = fnv1a(word, 0xcbf29ce484222325ull ^ (node * 0x9E3779B97F4A7C15ull));  // seeded by the node
  return h ^ (h >> 29);
}

std::uint32_t PhraseIndex::child(std::uint32_t node, std::string_view word) const {
  if (slots_.empty()) return 0;
  const std::uint64_t h = hash_of(node, word);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.child == 0) return 0;
    if (s.hash == h && s.node == node && std::string_view(words_).substr(s.word, s.length) == word) return s.child;
  }
}

void PhraseIndex::link(std::uint32_t node, std::string_view word, std::uint32_t child) {
  if ((used_ + 1) * 2 > slots_.size()) grow();
  const std::uint64_t h = hash_of(node, word);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  while (slots_[i].child != 0) i = (i + 1) & mask;
  slots_[i] = {h, node, child, static_cast<std::uint32_t>(words_.size()), static_cast<std::uint32_t>(word.size())};
  words_ += word;
  ++used_;
}

void PhraseIndex::grow() {
  std::vector<Slot> old(std::max<std::size_t>(16, slots_.size() * 2));
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.child == 0) continue;
    std::size_t i = s.hash & mask;
    while (slots_[i].child != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
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

PhraseIndex::Match PhraseIndex::walk(std::span<const Token> tokens, std::size_t i, std::uint32_t at, bool inflected) const {
  Match best;
  for (std::size_t k = i;;) {
    const Node& node = nodes_[at];
    if (node.id >= 0 && (!node.capitalized || tokens[i].capitalized) && (!inflected || node.inflects))
      best = {k - i + 1, node.id};
    if (++k >= tokens.size()) break;
    std::uint32_t next = child(at, tokens[k].lower());
    // A figure between the words of a phrase: "cut 450 jobs", "cut about 450 jobs" for "cut jobs".
    if (next == 0)
      if (const std::size_t gap = figure_gap(tokens, k); gap > 0 && k + gap < tokens.size())
        if ((next = child(at, tokens[k + gap].lower())) != 0) k += gap;
    at = next;
    if (at == 0) break;
  }
  return best;
}

PhraseIndex::Match PhraseIndex::match(std::span<const Token> tokens, std::size_t i) const {
  Match best;
  if (i >= tokens.size()) return best;
  const std::string_view word = tokens[i].lower();
  if (first_words_.may_contain(word))
    if (const std::uint32_t at = child(0, word)) best = walk(tokens, i, at, false);
  // The word as an inflection of a phrase's first word; the word as written wins a tie.
  if (word.size() < 4 || !(word.back() == 's' || word.back() == 'd' || word.back() == 'g')) return best;
  std::array<std::string, 6> stems;
  const std::size_t n = stems_of(word, stems);
  for (std::size_t s = 0; s < n; ++s) {
    if (!first_words_.may_contain(stems[s]) || !inflects_to(stems[s], word)) continue;
    if (const std::uint32_t at = child(0, stems[s]))
      if (const Match m = walk(tokens, i, at, true); m.length > best.length) best = m;
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
