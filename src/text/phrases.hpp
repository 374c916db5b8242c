#pragma once
// Phrases (token sequences) of the lexicon found in text: actors, trigger words, signals.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "input/language.hpp"
#include "text/tokens.hpp"
#include "text/words.hpp"

namespace kban {

// Finds phrases in tokens; the longest match wins. A phrase written with a capital first
// letter ("DHS", "Commerce") only matches a capitalized word. Adding a phrase again replaces
// it, so a user's lexicon overrides the built-in one. Single words and the first word of a
// phrasal verb also match their inflections ("eliminate" matches "eliminated", "shut down"
// matches "shutting down"): the index keeps the written form and a word of the text is taken
// back to the forms it may inflect, so a lexicon of thousands of triggers costs no more at
// each start than its words. A phrase of several words matches with a figure between two of
// its words ("cut jobs" in "cut about 450 jobs"). The phrases form a tree of words, so adding
// and matching cost the length of a phrase however many phrases share their first words.
class PhraseIndex {
 public:
  void add(std::string_view phrase, int id, bool inflect = false);
  struct Match {
    std::size_t length = 0;  // in tokens; 0 when nothing matched
    int id = -1;
  };
  Match match(std::span<const Token> tokens, std::size_t i) const;

 private:
  // A node of the tree: the phrase that ends there, if any. Node 0 is the root.
  struct Node {
    int id = -1;
    bool capitalized = false;
    bool inflects = false;  // the phrase ending here also matches with its first word inflected
  };
  // The edges, from a node by a word, in one open-addressing table: a lexicon of a few
  // thousand triggers and their inflections is built at every start, and a node-based map
  // spent a millisecond and more on allocating its entries. A slot whose child is 0 is free.
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t node = 0, child = 0;
    std::uint32_t word = 0, length = 0;  // the edge's word in words_
  };
  static std::uint64_t hash_of(std::uint32_t node, std::string_view word);
  std::uint32_t child(std::uint32_t node, std::string_view word) const;
  void link(std::uint32_t node, std::string_view word, std::uint32_t child);
  void grow();
  // The longest phrase along the path from the root's child `at`, whose first word is token i.
  Match walk(std::span<const Token> tokens, std::size_t i, std::uint32_t at, bool inflected) const;

  std::vector<Node> nodes_{Node{}};
  std::vector<Slot> slots_;  // a power of two in size, at most half full
  std::size_t used_ = 0;
  std::string words_;
  WordFilter first_words_;  // most tokens begin no phrase
};

// A phrase found in a sentence: its first token and length, and its id in the index.
struct PhraseMatch {
  std::size_t pos = 0, len = 0;
  int id = -1;
};

// Every phrase of the index in the tokens, longest first, without overlaps.
std::vector<PhraseMatch> find_all(const PhraseIndex& index, std::span<const Token> tokens);

}  // namespace kban
