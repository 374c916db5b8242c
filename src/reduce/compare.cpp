// Agreement: claims on the same subject, attribute, scope and time form a group; values
// whose intervals overlap agree.
#include "reduce/compare.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <set>

#include "model/sources.hpp"
#include "reduce/slug.hpp"

namespace kban {

namespace {

constexpr double kEpsilon = 1e-9;

bool overlaps(double a_low, double a_high, double b_low, double b_high) {
  // A slack for floating-point noise only: 270,000 and 270,001 stay apart.
  auto finite = [](double v) { return std::isinf(v) ? 0.0 : std::fabs(v); };
  const double slack = kEpsilon * std::max({1.0, finite(a_low), finite(a_high), finite(b_low), finite(b_high)});
  return a_low <= b_high + slack && b_low <= a_high + slack;
}

// Claims keyed by one of their fields: those that state it split apart (for times, dates
// that nest stay together); one that leaves it out joins the only stated value, or, when
// there are several, the one group whose figures it agrees with; else the claims that leave
// it out stay together.
template <typename Field>
std::vector<std::vector<const Claim*>> split_by(const std::vector<const Claim*>& claims, Field field, bool dates = false) {
  std::vector<std::pair<std::string, std::vector<const Claim*>>> stated;
  std::vector<const Claim*> unstated;
  auto same = [&](const std::string& a, const std::string& b) { return dates ? values_nest(a, b) : a == b; };
  std::map<std::string_view, std::size_t> at;  // a stated value's place, where values split when they differ
  for (const Claim* c : claims) {
    const std::string& v = field(*c);
    if (v.empty()) {
      unstated.push_back(c);
      continue;
    }
    auto it = stated.end();
    if (dates) {
      it = std::find_if(stated.begin(), stated.end(), [&](const auto& s) { return same(s.first, v); });
    } else if (const auto known = at.find(v); known != at.end()) {
      it = stated.begin() + static_cast<std::ptrdiff_t>(known->second);
    }
    if (it == stated.end()) {
      if (!dates) at.emplace(v, stated.size());
      stated.push_back({v, {c}});
    } else {
      it->second.push_back(c);
      if (dates && value_granularity(v).size() && !values_nest(v, it->first)) it->first = v;
    }
  }
  std::vector<std::vector<const Claim*>> out;
  for (auto& [key, list] : stated) out.push_back(std::move(list));
  std::vector<const Claim*> alone;
  const std::size_t stated_groups = out.size();
  for (const Claim* c : unstated) {
    if (stated_groups == 1) {
      out.front().push_back(c);
      continue;
    }
    // The one group whose figures it agrees with, if exactly one does.
    std::size_t agreeing = 0, group = 0;
    for (std::size_t g = 0; g < stated_groups && agreeing < 2; ++g)
      if (std::any_of(out[g].begin(), out[g].end(), [&](const Claim* o) { return overlaps(o->low, o->high, c->low, c->high); }))
        ++agreeing, group = g;
    if (agreeing == 1) out[group].push_back(c);
    else alone.push_back(c);
  }
  if (!alone.empty()) out.push_back(std::move(alone));
  return out;
}

// How far a round figure may be from what it rounds: half a unit of its last digit that is
// not zero, when it has two such digits or more ("310,000" for 310,412, "3.1 million" for
// 3,140,000). A figure of one digit ("400 million", "20") and a hedged one ("about 300",
// already an interval) are taken as written.
double rounding(const Claim& c) {
  if (!c.hedge.empty() || c.low != c.high || !std::isfinite(c.value)) return 0;
  double v = std::fabs(c.value);
  if (v < 100 || v > 1e15 || v != std::floor(v)) return 0;
  double unit = 1;
  while (std::fmod(v, 10) == 0) v /= 10, unit *= 10;
  return unit > 1 && v >= 10 ? unit / 2 : 0;
}

std::vector<ClaimValue> cluster_values(std::vector<const Claim*> claims, const std::vector<DocumentExtract>& docs) {
  // Exact figures first, so a bound ("up to 95") joins the figure it names, not another one
  // its interval also holds.
  std::stable_sort(claims.begin(), claims.end(), [](const Claim* a, const Claim* b) {
    const bool ea = a->low == a->high, eb = b->low == b->high;
    return std::tie(eb, a->low, a->high) < std::tie(ea, b->low, b->high);
  });
  std::vector<ClaimValue> values;
  // While values form, low and high are what their claims can mean, a round figure taken as
  // rounded (see rounding); `stated` is the intersection of what the claims say.
  std::vector<std::pair<double, double>> stated;
  // An exact figure overlaps only values close to it. While every value was made by an exact
  // figure, values were made in ascending order and only ever narrow, so those that can touch
  // the next figure are the last ones made: the search looks back from the end and stops at
  // the first made further below than any slack or rounding reaches. (Searching all of them
  // made a group of thousands of distinct figures cost their square.)
  std::vector<double> made_at;  // the figure that made each value
  bool ascending = true;        // every value so far made by a finite exact figure, in order
  double largest = 1;           // the largest magnitude among them: slack grows with it
  double widest = 0;            // the largest rounding among them
  auto first_match = [&](const Claim* c, double round, auto&& match) {
    const bool exact = c->low == c->high && std::isfinite(c->low);
    if (!exact || !ascending) return std::find_if(values.begin(), values.end(), match);
    const double reach = 2 * kEpsilon * std::max(largest, std::fabs(c->low)) + widest + round;
    auto found = values.end();
    for (std::size_t k = values.size(); k-- > 0 && made_at[k] >= c->low - reach;)
      if (match(values[k])) found = values.begin() + static_cast<std::ptrdiff_t>(k);
    return found;
  };
  for (const Claim* c : claims) {
    const double round = rounding(*c);
    const double low = c->low - round, high = c->high + round;
    auto it = first_match(c, round, [&](const ClaimValue& v) { return v.value == c->value && overlaps(v.low, v.high, low, high); });
    if (it == values.end()) it = first_match(c, round, [&](const ClaimValue& v) { return overlaps(v.low, v.high, low, high); });
    if (it == values.end()) {
      values.push_back(ClaimValue{c->value, low, high, c->evidence.text, {}, {}});
      stated.emplace_back(c->low, c->high);
      it = values.end() - 1;
      ascending = ascending && c->low == c->high && std::isfinite(c->low) && (made_at.empty() || c->low >= made_at.back());
      largest = std::max(largest, std::fabs(c->low));
      widest = std::max(widest, round);
      made_at.push_back(c->low);
    } else {
      it->low = std::max(it->low, low);
      it->high = std::min(it->high, high);
      auto& [first, last] = stated[static_cast<std::size_t>(it - values.begin())];
      first = std::max(first, c->low), last = std::min(last, c->high);
    }
    it->claims.push_back(c);
    const std::string& doc = docs[c->evidence.doc].doc;
    if (std::find(it->docs.begin(), it->docs.end(), doc) == it->docs.end()) it->docs.push_back(doc);
  }
  // A value says what its claims say together; where only rounding joins them ("310,000" and
  // "310,412"), what they can mean together.
  for (std::size_t k = 0; k < values.size(); ++k)
    if (stated[k].first <= stated[k].second) values[k].low = stated[k].first, values[k].high = stated[k].second;
  // An exact figure speaks for its value better than a bound does.
  for (auto& v : values) {
    for (const Claim* c : v.claims)
      if (c->hedge.empty()) {
        v.value = c->value;
        v.text = c->evidence.text;
        break;
      }
  }
  // Values in corpus order of their first claim, as before.
  std::stable_sort(values.begin(), values.end(), [](const ClaimValue& a, const ClaimValue& b) {
    return std::tie(a.low, a.high) < std::tie(b.low, b.high);
  });
  return values;
}

// The places (document, sentence) of a value's claims, sorted.
using Places = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
Places places_of(const ClaimValue& v) {
  Places out;
  for (const Claim* c : v.claims) out.emplace_back(c->evidence.doc, c->evidence.sentence);
  std::sort(out.begin(), out.end());
  return out;
}

// Two values one sentence gives together are related by its source ("cut the award to $318.5
// million from $412 million", "$35 million of the fine deferred"): they do not conflict.
bool stated_together(const Places& a, const Places& b) {
  for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
    if (*x == *y) return true;
    if (*x < *y) ++x;
    else ++y;
  }
  return false;
}

// The relative gap between two values: 0 when they touch, 1 when one is zero.
double relative_gap(const ClaimValue& a, const ClaimValue& b) {
  const double gap = std::max(0.0, std::max(b.low - a.high, a.low - b.high));
  const double scale = std::max({std::fabs(a.value), std::fabs(b.value), 1e-12});
  return std::min(1.0, gap / scale);
}

// The figure's digits without its magnitude: 3.1 for 3,100,000 and for 0.31.
double mantissa(double v) {
  v = std::fabs(v);
  if (v == 0 || !std::isfinite(v)) return v;
  return v / std::pow(10.0, std::floor(std::log10(v)));
}

// Whether two values can be one figure that a source got wrong. A source that errs on a
// figure swaps or mistypes a digit, rounds, or slips a magnitude ("$1.2 million" for "$1.2
// billion"); figures an order of magnitude apart with other digits count different things
// ("three patients died" and "310,000 patients take the drug").
bool comparable(const ClaimValue& a, const ClaimValue& b) {
  const ClaimValue& lower = a.high <= b.low ? a : b;
  const ClaimValue& upper = a.high <= b.low ? b : a;
  // Ten times apart where the two intervals come nearest.
  if (lower.high <= 0 || upper.low < 10 * lower.high) return true;
  return std::isfinite(a.value) && std::isfinite(b.value) && std::fabs(mantissa(a.value) - mantissa(b.value)) < 1e-6;
}

// The significant digits of a figure: "148" for 1.48 billion, "31" for 31,000.
std::string digits_of(double v) {
  std::string out;
  for (const char ch : fmt::format("{:.12g}", std::fabs(v))) {
    if (ch == 'e' || ch == 'E') break;
    if (ch >= '0' && ch <= '9') out += ch;
  }
  while (out.size() > 1 && out.back() == '0') out.pop_back();
  while (out.size() > 1 && out.front() == '0') out.erase(out.begin());
  return out;
}

// Whether two figures look like one written wrongly: the same digits in another order
// ("46" for "64", "1.48 billion" for "1.84 billion") or one digit changed ("1,500" for "1,200").
bool slip_of(double a, double b) {
  std::string x = digits_of(a), y = digits_of(b);
  if (x.size() != y.size()) return false;
  std::size_t differ = 0;
  for (std::size_t k = 0; k < x.size(); ++k) differ += x[k] != y[k];
  if (differ <= 1) return true;
  std::sort(x.begin(), x.end());
  std::sort(y.begin(), y.end());
  return x == y;
}

// Whether two values can be a disagreement of sources: one of them is given by two documents
// or more (a source at odds with what others agree on), or, when each has one source, the
// figures are within half of each other ("12,000 dealers", "15,000 retail partners") or one
// looks like the other written wrongly. Two lone figures further apart under one name more
// often count two things ("26 officers are working on the case", "42 officers carried out
// raids"). An addition ("five more papers") counts from what its own text counted before, so
// two lone ones are two additions.
bool disputable(const ClaimValue& a, const ClaimValue& b, bool addition) {
  if (a.docs.size() >= 2 || b.docs.size() >= 2) return true;
  if (addition) return false;
  if (!std::isfinite(a.value) || !std::isfinite(b.value)) return false;
  const double small = std::min(std::fabs(a.value), std::fabs(b.value)), large = std::max(std::fabs(a.value), std::fabs(b.value));
  return large <= 1.5 * small || slip_of(a.value, b.value);
}

// The claims of one group, before their values are formed.
struct Members {
  std::string subject, attribute, unit;
  std::vector<const Claim*> claims;
};

// What an attribute counts, a part of it or the whole: "car" for "part of car". An action
// stays: "people (dead)" and "people (injured)" count two things.
std::string_view counted(std::string_view attribute) {
  if (attribute.starts_with("part of ")) attribute.remove_prefix(8);
  return attribute;
}

// Whether two groups hold for the same place: the same scope, or one states none.
bool same_scope(const Members& a, const Members& b) {
  const std::string& x = a.claims.front()->scope;
  const std::string& y = b.claims.front()->scope;
  return x.empty() || y.empty() || x == y;
}

// The one figure all of a group's claims give, from one document, exactly; none otherwise.
std::optional<double> lone_figure(const Members& m) {
  const Claim* first = m.claims.front();
  for (const Claim* c : m.claims)
    if (c->evidence.doc != first->evidence.doc || !c->hedge.empty() || c->low != c->high || c->value != first->value ||
        !std::isfinite(c->value))
      return std::nullopt;
  return first->value;
}

// A figure one source alone gives that has the digits, swapped, of a figure two other
// sources or more agree on for the same subject, place, unit and thing counted ("34 of the
// train's cars" against "43 cars derailed" in three sources) is the same figure written
// wrongly: its claims join that group, whatever date they were filed under, so the slip is
// reported. Only a swap counts here: one digit changed ("20 ships", "60 ships") too often
// counts another thing.
void join_swapped(std::vector<Members>& sets) {
  // Figures that two documents or more give exactly, by unit, thing counted and sorted digits.
  std::map<std::tuple<std::string_view, std::string_view, std::string>, std::vector<std::pair<std::size_t, double>>> agreed;
  for (std::size_t g = 0; g < sets.size(); ++g) {
    std::map<double, std::set<std::uint32_t>> sources;
    for (const Claim* c : sets[g].claims)
      if (c->hedge.empty() && c->low == c->high && std::isfinite(c->value)) sources[c->value].insert(c->evidence.doc);
    for (const auto& [value, in] : sources) {
      std::string digits = digits_of(value);
      if (in.size() < 2 || digits.size() < 2) continue;
      std::sort(digits.begin(), digits.end());
      agreed[{sets[g].unit, counted(sets[g].attribute), digits}].emplace_back(g, value);
    }
  }
  if (agreed.empty()) return;
  for (std::size_t g = 0; g < sets.size(); ++g) {
    const auto figure = lone_figure(sets[g]);
    if (!figure) continue;
    std::string digits = digits_of(*figure);
    std::sort(digits.begin(), digits.end());
    const auto it = agreed.find({sets[g].unit, counted(sets[g].attribute), digits});
    if (it == agreed.end()) continue;
    // A group about the same subject; among several, the one with the same attribute. A tie
    // moves nothing.
    std::optional<std::size_t> target;
    int best = -1;
    bool tie = false;
    for (const auto& [t, value] : it->second) {
      if (t == g || t == target || sets[g].subject.empty() || sets[t].subject != sets[g].subject ||
          digits_of(value) == digits_of(*figure) || !same_scope(sets[t], sets[g]))
        continue;
      const int shared = sets[t].attribute == sets[g].attribute;
      tie = shared == best || (shared < best && tie);
      if (shared > best) best = shared, target = t;
    }
    if (!target || tie) continue;
    auto& into = sets[*target].claims;
    into.insert(into.end(), sets[g].claims.begin(), sets[g].claims.end());
    sets[g].claims.clear();
  }
}

}  // namespace

std::vector<ClaimGroup> group_claims(const std::vector<DocumentExtract>& documents) {
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<const Claim*>> by_key;
  for (const DocumentExtract& doc : documents)
    for (const Claim& c : doc.claims) by_key[{c.subject, c.attribute, c.unit}].push_back(&c);
  std::vector<Members> sets;
  for (const auto& [key, list] : by_key)
    for (const auto& timed : split_by(list, [](const Claim& c) -> const std::string& { return c.time; }, true))
      for (auto& scoped : split_by(timed, [](const Claim& c) -> const std::string& { return c.scope; }))
        sets.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), std::move(scoped)});
  join_swapped(sets);
  std::vector<ClaimGroup> out;
  for (const Members& set : sets) {
    if (set.claims.empty()) continue;
    const auto& scoped = set.claims;
    ClaimGroup g;
    g.subject = set.subject;
    g.attribute = set.attribute;
    g.unit = set.unit;
    for (const Claim* c : scoped) {
      if (g.scope.empty()) g.scope = c->scope;
      // The widest of the members' times: they nest.
      if (g.time.empty() || (!c->time.empty() && values_nest(c->time, g.time) && c->time.size() < g.time.size()))
        g.time = c->time;
    }
    g.values = cluster_values(scoped, documents);
    // The largest gap between two values that different sources give apart. Once there is
    // a conflict, a pair whose gap is no larger cannot change it, and a gap of 1 is the most
    // there is.
    std::vector<Places> places;
    for (const auto& v : g.values) places.push_back(places_of(v));
    const bool addition = g.attribute.ends_with(" (added)");
    for (std::size_t a = 0; a < g.values.size() && g.severity < 1.0; ++a)
      for (std::size_t b = a + 1; b < g.values.size() && g.severity < 1.0; ++b) {
        const double gap = relative_gap(g.values[a], g.values[b]);
        if (g.conflict && gap <= g.severity) continue;
        if (different_sources(g.values[a].docs, g.values[b].docs) && !stated_together(places[a], places[b]) &&
            comparable(g.values[a], g.values[b]) && disputable(g.values[a], g.values[b], addition)) {
          g.conflict = true;
          g.severity = std::max(g.severity, gap);
        }
      }
    g.id = slug(g.subject + " " + g.attribute + " " + g.scope + " " + g.time);
    out.push_back(std::move(g));
  }
  // Ids stay unique when two groups share subject, attribute, scope and time.
  std::map<std::string, int> seen;
  for (auto& g : out)
    if (const int n = ++seen[g.id]; n > 1) g.id += fmt::format("-{}", n);
  return out;
}

}  // namespace kban
