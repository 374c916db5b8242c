// The tagger's loop: sentence by sentence, the longest match at each token. Finding reads
// only the text; resolve.cpp gives the values.
#include "kban/timex.hpp"
#include "map/time/time.hpp"
#include "matcher.hpp"

namespace kban {

namespace {

// Marks what resolving needs of a sentence's neighbours: a duration followed by "after" or
// "before", and a relative date followed by a date in apposition ("A day later, on June 21").
void mark_links(std::string_view text, std::span<const Token> tokens, std::vector<FoundTimex>& out,
                std::size_t first_in_sentence, const std::vector<std::size_t>& last_token) {
  for (std::size_t a = first_in_sentence; a < out.size(); ++a) {
    FoundTimex& d = out[a];
    const std::size_t next = last_token[a - first_in_sentence];
    if (d.type == TimexType::kDuration && next < tokens.size() &&
        (tokens[next].lower == "after" || tokens[next].lower == "before"))
      d.relation = std::string(tokens[next].lower);
    if (d.anaphoric && a + 1 < out.size()) {
      const std::string_view between = text.substr(d.end, out[a + 1].begin - d.end);
      d.apposition = between.find_first_not_of(" ,") == std::string_view::npos || between == ", on " || between == " on ";
    }
  }
}

}  // namespace

std::vector<FoundTimex> find_timexes(const DocumentAnalysis& doc) {
  std::vector<FoundTimex> out;
  timex::FindContext ctx;
  std::vector<std::size_t> last_token;
  for (const Sentence& sentence : doc.sentences()) {
    const auto tokens = doc.split.tokens_of(sentence);
    ctx.sentence = sentence.index;
    timex::Matcher matcher(tokens, ctx);
    const std::size_t first_in_sentence = out.size();
    last_token.clear();
    std::size_t i = 0;
    while (i < tokens.size()) {
      if (!matcher.can_start(i)) {
        ++i;
        continue;
      }
      auto c = matcher.match_at(i);
      if (!c) {
        ++i;
        continue;
      }
      FoundTimex t;
      static_cast<TimexRecipe&>(t) = std::move(static_cast<TimexRecipe&>(*c));
      t.begin = tokens[c->first].begin;
      t.end = tokens[c->last - 1].end;
      t.sentence = sentence.index;
      out.push_back(std::move(t));
      last_token.push_back(c->last);
      if (c->hour >= 0) ctx.last_hour = c->hour, ctx.last_minute = c->minute;
      i = c->last;
    }
    mark_links(doc.text, tokens, out, first_in_sentence, last_token);
  }
  return out;
}

std::vector<FoundTimex> find_timexes(std::string_view text) { return find_timexes(read_document(text)); }

std::vector<Timex> tag_timexes(std::string_view text, const TagOptions& options) {
  return resolve_timexes(find_timexes(text), options);
}

}  // namespace kban
