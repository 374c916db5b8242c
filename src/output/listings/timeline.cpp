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

void write_mention(JsonWriter& w, SentenceQuotes& quotes, const Mention& m) {
  const Analysis& a = quotes.analysis();
  write_evidence(w, quotes, m.evidence);
  w.field("value", m.value);
  w.field("inferred", m.inferred);
  if (m.inferred) w.field("inferred_reason", a.documents[m.evidence.doc].reference.reason);
  if (m.kind == MentionKind::kEvent) {
    w.field("type", m.type);
    if (m.trigger.empty()) w.null_field("trigger");
    else w.field("trigger", m.trigger);
    if (m.agent.empty()) w.null_field("agent");
    else w.field("agent", m.agent);
    if (m.derived) w.field("derived", true);
    if (m.attached) w.field("attached", true);
  } else {
    w.field("kind", mention_kind_name(m.kind));
  }
}

bool selected(const Analysis& analysis, const Event& e, const TimelineFilter& filter, const std::string& needle) {
  long first = 0, last = 0;
  value_interval(e.date, first, last);
  if (filter.since && last < *filter.since) return false;
  if (filter.until && first > *filter.until) return false;
  if (!filter.types.empty() && std::find(filter.types.begin(), filter.types.end(), e.type) == filter.types.end()) return false;
  if (!filter.sources.empty() && std::none_of(e.sources.begin(), e.sources.end(), [&](const std::string& s) {
        return std::find(filter.sources.begin(), filter.sources.end(), s) != filter.sources.end();
      }))
    return false;
  return needle.empty() || mentions_text(analysis, e, needle);
}

Table timeline_table(const Analysis& analysis, const TimelineFilter& filter) {
  Table table;
  table.headers = {"DATE", "TYPE", "SUMMARY", "SOURCES"};
  table.stretch_column = 2;
  const std::string needle = lower(filter.grep);
  bool any_inferred = false;
  SentenceQuotes quotes(analysis);
  for (const Event& e : analysis.events) {
    if (!selected(analysis, e, filter, needle)) continue;
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
    if (filter.evidence)
      for (const auto& ref : e.mentions) row.details.push_back(evidence_line(quotes, analysis.mention(ref).evidence));
    table.rows.push_back(std::move(row));
  }
  if (any_inferred) table.notes.push_back("* the date's year or month rests on an inferred reference date");
  return table;
}

}  // namespace

void write_evidence(JsonWriter& w, SentenceQuotes& quotes, const Evidence& e) {
  const Passage& p = quotes.analysis().sentence(e);
  w.field("doc", quotes.analysis().doc_id(e));
  w.field("text", e.text);
  w.field("start", e.start);
  w.field("end", e.end);
  w.field("sentence", quotes.quote(e));
  w.field("sentence_start", p.start);
  w.field("sentence_end", p.end);
}

std::string evidence_line(SentenceQuotes& quotes, const Evidence& e) {
  return fmt::format("{} [{}-{}] \"{}\": {}", quotes.analysis().doc_id(e), e.start, e.end, e.text, one_line(quotes.quote(e)));
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
  // Years run from 0001, as in every date kban reads (is_valid_date).
  if (!shape || text.compare(0, 4, "0000") == 0) return false;
  long first = 0, last = 0;
  if (!value_interval(text, first, last)) return false;
  day = upper ? last : first;
  return true;
}

std::vector<const Event*> select_events(const Analysis& analysis, const TimelineFilter& filter) {
  const std::string needle = lower(filter.grep);
  std::vector<const Event*> out;
  for (const Event& e : analysis.events)
    if (selected(analysis, e, filter, needle)) out.push_back(&e);
  return out;
}

Listing list_timeline(const Analysis& analysis, const TimelineFilter& filter) {
  Listing listing;
  listing.kind = "events";
  listing.fields.push_back({"references", Json(), [&analysis](RecordWriter& out) {
                              for (const DocumentExtract& doc : analysis.documents)
                                out.record([&](JsonWriter& w) {
                                  const Reference& ref = doc.reference;
                                  w.field("doc", doc.doc);
                                  if (ref.date) w.field("reference", to_iso(*ref.date));
                                  else w.null_field("reference");
                                  w.field("inferred", ref.inferred);
                                  if (ref.inferred) w.field("reason", ref.reason);
                                });
                            }, "reference"});
  listing.add_records([&analysis, filter](RecordWriter& out) {
    const std::string needle = lower(filter.grep);
    SentenceQuotes quotes(analysis);
    for (const Event& e : analysis.events) {
      if (!selected(analysis, e, filter, needle)) continue;
      out.record([&](JsonWriter& w) {
        w.field("id", e.id);
        w.field("date", e.date);
        w.field("granularity", e.granularity);
        w.field("type", e.type);
        w.field("label", e.label);
        w.field("summary", e.summary);
        w.key("actors");
        w.strings(e.actors);
        w.key("sources");
        w.strings(e.sources);
        w.field("dates_agree", e.dates_agree);
        w.field("inferred", e.inferred);
        w.key("mentions");
        w.begin_array();
        for (const auto& ref : e.mentions) {
          w.begin_object();
          write_mention(w, quotes, analysis.mention(ref));
          w.end_object();
        }
        w.end_array();
      });
    }
  }, "event");
  listing.fields.push_back({"excluded", Json(), [&analysis](RecordWriter& out) {
                              SentenceQuotes quotes(analysis);
                              for (const DocumentExtract& doc : analysis.documents)
                                for (const Mention& m : doc.mentions)
                                  if (m.kind != MentionKind::kEvent)
                                    out.record([&](JsonWriter& w) { write_mention(w, quotes, m); });
                            }, "excluded"});
  listing.table = [&analysis, filter] { return timeline_table(analysis, filter); };
  return listing;
}

}  // namespace kban
