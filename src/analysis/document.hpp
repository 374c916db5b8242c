#pragma once
// The analysis of one document, computed once and read by every stage: its tokens and
// sentences, its paragraphs and their layout roles, the lexicon's phrases in each sentence,
// and the time expressions and quantities found in it. No stage tokenizes or segments again.
#include <span>
#include <string_view>
#include <vector>

#include "analysis/lexicon_index.hpp"
#include "base/utf8.hpp"
#include "kban/model.hpp"
#include "text/layout.hpp"
#include "text/phrases.hpp"
#include "text/sentences.hpp"

namespace kban {

// The lexicon's phrases in one sentence, positions in the sentence's tokens. An actor may be
// named ("Kaspersky") or referred to ("the company": the last actor of that kind named before).
struct SentencePhrases {
  std::vector<PhraseMatch> actors;  // id: index into lexicon.actors
  std::vector<PhraseMatch> triggers, follows, anchors, intents, abandons;
};

struct DocumentAnalysis {
  std::string_view text;
  TextSplit split;  // tokens and sentences
  std::vector<Paragraph> paragraphs;
  CodePointIndex code_points;
  std::vector<SentencePhrases> phrases;  // per sentence; empty until find_phrases
  std::vector<FoundTimex> timexes;       // set by the time stage
  std::vector<Quantity> quantities;      // set by the quantity stage

  const std::vector<Token>& tokens() const { return split.tokens; }
  const std::vector<Sentence>& sentences() const { return split.sentences; }
  std::span<const Token> tokens_of(std::size_t sentence) const { return split.tokens_of(split.sentences[sentence]); }
};

// Tokens, sentences, paragraphs: what every reading of a text needs.
DocumentAnalysis read_document(std::string_view text);

// The lexicon's phrases in every sentence.
void find_phrases(DocumentAnalysis& doc, const LexiconIndex& lexicon);

// Hashes of the sentences of at least eight words, in text order (53 bits each).
std::vector<std::uint64_t> sentence_fingerprint(const DocumentAnalysis& doc);

// Hashes of the proper names its text uses (53 bits each, sorted, distinct): capitalized words
// not at a sentence's start, outside headlines, stamps, credits, datelines and time
// expressions, and not the name of a country. Documents that share them tell one story.
std::vector<std::uint64_t> proper_names(const DocumentAnalysis& doc);

// How many times a text was tokenized since the program started (for a test that every
// document is tokenized once).
std::size_t tokenizer_passes();

}  // namespace kban
