#pragma once
// What event extraction knows of one sentence: its tokens and the lexicon phrases in it, and
// the two readings done on it, the agent of an action and a summary. Private to
// src/core/events/.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kban/events.hpp"
#include "text/tokens.hpp"

namespace kban::events {

struct Found {
  std::size_t pos = 0, len = 0;  // tokens
  int id = -1;                   // the phrase's id in its index
};

// Every phrase of the index in the tokens, longest first, without overlaps.
std::vector<Found> find_all(const PhraseIndex& index, std::span<const Token> tokens);

// The parts of one sentence that every time expression in it shares.
struct SentenceView {
  std::string_view text;
  std::uint32_t begin = 0;  // byte offset of the sentence in the document
  std::string buffer;
  std::vector<Token> tokens;
  std::vector<Found> triggers, actors, follows, anchors;
  std::size_t body_start = 0;  // first token after a dateline ("WASHINGTON, June 17 (CWS) -")
};

// The actor who acted (index into the lexicon's actors), or -1: one named inside the
// trigger, after "by"/"from" right after it, or the nearest before it in the clause.
int choose_agent(const SentenceView& s, const Found& trigger, std::size_t date_first, std::size_t date_last);

// A readable line on what happened: the clause of the action without the date at tokens
// [first, last). Sets `borrowed` when it had to take a neighbouring clause.
std::string summarize(const Mention& m, const SentenceView& s, const EventLexicon& lex, const Found* trigger,
                      std::size_t first, std::size_t last, bool in_phrase, bool& borrowed);

}  // namespace kban::events
