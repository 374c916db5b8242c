#include "text/clauses.hpp"

#include <algorithm>

#include "input/language.hpp"

namespace kban::events {

bool is_boundary(const Token& t) {
  const std::string_view w = t.lower();
  if (t.kind == TokenKind::kPunct)
    return w == "," || w == ";" || w == ":" || w == "—" || w == "–" || w == "(" || w == ")";
  static const WordSet kWords = english().words("clauses.boundary_words");
  return kWords.contains(w);
}

int boundaries_between(std::span<const Token> tokens, std::size_t a, std::size_t b) {
  if (a > b) std::swap(a, b);
  int n = 0;
  for (std::size_t k = a + 1; k < b && k < tokens.size(); ++k) n += is_boundary(tokens[k]);
  return n;
}

namespace {
// "(OASS)" after a name is an apposition, not a clause of its own.
bool short_parenthesis(std::span<const Token> tokens, std::size_t k) {
  const std::string_view w = tokens[k].lower();
  if (w == "(") return k + 2 < tokens.size() && tokens[k + 2].lower() == ")";
  if (w == ")") return k >= 2 && tokens[k - 2].lower() == "(";
  return false;
}
}  // namespace

std::pair<std::size_t, std::size_t> clause_around(std::span<const Token> tokens, std::size_t i) {
  if (i >= tokens.size()) return {tokens.size(), tokens.size()};
  std::size_t first = i, last = i + 1;
  while (first > 0 && (!is_boundary(tokens[first - 1]) || short_parenthesis(tokens, first - 1))) --first;
  while (last < tokens.size() && (!is_boundary(tokens[last]) || short_parenthesis(tokens, last))) ++last;
  return {first, last};
}

bool is_stopword(std::string_view w) {
  static const WordSet kStop = english().words("clauses.stopwords");
  return kStop.contains(w);
}

std::string stem(std::string_view w) {
  std::string s(w);
  if (s.size() > 5 && s.ends_with("ing")) s.resize(s.size() - 3);
  else if (s.size() > 4 && s.ends_with("ies")) s = s.substr(0, s.size() - 3) + "y";
  // "batches", "crashes", "taxes", "losses": the plural adds "es" after a hissing sound.
  else if (s.size() > 5 && (s.ends_with("ches") || s.ends_with("shes") || s.ends_with("sses") || s.ends_with("xes")))
    s.resize(s.size() - 2);
  else if (s.size() > 3 && s.ends_with("s") && !s.ends_with("ss")) s.pop_back();
  else if (s.size() > 4 && s.ends_with("ed")) s.resize(s.size() - 2);
  return s;
}

std::string text_of(std::string_view sentence, std::span<const Token> tokens, std::size_t first, std::size_t last,
                    std::size_t skip_first, std::size_t skip_last) {
  std::string out;
  for (std::size_t k = first; k < last && k < tokens.size(); ++k) {
    if (k >= skip_first && k < skip_last) continue;
    const Token& t = tokens[k];
    if (!out.empty() && t.space_before && out.back() != ' ') out += ' ';
    out.append(sentence.substr(t.begin, t.end - t.begin));
  }
  return out;
}

}  // namespace kban::events
