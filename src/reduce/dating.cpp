#include "reduce/dating.hpp"

#include "base/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kban {

namespace {

bool digits_first(const std::string& v) { return !v.empty() && v[0] >= '0' && v[0] <= '9'; }

// "30 days after the restrictions were announced on June 20": the evidence runs from the
// duration to the date it leads from, in the same sentence.
void extend_to_anchor(DocumentExtract& doc, Mention& m, const Timex& duration) {
  const Timex& anchor = doc.timexes[static_cast<std::size_t>(duration.anchor_index)];
  const Passage& p = doc.sentences[m.evidence.sentence];
  const std::string_view text(p.text);
  if (duration.begin < p.begin || anchor.end < duration.begin || anchor.end - p.begin > text.size()) return;
  const std::size_t from = duration.begin - p.begin, to = anchor.end - p.begin;
  m.evidence.text = std::string(text.substr(from, to - from));
  m.evidence.end = p.start + count_code_points(text.substr(0, to));
}

// The day or month a value names ("2024-10-20TMO" names 2024-10-20), or empty.
std::string day_or_month(const std::string& v) {
  const std::string g = value_granularity(v);
  if (g == "day" || g == "month") return v;
  if (g == "time" && v.size() > 10 && v[10] == 'T') return v.substr(0, 10);
  return {};
}

// Whether a mention dates a happening that a duration may count from: not one dated from a
// happening itself, whose clause names another happening than its anchor.
bool dates_happening(const Mention& a) {
  return a.kind == MentionKind::kEvent && a.anchor_type.empty() && digits_first(a.value) && !day_or_month(a.value).empty();
}

// Durations counted from a happening dated elsewhere in the text ("four days after the
// grounding"): from the nearest mention before it of that type, else of that group, else the
// nearest after it of that type. One pass each way, so a long text costs linear time.
void date_from_happenings(DocumentExtract& doc) {
  if (std::none_of(doc.mentions.begin(), doc.mentions.end(), [](const Mention& m) { return !m.anchor_type.empty(); })) return;
  const std::size_t n = doc.mentions.size();
  constexpr std::size_t kNone = SIZE_MAX;
  std::vector<std::size_t> next_of_type(n, kNone);
  std::unordered_map<std::string_view, std::size_t> seen;
  for (std::size_t i = n; i-- > 0;) {
    const Mention& m = doc.mentions[i];
    if (!m.anchor_type.empty())
      if (const auto it = seen.find(m.anchor_type); it != seen.end()) next_of_type[i] = it->second;
    if (dates_happening(m)) seen[m.type] = i;
  }
  // A clause told in the past counts from no happening dated after the text: "which suspended
  // him the same day as the provisional suspension" passes over "the ban runs until 2029".
  const std::string reference = doc.reference.date && !doc.reference.inferred ? to_iso(*doc.reference.date) : std::string();
  const auto after_reference = [&](const Mention& a) { return !reference.empty() && day_or_month(a.value) > reference; };
  std::unordered_map<std::string_view, std::size_t> last_of_type, last_of_group, past_of_type, past_of_group;
  for (std::size_t i = 0; i < n; ++i) {
    Mention& m = doc.mentions[i];
    const FoundTimex& f = doc.found[m.timex];
    const bool day_of = f.how == Resolve::kAnaphoric;  // "the same day as the ruling", "the day after the ruling"
    if (!m.anchor_type.empty() && (m.kind == MentionKind::kDuration || day_of)) {
      const bool past = f.tense == Tense::kPast && !reference.empty();
      const auto& of_type = past ? past_of_type : last_of_type;
      const auto& of_group = past ? past_of_group : last_of_group;
      std::size_t from = kNone;
      if (const auto it = of_type.find(m.anchor_type); it != of_type.end()) from = it->second;
      else if (const auto g = of_group.find(m.anchor_group); g != of_group.end()) from = g->second;
      else if (next_of_type[i] != kNone && !(past && after_reference(doc.mentions[next_of_type[i]]))) from = next_of_type[i];
      if (from != kNone) {
        const Mention& anchor = doc.mentions[from];
        const std::string v = counted_from_anchor(day_or_month(anchor.value), f, doc.timexes[m.timex].value);
        if (!v.empty()) {
          m.value = v;
          m.mod.clear();
          m.derived = true;
          m.anaphoric = true;  // a slip is the link's, not the source's date
          m.inferred = m.inferred || anchor.inferred;
          m.kind = m.group == "other" ? MentionKind::kUntyped : MentionKind::kEvent;
        }
      }
    }
    if (dates_happening(m)) {
      last_of_type[m.type] = i, last_of_group[m.group] = i;
      if (!after_reference(m)) past_of_type[m.type] = i, past_of_group[m.group] = i;
    }
  }
}

}  // namespace

void date_mentions(DocumentExtract& doc) {
  const bool inferred = doc.reference.inferred;
  for (Mention& m : doc.mentions) {
    const Timex& t = doc.timexes[m.timex];
    m.value = t.value;
    m.mod = t.mod;
    m.mismatched_weekday = t.mismatched_weekday;
    m.inferred = t.uses_reference && inferred;
    m.year_guessed = m.inferred && doc.found[m.timex].how == Resolve::kMonthDay;
    m.derived = false;
    {
      long first = 0, last = 0;
      const auto ref = doc.reference.date;
      m.expected = m.hedged && ref && value_interval(t.value, first, last) && first > days_from_civil(*ref);
    }
    const bool read = !m.type.empty();  // the map read an action for it
    if (m.kind == MentionKind::kDuration && read && !t.anchored_value.empty() && t.anchor_index >= 0) {
      const Timex& anchor = doc.timexes[static_cast<std::size_t>(t.anchor_index)];
      m.derived = true;
      m.value = t.anchored_value;
      m.inferred = m.inferred || (anchor.uses_reference && inferred);
      extend_to_anchor(doc, m, t);
      m.kind = m.group == "other" ? MentionKind::kUntyped : MentionKind::kEvent;
    } else if (m.kind == MentionKind::kEvent || m.kind == MentionKind::kUntyped || m.kind == MentionKind::kModifier) {
      if (!digits_first(m.value)) m.kind = MentionKind::kVague;
      else if (m.value.find('X') != std::string::npos) m.kind = MentionKind::kUnresolved;
      else if (m.kind != MentionKind::kModifier) m.kind = m.group == "other" ? MentionKind::kUntyped : MentionKind::kEvent;
    }
    if (!m.inferred && read) ++m.quality;
  }
  date_from_happenings(doc);
  for (Claim& c : doc.claims) {
    // The date of the clause nearest to the figure says when it held.
    c.time.clear();
    for (const std::uint32_t k : c.time_timexes) {
      const Timex& t = doc.timexes[k];
      // "The recall now covers ...": a figure of the present holds on the day of the text.
      if (t.value == "PRESENT_REF" && doc.reference.date) {
        c.time = to_iso(*doc.reference.date);
        break;
      }
      const std::string v = t.value.substr(0, std::min<std::size_t>(t.value.size(), 10));
      long first = 0, last = 0;
      if (t.type != TimexType::kDate || !digits_first(v) || v.find('X') != std::string::npos || !value_interval(v, first, last))
        continue;
      c.time = v;
      break;
    }
    if (c.time.empty() && c.tally && doc.reference.date) c.time = to_iso(*doc.reference.date);
  }
  // "Unemployment rose to 7.8% in the fourth quarter, the agency said": a quarter or a half
  // that only a saying or no known action dates is the period something is reported for, not
  // the date of a happening. ("The ban takes effect in the third quarter" stays one.)
  for (Mention& m : doc.mentions) {
    if ((m.kind != MentionKind::kEvent && m.kind != MentionKind::kUntyped) ||
        (m.group != "statement" && m.group != "report" && m.group != "other"))
      continue;
    if (const std::string g = value_granularity(m.value); g == "quarter" || g == "half") m.kind = MentionKind::kPeriod;
  }
}

}  // namespace kban
