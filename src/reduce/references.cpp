#include "reduce/references.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace kban {

namespace {

// An undated article that tells of a day in the past tense was written after it, and of a
// day in the future tense before it: "will begin winding down on July 20". A reference
// taken from other documents moves inside those bounds.
void bound_by_tense(const DatingEvidence& evidence, Reference& ref) {
  std::optional<Date> after, before;
  for (const auto& told : evidence.told) {
    const auto d = nearest_occurrence(told.month, told.day, *ref.date);
    if (!d) continue;
    if (told.tense < 0 && (!after || *d > *after)) after = d;
    if (told.tense > 0 && (!before || *d < *before)) before = d;
  }
  if (after && before && !(*after < *before)) return;  // the text contradicts itself: keep the guess
  if (after && *ref.date < *after) {
    ref.date = after;
    ref.reason += fmt::format(", moved to {}: the text tells of that day in the past tense", to_iso(*after));
  } else if (before && !(*ref.date < *before)) {
    ref.date = add_days(*before, -1);
    ref.reason += fmt::format(", moved to {}: the text tells of {} in the future tense", to_iso(*ref.date), to_iso(*before));
  }
}

std::optional<Date> median(std::vector<Date> dates) {
  if (dates.empty()) return std::nullopt;
  std::sort(dates.begin(), dates.end());
  return dates[(dates.size() - 1) / 2];
}

}  // namespace

void infer_references(std::vector<DocumentExtract>& documents) {
  std::vector<Date> published, inferred_from_text;
  for (DocumentExtract& doc : documents) {
    Reference& ref = doc.reference;
    ref = Reference{};
    if (doc.published) {
      ref.date = doc.published;
      published.push_back(*doc.published);
      continue;
    }
    ref.inferred = true;
    const DatingEvidence& e = doc.dating;
    // A full date older than a year the text names elsewhere is no publication date (a photo
    // caption's date, say).
    if (e.latest_date && e.latest_date->year >= e.latest_year) {
      ref.date = e.latest_date;
      ref.reason = fmt::format("no publication date; the latest full date in its text, {}", to_iso(*ref.date));
      inferred_from_text.push_back(*ref.date);
    }
  }
  const bool from_published = !published.empty();
  const auto pool = median(from_published ? published : inferred_from_text);
  const std::size_t pool_size = from_published ? published.size() : inferred_from_text.size();
  for (DocumentExtract& doc : documents) {
    Reference& ref = doc.reference;
    if (!ref.inferred || ref.date) continue;
    const int year = doc.dating.latest_year;
    if (pool && pool->year >= year) {
      ref.date = pool;
      ref.reason = fmt::format("no publication date or full date in its text; the median {} date of {} other document{}, {}",
                               from_published ? "publication" : "inferred", pool_size, pool_size == 1 ? "" : "s",
                               to_iso(*pool));
      bound_by_tense(doc.dating, ref);
    } else if (year > 0) {
      // A year the text names only says the article is no older: too little to anchor on.
      ref.reason = fmt::format(
          "no publication date; its text names years up to {} but no full date, so relative dates stay unresolved", year);
    } else {
      ref.reason = "no publication date and no dated evidence; relative dates stay unresolved";
    }
  }
}

}  // namespace kban
