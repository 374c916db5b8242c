// The tagger's loop: sentence by sentence, the longest match at each token, then the
// context update that later relative expressions read.
#include <algorithm>

#include "kban/segment.hpp"
#include "kban/timex.hpp"
#include "matcher.hpp"

namespace kban {

std::string_view timex_type_name(TimexType type) {
  switch (type) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

namespace {

using timex::Candidate;
using timex::DocumentContext;

// A duration followed by "after" or "before" and, later in the sentence, a day: "30 days
// after the restrictions were announced on June 20" leads to July 20.
void link_anchors(std::span<const Token> tokens, std::vector<Timex>& out, std::size_t first_in_sentence,
                  const std::vector<std::size_t>& last_token) {
  for (std::size_t a = first_in_sentence; a < out.size(); ++a) {
    Timex& d = out[a];
    if (d.type != TimexType::kDuration || d.value.find('X') != std::string::npos) continue;
    const std::size_t next = last_token[a - first_in_sentence];
    if (next >= tokens.size()) continue;
    const std::string_view relation = tokens[next].lower;
    if (relation != "after" && relation != "before") continue;
    for (std::size_t b = a + 1; b < out.size(); ++b) {
      const auto date = out[b].type == TimexType::kDate ? parse_iso_date(out[b].value) : std::nullopt;
      if (!date) continue;
      // P30D, P2W, P3M, P1Y
      const std::string& v = d.value;
      if (v.size() < 3 || v[0] != 'P' || v[1] == 'T') break;
      const long n = std::strtol(v.c_str() + 1, nullptr, 10);
      if (n <= 0 || n > 100000) break;
      const char unit = v.back();
      const long sign = relation == "after" ? 1 : -1;
      Date to = *date;
      if (unit == 'D') to = add_days(to, sign * n);
      else if (unit == 'W') to = add_days(to, sign * 7 * n);
      else if (unit == 'M') to = add_months(to, static_cast<int>(sign * n));
      else if (unit == 'Y') to = add_months(to, static_cast<int>(sign * 12 * n));
      else break;
      d.anchor_relation = std::string(relation);
      d.anchor_index = static_cast<std::int32_t>(b);
      d.anchored_value = to_iso(to);
      break;
    }
  }
}

}  // namespace

std::vector<Timex> tag_timexes(std::string_view text, const TagOptions& options) {
  std::vector<Timex> out;
  DocumentContext ctx;
  ctx.reference = options.reference;
  ctx.reference_inferred = options.reference_inferred;
  std::vector<std::size_t> last_token;
  std::vector<bool> anaphoric;
  for_each_sentence(text, [&](const Sentence& sentence, std::span<const Token> tokens) {
    ctx.sentence = sentence.index;
    timex::Matcher matcher(tokens, ctx);
    const std::size_t first_in_sentence = out.size();
    last_token.clear();
    anaphoric.clear();
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
      Timex t;
      t.begin = tokens[c->first].begin;
      t.end = tokens[c->last - 1].end;
      t.type = c->type;
      t.value = std::move(c->value);
      t.mod = std::move(c->mod);
      t.uses_reference = c->uses_reference;
      t.sentence = sentence.index;
      t.tense = static_cast<std::int8_t>(c->tense);
      out.push_back(std::move(t));
      last_token.push_back(c->last);
      anaphoric.push_back(c->anaphoric);
      if (c->point && (c->type == TimexType::kDate || c->type == TimexType::kTime)) {
        ctx.last_point = c->point;
        if (c->point->granularity == timex::Granularity::kDay) {
          ctx.last_day = c->point->date;
          ctx.last_day_sentence = sentence.index;
        }
      }
      if (c->hour >= 0) ctx.last_hour = c->hour, ctx.last_minute = c->minute;
      i = c->last;
    }
    link_anchors(tokens, out, first_in_sentence, last_token);
    // "A day later, on June 21": a date in apposition says what the relative one means.
    for (std::size_t k = first_in_sentence; k + 1 < out.size(); ++k) {
      if (!anaphoric[k - first_in_sentence]) continue;
      const std::string_view between = text.substr(out[k].end, out[k + 1].begin - out[k].end);
      if (between.find_first_not_of(" ,") != std::string_view::npos && between != ", on " && between != " on ") continue;
      if (!parse_iso_date(out[k + 1].value)) continue;
      out[k].value = out[k + 1].value;
      out[k].uses_reference = out[k + 1].uses_reference;
    }
  });
  return out;
}

}  // namespace kban
