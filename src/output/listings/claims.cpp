#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "output/listings.hpp"

namespace kban {

namespace {

// Whole numbers print as integers (270000, not 270000.0); open ends as null.
Json number_json(double v) {
  if (std::isinf(v)) return Json(nullptr);
  if (v == std::floor(v) && std::fabs(v) < 9e15) return Json(static_cast<long long>(v));
  return Json(v);
}

// The figure as each source wrote it: "fewer than 50 / nearly 50".
std::string written_forms(const std::vector<const Claim*>& claims) {
  std::vector<std::string> forms;
  for (const Claim* c : claims)
    if (std::find(forms.begin(), forms.end(), c->evidence.text) == forms.end()) forms.push_back(c->evidence.text);
  if (forms.size() > 3) forms.resize(3), forms.back() = "…";
  return fmt::format("{}", fmt::join(forms, " / "));
}

std::string about(const std::string& subject, const std::string& attribute, const std::string& scope,
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

}  // namespace

Listing list_claims(const Analysis& analysis, const std::vector<std::string>& sources) {
  Listing listing;
  listing.kind = "claims";
  listing.table.headers = {"ABOUT", "VALUES", "STATUS"};
  listing.table.stretch_column = 1;
  for (const ClaimGroup& g : analysis.claim_groups) {
    if (!sources.empty()) {
      bool any = false;
      for (const auto& v : g.values)
        for (const auto& d : v.docs) any = any || std::find(sources.begin(), sources.end(), d) != sources.end();
      if (!any) continue;
    }
    std::size_t docs = 0;
    for (const auto& v : g.values) docs += v.docs.size();
    const std::string status = g.conflict ? "conflict" : docs > 1 ? "agree" : "single";
    Json r;
    r["id"] = g.id;
    r["kind"] = "figure";
    r["subject"] = g.subject;
    r["attribute"] = g.attribute;
    r["scope"] = g.scope.empty() ? Json(nullptr) : Json(g.scope);
    r["time"] = g.time.empty() ? Json(nullptr) : Json(g.time);
    r["unit"] = g.unit;
    r["status"] = status;
    r["values"] = Json::array();
    std::vector<std::string> cells;
    for (const ClaimValue& v : g.values) {
      Json jv;
      jv["value"] = number_json(v.value);
      jv["low"] = number_json(v.low);
      jv["high"] = number_json(v.high);
      jv["text"] = v.text;
      jv["docs"] = v.docs;
      jv["support"] = v.docs.size();
      jv["mentions"] = Json::array();
      for (const Claim* c : v.claims) {
        Json m = evidence_json(analysis, c->evidence);
        m["hedge"] = c->hedge.empty() ? Json(nullptr) : Json(c->hedge);
        m["written"] = c->written;
        jv["mentions"].push_back(std::move(m));
      }
      r["values"].push_back(std::move(jv));
      cells.push_back(fmt::format("{} [{}]", written_forms(v.claims), fmt::join(v.docs, ", ")));
    }
    listing.records.push_back(std::move(r));
    listing.table.rows.push_back({{about(g.subject, g.attribute, g.scope, g.time), fmt::format("{}", fmt::join(cells, " vs ")), status}, {}});
  }
  return listing;
}

Listing list_conflicts(const Analysis& analysis, const std::vector<std::string>& kinds, bool evidence) {
  Listing listing;
  listing.kind = "conflicts";
  listing.table.headers = {"SEVERITY", "KIND", "ABOUT", "VALUES"};
  listing.table.stretch_column = 2;
  for (const Conflict& c : analysis.conflicts) {
    if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), c.kind) == kinds.end()) continue;
    Json r;
    r["id"] = c.id;
    r["kind"] = c.kind;
    r["subject"] = c.subject;
    r["attribute"] = c.attribute;
    r["scope"] = c.scope.empty() ? Json(nullptr) : Json(c.scope);
    r["severity"] = std::round(c.severity * 1000) / 1000;
    r["values"] = Json::array();
    std::vector<std::string> cells;
    TableRow row;
    for (const ConflictValue& v : c.values) {
      Json jv;
      const bool figure = c.kind == "figure";
      jv["value"] = figure ? number_json(v.number) : Json(v.value);
      const bool date = c.kind == "date";
      jv["low"] = figure ? number_json(v.low_number) : date ? Json(v.low) : Json(nullptr);
      jv["high"] = figure ? number_json(v.high_number) : date ? Json(v.high) : Json(nullptr);
      jv["text"] = v.text;
      jv["docs"] = v.docs;
      jv["mentions"] = Json::array();
      for (const Evidence& e : v.mentions) jv["mentions"].push_back(evidence_json(analysis, e));
      r["values"].push_back(std::move(jv));
      std::vector<std::string> forms;
      for (const Evidence& e : v.mentions)
        if (std::find(forms.begin(), forms.end(), e.text) == forms.end()) forms.push_back(e.text);
      const std::string shown = figure ? fmt::format("{}", fmt::join(forms, " / "))
                                : c.kind == "date" ? display_date(v.value)
                                                   : fmt::format("{}: \"{}\"", v.value, v.text);
      cells.push_back(fmt::format("{} [{}]", shown, fmt::join(v.docs, ", ")));
      if (evidence)
        for (const Evidence& e : v.mentions)
          row.details.push_back(evidence_line(analysis, e));
    }
    listing.records.push_back(std::move(r));
    const std::string what = c.kind == "date" ? c.attribute : about(c.subject, c.attribute, c.scope, "");
    row.cells = {fmt::format("{:.2f}", c.severity), c.kind, what, fmt::format("{}", fmt::join(cells, " vs "))};
    listing.table.rows.push_back(std::move(row));
  }
  return listing;
}

}  // namespace kban
