#include "reduce/dating.hpp"

#include "base/utf8.hpp"

#include <algorithm>

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

}  // namespace

void date_mentions(DocumentExtract& doc) {
  const bool inferred = doc.reference.inferred;
  for (Mention& m : doc.mentions) {
    const Timex& t = doc.timexes[m.timex];
    m.value = t.value;
    m.mod = t.mod;
    m.mismatched_weekday = t.mismatched_weekday;
    m.inferred = t.uses_reference && inferred;
    m.derived = false;
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
  }
}

}  // namespace kban
