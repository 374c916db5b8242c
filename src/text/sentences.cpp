#include "text/sentences.hpp"

#include <algorithm>
#include <string>

#include "input/language.hpp"
#include "text/words.hpp"

namespace kban {

namespace {

// The word lists of data/en/sentences.json and the month abbreviations of calendar.json.
struct Abbreviations {
  WordSet titles;    // a period after them never ends a sentence: titles precede a name
  WordSet months;    // no break before a number ("Sept. 29")
  WordSet suffixes;  // company suffixes and the like: a break only before a usual starter
  WordSet starters;  // words that usually start a sentence; after "U.S." or "Inc." they mark a new one
  WordFilter any;    // titles, months and suffixes: most words before a period are none of them
};

const Abbreviations& abbreviations() {
  static const Abbreviations a = [] {
    const Language& en = english();
    Abbreviations out{en.words("sentences.titles"), {}, en.words("sentences.suffixes"), en.words("sentences.starters"), {}};
    for (const auto& month : en.json("calendar.months"))
      for (const auto& abbreviation : month["abbreviations"]) out.months.insert(abbreviation.get<std::string>());
    for (const WordSet* set : {&out.titles, &out.months, &out.suffixes})
      for (const auto& w : *set) out.any.add(w);
    return out;
  }();
  return a;
}

// Longer runs are cut into pieces of this many tokens; no real sentence is this long.
constexpr std::size_t kMaxSentenceTokens = 4096;

bool is_terminal(std::string_view p) { return p == "." || p == "!" || p == "?" || p == "…"; }
bool is_closing(std::string_view p) { return p == "”" || p == "'" || p == ")" || p == "]" || p == "\""; }

// Whether a token can begin a sentence: a capitalized word, a number, an opening quote or
// bracket.
bool can_start(const Token& t) {
  if (t.kind == TokenKind::kNumber) return true;
  if (t.kind == TokenKind::kWord) return t.capitalized || (t.lower().size() > 0 && static_cast<unsigned char>(t.lower()[0]) >= 0xC0);
  return t.lower() == "“" || t.lower() == "\"" || t.lower() == "(" || t.lower() == "'" || t.lower() == "[";
}

// Given that `tokens` ends a candidate sentence (a terminal mark, possibly followed by closing
// quotes, or an acronym with its period), whether `next` really starts a new sentence.
bool breaks_before(std::span<const Token> tokens, std::size_t mark, const Token& next) {
  if (!next.space_before || !can_start(next)) return false;
  const Token& end = tokens[mark];
  if (end.kind == TokenKind::kWord) {  // "U.S." with its own final period
    return abbreviations().starters.contains(next.lower());
  }
  if (end.lower() != "." || mark == 0) return true;
  const Token& before = tokens[mark - 1];
  if (before.kind != TokenKind::kWord || before.end != end.begin) return true;
  const std::string_view word = before.lower();
  const Abbreviations& a = abbreviations();
  const auto starter = [&] { return a.starters.contains(next.lower()); };
  if (a.any.may_contain(word)) {
    if (a.titles.contains(word)) return false;
    if (a.months.contains(word)) return next.kind != TokenKind::kNumber && starter();
    if (a.suffixes.contains(word)) return starter();
  }
  if (word.size() == 1 && before.capitalized) return starter();  // initials: "John F. Kennedy"
  return true;
}

}  // namespace

std::vector<Sentence> split_sentences(std::span<const Token> tokens) {
  std::vector<Sentence> out;
  Sentence sentence;
  std::size_t first = 0;
  std::size_t mark = SIZE_MAX;  // index of the candidate end
  auto emit = [&](std::size_t end) {
    sentence.begin = tokens[first].begin;
    sentence.end = tokens[end - 1].end;
    sentence.first_token = static_cast<std::uint32_t>(first);
    sentence.last_token = static_cast<std::uint32_t>(end);
    out.push_back(sentence);
    ++sentence.index;
    first = end;
    mark = SIZE_MAX;
  };
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& token = tokens[k];
    if (k > first) {
      bool split = false;
      if (token.newlines_before >= 2) {
        split = true;
      } else if (k - first >= kMaxSentenceTokens) {
        split = true;  // text without sentence marks: no sentence grows without bound
      } else if (token.newlines_before == 1) {
        // A line break ends a headline or caption unless the next line goes on in lowercase.
        split = !(token.kind == TokenKind::kWord && !token.capitalized);
      } else if (mark != SIZE_MAX) {
        if (token.kind == TokenKind::kPunct && is_closing(token.lower()) && !token.space_before) continue;
        split = breaks_before(tokens.subspan(first, k - first), mark - first, token);
        mark = SIZE_MAX;
      }
      if (split) {
        emit(k);
        if (token.newlines_before >= 2) ++sentence.paragraph;
      }
    }
    const bool acronym = token.kind == TokenKind::kWord && token.lower().size() > 2 && token.lower().back() == '.';
    if ((token.kind == TokenKind::kPunct && is_terminal(token.lower())) || acronym) mark = k;
  }
  if (first < tokens.size()) emit(tokens.size());
  return out;
}

TextSplit split_text(std::string_view text) {
  TextSplit split;
  // The tokens' lowercase forms point into the text or into `lowercase`: a buffer on the heap
  // from the start stays where it is when the split is moved.
  split.lowercase.reserve(std::max<std::size_t>(64, text.size() + 16));
  split.tokens = tokenize_shared(text, split.lowercase);
  split.sentences = split_sentences(split.tokens);
  return split;
}

}  // namespace kban
