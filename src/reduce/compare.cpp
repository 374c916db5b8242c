// Agreement and conflict: claims on the same subject, attribute, scope and time form a
// group; values whose intervals overlap agree. Events whose sources give dates that cannot
// nest are date conflicts.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "kban/claims.hpp"

namespace kban {

namespace {

constexpr double kEpsilon = 1e-9;

bool overlaps(double a_low, double a_high, double b_low, double b_high) {
  // A slack for floating-point noise only: 270,000 and 270,001 stay apart.
  auto finite = [](double v) { return std::isinf(v) ? 0.0 : std::fabs(v); };
  const double slack = kEpsilon * std::max({1.0, finite(a_low), finite(a_high), finite(b_low), finite(b_high)});
  return a_low <= b_high + slack && b_low <= a_high + slack;
}

std::string slug(const std::string& s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// Claims keyed by one of their fields: those that state it split apart; one that leaves it
// out joins the only stated value, or, when there are several, the one group whose figures
// it agrees with; else the claims that leave it out stay together.
template <typename Field>
std::vector<std::vector<const Claim*>> split_by(const std::vector<const Claim*>& claims, Field field) {
  std::map<std::string, std::vector<const Claim*>> stated;
  std::vector<const Claim*> unstated;
  for (const Claim* c : claims) {
    const std::string& v = field(*c);
    if (v.empty()) unstated.push_back(c);
    else stated[v].push_back(c);
  }
  std::vector<std::vector<const Claim*>> out;
  for (auto& [key, list] : stated) out.push_back(std::move(list));
  std::vector<const Claim*> alone;
  for (const Claim* c : unstated) {
    std::vector<std::size_t> agreeing;
    for (std::size_t g = 0; g < out.size(); ++g)
      if (std::any_of(out[g].begin(), out[g].end(), [&](const Claim* o) { return overlaps(o->low, o->high, c->low, c->high); }))
        agreeing.push_back(g);
    if (out.size() == 1) out.front().push_back(c);
    else if (agreeing.size() == 1) out[agreeing.front()].push_back(c);
    else alone.push_back(c);
  }
  if (!alone.empty()) out.push_back(std::move(alone));
  return out;
}

std::vector<ClaimValue> cluster_values(std::vector<const Claim*> claims) {
  std::stable_sort(claims.begin(), claims.end(), [](const Claim* a, const Claim* b) {
    return std::tie(a->low, a->high) < std::tie(b->low, b->high);
  });
  std::vector<ClaimValue> values;
  for (const Claim* c : claims) {
    auto it = std::find_if(values.begin(), values.end(),
                           [&](const ClaimValue& v) { return overlaps(v.low, v.high, c->low, c->high); });
    if (it == values.end()) {
      values.push_back(ClaimValue{c->value, c->low, c->high, c->evidence.text, {}, {}});
      it = values.end() - 1;
    } else {
      it->low = std::max(it->low, c->low);
      it->high = std::min(it->high, c->high);
    }
    it->claims.push_back(c);
    if (std::find(it->docs.begin(), it->docs.end(), c->evidence.doc) == it->docs.end()) it->docs.push_back(c->evidence.doc);
  }
  // An exact figure speaks for its value better than a bound does.
  for (auto& v : values) {
    for (const Claim* c : v.claims)
      if (c->hedge.empty()) {
        v.value = c->value;
        v.text = c->evidence.text;
        break;
      }
  }
  return values;
}

// The relative gap between two values: 0 when they touch, 1 when one is zero.
double relative_gap(const ClaimValue& a, const ClaimValue& b) {
  const double gap = std::max(0.0, std::max(b.low - a.high, a.low - b.high));
  const double scale = std::max({std::fabs(a.value), std::fabs(b.value), 1e-12});
  return std::min(1.0, gap / scale);
}

bool different_sources(const ClaimValue& a, const ClaimValue& b) {
  for (const auto& x : a.docs)
    for (const auto& y : b.docs)
      if (x != y) return true;
  return false;
}

std::string number_text(double v) {
  if (std::isinf(v)) return "inf";
  return fmt::format("{:g}", v);
}

}  // namespace

std::vector<ClaimGroup> group_claims(const std::vector<Claim>& claims) {
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<const Claim*>> by_key;
  for (const Claim& c : claims) by_key[{c.subject, c.attribute, c.unit}].push_back(&c);
  std::vector<ClaimGroup> out;
  for (const auto& [key, list] : by_key) {
    for (const auto& timed : split_by(list, [](const Claim& c) -> const std::string& { return c.time; })) {
      for (const auto& scoped : split_by(timed, [](const Claim& c) -> const std::string& { return c.scope; })) {
        ClaimGroup g;
        g.subject = std::get<0>(key);
        g.attribute = std::get<1>(key);
        g.unit = std::get<2>(key);
        for (const Claim* c : scoped) {
          if (g.scope.empty()) g.scope = c->scope;
          if (g.time.empty()) g.time = c->time;
        }
        g.values = cluster_values(scoped);
        for (std::size_t a = 0; a < g.values.size(); ++a)
          for (std::size_t b = a + 1; b < g.values.size(); ++b)
            if (different_sources(g.values[a], g.values[b])) {
              g.conflict = true;
              g.severity = std::max(g.severity, relative_gap(g.values[a], g.values[b]));
            }
        g.id = slug(g.subject + " " + g.attribute + " " + g.scope + " " + g.time);
        out.push_back(std::move(g));
      }
    }
  }
  // Ids stay unique when two groups share subject, attribute, scope and time.
  std::map<std::string, int> seen;
  for (auto& g : out)
    if (const int n = ++seen[g.id]; n > 1) g.id += fmt::format("-{}", n);
  return out;
}

namespace {

// Sources that disagree on whether a party still intends an action.
void add_statement_conflicts(const std::vector<Stance>& stances, std::vector<Conflict>& out) {
  std::map<std::pair<std::string, std::string>, std::vector<const Stance*>> by_intent;
  for (const Stance& s : stances) by_intent[{s.agent, s.action}].push_back(&s);
  for (const auto& [key, list] : by_intent) {
    ConflictValue holds, given_up;
    holds.value = "holds";
    given_up.value = "given up";
    for (const Stance* s : list) {
      ConflictValue& v = s->holds ? holds : given_up;
      if (v.text.empty()) v.text = s->text;
      if (std::find(v.docs.begin(), v.docs.end(), s->doc) == v.docs.end()) v.docs.push_back(s->doc);
      v.mentions.push_back(Evidence{s->doc, s->doc_index, s->text, s->start, s->end, s->sentence, s->sentence_start, s->sentence_end});
    }
    if (holds.docs.empty() || given_up.docs.empty()) continue;
    bool different = false;
    for (const auto& a : holds.docs)
      for (const auto& b : given_up.docs) different = different || a != b;
    if (!different) continue;
    Conflict c;
    c.kind = "statement";
    c.subject = key.first;
    c.attribute = "intends a " + list.front()->action_label;
    c.id = "statement-" + slug(key.first + " " + key.second);
    c.severity = 1.0;  // one source says yes, another no
    c.values = {std::move(holds), std::move(given_up)};
    out.push_back(std::move(c));
  }
}

}  // namespace

std::vector<Conflict> find_conflicts(const std::vector<ClaimGroup>& groups, const std::vector<Event>& events,
                                     const std::vector<Stance>& stances) {
  std::vector<Conflict> out;
  add_statement_conflicts(stances, out);
  for (const ClaimGroup& g : groups) {
    if (!g.conflict) continue;
    Conflict c;
    c.id = "figure-" + g.id;
    c.kind = "figure";
    c.subject = g.subject;
    c.attribute = g.attribute;
    c.scope = g.scope;
    c.severity = g.severity;
    for (const ClaimValue& v : g.values) {
      ConflictValue cv;
      cv.number = v.value;
      cv.low_number = v.low;
      cv.high_number = v.high;
      cv.value = number_text(v.value);
      cv.text = v.text;
      cv.docs = v.docs;
      for (const Claim* claim : v.claims) cv.mentions.push_back(claim->evidence);
      c.values.push_back(std::move(cv));
    }
    out.push_back(std::move(c));
  }
  for (const Event& e : events) {
    if (e.dates_agree) continue;
    Conflict c;
    c.id = "date-" + e.id;
    c.kind = "date";
    c.subject = e.actors.empty() ? std::string() : e.actors.front();
    c.attribute = "date of " + e.label + ": " + e.summary;
    // Mentions whose dates nest share a value.
    struct Value {
      long first, last;
      std::string precise;
      ConflictValue cv;
    };
    std::vector<Value> values;
    for (const Mention& m : e.mentions) {
      long f = 0, l = 0;
      if (!value_interval(m.value, f, l)) continue;
      auto it = std::find_if(values.begin(), values.end(),
                             [&](const Value& v) { return intervals_nest(f, l, v.first, v.last); });
      if (it == values.end()) {
        values.push_back(Value{f, l, m.value, {}});
        it = values.end() - 1;
      } else if (l - f < it->last - it->first) {
        it->first = f, it->last = l, it->precise = m.value;
      }
      it->cv.mentions.push_back(Evidence{m.doc, m.doc_index, m.text, m.start, m.end, m.sentence, m.sentence_start, m.sentence_end});
      if (std::find(it->cv.docs.begin(), it->cv.docs.end(), m.doc) == it->cv.docs.end()) it->cv.docs.push_back(m.doc);
      if (it->cv.text.empty()) it->cv.text = m.text;
    }
    if (values.size() < 2) continue;
    double lo_mid = 1e18, hi_mid = -1e18;
    for (auto& v : values) {
      v.cv.value = v.precise;
      v.cv.low = to_iso(civil_from_days(v.first));
      v.cv.high = to_iso(civil_from_days(v.last));
      const double mid = (static_cast<double>(v.first) + static_cast<double>(v.last)) / 2;
      lo_mid = std::min(lo_mid, mid), hi_mid = std::max(hi_mid, mid);
      c.values.push_back(std::move(v.cv));
    }
    // For dates the gap is counted in years between the values' midpoints.
    c.severity = (hi_mid - lo_mid) / 365.25;
    out.push_back(std::move(c));
  }
  std::stable_sort(out.begin(), out.end(), [](const Conflict& a, const Conflict& b) {
    return a.severity != b.severity ? a.severity > b.severity : a.id < b.id;
  });
  return out;
}

}  // namespace kban
