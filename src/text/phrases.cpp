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
  Entry e;
  e.capitalized = tokens.front().capitalized;
  e.id = id;
  for (const auto& t : tokens) e.words.emplace_back(t.lower);
  std::vector<Entry> forms{e};
  if (inflect && e.words.size() <= 2 && !e.capitalized) {
    for (const auto& w : inflections(e.words.front())) {
      Entry f = e;
      f.words.front() = w;
      forms.push_back(std::move(f));
    }
  }
  for (auto& form : forms) {
    auto& list = by_first_[form.words.front()];
    const auto same = std::find_if(list.begin(), list.end(), [&](const Entry& x) { return x.words == form.words; });
    if (same != list.end()) {
      // A phrase the index has: the one written first stays for inflected forms, the newer
      // one wins when given as is.
      if (&form == &forms.front()) *same = form;
      continue;
    }
    list.push_back(std::move(form));
    // Longest phrases first, so the first full match is the longest.
    std::stable_sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); });
  }
}

PhraseIndex::Match PhraseIndex::match(std::span<const Token> tokens, std::size_t i) const {
  if (i >= tokens.size()) return {};
  const auto it = by_first_.find(tokens[i].lower);
  if (it == by_first_.end()) return {};
  for (const Entry& e : it->second) {
    if (i + e.words.size() > tokens.size()) continue;
    if (e.capitalized && !tokens[i].capitalized) continue;
    bool all = true;
    for (std::size_t k = 1; k < e.words.size() && all; ++k) all = tokens[i + k].lower == e.words[k];
    if (all) return {e.words.size(), e.id};
  }
  return {};
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
