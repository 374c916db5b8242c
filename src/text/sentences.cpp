#include "text/sentences.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace kban {

namespace {

template <std::size_t N>
bool one_of(std::string_view word, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Abbreviations after which a period never ends a sentence: titles precede a name.
constexpr std::array<std::string_view, 24> kTitles = {"mr",  "mrs", "ms",   "dr",  "prof", "sen",    "rep",  "gov",
                                                      "gen", "lt",  "col",  "capt", "sgt", "st",     "jr",   "sr",
                                                      "rev", "hon", "pres", "mt",  "ft",  "messrs", "supt", "vs"};
// Month abbreviations: no break before a number ("Sept. 29").
constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "jun", "jul",
                                                      "aug", "sep", "sept", "oct", "nov", "dec"};
// Company suffixes and the like: a break only before a word that usually starts a sentence.
constexpr std::array<std::string_view, 8> kSuffixes = {"inc", "corp", "co", "ltd", "llc", "bros", "no", "approx"};
// Words that usually start a sentence; after "U.S." or "Inc." they mark a new one.
constexpr std::array<std::string_view, 40> kStarters = {
    "the", "a",     "an",     "it",   "he",    "she",  "they",  "we",    "i",   "in",
    "on",  "but",   "and",    "this", "that",  "these", "those", "there", "its", "his",
    "her", "their", "our",    "as",   "at",    "after", "before", "when",  "while", "if",
    "for", "with",  "however", "some", "many", "most",  "despite", "according", "last", "meanwhile"};

// Longer runs are cut into pieces of this many tokens; no real sentence is this long.
constexpr std::size_t kMaxSentenceTokens = 4096;

bool is_terminal(std::string_view p) { return p == "." || p == "!" || p == "?" || p == "…"; }
bool is_closing(std::string_view p) { return p == "”" || p == "'" || p == ")" || p == "]" || p == "\""; }

// Whether a token can begin a sentence: a capitalized word, a number, an opening quote or
// bracket.
bool can_start(const Token& t) {
  if (t.kind == TokenKind::kNumber) return true;
  if (t.kind == TokenKind::kWord) return t.capitalized || (t.lower.size() > 0 && static_cast<unsigned char>(t.lower[0]) >= 0xC0);
  return t.lower == "“" || t.lower == "\"" || t.lower == "(" || t.lower == "'" || t.lower == "[";
}

// Given that `tokens` ends a candidate sentence (a terminal mark, possibly followed by closing
// quotes, or an acronym with its period), whether `next` really starts a new sentence.
bool breaks_before(std::span<const Token> tokens, std::size_t mark, const Token& next) {
  if (!next.space_before || !can_start(next)) return false;
  const Token& end = tokens[mark];
  if (end.kind == TokenKind::kWord) {  // "U.S." with its own final period
    return one_of(next.lower, kStarters);
  }
  if (end.lower != "." || mark == 0) return true;
  const Token& before = tokens[mark - 1];
  if (before.kind != TokenKind::kWord || before.end != end.begin) return true;
  const std::string_view word = before.lower;
  if (one_of(word, kTitles)) return false;
  if (one_of(word, kMonths)) return next.kind != TokenKind::kNumber && one_of(next.lower, kStarters);
  if (one_of(word, kSuffixes)) return one_of(next.lower, kStarters);
  if (word.size() == 1 && before.capitalized) return one_of(next.lower, kStarters);  // initials: "John F. Kennedy"
  return true;
}

}  // namespace

void for_each_sentence(std::string_view text, const SentenceVisitor& visit) {
  Tokenizer tokenizer(text);
  std::string buffer;
  std::vector<Token> current;
  Sentence sentence;
  std::size_t mark = SIZE_MAX;  // index of the candidate end in `current`
  auto emit = [&]() {
    for (auto& t : current) t.lower = std::string_view(buffer).substr(t.lower_offset, t.lower.size());
    sentence.begin = current.front().begin;
    sentence.end = current.back().end;
    visit(sentence, current);
    ++sentence.index;
    current.clear();
    mark = SIZE_MAX;
  };
  Token token;
  while (tokenizer.next(token, buffer)) {
    if (!current.empty()) {
      bool split = false;
      if (token.newlines_before >= 2) {
        split = true;
      } else if (current.size() >= kMaxSentenceTokens) {
        split = true;  // text without sentence marks: keep memory bounded
      } else if (token.newlines_before == 1) {
        // A line break ends a headline or caption unless the next line goes on in lowercase.
        split = !(token.kind == TokenKind::kWord && !token.capitalized);
      } else if (mark != SIZE_MAX) {
        if (token.kind == TokenKind::kPunct && is_closing(token.lower) && !token.space_before) {
          current.push_back(token);
          continue;
        }
        const std::string_view rest(buffer);
        for (auto& t : current) t.lower = rest.substr(t.lower_offset, t.lower.size());
        split = breaks_before(current, mark, token);
        mark = SIZE_MAX;
      }
      if (split) {
        const bool paragraph = token.newlines_before >= 2;
        // Keep only the new token's lowercase form in the buffer.
        const std::string carried = std::string(std::string_view(buffer).substr(token.lower_offset, token.lower.size()));
        emit();
        buffer = carried;
        token.lower_offset = 0;
        token.lower = buffer;
        if (paragraph) ++sentence.paragraph;
      }
    } else if (token.newlines_before >= 2 && sentence.index > 0) {
      ++sentence.paragraph;
    }
    current.push_back(token);
    const bool acronym = token.kind == TokenKind::kWord && token.lower.size() > 2 && token.lower.back() == '.';
    if ((token.kind == TokenKind::kPunct && is_terminal(token.lower)) || acronym) mark = current.size() - 1;
  }
  if (!current.empty()) emit();
}

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> out;
  for_each_sentence(text, [&](const Sentence& s, std::span<const Token>) { out.push_back(s); });
  return out;
}

}  // namespace kban
