#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "output/listings.hpp"

namespace kban {

namespace {

constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool mentions_text(const Analysis& a, const Event& e, const std::string& needle) {
  if (lower(e.summary).find(needle) != std::string::npos) return true;
  for (const auto& ref : e.mentions)
    if (lower(a.sentence(a.mention(ref).evidence).text).find(needle) != std::string::npos) return true;
  return false;
}

Json mention_json(const Analysis& a, const Mention& m) {
  Json j = evidence_json(a, m.evidence);
  j["value"] = m.value;
  j["inferred"] = m.inferred;
  if (m.inferred) j["inferred_reason"] = a.documents[m.evidence.doc].reference.reason;
  if (m.kind == MentionKind::kEvent) {
    j["type"] = m.type;
    j["trigger"] = m.trigger.empty() ? Json(nullptr) : Json(m.trigger);
    j["agent"] = m.agent.empty() ? Json(nullptr) : Json(m.agent);
    if (m.derived) j["derived"] = true;
  } else {
    j["kind"] = mention_kind_name(m.kind);
  }
  return j;
}

}  // namespace

Json evidence_json(const Analysis& a, const Evidence& e) {
  const Passage& p = a.sentence(e);
  Json j;
  j["doc"] = a.doc_id(e);
  j["text"] = e.text;
  j["start"] = e.start;
  j["end"] = e.end;
  j["sentence"] = p.text;
  j["sentence_start"] = p.start;
  j["sentence_end"] = p.end;
  return j;
}

std::string evidence_line(const Analysis& a, const Evidence& e) {
  return fmt::format("{} [{}-{}] \"{}\": {}", a.doc_id(e), e.start, e.end, e.text, one_line(a.sentence(e).text));
}

std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

std::string display_date(const std::string& value) {
  const std::string g = value_granularity(value);
  if (g == "day" && value.size() == 10)
    return fmt::format("{} {} {}", std::stoi(value.substr(8, 2)), kMonths[std::stoi(value.substr(5, 2)) - 1], value.substr(0, 4));
  if (g == "month") return fmt::format("{} {}", kMonths[std::stoi(value.substr(5, 2)) - 1], value.substr(0, 4));
  if (g == "decade") return value + "0s";
  if (g == "century") {
    const int n = std::stoi(value) + 1;
    const char* suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return fmt::format("{}{} century", n, suffix);
  }
  return value;
}

bool parse_date_bound(const std::string& text, bool upper, long& day) {
  const auto digit = [&](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
  const bool shape = (text.size() == 4 || (text.size() == 7 && text[4] == '-' && digit(5) && digit(6)) ||
                      (text.size() == 10 && text[4] == '-' && text[7] == '-' && digit(5) && digit(6) && digit(8) &&
                       digit(9))) &&
                     digit(0) && digit(1) && digit(2) && digit(3);
  if (!shape) return false;
  long first = 0, last = 0;
  if (!value_interval(text, first, last)) return false;
  day = upper ? last : first;
  return true;
}

Listing list_timeline(const Analysis& analysis, const TimelineFilter& filter) {
  Listing listing;
  listing.kind = "events";
  listing.table.headers = {"DATE", "TYPE", "SUMMARY", "SOURCES"};
  listing.table.stretch_column = 2;
  const std::string needle = lower(filter.grep);
  bool any_inferred = false;
  for (const Event& e : analysis.events) {
    long first = 0, last = 0;
    value_interval(e.date, first, last);
    if (filter.since && last < *filter.since) continue;
    if (filter.until && first > *filter.until) continue;
    if (!filter.types.empty() && std::find(filter.types.begin(), filter.types.end(), e.type) == filter.types.end()) continue;
    if (!filter.sources.empty() && std::none_of(e.sources.begin(), e.sources.end(), [&](const std::string& s) {
          return std::find(filter.sources.begin(), filter.sources.end(), s) != filter.sources.end();
        }))
      continue;
    if (!needle.empty() && !mentions_text(analysis, e, needle)) continue;
    Json r;
    r["id"] = e.id;
    r["date"] = e.date;
    r["granularity"] = e.granularity;
    r["type"] = e.type;
    r["label"] = e.label;
    r["summary"] = e.summary;
    r["actors"] = e.actors;
    r["sources"] = e.sources;
    r["dates_agree"] = e.dates_agree;
    r["inferred"] = e.inferred;
    r["mentions"] = Json::array();
    for (const auto& ref : e.mentions) r["mentions"].push_back(mention_json(analysis, analysis.mention(ref)));
    listing.records.push_back(std::move(r));
    // Sources: an asterisk where the date rests on an inferred reference, the source's own
    // date where it disagrees.
    std::vector<std::string> sources;
    for (const auto& doc : e.sources) {
      std::string label = doc;
      for (const auto& ref : e.mentions) {
        const Mention& m = analysis.mention(ref);
        if (analysis.documents[ref.doc].doc != doc) continue;
        if (m.inferred && label.back() != '*') label += '*';
        if (!values_nest(m.value, e.date)) label += fmt::format(" ({})", display_date(m.value));
        any_inferred = any_inferred || m.inferred;
      }
      sources.push_back(label);
    }
    TableRow row{{display_date(e.date), e.label, e.summary, fmt::format("{}", fmt::join(sources, ", "))}, {}};
    if (filter.evidence) {
      for (const auto& ref : e.mentions) row.details.push_back(evidence_line(analysis, analysis.mention(ref).evidence));
    }
    listing.table.rows.push_back(std::move(row));
  }
  if (any_inferred) listing.table.notes.push_back("* the date's year or month rests on an inferred reference date");
  Json references = Json::array();
  for (const DocumentExtract& doc : analysis.documents) {
    const Reference& ref = doc.reference;
    Json r;
    r["doc"] = doc.doc;
    r["reference"] = ref.date ? Json(to_iso(*ref.date)) : Json(nullptr);
    r["inferred"] = ref.inferred;
    if (ref.inferred) r["reason"] = ref.reason;
    references.push_back(std::move(r));
  }
  listing.header["references"] = std::move(references);
  Json excluded = Json::array();
  for (const DocumentExtract& doc : analysis.documents)
    for (const Mention& m : doc.mentions)
      if (m.kind != MentionKind::kEvent) excluded.push_back(mention_json(analysis, m));
  listing.trailer["excluded"] = std::move(excluded);
  return listing;
}

}  // namespace kban
