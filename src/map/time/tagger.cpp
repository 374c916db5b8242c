// The tagger's loop: sentence by sentence, the longest match at each token. Finding reads
// only the text; resolve.cpp gives the values.
#include "base/memory.hpp"
#include "input/language.hpp"
#include "kban/timex.hpp"
#include "map/time/time.hpp"
#include "matcher.hpp"

namespace kban {

namespace {

bool is_open_quote(std::string_view w) { return w == "“" || w == "\""; }
bool is_close_quote(std::string_view w) { return w == "”" || w == "\""; }

// Which tokens of a sentence stand inside quotation marks; `open` says whether a quotation
// runs into it from the sentence before, and whether one runs on after it.
void quoted_tokens(std::span<const Token> tokens, bool& open, std::vector<bool>& inside) {
  inside.assign(tokens.size(), false);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view w = tokens[i].lower();
    const bool mark = tokens[i].kind == TokenKind::kPunct;  // quotes are marks: words need no test
    if (!open && mark && is_open_quote(w)) {
      open = true;
    } else if (open && mark && is_close_quote(w)) {
      open = false;
    } else {
      inside[i] = open;
    }
  }
}

// Expressions counted from the time of the words they stand in, not from the document's.
bool deictic(const FoundTimex& t) {
  switch (t.how) {
    case Resolve::kShift: case Resolve::kMonthDay: case Resolve::kDayOfMonth: case Resolve::kMonth: case Resolve::kWeekday:
    case Resolve::kSeason: case Resolve::kQuarter: case Resolve::kHalf: case Resolve::kQuarterOfYear: case Resolve::kHalfOfYear:
    case Resolve::kDay: case Resolve::kMonthDayYear: case Resolve::kMonthOfYear: case Resolve::kSentenceDay:
      return true;
    default:
      return false;
  }
}

// A date of one day; a time of day counts for the day it falls on ("Thursday morning").
bool names_a_day(const FoundTimex& t, bool times = false) {
  if (t.type != TimexType::kDate && !(times && t.type == TimexType::kTime)) return false;
  if (t.how == Resolve::kFixed) return t.point && t.point->granularity == Granularity::kDay;
  return t.how == Resolve::kMonthDay || t.how == Resolve::kMonthDayYear || t.how == Resolve::kWeekday || t.how == Resolve::kDay ||
         t.how == Resolve::kDayOfMonth;
}

// A date of a month or longer: "in January", "last year", "the third quarter".
bool names_a_period(const FoundTimex& t) {
  if (t.type != TimexType::kDate) return false;
  switch (t.how) {
    case Resolve::kFixed: return t.point && t.point->granularity > Granularity::kWeek;
    case Resolve::kMonth: case Resolve::kMonthOfYear: case Resolve::kThatMonth: case Resolve::kSeason: case Resolve::kQuarter:
    case Resolve::kHalf: case Resolve::kQuarterOfYear: case Resolve::kHalfOfYear:
      return true;
    case Resolve::kShift: case Resolve::kThatUnit: return t.unit > TimeUnit::kWeek;
    default: return false;
  }
}

// Marks what resolving needs of a sentence's expressions: the date a duration followed by
// "after" or "before" leads from, and a relative date followed by a date in apposition ("A
// day later, on June 21").
void mark_links(std::string_view text, std::span<const Token> tokens, std::vector<FoundTimex>& out,
                std::size_t first_in_sentence, const std::vector<std::size_t>& first_token,
                const std::vector<std::size_t>& last_token) {
  static const WordSet kBoundaries = english().words("timex.anchor_boundaries");
  static const WordSet kDeadline = english().words("timex.deadline_signals");
  static const WordSet kCountFrom = english().words("timex.count_from_cues");
  for (std::size_t a = first_in_sentence; a < out.size(); ++a) {
    FoundTimex& d = out[a];
    const std::size_t next = last_token[a - first_in_sentence];
    const std::size_t first = first_token[a - first_in_sentence];
    // The day named last before it in the sentence, or `a` when none is (searched for
    // durations only, so a sentence of many dates costs no square). A month or a year
    // between hides an earlier day: in "called on Feb. 11, after Varga resigned in January, less
    // than two weeks after ...", the resignation's January is what the weeks count to.
    const auto day_before = [&] {
      for (std::size_t b = a; b-- > first_in_sentence;) {
        if (names_a_day(out[b])) return b;
        if (names_a_period(out[b])) return a;
      }
      return a;
    };
    // "ordered on March 25 to notify every patient within 30 days": a limit counted from the
    // day of its clause's action, or from the date after "of" ("within 60 days of March 4").
    const bool deadline = d.type == TimexType::kDuration && first > 0 && kDeadline.contains(tokens[first - 1].lower());
    if (deadline && !(next < tokens.size() && tokens[next].lower() == "of")) {
      d.relation = "after";
      if (const std::size_t b = day_before(); b < a) d.anchor = static_cast<std::int32_t>(b);
    }
    if (d.type == TimexType::kDuration && next < tokens.size() &&
        (tokens[next].lower() == "after" || tokens[next].lower() == "before" || (deadline && tokens[next].lower() == "of"))) {
      d.relation = deadline ? "after" : std::string(tokens[next].lower());
      // The next date of the sentence, when only words of the phrase stand between: "30
      // days after the restrictions were announced on June 20".
      for (std::size_t b = a + 1; b < out.size() && d.anchor < 0; ++b) {
        bool open = true;
        for (std::size_t k = next + 1; k < first_token[b - first_in_sentence] && open; ++k) open = !kBoundaries.contains(tokens[k].lower());
        if (!open) break;
        if (names_a_day(out[b])) d.anchor = static_cast<std::int32_t>(b);
      }
      const std::size_t before = d.anchor < 0 && !deadline ? day_before() : a;
      if (before < a) {
        // "informed on 20 June that the restrictions will apply 30 days after the
        // announcement": a clause of its own counts from the day before it.
        bool counts_from = false;
        if (!(first > 0 && tokens[first - 1].lower() == ","))  // set off: "..., a day before the cut-off"
          for (std::size_t k = last_token[before - first_in_sentence]; k < first && !counts_from; ++k)
            counts_from = kCountFrom.contains(tokens[k].lower());
        // Else the day is the duration's end (or, with "before", its start): "Laurentia on
        // Thursday flew ..., six days after the regulator lifted its order", "Friday's
        // decision came 47 days after it barred the aircraft".
        if (!counts_from) d.relation = d.relation == "before" ? "starts_on" : "ends_on";
        d.anchor = static_cast<std::int32_t>(before);
      }
    }
    // "since 20 October, the day after the incident": set off by a comma after a day and
    // followed by what it counts from, it names that day again.
    if (d.anaphoric && d.type == TimexType::kDate && a > first_in_sentence && names_a_day(out[a - 1]) && next + 1 < tokens.size() &&
        (tokens[next - 1].lower() == "after" || tokens[next - 1].lower() == "before") && tokens[next].kind == TokenKind::kWord) {
      const std::string_view between = text.substr(out[a - 1].end, d.begin - out[a - 1].end);
      if (between == ", ") {
        d.relation = "same";
        d.anchor = static_cast<std::int32_t>(a - 1);
      }
    }
    if ((d.anaphoric || d.how == Resolve::kSentenceDay) && a + 1 < out.size()) {
      const std::string_view between = text.substr(d.end, out[a + 1].begin - d.end);
      d.apposition = between.find_first_not_of(" ,") == std::string_view::npos || between == ", on " || between == " on ";
    }
  }
}

// The words of a quotation count from when they were said, when the text dates the saying:
// "'We will appeal today,' the chief executive said on Tuesday". A quotation may run over
// several sentences of a paragraph; its expressions wait for the speaker's sentence.
class Speech {
 public:
  void read(const Sentence& sentence, std::span<const Token> tokens, std::vector<FoundTimex>& out,
            std::size_t first_in_sentence, const std::vector<std::size_t>& first_token) {
    static const WordSet kSpeech = english().words("timex.speech_verbs");
    if (sentence.paragraph != paragraph_) open_ = false, waiting_.clear(), paragraph_ = sentence.paragraph;
    quoted_tokens(tokens, open_, inside_);
    const std::vector<bool>& inside = inside_;
    const std::size_t n = out.size() - first_in_sentence;
    for (std::size_t k = 0; k < n; ++k)
      if (inside[first_token[k]] && deictic(out[first_in_sentence + k])) waiting_.push_back(first_in_sentence + k);
    if (waiting_.empty()) return;  // nothing waits for a speaker's date
    bool speech = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) speech = speech || (!inside[i] && kSpeech.contains(tokens[i].lower()));
    if (!speech) return;
    std::int32_t said_on = -1;
    for (std::size_t k = 0; k < n; ++k)
      if (!inside[first_token[k]] && names_a_day(out[first_in_sentence + k], true))
        said_on = static_cast<std::int32_t>(first_in_sentence + k);
    if (said_on >= 0)
      for (const std::size_t w : waiting_) out[w].speech_anchor = said_on;
    waiting_.clear();
  }

 private:
  bool open_ = false;  // a quotation runs on from the sentence before
  std::uint32_t paragraph_ = UINT32_MAX;
  std::vector<std::size_t> waiting_;
  std::vector<bool> inside_;  // which tokens of the sentence are quoted
};

}  // namespace

std::vector<FoundTimex> find_timexes(const DocumentAnalysis& doc) {
  std::vector<FoundTimex> out;
  // News runs at about one expression in thirty tokens.
  reserve_large(out, doc.tokens().size() / 24 + 8);
  timex::FindContext ctx;
  std::vector<std::size_t> first_token, last_token;
  Speech speech;
  timex::Matcher matcher(ctx);
  std::uint32_t paragraph = UINT32_MAX;
  for (const Sentence& sentence : doc.sentences()) {
    const bool continues = sentence.paragraph == paragraph;
    paragraph = sentence.paragraph;
    const auto tokens = doc.split.tokens_of(sentence);
    ctx.sentence = sentence.index;
    matcher.read(tokens);
    const std::size_t first_in_sentence = out.size();
    first_token.clear();
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
      matcher.accept(*c);
      FoundTimex t;
      static_cast<TimexRecipe&>(t) = std::move(static_cast<TimexRecipe&>(*c));
      t.begin = tokens[c->first].begin;
      t.end = tokens[c->last - 1].end;
      t.sentence = sentence.index;
      t.continues_paragraph = continues;
      // "In 2017, a tornado ...": a date heading its sentence is the time the story goes on in.
      t.frames = c->first == 0 || (c->first == 1 && matcher.date_signal_before(1));
      if (t.direction == 0 && (t.how == Resolve::kMonth || t.how == Resolve::kMonthDay))
        t.anterior = matcher.anterior_at(c->first);
      out.push_back(std::move(t));
      first_token.push_back(c->first);
      last_token.push_back(c->last);
      if (c->hour >= 0) ctx.last_hour = c->hour, ctx.last_minute = c->minute;
      i = c->last;
    }
    mark_links(doc.text, tokens, out, first_in_sentence, first_token, last_token);
    speech.read(sentence, tokens, out, first_in_sentence, first_token);
  }
  return out;
}

std::vector<FoundTimex> find_timexes(std::string_view text) { return find_timexes(read_document(text)); }

std::vector<Timex> tag_timexes(std::string_view text, const TagOptions& options) {
  return resolve_timexes(find_timexes(text), options);
}

}  // namespace kban
