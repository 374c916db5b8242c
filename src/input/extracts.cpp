// Reading extract records: each line is parsed and checked, so that a record written by
// another program, or damaged, gives a clear error instead of a wrong reduce.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

#include "kban/error.hpp"
#include "kban/extracts.hpp"
#include "model/names.hpp"

namespace kban {

namespace {

using nlohmann::json;

// Reads the fields of one record, naming the record's place in every problem.
class Reader {
 public:
  explicit Reader(std::string where) : where_(std::move(where)) {}

  [[noreturn]] void fail(const std::string& what) const { throw data_error(fmt::format("{}: {}", where_, what)); }

  const json& member(const json& object, const char* key, bool required = true) const {
    static const json kNull;
    if (!object.is_object()) fail(fmt::format("expected an object holding \"{}\"", key));
    const auto it = object.find(key);
    if (it == object.end()) {
      if (required) fail(fmt::format("missing field \"{}\"", key));
      return kNull;
    }
    return *it;
  }

  std::string text(const json& object, const char* key, bool required = true) const {
    const json& v = member(object, key, required);
    if (v.is_null() && !required) return {};
    if (!v.is_string()) fail(fmt::format("field \"{}\": expected a string", key));
    return v.get<std::string>();
  }

  long long integer(const json& object, const char* key, long long fallback, long long low, long long high) const {
    const json& v = member(object, key, false);
    if (v.is_null()) return fallback;
    if (!v.is_number_integer()) fail(fmt::format("field \"{}\": expected an integer", key));
    const long long n = v.get<long long>();
    if (n < low || n > high) fail(fmt::format("field \"{}\": {} is out of range [{}, {}]", key, n, low, high));
    return n;
  }

  bool flag(const json& object, const char* key) const {
    const json& v = member(object, key, false);
    if (v.is_null()) return false;
    if (!v.is_boolean()) fail(fmt::format("field \"{}\": expected true or false", key));
    return v.get<bool>();
  }

  double number(const json& object, const char* key, double if_null) const {
    const json& v = member(object, key, false);
    if (v.is_null()) return if_null;
    if (!v.is_number()) fail(fmt::format("field \"{}\": expected a number", key));
    return v.get<double>();
  }

  std::optional<Date> date(const json& object, const char* key) const {
    const std::string s = text(object, key, false);
    if (s.empty()) return std::nullopt;
    const auto d = parse_iso_date(s);
    if (!d) fail(fmt::format("field \"{}\": \"{}\" is not a date (YYYY-MM-DD)", key, s));
    return d;
  }

  template <typename Enum>
  Enum named(const json& object, const char* key, Enum fallback) const {
    const std::string s = text(object, key, false);
    if (s.empty()) return fallback;
    const auto e = enum_named<Enum>(s);
    if (!e) fail(fmt::format("field \"{}\": unknown value \"{}\"", key, s));
    return *e;
  }

  std::vector<std::string> strings(const json& object, const char* key) const {
    std::vector<std::string> out;
    const json& v = member(object, key, false);
    if (v.is_null()) return out;
    if (!v.is_array()) fail(fmt::format("field \"{}\": expected an array of strings", key));
    for (const auto& s : v) {
      if (!s.is_string()) fail(fmt::format("field \"{}\": expected an array of strings", key));
      out.push_back(s.get<std::string>());
    }
    return out;
  }

  const json& array(const json& object, const char* key) const {
    const json& v = member(object, key);
    if (!v.is_array()) fail(fmt::format("field \"{}\": expected an array", key));
    return v;
  }

 private:
  std::string where_;
};

constexpr long long kMaxOffset = 1'000'000;  // no recipe shifts a date further than this
constexpr long long kMaxIndex = std::numeric_limits<std::uint32_t>::max();

Evidence read_evidence(const Reader& r, const json& j, std::uint32_t doc, std::size_t passages) {
  Evidence e;
  e.doc = doc;
  e.sentence = static_cast<std::uint32_t>(r.integer(j, "sentence", -1, 0, static_cast<long long>(passages) - 1));
  e.text = r.text(j, "text");
  e.start = static_cast<std::size_t>(r.integer(j, "start", 0, 0, kMaxIndex));
  e.end = static_cast<std::size_t>(r.integer(j, "end", 0, static_cast<long long>(e.start), kMaxIndex));
  return e;
}

FoundTimex read_timex(const Reader& r, const json& j) {
  FoundTimex t;
  t.begin = static_cast<std::uint32_t>(r.integer(j, "begin", -1, 0, kMaxIndex));
  t.end = static_cast<std::uint32_t>(r.integer(j, "end", -1, t.begin, kMaxIndex));
  t.sentence = static_cast<std::uint32_t>(r.integer(j, "sentence", -1, 0, kMaxIndex));
  t.type = r.named(j, "type", TimexType::kDate);
  t.how = r.named(j, "how", Resolve::kFixed);
  t.value = r.text(j, "value", false);
  t.mod = r.text(j, "mod", false);
  if (const json& p = r.member(j, "point", false); !p.is_null()) {
    CalendarPoint point;
    point.date = *r.date(p, "date");
    point.granularity = r.named(p, "granularity", Granularity::kDay);
    point.season = static_cast<int>(r.integer(p, "season", 0, 0, 3));
    t.point = point;
  }
  t.unit = r.named(j, "unit", TimeUnit::kNone);
  t.offset = static_cast<long>(r.integer(j, "offset", 0, -kMaxOffset, kMaxOffset));
  t.month = static_cast<int>(r.integer(j, "month", 0, 0, 12));
  t.day = static_cast<int>(r.integer(j, "day", 0, 0, 31));
  t.weekday = static_cast<int>(r.integer(j, "weekday", -1, -1, 6));
  t.season = static_cast<int>(r.integer(j, "season", -1, -1, 3));
  t.quarter = static_cast<int>(r.integer(j, "quarter", 0, 0, 4));
  t.half = static_cast<int>(r.integer(j, "half", 0, 0, 2));
  t.year_offset = static_cast<int>(r.integer(j, "year_offset", 0, -1, 1));
  t.direction = static_cast<int>(r.integer(j, "direction", 0, -1, 1));
  t.tense = r.named(j, "tense", Tense::kUnknown);
  t.day_shift = static_cast<long>(r.integer(j, "day_shift", 0, -kMaxOffset, kMaxOffset));
  t.weekend = r.flag(j, "weekend");
  t.part = static_cast<int>(r.integer(j, "part", -1, -1, 3));
  t.hour = static_cast<int>(r.integer(j, "hour", -1, -1, 24));
  t.minute = static_cast<int>(r.integer(j, "minute", -1, -1, 59));
  t.ago = r.flag(j, "ago");
  t.from_reference = r.flag(j, "from_reference");
  t.anaphoric = r.flag(j, "anaphoric");
  t.relation = r.text(j, "relation", false);
  t.apposition = r.flag(j, "apposition");
  t.stated_weekday = static_cast<int>(r.integer(j, "stated_weekday", -1, -1, 6));
  t.nth_weekday = static_cast<int>(r.integer(j, "nth_weekday", 0, -1, 5));
  t.some_day = r.flag(j, "some_day");
  t.nearest = r.flag(j, "nearest");
  t.frames = r.flag(j, "frames");
  t.anterior = r.flag(j, "anterior");
  t.anchor = static_cast<std::int32_t>(r.integer(j, "anchor", -1, -1, kMaxIndex));
  t.speech_anchor = static_cast<std::int32_t>(r.integer(j, "speech_anchor", -1, -1, kMaxIndex));
  t.continues_paragraph = r.flag(j, "continues_paragraph");
  // What a recipe needs must be there: resolving reads it as given.
  const bool needs_month = t.how == Resolve::kMonthDay || t.how == Resolve::kMonthDayYear || t.how == Resolve::kMonth ||
                           t.how == Resolve::kThatMonth || t.how == Resolve::kMonthOfYear;
  const bool needs_day = t.how == Resolve::kMonthDay || t.how == Resolve::kMonthDayYear || t.how == Resolve::kDayOfMonth;
  if ((needs_month && t.month == 0) || (needs_day && t.day == 0) || (t.how == Resolve::kWeekday && t.weekday < 0) ||
      (t.how == Resolve::kSeason && t.season < 0) ||
      ((t.how == Resolve::kQuarter || t.how == Resolve::kQuarterOfYear) && t.quarter == 0) ||
      ((t.how == Resolve::kHalfOfYear || t.how == Resolve::kHalf) && t.half == 0) || (t.how == Resolve::kClockLater && t.hour < 0) ||
      (t.how == Resolve::kFixed && t.hour >= 0 && !t.point))
    r.fail(fmt::format("time expression \"{}\" lacks what its recipe \"{}\" needs", t.value, name_of(t.how)));
  return t;
}

DocumentExtract read_record(const Reader& r, const json& j, std::uint32_t doc) {
  if (r.text(j, "type") != "extract") r.fail("not an extract record (\"type\" must be \"extract\")");
  if (const long long v = r.integer(j, "schema_version", -1, 0, 1000); v != kExtractSchemaVersion)
    r.fail(fmt::format("schema_version {} is not supported (this kban reads {})", v, kExtractSchemaVersion));
  DocumentExtract x;
  x.doc = r.text(j, "doc");
  if (x.doc.empty()) r.fail("field \"doc\": empty document id");
  x.published = r.date(j, "published");
  const json& dating = r.member(j, "dating");
  x.dating.latest_date = r.date(dating, "latest_date");
  x.dating.latest_year = static_cast<int>(r.integer(dating, "latest_year", 0, 0, 9999));
  x.dating.stamp_date = r.date(dating, "stamp_date");
  x.dating.first_published = r.date(dating, "first_published");
  for (const auto& t : r.array(dating, "told"))
    x.dating.told.push_back({static_cast<int>(r.integer(t, "month", -1, 1, 12)), static_cast<int>(r.integer(t, "day", -1, 1, 31)),
                             static_cast<int>(r.integer(t, "tense", 0, -1, 1))});
  for (const auto& p : r.array(j, "sentences")) {
    Passage passage;
    passage.text = r.text(p, "text");
    passage.begin = static_cast<std::uint32_t>(r.integer(p, "begin", -1, 0, kMaxIndex));
    passage.start = static_cast<std::size_t>(r.integer(p, "start", -1, 0, kMaxIndex));
    passage.end = static_cast<std::size_t>(r.integer(p, "end", -1, static_cast<long long>(passage.start), kMaxIndex));
    x.sentences.push_back(std::move(passage));
  }
  for (const auto& t : r.array(j, "timexes")) x.found.push_back(read_timex(r, t));
  for (std::size_t k = 0; k < x.found.size(); ++k) {
    if (k > 0 && x.found[k].sentence < x.found[k - 1].sentence) r.fail("time expressions are not in text order");
    for (const std::int32_t link : {x.found[k].anchor, x.found[k].speech_anchor})
      if (link >= static_cast<std::int32_t>(x.found.size()) || link == static_cast<std::int32_t>(k))
        r.fail("a time expression's anchor is not another time expression of the record");
  }
  const long long last_timex = static_cast<long long>(x.found.size()) - 1;
  for (const auto& m : r.array(j, "mentions")) {
    Mention mention;
    mention.kind = r.named(m, "kind", MentionKind::kEvent);
    mention.timex = static_cast<std::uint32_t>(r.integer(m, "timex", -1, 0, last_timex));
    mention.evidence = read_evidence(r, r.member(m, "evidence"), doc, x.sentences.size());
    // A mention's time expression stands in its sentence.
    const Passage& p = x.sentences[mention.evidence.sentence];
    const FoundTimex& t = x.found[mention.timex];
    if (t.begin < p.begin || t.end > p.begin + p.text.size()) r.fail("a mention's time expression lies outside its sentence");
    mention.type = r.text(m, "type", false);
    mention.group = r.text(m, "group", false);
    mention.trigger = r.text(m, "trigger", false);
    mention.agent = r.text(m, "agent", false);
    mention.actors = r.strings(m, "actors");
    mention.keywords = r.strings(m, "keywords");
    mention.summary = r.text(m, "summary", false);
    mention.quality = static_cast<int>(r.integer(m, "quality", 0, -100, 100));
    mention.until = r.flag(m, "until");
    mention.hedged = r.flag(m, "hedged");
    mention.bound = r.flag(m, "bound");
    mention.anaphoric = r.flag(m, "anaphoric");
    mention.anchor_type = r.text(m, "anchor_type", false);
    mention.anchor_group = r.text(m, "anchor_group", false);
    x.mentions.push_back(std::move(mention));
  }
  for (const auto& c : r.array(j, "claims")) {
    Claim claim;
    claim.subject = r.text(c, "subject");
    claim.attribute = r.text(c, "attribute");
    claim.written = r.text(c, "written");
    claim.scope = r.text(c, "scope");
    claim.unit = r.text(c, "unit");
    claim.value = r.number(c, "value", 0);
    claim.low = r.number(c, "low", -std::numeric_limits<double>::infinity());
    claim.high = r.number(c, "high", std::numeric_limits<double>::infinity());
    claim.hedge = r.text(c, "hedge");
    for (const auto& k : r.array(c, "time_timexes")) {
      if (!k.is_number_integer() || k.get<long long>() < 0 || k.get<long long>() > last_timex)
        r.fail("field \"time_timexes\": expected indices of time expressions");
      claim.time_timexes.push_back(k.get<std::uint32_t>());
    }
    claim.tally = r.flag(c, "tally");
    claim.evidence = read_evidence(r, r.member(c, "evidence"), doc, x.sentences.size());
    x.claims.push_back(std::move(claim));
  }
  for (const auto& s : r.array(j, "stances")) {
    Stance stance;
    stance.agent = r.text(s, "agent");
    stance.action = r.text(s, "action");
    stance.action_label = r.text(s, "action_label");
    stance.holds = r.flag(s, "holds");
    stance.marker = r.text(s, "marker");
    stance.evidence = read_evidence(r, r.member(s, "evidence"), doc, x.sentences.size());
    x.stances.push_back(std::move(stance));
  }
  for (const auto& h : r.array(j, "fingerprint")) {
    if (!h.is_number_unsigned() || h.get<std::uint64_t>() >= (1ULL << 53)) r.fail("field \"fingerprint\": expected 53-bit hashes");
    x.fingerprint.push_back(h.get<std::uint64_t>());
  }
  // Records of an earlier version have no names: their documents are told apart by actors.
  if (j.contains("names"))
    for (const auto& h : r.array(j, "names")) {
      if (!h.is_number_unsigned() || h.get<std::uint64_t>() >= (1ULL << 53)) r.fail("field \"names\": expected 53-bit hashes");
      x.names.push_back(h.get<std::uint64_t>());
    }
  return x;
}

}  // namespace

std::vector<DocumentExtract> read_extracts(std::string_view content, const std::string& source, std::uint32_t first_doc) {
  std::vector<DocumentExtract> out;
  std::size_t line = 0, pos = 0;
  while (pos < content.size()) {
    ++line;
    std::size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    const std::string_view text = content.substr(pos, end - pos);
    pos = end + 1;
    if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const Reader r(fmt::format("{}:{}", source, line));
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded()) r.fail("not a JSON object (extract records are JSON Lines: one object per line)");
    out.push_back(read_record(r, j, first_doc + static_cast<std::uint32_t>(out.size())));
  }
  return out;
}

}  // namespace kban
