#pragma once
// Phrases (token sequences) of the lexicon found in text: actors, trigger words, signals.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "input/language.hpp"
#include "text/tokens.hpp"

namespace kban {

// Finds phrases in tokens; the longest match wins. A phrase written with a capital first
// letter ("DHS", "Commerce") only matches a capitalized word. Adding a phrase again replaces
// it, so a user's lexicon overrides the built-in one. Single words and the first word of a
// phrasal verb also match their inflections ("eliminate" matches "eliminated", "shut down"
// matches "shutting down").
class PhraseIndex {
 public:
  void add(std::string_view phrase, int id, bool inflect = false);
  struct Match {
    std::size_t length = 0;  // in tokens; 0 when nothing matched
    int id = -1;
  };
  Match match(std::span<const Token> tokens, std::size_t i) const;

 private:
  struct Entry {
    std::vector<std::string> words;
    bool capitalized = false;
    int id = -1;
  };
  WordMap<std::vector<Entry>> by_first_;
};

// A phrase found in a sentence: its first token and length, and its id in the index.
struct PhraseMatch {
  std::size_t pos = 0, len = 0;
  int id = -1;
};

// Every phrase of the index in the tokens, longest first, without overlaps.
std::vector<PhraseMatch> find_all(const PhraseIndex& index, std::span<const Token> tokens);

}  // namespace kban
