// What a document's own text says about when it was written.
#include <algorithm>

#include "map/time/time.hpp"

namespace kban {

DatingEvidence dating_evidence(const DocumentAnalysis& doc, const std::vector<Timex>& unanchored) {
  DatingEvidence e;
  for (std::size_t k = 0; k < doc.timexes.size(); ++k) {
    const FoundTimex& f = doc.timexes[k];
    // The dates of the page's stamps: a republication note says when the text was written.
    if (const Paragraph* p = paragraph_at(doc.paragraphs, f.begin); p && p->kind == ParagraphKind::kStamp) {
      if (const auto d = parse_iso_date(unanchored[k].value.substr(0, 10)); d && !unanchored[k].uses_reference) {
        if (p->republication && !e.first_published) e.first_published = d;
        if (!e.stamp_date || *d < *e.stamp_date) e.stamp_date = d;
      }
      continue;
    }
    if (!in_story_text(doc.paragraphs, f.begin)) continue;
    // A day or a month without a year, told in the past or future tense, bounds the
    // publication date: "In April, voters chose Preece" was written in April or later. A month
    // counts from its first day.
    if ((f.how == Resolve::kMonthDay || f.how == Resolve::kMonth) && (f.tense == Tense::kPast || f.tense == Tense::kFuture) &&
        f.day_shift == 0 && f.hour < 0 && f.part < 0)
      e.told.push_back({f.month, f.how == Resolve::kMonth ? 1 : f.day, f.tense == Tense::kPast ? -1 : 1});
    // The latest full date and year the text names outright.
    const Timex& t = unanchored[k];
    if (t.type != TimexType::kDate || t.uses_reference || t.value.size() < 4 || t.value[0] < '0' || t.value[0] > '9')
      continue;
    const int year = std::stoi(t.value.substr(0, 4));
    if (t.value.size() == 4 || t.value[4] == '-') e.latest_year = std::max(e.latest_year, year);
    if (const auto d = parse_iso_date(t.value); d && (!e.latest_date || *d > *e.latest_date)) e.latest_date = d;
  }
  return e;
}

}  // namespace kban
