// Writing extract records: one JSON object per line. Fields that hold their default value
// are left out; the reader puts the default back.
#include <cmath>

#include "kban/extracts.hpp"
#include "model/names.hpp"
#include "output/json_writer.hpp"

namespace kban {

namespace {

void write_evidence(JsonWriter& w, const Evidence& e) {
  w.begin_object();
  w.field("sentence", e.sentence);
  w.field("text", e.text);
  w.field("start", e.start);
  w.field("end", e.end);
  w.end_object();
}

template <typename T>
void optional_field(JsonWriter& w, std::string_view key, const T& value, const T& unset) {
  if (value != unset) w.field(key, value);
}

void write_timex(JsonWriter& w, const FoundTimex& t) {
  w.begin_object();
  w.field("begin", t.begin);
  w.field("end", t.end);
  w.field("sentence", t.sentence);
  w.field("type", timex_type_name(t.type));
  w.field("how", name_of(t.how));
  optional_field(w, "value", t.value, std::string());
  optional_field(w, "mod", t.mod, std::string());
  if (t.point) {
    w.key("point");
    w.begin_object();
    w.field("date", to_iso(t.point->date));
    w.field("granularity", name_of(t.point->granularity));
    w.field("season", t.point->season);
    w.end_object();
  }
  if (t.unit != TimeUnit::kNone) w.field("unit", name_of(t.unit));
  optional_field(w, "offset", t.offset, 0L);
  optional_field(w, "month", t.month, 0);
  optional_field(w, "day", t.day, 0);
  optional_field(w, "weekday", t.weekday, -1);
  optional_field(w, "season", t.season, -1);
  optional_field(w, "quarter", t.quarter, 0);
  optional_field(w, "half", t.half, 0);
  optional_field(w, "year_offset", t.year_offset, 0);
  optional_field(w, "direction", t.direction, 0);
  if (t.tense != Tense::kUnknown) w.field("tense", name_of(t.tense));
  optional_field(w, "day_shift", t.day_shift, 0L);
  optional_field(w, "weekend", t.weekend, false);
  optional_field(w, "part", t.part, -1);
  optional_field(w, "hour", t.hour, -1);
  optional_field(w, "minute", t.minute, -1);
  optional_field(w, "ago", t.ago, false);
  optional_field(w, "from_reference", t.from_reference, false);
  optional_field(w, "anaphoric", t.anaphoric, false);
  optional_field(w, "relation", t.relation, std::string());
  optional_field(w, "apposition", t.apposition, false);
  optional_field(w, "stated_weekday", t.stated_weekday, -1);
  optional_field(w, "nth_weekday", t.nth_weekday, 0);
  optional_field(w, "some_day", t.some_day, false);
  optional_field(w, "nearest", t.nearest, false);
  optional_field(w, "frames", t.frames, false);
  optional_field(w, "anterior", t.anterior, false);
  optional_field(w, "anchor", t.anchor, -1);
  optional_field(w, "speech_anchor", t.speech_anchor, -1);
  optional_field(w, "continues_paragraph", t.continues_paragraph, false);
  w.end_object();
}

void write_mention(JsonWriter& w, const Mention& m) {
  w.begin_object();
  w.field("kind", mention_kind_name(m.kind));
  w.field("timex", m.timex);
  w.key("evidence");
  write_evidence(w, m.evidence);
  optional_field(w, "type", m.type, std::string());
  optional_field(w, "group", m.group, std::string());
  optional_field(w, "trigger", m.trigger, std::string());
  optional_field(w, "agent", m.agent, std::string());
  if (!m.actors.empty()) {
    w.key("actors");
    w.strings(m.actors);
  }
  if (!m.keywords.empty()) {
    w.key("keywords");
    w.strings(m.keywords);
  }
  optional_field(w, "summary", m.summary, std::string());
  optional_field(w, "quality", m.quality, 0);
  optional_field(w, "until", m.until, false);
  optional_field(w, "hedged", m.hedged, false);
  optional_field(w, "bound", m.bound, false);
  optional_field(w, "anaphoric", m.anaphoric, false);
  optional_field(w, "anchor_type", m.anchor_type, std::string());
  optional_field(w, "anchor_group", m.anchor_group, std::string());
  w.end_object();
}

void write_bound(JsonWriter& w, std::string_view key, double v) {
  w.key(key);
  if (std::isinf(v)) w.null();  // an open end
  else w.value(v);
}

void write_claim(JsonWriter& w, const Claim& c) {
  w.begin_object();
  w.field("subject", c.subject);
  w.field("attribute", c.attribute);
  w.field("written", c.written);
  w.field("scope", c.scope);
  w.field("unit", c.unit);
  w.field("value", c.value);
  write_bound(w, "low", c.low);
  write_bound(w, "high", c.high);
  w.field("hedge", c.hedge);
  w.key("time_timexes");
  w.begin_array();
  for (const auto k : c.time_timexes) w.value(k);
  w.end_array();
  optional_field(w, "tally", c.tally, false);
  w.key("evidence");
  write_evidence(w, c.evidence);
  w.end_object();
}

void write_stance(JsonWriter& w, const Stance& s) {
  w.begin_object();
  w.field("agent", s.agent);
  w.field("action", s.action);
  w.field("action_label", s.action_label);
  w.field("holds", s.holds);
  w.field("marker", s.marker);
  w.key("evidence");
  write_evidence(w, s.evidence);
  w.end_object();
}

}  // namespace

void write_extract(std::ostream& out, const DocumentExtract& x) {
  {
    JsonWriter w(out, -1);
    w.begin_object();
    w.field("type", "extract");
    w.field("schema_version", kExtractSchemaVersion);
    w.field("doc", x.doc);
    if (x.published) w.field("published", to_iso(*x.published));
    else w.null_field("published");
    w.key("dating");
    w.begin_object();
    if (x.dating.latest_date) w.field("latest_date", to_iso(*x.dating.latest_date));
    else w.null_field("latest_date");
    w.field("latest_year", x.dating.latest_year);
    if (x.dating.stamp_date) w.field("stamp_date", to_iso(*x.dating.stamp_date));
    if (x.dating.first_published) w.field("first_published", to_iso(*x.dating.first_published));
    w.key("told");
    w.begin_array();
    for (const auto& t : x.dating.told) {
      w.begin_object();
      w.field("month", t.month);
      w.field("day", t.day);
      w.field("tense", t.tense);
      w.end_object();
    }
    w.end_array();
    w.end_object();
    w.key("sentences");
    w.begin_array();
    for (const Passage& p : x.sentences) {
      w.begin_object();
      w.field("text", p.text);
      w.field("begin", p.begin);
      w.field("start", p.start);
      w.field("end", p.end);
      w.end_object();
    }
    w.end_array();
    w.key("timexes");
    w.begin_array();
    for (const FoundTimex& t : x.found) write_timex(w, t);
    w.end_array();
    w.key("mentions");
    w.begin_array();
    for (const Mention& m : x.mentions) write_mention(w, m);
    w.end_array();
    w.key("claims");
    w.begin_array();
    for (const Claim& c : x.claims) write_claim(w, c);
    w.end_array();
    w.key("stances");
    w.begin_array();
    for (const Stance& s : x.stances) write_stance(w, s);
    w.end_array();
    w.key("fingerprint");
    w.begin_array();
    for (const auto h : x.fingerprint) w.value(h);
    w.end_array();
    w.key("names");
    w.begin_array();
    for (const auto h : x.names) w.value(h);
    w.end_array();
    w.end_object();
    w.flush();
  }
  out << '\n';
}

}  // namespace kban
