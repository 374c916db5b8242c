#pragma once
// Phrases (token sequences) of the lexicon found in text: actors, trigger words, signals.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "input/language.hpp"
#include "text/tokens.hpp"
#include "text/words.hpp"

namespace kban {

// Finds phrases in tokens; the longest match wins. A phrase written with a capital first
// letter ("DHS", "Commerce") only matches a capitalized word. Adding a phrase again replaces
// it, so a user's lexicon overrides the built-in one. Single words and the first word of a
// phrasal verb also match their inflections ("eliminate" matches "eliminated", "shut down"
// matches "shutting down"), and a phrase of several words matches with a figure between two of
// its words ("cut jobs" in "cut about 450 jobs"). The phrases form a tree of words, so adding and matching cost the
// length of a phrase however many phrases share their first words.
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
  };
  // The edge from a node by a word.
  struct Step {
    std::uint32_t node;
    std::string_view word;
  };
  struct Edge {
    std::uint32_t node;
    std::string word;
  };
  struct StepHash {
    using is_transparent = void;
    std::size_t operator()(Step s) const { return std::hash<std::string_view>{}(s.word) ^ (s.node * 0x9E3779B97F4A7C15ull); }
    std::size_t operator()(const Edge& e) const { return (*this)(Step{e.node, e.word}); }
  };
  struct StepEqual {
    using is_transparent = void;
    static Step view(Step s) { return s; }
    static Step view(const Edge& e) { return {e.node, e.word}; }
    template <typename A, typename B>
    bool operator()(const A& a, const B& b) const {
      return view(a).node == view(b).node && view(a).word == view(b).word;
    }
  };
  std::uint32_t child(std::uint32_t node, std::string_view word) const;

  std::vector<Node> nodes_{Node{}};
  std::unordered_map<Edge, std::uint32_t, StepHash, StepEqual> edges_;
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
