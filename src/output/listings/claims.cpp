#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "output/listings.hpp"

namespace kban {

namespace {

// Whole numbers print as integers (270000, not 270000.0); open ends as null.
void write_number(JsonWriter& w, double v) {
  if (std::isinf(v)) w.null();
  else if (v == std::floor(v) && std::fabs(v) < 9e15) w.value(static_cast<long long>(v));
  else w.value(v);
}

void write_or_null(JsonWriter& w, std::string_view key, const std::string& s) {
  if (s.empty()) w.null_field(key);
  else w.field(key, s);
}

bool contains(const std::vector<std::string>& list, const std::string& s) { return std::find(list.begin(), list.end(), s) != list.end(); }

bool selected(const ClaimGroup& g, const ClaimFilter& filter) {
  if (!filter.statuses.empty() && !contains(filter.statuses, claim_status(g))) return false;
  if (filter.sources.empty()) return true;
  for (const auto& v : g.values)
    for (const auto& d : v.docs)
      if (contains(filter.sources, d)) return true;
  return false;
}

bool selected(const Conflict& c, const ConflictFilter& filter) {
  if (!filter.kinds.empty() && !contains(filter.kinds, c.kind)) return false;
  if (filter.sources.empty()) return true;
  for (const auto& v : c.values)
    for (const auto& d : v.docs)
      if (contains(filter.sources, d)) return true;
  return false;
}

// The figure as each source wrote it: "fewer than 50 / nearly 50".
std::string written_forms(const std::vector<const Claim*>& claims) {
  std::vector<std::string> forms;
  for (const Claim* c : claims)
    if (std::find(forms.begin(), forms.end(), c->evidence.text) == forms.end()) forms.push_back(c->evidence.text);
  if (forms.size() > 3) forms.resize(3), forms.back() = "…";
  return fmt::format("{}", fmt::join(forms, " / "));
}

}  // namespace

std::string claim_status(const ClaimGroup& g) {
  std::size_t docs = 0;
  for (const auto& v : g.values) docs += v.docs.size();
  if (g.conflict) return "conflict";
  if (docs <= 1) return "single";
  // Several values that do not conflict count different things (docs/claims.md).
  return g.values.size() > 1 ? "distinct" : "agree";
}

std::string conflict_about(const Conflict& c) {
  return c.kind == "date" ? c.attribute : claim_about(c.subject, c.attribute, c.scope, "");
}

std::string conflict_value_text(const Conflict& c, const ConflictValue& v, std::string_view open, std::string_view close) {
  if (c.kind == "date") return display_date(v.value);
  if (c.kind != "figure") return fmt::format("{}: {}{}{}", v.value, open, v.text, close);
  std::vector<std::string> forms;
  for (const Evidence& e : v.mentions)
    if (std::find(forms.begin(), forms.end(), e.text) == forms.end()) forms.push_back(e.text);
  return fmt::format("{}", fmt::join(forms, " / "));
}

std::string claim_about(const std::string& subject, const std::string& attribute, const std::string& scope,
                        const std::string& time) {
  std::string out = subject.empty() ? attribute : subject + ": " + attribute;
  if (!scope.empty() || !time.empty()) {
    out += " (";
    out += scope;
    if (!scope.empty() && !time.empty()) out += ", ";
    out += time;
    out += ")";
  }
  return out;
}

std::vector<const ClaimGroup*> select_claims(const Analysis& analysis, const ClaimFilter& filter) {
  std::vector<const ClaimGroup*> out;
  for (const ClaimGroup& g : analysis.claim_groups)
    if (selected(g, filter)) out.push_back(&g);
  return out;
}

std::vector<const Conflict*> select_conflicts(const Analysis& analysis, const ConflictFilter& filter) {
  std::vector<const Conflict*> out;
  for (const Conflict& c : analysis.conflicts)
    if (selected(c, filter)) out.push_back(&c);
  return out;
}

bool any_claim_conflict(const Analysis& analysis, const ClaimFilter& filter) {
  return std::any_of(analysis.claim_groups.begin(), analysis.claim_groups.end(),
                     [&](const ClaimGroup& g) { return g.conflict && selected(g, filter); });
}

std::size_t count_conflicts(const Analysis& analysis, const ConflictFilter& filter) {
  return static_cast<std::size_t>(std::count_if(analysis.conflicts.begin(), analysis.conflicts.end(),
                                                [&](const Conflict& c) { return selected(c, filter); }));
}

Listing list_claims(const Analysis& analysis, const ClaimFilter& filter) {
  Listing listing;
  listing.kind = "claims";
  listing.add_records([&analysis, filter](RecordWriter& out) {
    SentenceQuotes quotes(analysis);
    for (const ClaimGroup& g : analysis.claim_groups) {
      if (!selected(g, filter)) continue;
      out.record([&](JsonWriter& w) {
        w.field("id", g.id);
        w.field("kind", "figure");
        w.field("subject", g.subject);
        w.field("attribute", g.attribute);
        write_or_null(w, "scope", g.scope);
        write_or_null(w, "time", g.time);
        w.field("unit", g.unit);
        w.field("status", claim_status(g));
        w.key("values");
        w.begin_array();
        for (const ClaimValue& v : g.values) {
          w.begin_object();
          w.key("value");
          write_number(w, v.value);
          w.key("low");
          write_number(w, v.low);
          w.key("high");
          write_number(w, v.high);
          w.field("text", v.text);
          w.key("docs");
          w.strings(v.docs);
          w.field("support", v.docs.size());
          w.key("mentions");
          w.begin_array();
          for (const Claim* c : v.claims) {
            w.begin_object();
            write_evidence(w, quotes, c->evidence);
            write_or_null(w, "hedge", c->hedge);
            w.field("written", c->written);
            w.end_object();
          }
          w.end_array();
          w.end_object();
        }
        w.end_array();
      });
    }
  }, "claim");
  listing.table = [&analysis, filter] {
    Table table;
    table.headers = {"ABOUT", "VALUES", "STATUS"};
    table.stretch_column = 1;
    for (const ClaimGroup& g : analysis.claim_groups) {
      if (!selected(g, filter)) continue;
      std::vector<std::string> cells;
      for (const ClaimValue& v : g.values) cells.push_back(fmt::format("{} [{}]", written_forms(v.claims), fmt::join(v.docs, ", ")));
      table.rows.push_back({{claim_about(g.subject, g.attribute, g.scope, g.time), fmt::format("{}", fmt::join(cells, " vs ")), claim_status(g)}, {}});
    }
    return table;
  };
  return listing;
}

Listing list_conflicts(const Analysis& analysis, const ConflictFilter& filter, bool evidence) {
  Listing listing;
  listing.kind = "conflicts";
  listing.add_records([&analysis, filter](RecordWriter& out) {
    SentenceQuotes quotes(analysis);
    for (const Conflict& c : analysis.conflicts) {
      if (!selected(c, filter)) continue;
      out.record([&](JsonWriter& w) {
        w.field("id", c.id);
        w.field("kind", c.kind);
        w.field("subject", c.subject);
        w.field("attribute", c.attribute);
        write_or_null(w, "scope", c.scope);
        w.field("severity", std::round(c.severity * 1000) / 1000);
        w.key("values");
        w.begin_array();
        for (const ConflictValue& v : c.values) {
          const bool figure = c.kind == "figure", date = c.kind == "date";
          w.begin_object();
          w.key("value");
          if (figure) write_number(w, v.number);
          else w.value(v.value);
          w.key("low");
          if (figure) write_number(w, v.low_number);
          else if (date) w.value(v.low);
          else w.null();
          w.key("high");
          if (figure) write_number(w, v.high_number);
          else if (date) w.value(v.high);
          else w.null();
          w.field("text", v.text);
          w.key("docs");
          w.strings(v.docs);
          w.key("mentions");
          w.begin_array();
          for (const Evidence& e : v.mentions) {
            w.begin_object();
            write_evidence(w, quotes, e);
            w.end_object();
          }
          w.end_array();
          w.end_object();
        }
        w.end_array();
      });
    }
  }, "conflict");
  listing.table = [&analysis, filter, evidence] {
    Table table;
    table.headers = {"SEVERITY", "KIND", "ABOUT", "VALUES"};
    table.stretch_column = 2;
    SentenceQuotes quotes(analysis);
    for (const Conflict& c : analysis.conflicts) {
      if (!selected(c, filter)) continue;
      TableRow row;
      std::vector<std::string> cells;
      for (const ConflictValue& v : c.values) {
        cells.push_back(fmt::format("{} [{}]", conflict_value_text(c, v, "\"", "\""), fmt::join(v.docs, ", ")));
        if (evidence)
          for (const Evidence& e : v.mentions) row.details.push_back(evidence_line(quotes, e));
      }
      row.cells = {fmt::format("{:.2f}", c.severity), c.kind, conflict_about(c), fmt::format("{}", fmt::join(cells, " vs "))};
      table.rows.push_back(std::move(row));
    }
    return table;
  };
  return listing;
}

}  // namespace kban
