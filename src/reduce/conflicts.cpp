// Conflicts: figures that cannot all be true (from claim groups), dates of one event that
// cannot nest, and intents one source says hold and another that were given up.
#include "reduce/conflicts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

#include "model/sources.hpp"
#include "reduce/slug.hpp"

namespace kban {

namespace {

std::string number_text(double v) {
  if (std::isinf(v)) return "inf";
  return fmt::format("{:g}", v);
}

// Sources that disagree on whether a party still intends an action.
void add_statement_conflicts(const std::vector<DocumentExtract>& documents, std::vector<Conflict>& out) {
  std::map<std::pair<std::string, std::string>, std::vector<const Stance*>> by_intent;
  for (const DocumentExtract& doc : documents)
    for (const Stance& s : doc.stances) by_intent[{s.agent, s.action}].push_back(&s);
  for (const auto& [key, list] : by_intent) {
    ConflictValue holds, given_up;
    holds.value = "holds";
    given_up.value = "given up";
    std::unordered_set<std::string_view> held_by, given_up_by;
    for (const Stance* s : list) {
      ConflictValue& v = s->holds ? holds : given_up;
      if (v.text.empty()) v.text = s->evidence.text;
      const std::string& doc = documents[s->evidence.doc].doc;
      if ((s->holds ? held_by : given_up_by).insert(doc).second) v.docs.push_back(doc);
      v.mentions.push_back(s->evidence);
    }
    if (!different_sources(holds.docs, given_up.docs)) continue;
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

// A source at odds with itself: the weekday it names is not the date's ("this Friday, July
// 20" when July 20 is a Saturday). One conflict per expression; the two values are the
// weekday written and the one the date has.
void add_inconsistencies(const std::vector<DocumentExtract>& documents, std::vector<Conflict>& out) {
  static constexpr const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  for (const DocumentExtract& doc : documents) {
    std::uint32_t last_timex = UINT32_MAX;
    for (const Mention& m : doc.mentions) {
      if (m.mismatched_weekday < 0 || m.timex == last_timex) continue;
      last_timex = m.timex;
      const auto date = parse_iso_date(m.value.substr(0, 10));
      if (!date) continue;
      Conflict c;
      c.kind = "inconsistency";
      c.id = fmt::format("inconsistency-{}-{}", slug(doc.doc), m.evidence.start);
      c.subject = m.agent;
      c.attribute = fmt::format("weekday of {}", to_iso(*date));
      c.severity = 1.0;  // one of the two is wrong
      ConflictValue written, actual;
      written.value = kDays[m.mismatched_weekday];
      actual.value = kDays[weekday(*date)];
      written.text = actual.text = m.evidence.text;
      written.docs = actual.docs = {doc.doc};
      written.mentions = actual.mentions = {m.evidence};
      c.values = {std::move(written), std::move(actual)};
      out.push_back(std::move(c));
    }
  }
}

}  // namespace

std::vector<Conflict> find_conflicts(const std::vector<DocumentExtract>& documents, const std::vector<ClaimGroup>& groups,
                                     const std::vector<Event>& events) {
  std::vector<Conflict> out;
  add_statement_conflicts(documents, out);
  add_inconsistencies(documents, out);
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
    c.event = e.id;
    c.subject = e.actors.empty() ? std::string() : e.actors.front();
    c.attribute = "date of " + e.label + ": " + e.summary;
    // Mentions whose dates nest share a value.
    struct Value {
      long first, last;
      std::string precise;
      ConflictValue cv;
    };
    std::vector<Value> values;
    // The dates sources claim themselves make the values; the others join one they fit.
    std::vector<MentionRef> order;
    for (const bool firm : {true, false})
      for (const MentionRef ref : e.mentions)
        if (firm_date(documents[ref.doc].mentions[ref.index]) == firm) order.push_back(ref);
    for (const MentionRef ref : order) {
      const Mention& m = documents[ref.doc].mentions[ref.index];
      long f = 0, l = 0;
      // A date attached to the event for being its day says nothing of which day it was.
      if (m.attached || !mention_interval(m, f, l)) continue;
      auto it = std::find_if(values.begin(), values.end(),
                             [&](const Value& v) { return dates_compatible(f, l, v.first, v.last); });
      // A date whose year is guessed makes a value of its own beside a firm one of its year.
      const bool beside_firm = firm_but_year(m) && std::any_of(values.begin(), values.end(), [&](const Value& v) {
        return civil_from_days(v.first).year == civil_from_days(f).year;
      });
      if (it == values.end() && !firm_date(m) && !beside_firm) continue;
      if (it == values.end()) {
        values.push_back(Value{f, l, m.value, {}});
        it = values.end() - 1;
      } else if (l - f < it->last - it->first) {
        it->first = f, it->last = l, it->precise = m.value;
      }
      it->cv.mentions.push_back(m.evidence);
      const std::string& doc = documents[ref.doc].doc;
      if (std::find(it->cv.docs.begin(), it->cv.docs.end(), doc) == it->cv.docs.end()) it->cv.docs.push_back(doc);
      if (it->cv.text.empty()) it->cv.text = m.evidence.text;
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
