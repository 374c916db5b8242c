#pragma once
// What event extraction knows of one sentence: its tokens and the lexicon phrases in it, and
// the two readings done on it, the agent of an action and a summary. Private to
// src/map/mentions/.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "analysis/lexicon_index.hpp"
#include "kban/model.hpp"
#include "text/phrases.hpp"
#include "text/tokens.hpp"

namespace kban::events {

using Found = PhraseMatch;

// The parts of one sentence that every time expression in it shares.
struct SentenceView {
  std::string_view text;  // the document's text: token offsets point into it
  std::span<const Token> tokens;
  std::span<const Found> triggers, actors, follows, anchors;
  std::size_t body_start = 0;  // first token after a dateline ("WASHINGTON, June 17 (CWS) -")
};

// The actor who acted (index into the lexicon's actors), or -1: one named inside the
// trigger, after "by"/"from" right after it, or the nearest before it in the clause; never a
// law.
int choose_agent(const SentenceView& s, const LexiconIndex& lex, const Found& trigger, std::size_t date_first,
                 std::size_t date_last);

// A readable line on what happened: the clause of the action without the date at tokens
// [first, last). Sets `borrowed` when it had to take a neighbouring clause.
std::string summarize(const Mention& m, const SentenceView& s, const LexiconIndex& lex, const Found* trigger,
                      std::size_t first, std::size_t last, bool in_phrase, bool& borrowed);

}  // namespace kban::events
